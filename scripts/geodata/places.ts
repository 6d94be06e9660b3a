/**
 * The places (carriers, institutions, enterprises) that have a point of their own, and the reference
 * feature each point comes from. One list for the writer (place-points.ts) and the tests
 * (tests/geodata/places.test.ts), which recompute every point from its source feature and check that the
 * stored point lies within its precision's tolerance of it. Only sources that may be derived from are
 * used (OSM: ODbL; Wikidata: CC0; the ECNU campus repository: Apache-2.0); check-only points never are.
 * Every judgement call is in docs/GEODATA.md ("Places with a point of their own").
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gcj02ToWgs84 } from './gcj02';

export type Pt = [number, number];
export type PointPrecision = 'exact' | 'street' | 'approximate';

/** How far (m) a stored point may lie from its source point, by precision. */
export const TOLERANCE_M: Record<PointPrecision, number> = { exact: 25, street: 150, approximate: 500 };

export interface PointSource {
  /** Reference file (without .geojson) in ../shared/reference-geodata. */
  file: string;
  /** The feature: the property `key` equals `value`. */
  key: string;
  value: string;
  /** `point`: the feature's Point; `centroid`: its `centroid` property (OSM building ways). */
  take: 'point' | 'centroid';
  /** The datum the source coordinate is in: `gcj02` only where the evidence says so (converted back). */
  datum: 'wgs84' | 'gcj02';
}

export interface OwnPoint {
  id: string;
  /** The geodata file that holds the record, relative to geodata/. */
  file: string;
  precision: PointPrecision;
  from: PointSource;
  source: string;
  method: string;
  note?: string;
  basis: { zh: string; en: string };
}

const OSM = '© OpenStreetMap contributors';
const HERITAGE = 'poi-osm-heritage-export';
const WIKIDATA = 'poi-wikidata-cc0';

export const OWN_POINTS: OwnPoint[] = [
  {
    id: 'institution:liu-haisu-art-museum', file: 'changning/institutions.geojson', precision: 'exact',
    from: { file: HERITAGE, key: 'osm_id', value: 'node/4166717989', take: 'point', datum: 'wgs84' },
    source: `OSM node 4166717989 刘海粟美术馆 (tourism=museum, addr 延安西路1609号; reference-geodata poi-osm-heritage-export; ${OSM})`,
    method: 'the OSM node of the museum, rounded to 6 decimals',
    note: 'Wikidata Q56051945 lies 36 m from it (462 m if read as GCJ-02): the two sources agree.',
    basis: {
      zh: '点位是 OpenStreetMap 中刘海粟美术馆的位置（延安西路1609号），维基数据的坐标与它相距36米，两者一致。数据 © OpenStreetMap 贡献者。',
      en: 'The point is the Liu Haisu Art Museum as OpenStreetMap maps it (1609 Yan\'an West Road); Wikidata\'s coordinate lies 36 m from it, so the two agree. Data © OpenStreetMap contributors.',
    },
  },
  {
    id: 'carrier:world-skills-museum', file: 'yangpu/carriers.geojson', precision: 'exact',
    from: { file: HERITAGE, key: 'osm_id', value: 'way/1208662450', take: 'centroid', datum: 'wgs84' },
    source: `OSM way 1208662450 世界技能博物馆 (tourism=museum, building; reference-geodata poi-osm-heritage-export; ${OSM})`,
    method: 'centroid of the OSM building outline of the museum, rounded to 6 decimals',
    basis: {
      zh: '点位是开放街图（OpenStreetMap）中世界技能博物馆这栋建筑轮廓的中心点。数据 © OpenStreetMap 贡献者。',
      en: 'The point is the centre of the World Skills Museum building as OpenStreetMap maps it. Data © OpenStreetMap contributors.',
    },
  },
  {
    id: 'institution:fudan-university', file: 'yangpu/institutions.geojson', precision: 'approximate',
    from: { file: HERITAGE, key: 'osm_id', value: 'way/1423491906', take: 'centroid', datum: 'wgs84' },
    source: `OSM way 1423491906 老校门 (historic=building) of the 邯郸 campus (reference-geodata poi-osm-heritage-export; ${OSM})`,
    method: 'centroid of the OSM outline of the old main gate (老校门), rounded to 6 decimals',
    note: 'A point for the university, not for a building of it: the old gate, with the OSM 校史馆, 艺术馆 and 特藏档案馆 beside it, marks the 邯郸 campus (Wikidata Q495015 lies 284 m away, its datum unverified). Replaces the point of 复旦大学 metro station.',
    basis: {
      zh: '点位是复旦大学邯郸校区的老校门（OpenStreetMap 中的建筑），代表整所大学，而不是其中某栋楼。数据 © OpenStreetMap 贡献者。',
      en: 'The point is the old main gate of Fudan\'s Handan campus (a building in OpenStreetMap); it stands for the university as a whole, not for one of its buildings. Data © OpenStreetMap contributors.',
    },
  },
  {
    id: 'institution:tongji-university', file: 'yangpu/institutions.geojson', precision: 'approximate',
    from: { file: 'metro-stations', key: 'osm_node', value: '5306444969', take: 'point', datum: 'wgs84' },
    source: `OSM metro station 同济大学 (reference-geodata metro-stations.geojson, osm-geofabrik-2026-07-28, node 5306444969; ${OSM})`,
    method: "point of the metro station that bears the university's name",
    note: 'Station 同济大学 is named after the university; the point marks the station, not a campus building or the campus centre.',
    basis: {
      zh: '点位是以该大学命名的地铁同济大学站，标出的是车站，不是校园内某栋建筑或校园中心。数据 © OpenStreetMap 贡献者。',
      en: 'The point is Tongji University metro station, named after the university; it marks the station, not a campus building or the campus centre. Data © OpenStreetMap contributors.',
    },
  },
  {
    id: 'institution:shanghai-university-of-finance-and-economics', file: 'yangpu/institutions.geojson', precision: 'approximate',
    from: { file: 'metro-stations', key: 'name', value: '上海财经大学', take: 'point', datum: 'wgs84' },
    source: `OSM metro station 上海财经大学 (reference-geodata metro-stations.geojson, osm-omap-2025-01-24; ${OSM})`,
    method: "point of the metro station that bears the university's name",
    note: 'Station 上海财经大学 is named after the university; the point marks the station, not a campus building or the campus centre.',
    basis: {
      zh: '点位是以该大学命名的地铁上海财经大学站，标出的是车站，不是校园内某栋建筑或校园中心。数据 © OpenStreetMap 贡献者。',
      en: 'The point is Shanghai University of Finance and Economics metro station, named after the university; it marks the station, not a campus building or the campus centre. Data © OpenStreetMap contributors.',
    },
  },
  {
    id: 'institution:east-china-normal-university', file: 'minhang/institutions.geojson', precision: 'approximate',
    from: { file: 'campus-ecnu-minhang', key: 'name', value: '东川路正门', take: 'point', datum: 'wgs84' },
    source: 'ECNU 3D Campus (github wzlh007/campus, Apache-2.0): gate 东川路正门, 东川路500号 (reference-geodata campus-ecnu-minhang)',
    method: 'the main gate of the Minhang campus (东川路500号), rounded to 6 decimals',
    note: 'Datum checked in SOURCES.md §15.5: the campus outline lies 4 m from the OSM 剑川路 bridge and 8 m from OSM 虹梅南路. The gate stands for the university in this plan, whose text ties it to the Minhang campus.',
    basis: {
      zh: '点位是华东师范大学闵行校区的东川路正门（东川路500号），代表该校在本规划中的闵行校区。数据：ECNU 3D Campus（Apache-2.0），已与 OpenStreetMap 道路核对。',
      en: 'The point is the main gate of ECNU\'s Minhang campus on Dongchuan Road (No. 500), standing for the university\'s Minhang campus that this plan names. Data: ECNU 3D Campus (Apache-2.0), checked against OpenStreetMap roads.',
    },
  },
  {
    id: 'institution:siccas', file: 'changning/institutions.geojson', precision: 'approximate',
    from: { file: WIKIDATA, key: 'qid', value: 'Q30297410', take: 'point', datum: 'gcj02' },
    source: 'Wikidata Q30297410 中国科学院上海硅酸盐研究所, coordinate (P625), read as GCJ-02 and converted to WGS84 (reference-geodata poi-wikidata-cc0; CC0)',
    method: 'the Wikidata coordinate converted from GCJ-02 to WGS84 (iterative inverse, SOURCES.md §8), rounded to 6 decimals',
    note: 'As given, the coordinate lies 385 m from 定西路 (the institute is at 定西路1295号) and 13 m from 利西路; converted from GCJ-02 (the ~490 m ESE offset seen in other Shanghai items) it lies 24 m from the 定西路 line of this Atlas (OSM to 31.2167°N, extrapolated north of it). The point is the campus, its building within it unknown.',
    basis: {
      zh: '点位来自维基数据的坐标。该坐标离研究所所在的定西路约385米，呈现火星坐标（GCJ-02）的典型偏移；换算回 WGS84 后离定西路约24米，因此采用换算后的点，表示研究所所在地块，精度为近似。数据：维基数据（CC0）。',
      en: 'The point comes from Wikidata\'s coordinate. As given, it lies about 385 m from Dingxi Road, where the institute is, with the typical offset of a GCJ-02 coordinate; converted back to WGS84 it lies about 24 m from Dingxi Road, so the converted point is used. It marks the institute\'s site, approximately. Data: Wikidata (CC0).',
    },
  },
];

export const REFERENCE_DIR = process.env.ATLAS_REFERENCE_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'reference-geodata');

/** The source point of an own point (WGS84), read from the reference; null when the reference is absent. */
export function sourcePoint(s: PointSource, dir = REFERENCE_DIR): Pt | null {
  const path = join(dir, `${s.file}.geojson`);
  if (!existsSync(path)) return null;
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };
  const hits = fc.features.filter((f) => String(f.properties[s.key]) === s.value);
  if (hits.length !== 1) throw new Error(`${s.file}: ${hits.length} features with ${s.key}=${s.value}`);
  const f = hits[0];
  const raw = (s.take === 'centroid' ? f.properties.centroid : f.geometry.type === 'Point' ? f.geometry.coordinates : null) as Pt | null;
  if (!raw) throw new Error(`${s.file} ${s.value}: no ${s.take}`);
  return s.datum === 'gcj02' ? gcj02ToWgs84(raw) : [raw[0], raw[1]];
}
