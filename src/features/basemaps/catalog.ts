/**
 * The basemaps a reader may choose (issue 11). The embedded offline basemap is the default and the
 * only one used unless the reader picks another: nothing is requested from an online host before.
 * Pure data: vite.config.ts reads ONLINE_BASEMAP_HOSTS to write the Content-Security-Policy, and the
 * chooser lists the same hosts, so the policy and what the reader is told cannot drift apart.
 *
 * Terms (checked for issue 11):
 * - OpenFreeMap (openfreemap.org): a free public instance, no key, no limits on views or requests, no
 *   cookies; the Liberty style's credit is "OpenFreeMap © OpenMapTiles Data from OpenStreetMap"
 *   (OpenMapTiles design CC BY 4.0, OpenStreetMap data ODbL). Style, TileJSON and tiles on one host.
 *   The style's sprite and glyphs are not used: labels are drawn locally in the Atlas's font, and
 *   icons are left out, so no other host is needed.
 * - Satellite: EOX Sentinel-2 cloudless, the 2016 layer (`s2cloudless_3857`), published under
 *   CC BY 4.0 (EOX's later years are CC BY-NC-SA 4.0, free for non-commercial use such as this
 *   atlas). Credit as EOX asks: the product name, its link, EOX IT Services GmbH and "Contains
 *   modified Copernicus Sentinel data 2016". Esri World Imagery was not chosen: its terms tie use to
 *   an ArcGIS account. Sentinel-2 is 10 m imagery: sharp to about zoom 14, magnified beyond.
 * - AMap / 高德: the raster street tiles, drawn in GCJ-02, credited "© 高德地图 / AutoNavi". The tile
 *   endpoint is AutoNavi's, not a documented public API: it is offered for checking the Atlas
 *   against the map planners use daily, at the reader's choice, under AutoNavi's own terms.
 */
import type { DisplayDatum } from '../../map/projection';

export type BasemapId = 'offline' | 'openfreemap' | 'satellite' | 'amap';

interface Credit {
  zh: string;
  en: string;
}

export interface OnlineBasemap {
  id: Exclude<BasemapId, 'offline'>;
  datum: DisplayDatum;
  /** Every host a request may go to (https), exactly as the CSP lists them. */
  hosts: readonly string[];
  /** What the attribution control shows instead of the embedded basemap's credit. */
  credit: Credit;
  /** A MapLibre style to merge (vector), or raster tile templates. */
  source:
    | { kind: 'style'; url: string }
    | { kind: 'raster'; tiles: readonly string[]; tileSize: number; maxzoom: number };
}

const AMAP_HOSTS = ['webrd01.is.autonavi.com', 'webrd02.is.autonavi.com', 'webrd03.is.autonavi.com', 'webrd04.is.autonavi.com'];

export const ONLINE_BASEMAPS: readonly OnlineBasemap[] = [
  {
    id: 'openfreemap',
    datum: 'wgs84',
    hosts: ['tiles.openfreemap.org'],
    credit: {
      zh: '底图：<a href="https://openfreemap.org" target="_blank" rel="noopener">OpenFreeMap</a> © <a href="https://www.openmaptiles.org/" target="_blank" rel="noopener">OpenMapTiles</a> 数据来自 <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>',
      en: 'Basemap: <a href="https://openfreemap.org" target="_blank" rel="noopener">OpenFreeMap</a> © <a href="https://www.openmaptiles.org/" target="_blank" rel="noopener">OpenMapTiles</a> Data from <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>',
    },
    source: { kind: 'style', url: 'https://tiles.openfreemap.org/styles/liberty' },
  },
  {
    id: 'satellite',
    datum: 'wgs84',
    hosts: ['tiles.maps.eox.at'],
    credit: {
      zh: '影像：<a href="https://cloudless.eox.at" target="_blank" rel="noopener">Sentinel-2 cloudless</a>，EOX IT Services GmbH（含经处理的 Copernicus Sentinel 2016 年数据），CC BY 4.0',
      en: 'Imagery: <a href="https://cloudless.eox.at" target="_blank" rel="noopener">Sentinel-2 cloudless</a> by EOX IT Services GmbH (Contains modified Copernicus Sentinel data 2016), CC BY 4.0',
    },
    source: {
      kind: 'raster',
      tiles: ['https://tiles.maps.eox.at/wmts/1.0.0/s2cloudless_3857/default/g/{z}/{y}/{x}.jpg'],
      tileSize: 256,
      maxzoom: 15,
    },
  },
  {
    id: 'amap',
    datum: 'gcj02',
    hosts: AMAP_HOSTS,
    credit: { zh: '底图：© 高德地图 / AutoNavi', en: 'Basemap: © 高德地图 AutoNavi (AMap)' },
    source: {
      kind: 'raster',
      tiles: AMAP_HOSTS.map((h) => `https://${h}/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}`),
      tileSize: 256,
      maxzoom: 18,
    },
  },
];

/** Every online host, for the CSP's img-src and connect-src (vite.config.ts) and the chooser's notice. */
export const ONLINE_BASEMAP_HOSTS: readonly string[] = ONLINE_BASEMAPS.flatMap((b) => b.hosts);

export function onlineBasemap(id: BasemapId): OnlineBasemap | undefined {
  return ONLINE_BASEMAPS.find((b) => b.id === id);
}
