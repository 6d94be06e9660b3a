/**
 * The metro access layer: the metro lines drawn again thick in their own colours on a white casing,
 * every named station as a circle in the colour of its (first) line — interchanges larger, ringed in
 * dark grey — and station names from zoom 12. Own sources and layers (`metro-access-…`) over the
 * basemap, below the Atlas's zones' labels; drawn in the display datum (toDisplayGeometry) and again
 * when it changes or the style reloads. Data: the stations bundle (src/data/stations.ts) and the
 * basemap's own metro-lines layer (the same OSM extract the basemap tiles are cut from).
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import linesUrl from '../../../scripts/basemap/layers/metro-lines.geojson?url';
import type { Station } from '../../data/stations';
import { BASEMAP_FONT } from '../../map/basemap';
import { linePaint, textPaint, zoomCurve } from '../../map/layers/shared-programs';
import { keepDrawn } from '../../map/keep-drawn';
import { toDisplayGeometry } from '../../map/projection';
import { lineColour, splitLines } from './lines';

export const METRO_SOURCES = { lines: 'metro-access-lines', stations: 'metro-access-stations' } as const;
export const METRO_LAYERS = ['metro-access-lines-casing', 'metro-access-lines', 'metro-access-stations', 'metro-access-station-labels'] as const;

let linesPending: Promise<GeoJSON.FeatureCollection> | null = null;

/** The metro lines (fetched once from the app's origin; a failed fetch can be retried). */
export function loadMetroLines(): Promise<GeoJSON.FeatureCollection> {
  linesPending ??= fetch(new URL(linesUrl, document.baseURI).href)
    .then((r) => {
      if (!r.ok) throw new Error(`metro lines: HTTP ${r.status}`);
      return r.json() as Promise<GeoJSON.FeatureCollection>;
    })
    .catch((e: unknown) => {
      linesPending = null;
      throw e;
    });
  return linesPending;
}

/** Lines with their colour as a property (the table's colour; grey for a line it does not know). */
export function colouredLines(lines: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: lines.features.map((f) => ({ ...f, properties: { ...f.properties, colour: lineColour(String(f.properties?.line ?? '')) } })),
  };
}

/** Stations as points with their colour (first line), lines and interchange flag. */
export function stationFeatures(stations: readonly Station[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: stations.map((s) => {
      const lines = splitLines(s.lines);
      return {
        type: 'Feature',
        properties: { id: s.id, name: s.name.zh, lines: lines.join(';'), interchange: s.interchange || lines.length > 1, colour: lineColour(lines[0] ?? '') },
        geometry: { type: 'Point', coordinates: [...s.position] },
      };
    }),
  };
}

const get = (p: string) => ['get', p] as ExpressionSpecification;
const interchange = (yes: number, no: number) => ['case', ['to-boolean', get('interchange')], yes, no] as ExpressionSpecification;

function setOrAdd(map: MapLibreMap, id: string, data: GeoJSON.FeatureCollection): boolean {
  const src = map.getSource(id) as { setData?: (d: GeoJSON.FeatureCollection) => void } | undefined;
  if (src?.setData) {
    src.setData(data);
    return false;
  }
  map.addSource(id, { type: 'geojson', data });
  return true;
}

function install(map: MapLibreMap, lines: GeoJSON.FeatureCollection, stations: GeoJSON.FeatureCollection): void {
  const added = setOrAdd(map, METRO_SOURCES.lines, toDisplayGeometry(lines));
  setOrAdd(map, METRO_SOURCES.stations, toDisplayGeometry(stations));
  if (!added) return;
  // Over the basemap and the zones' fills, under the Atlas's outlines' labels and places.
  const before = map.getLayer('zone-labels') ? 'zone-labels' : undefined;
  const offset = (k: number) => ['*', ['to-number', get('offset'), 0], k] as ExpressionSpecification;
  map.addLayer({ id: 'metro-access-lines-casing', type: 'line', source: METRO_SOURCES.lines, layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: linePaint({ color: '#ffffff', opacity: 0.95, width: [[9, 4], [12, 6.5], [15, 10]], offset: [[9, offset(1.5)], [12, offset(2.5)], [15, offset(4)]] }) }, before);
  map.addLayer({ id: 'metro-access-lines', type: 'line', source: METRO_SOURCES.lines, layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: linePaint({ color: get('colour'), width: [[9, 2.5], [12, 4], [15, 6.5]], offset: [[9, offset(1.5)], [12, offset(2.5)], [15, offset(4)]] }) }, before);
  map.addLayer({ id: 'metro-access-stations', type: 'circle', source: METRO_SOURCES.stations,
    paint: {
      'circle-radius': zoomCurve([[9, interchange(3.5, 2.5)], [12, interchange(6, 4.5)], [15, interchange(9, 7)]]),
      'circle-color': ['to-color', get('colour')],
      'circle-stroke-color': ['case', ['to-boolean', get('interchange')], '#24292f', '#ffffff'] as ExpressionSpecification,
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 2.5],
    } }, before);
  const font = (map.getLayer('zone-labels') && (map.getLayoutProperty('zone-labels', 'text-font') as string[] | undefined)) || BASEMAP_FONT;
  map.addLayer({ id: 'metro-access-station-labels', type: 'symbol', source: METRO_SOURCES.stations, minzoom: 12,
    layout: { 'text-field': get('name'), 'text-font': font, 'text-size': ['interpolate', ['linear'], ['zoom'], 12, 11, 16, 14],
      'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true },
    paint: textPaint({ color: '#24292f', haloColor: 'rgba(255,255,255,0.95)', haloWidth: 1.6 }) }, before);
}

export function removeMetroLayers(map: MapLibreMap): void {
  for (const id of [...METRO_LAYERS].reverse()) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of Object.values(METRO_SOURCES)) if (map.getSource(id)) map.removeSource(id);
}

/** Draws the layer and keeps it drawn (datum change, style reload) until the returned function removes it. */
export function showMetroAccess(map: MapLibreMap, lines: GeoJSON.FeatureCollection, stations: readonly Station[]): () => void {
  const l = colouredLines(lines);
  const s = stationFeatures(stations);
  return keepDrawn(map, { draw: () => install(map, l, s), sourceId: METRO_SOURCES.lines, remove: () => removeMetroLayers(map) });
}
