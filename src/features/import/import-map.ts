/**
 * The imported layers on the map: per layer one GeoJSON source `import-<id>` and its layers
 * `import-<id>-fill|-line|-circle|-label` (own ids, above the basemap and the zones' fills, below the
 * Atlas's labels and places, so the Atlas's own records stay on top and clickable). Names are drawn by
 * MapLibre's text-field: text, never markup. Drawn in the display datum (toDisplayGeometry) and drawn
 * again when it changes or the style reloads (keep-drawn.ts).
 *
 * The data reach MapLibre's worker as a Blob URL of GeoJSON text written in slices, so that a layer of
 * hundreds of thousands of points never blocks the page (an object passed to setData is cloned to the
 * worker in one task).
 */
import type maplibregl from 'maplibre-gl';
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_FONT } from '../../map/basemap';
import { circlePaint, fillPaint, linePaint, textPaint } from '../../map/layers/shared-programs';
import { displayDatum, toDisplayGeometry, type DisplayDatum } from '../../map/projection';
import type { ImportLayer } from './model';
import { yieldToPage } from './slices';
import { geometryAt, textAt } from './core/table';
import { buildBigLayer, isBig, nearFeatures, NEAR_ZOOM, type BigLayer } from './big-layer';

export const IMPORT_PREFIX = 'import-';
const sourceId = (id: string) => `${IMPORT_PREFIX}${id}`;
const layerIds = (id: string) => ({
  fill: `${sourceId(id)}-fill`, line: `${sourceId(id)}-line`, clusters: `${sourceId(id)}-clusters`, circle: `${sourceId(id)}-circle`,
  label: `${sourceId(id)}-label`, counts: `${sourceId(id)}-counts`, nclusters: `${sourceId(id)}-nclusters`, ncounts: `${sourceId(id)}-ncounts`,
});
const nearId = (id: string) => `${sourceId(id)}-near`;

/** Many points are clustered (supercluster, in MapLibre's worker), so that a 50 MB CSV still draws at once. Points only. */
export const CLUSTER_FROM = 5000;
const clustered = (layer: ImportLayer) => layer.table.located > CLUSTER_FROM && layer.table.allPoints;

const fontOf = (map: MapLibreMap) => (map.getLayer('zone-labels') && (map.getLayoutProperty('zone-labels', 'text-font') as string[] | undefined)) || BASEMAP_FONT;

/** The layers a click or a hover picks from (every drawn layer's shapes). */
export function pickableLayers(map: MapLibreMap): string[] {
  return (map.getStyle()?.layers ?? []).map((l) => l.id).filter((id) => id.startsWith(IMPORT_PREFIX) && !/-(label|counts|ncounts)$/.test(id));
}

const POLYGON: FilterSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const LINE: FilterSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'], true, false];
const POINT: FilterSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];

/** GeoJSON text of a layer's located features, in the display datum, written a chunk at a time. */
async function dataUrl(layer: ImportLayer): Promise<string> {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  const flush = (features: GeoJSON.Feature[]) => {
    if (!features.length) return;
    const text = JSON.stringify(toDisplayGeometry({ type: 'FeatureCollection', features }).features);
    parts.push((first ? '' : ',') + text.slice(1, -1));
    first = false;
  };
  for (const c of layer.table.chunks) {
    for (let from = 0; from < c.count; from += 2000) {
      const features: GeoJSON.Feature[] = [];
      for (let j = from; j < Math.min(c.count, from + 2000); j++) {
        const geometry = geometryAt(c, j);
        if (geometry) features.push({ type: 'Feature', id: c.start + j, properties: { i: c.start + j, n: textAt(c.names, j) }, geometry });
      }
      flush(features);
      await yieldToPage();
    }
  }
  parts.push(']}');
  return URL.createObjectURL(new Blob(parts, { type: 'application/geo+json' }));
}

interface Drawn {
  table: ImportLayer['table'];
  /** A big layer's grid (big-layer.ts), instead of a URL. */
  big?: BigLayer;
  datum: DisplayDatum;
  url: string | null;
  /** Bumped by every rebuild: a slower earlier one is dropped. */
  token: number;
}

const drawn = new Map<string, Drawn>();

function addToMap(map: MapLibreMap, layer: ImportLayer, url: string): void {
  const ids = layerIds(layer.id);
  const src = map.getSource(sourceId(layer.id)) as { setData?: (d: string) => void } | undefined;
  if (src?.setData) src.setData(url);
  else map.addSource(sourceId(layer.id), { type: 'geojson', data: url, ...(clustered(layer) ? { cluster: true, clusterRadius: 40, clusterMaxZoom: 14 } : {}) });
  const before = map.getLayer('zone-labels') ? 'zone-labels' : undefined;
  const visibility = layer.visible ? 'visible' : 'none';
  if (!map.getLayer(ids.fill)) map.addLayer({ id: ids.fill, type: 'fill', source: sourceId(layer.id), filter: POLYGON, layout: { visibility }, paint: fillPaint({ color: layer.colour, opacity: 0.18 }) }, before);
  if (!map.getLayer(ids.line)) map.addLayer({ id: ids.line, type: 'line', source: sourceId(layer.id), filter: LINE, layout: { visibility, 'line-join': 'round' }, paint: linePaint({ color: layer.colour, width: [[9, 1.5], [15, 3]] }) }, before);
  if (clustered(layer) && !map.getLayer(ids.clusters)) {
    map.addLayer({ id: ids.clusters, type: 'circle', source: sourceId(layer.id), filter: ['has', 'point_count'], layout: { visibility },
      paint: circlePaint({ radius: [[0, 13], [22, 13]], color: layer.colour, strokeColor: '#ffffff', strokeWidth: 2, opacity: 0.85 }) }, before);
    map.addLayer({ id: ids.counts, type: 'symbol', source: sourceId(layer.id), filter: ['has', 'point_count'], layout: { visibility,
      'text-field': ['to-string', ['get', 'point_count_abbreviated']], 'text-font': fontOf(map), 'text-size': 11, 'text-allow-overlap': true },
    paint: textPaint({ color: '#ffffff', haloColor: 'rgba(0,0,0,0.25)', haloWidth: 0.5 }) }, before);
  }
  if (!map.getLayer(ids.circle)) map.addLayer({ id: ids.circle, type: 'circle', source: sourceId(layer.id), filter: clustered(layer) ? ['!', ['has', 'point_count']] : POINT, layout: { visibility },
    paint: circlePaint({ radius: [[8, 2.5], [12, 4.5], [16, 7]], color: layer.colour, strokeColor: '#ffffff', strokeWidth: 1.2 }) }, before);
  if (!map.getLayer(ids.label)) map.addLayer({ id: ids.label, type: 'symbol', source: sourceId(layer.id), minzoom: 14, filter: ['!', ['has', 'point_count']], layout: { visibility,
    'text-field': ['to-string', ['get', 'n']], 'text-font': fontOf(map), 'text-size': 12, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true, 'text-max-width': 12 },
  paint: textPaint({ color: layer.colour, haloColor: 'rgba(255,255,255,0.95)', haloWidth: 1.5 }) }, before);
}

const cellRadius: maplibregl.ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 6, 30, 16, 300, 26];

function updateNear(map: MapLibreMap, layer: ImportLayer, big: BigLayer): void {
  const src = map.getSource(nearId(layer.id)) as { setData?: (d: GeoJSON.FeatureCollection) => void } | undefined;
  if (!src?.setData) return;
  if (map.getZoom() < NEAR_ZOOM - 0.5) return src.setData({ type: 'FeatureCollection', features: [] });
  const b = map.getBounds();
  src.setData(nearFeatures(layer, big, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]));
}

function addBig(map: MapLibreMap, layer: ImportLayer, big: BigLayer): void {
  const ids = layerIds(layer.id);
  const src = map.getSource(sourceId(layer.id)) as { setData?: (d: GeoJSON.FeatureCollection) => void } | undefined;
  if (src?.setData) src.setData(big.coarse);
  else map.addSource(sourceId(layer.id), { type: 'geojson', data: big.coarse });
  if (!map.getSource(nearId(layer.id))) map.addSource(nearId(layer.id), { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const before = map.getLayer('zone-labels') ? 'zone-labels' : undefined;
  const visibility = layer.visible ? 'visible' : 'none';
  const disc = { 'circle-radius': cellRadius, 'circle-color': layer.colour, 'circle-opacity': 0.8, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 };
  const count = { 'text-field': ['to-string', ['get', 'count']] as maplibregl.ExpressionSpecification, 'text-font': fontOf(map), 'text-size': 11, 'text-allow-overlap': true };
  const white = textPaint({ color: '#ffffff', haloColor: 'rgba(0,0,0,0.25)', haloWidth: 0.5 });
  const isCell: FilterSpecification = ['has', 'cell'];
  const notCell: FilterSpecification = ['!', ['has', 'cell']];
  if (!map.getLayer(ids.clusters)) map.addLayer({ id: ids.clusters, type: 'circle', source: sourceId(layer.id), maxzoom: NEAR_ZOOM, layout: { visibility }, paint: disc }, before);
  if (!map.getLayer(ids.counts)) map.addLayer({ id: ids.counts, type: 'symbol', source: sourceId(layer.id), maxzoom: NEAR_ZOOM, layout: { visibility, ...count }, paint: white }, before);
  if (!map.getLayer(ids.nclusters)) map.addLayer({ id: ids.nclusters, type: 'circle', source: nearId(layer.id), minzoom: NEAR_ZOOM, filter: isCell, layout: { visibility }, paint: disc }, before);
  if (!map.getLayer(ids.ncounts)) map.addLayer({ id: ids.ncounts, type: 'symbol', source: nearId(layer.id), minzoom: NEAR_ZOOM, filter: isCell, layout: { visibility, ...count }, paint: white }, before);
  if (!map.getLayer(ids.circle)) map.addLayer({ id: ids.circle, type: 'circle', source: nearId(layer.id), minzoom: NEAR_ZOOM, filter: notCell, layout: { visibility },
    paint: circlePaint({ radius: [[8, 2.5], [12, 4.5], [16, 7]], color: layer.colour, strokeColor: '#ffffff', strokeWidth: 1.2 }) }, before);
  if (!map.getLayer(ids.label)) map.addLayer({ id: ids.label, type: 'symbol', source: nearId(layer.id), minzoom: 15, filter: notCell, layout: { visibility,
    'text-field': ['to-string', ['get', 'n']], 'text-font': fontOf(map), 'text-size': 12, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true, 'text-max-width': 12 },
  paint: textPaint({ color: layer.colour, haloColor: 'rgba(255,255,255,0.95)', haloWidth: 1.5 }) }, before);
  updateNear(map, layer, big);
}

/** The big layers' views follow the camera. */
export function refreshBigLayers(map: MapLibreMap, layers: readonly ImportLayer[]): void {
  for (const layer of layers) {
    const d = drawn.get(layer.id);
    if (d?.big && layer.visible) updateNear(map, layer, d.big);
  }
}

function restyle(map: MapLibreMap, layer: ImportLayer): void {
  const ids = layerIds(layer.id);
  const visibility = layer.visible ? 'visible' : 'none';
  for (const id of Object.values(ids)) if (map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
  if (!map.getLayer(ids.circle)) return;
  const colour = (paint: Record<string, unknown>, key: string) => paint[key];
  if (map.getLayer(ids.fill)) map.setPaintProperty(ids.fill, 'fill-color', colour(fillPaint({ color: layer.colour }), 'fill-color'));
  if (map.getLayer(ids.line)) map.setPaintProperty(ids.line, 'line-color', colour(linePaint({ color: layer.colour, width: 1 }), 'line-color'));
  map.setPaintProperty(ids.circle, 'circle-color', layer.colour);
  if (map.getLayer(ids.clusters)) map.setPaintProperty(ids.clusters, 'circle-color', layer.colour);
  if (map.getLayer(ids.nclusters)) map.setPaintProperty(ids.nclusters, 'circle-color', layer.colour);
  map.setPaintProperty(ids.label, 'text-color', colour(textPaint({ color: layer.colour, haloColor: '', haloWidth: 0 }), 'text-color'));
}

function removeFromMap(map: MapLibreMap, id: string): void {
  for (const l of Object.values(layerIds(id)).reverse()) if (map.getLayer(l)) map.removeLayer(l);
  if (map.getSource(sourceId(id))) map.removeSource(sourceId(id));
  if (map.getSource(nearId(id))) map.removeSource(nearId(id));
}

/**
 * Brings the map in line with the layers: new or changed data (or another display datum) rebuilt,
 * colour and visibility restyled, removed layers taken off, and anything a style reload lost put back.
 * `onDrawn` is called when a rebuilt layer has reached the map.
 */
export function syncImportLayers(map: MapLibreMap, layers: readonly ImportLayer[], onDrawn?: (id: string) => void): void {
  const live = new Set(layers.map((l) => l.id));
  for (const [id, d] of drawn) {
    if (live.has(id)) continue;
    removeFromMap(map, id);
    if (d.url) URL.revokeObjectURL(d.url);
    drawn.delete(id);
  }
  const datum = displayDatum();
  for (const layer of layers) {
    const d = drawn.get(layer.id);
    if (d && d.table === layer.table && d.datum === datum) {
      if (d.big && !map.getSource(sourceId(layer.id))) addBig(map, layer, d.big);
      if (d.url && !map.getSource(sourceId(layer.id))) addToMap(map, layer, d.url);
      restyle(map, layer);
      continue;
    }
    const next: Drawn = { table: layer.table, datum, url: d?.url ?? null, token: (d?.token ?? 0) + 1 };
    drawn.set(layer.id, next);
    if (isBig(layer)) {
      void buildBigLayer(layer).then((big) => {
        if (drawn.get(layer.id) !== next) return;
        if (next.url) URL.revokeObjectURL(next.url);
        next.url = null;
        next.big = big;
        addBig(map, layer, big);
        restyle(map, layer);
        performance.mark('import:source-set', { detail: { id: layer.id, big: true } });
        onDrawn?.(layer.id);
      });
      continue;
    }
    void dataUrl(layer).then((url) => {
      if (drawn.get(layer.id) !== next) return URL.revokeObjectURL(url);
      performance.mark('import:data-written', { detail: { id: layer.id } });
      const old = next.url;
      next.url = url;
      addToMap(map, layer, url);
      restyle(map, layer);
      if (old && old !== url) setTimeout(() => URL.revokeObjectURL(old), 5000);
      performance.mark('import:source-set', { detail: { id: layer.id } });
      onDrawn?.(layer.id);
    });
  }
}

/** Everything off the map (the overlay unmounts). */
export function clearImportLayers(map: MapLibreMap): void {
  for (const [id, d] of drawn) {
    removeFromMap(map, id);
    if (d.url) URL.revokeObjectURL(d.url);
  }
  drawn.clear();
}

/** The source ids the map holds now (a style reload drops them all). */
export function importSourcesMissing(map: MapLibreMap): boolean {
  for (const [id, d] of drawn) if ((d.url || d.big) && !map.getSource(sourceId(id))) return true;
  return false;
}
