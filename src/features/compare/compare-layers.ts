/**
 * The two compared zones on the map: zone A with a thick solid outline, zone B with a thick dashed
 * outline of another colour, each on a white casing so that it reads over any zone colour, and both
 * framed together. Own source and layers (`compare-…`), above the Atlas's zones and below its labels;
 * drawn in the display datum (toDisplayGeometry) and drawn again when it changes or the style reloads.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../../data/atlas-data';
import { linePaint } from '../../map/layers/shared-programs';
import { keepDrawn } from '../../map/keep-drawn';
import { toDisplay, toDisplayGeometry } from '../../map/projection';
import { zoneOf } from './compare-figures';
import { padBeside } from '../directory/use-map';

export const COMPARE_SOURCE = 'compare-zones';
export const COMPARE_LAYERS = ['compare-casing', 'compare-a-line', 'compare-b-line'] as const;

/** The two outline styles (the compare panel's key draws the same). */
export const COMPARE_STYLE = {
  a: { colour: '#cf222e', dash: null },
  b: { colour: '#0550ae', dash: [1.6, 1.1] as [number, number] },
} as const;

function collection(data: AtlasData, a: string, b: string | null): GeoJSON.FeatureCollection {
  const features = ([['a', a], ['b', b]] as const)
    .filter((e): e is readonly ['a' | 'b', string] => e[1] !== null)
    .map(([role, id]) => ({ type: 'Feature' as const, properties: { role, id }, geometry: zoneOf(data, id).geometry }));
  return toDisplayGeometry({ type: 'FeatureCollection', features });
}

function install(map: MapLibreMap, fc: GeoJSON.FeatureCollection): void {
  const src = map.getSource(COMPARE_SOURCE) as { setData?: (d: GeoJSON.FeatureCollection) => void } | undefined;
  if (src?.setData) {
    src.setData(fc);
    return;
  }
  map.addSource(COMPARE_SOURCE, { type: 'geojson', data: fc });
  const before = map.getLayer('zone-labels') ? 'zone-labels' : undefined;
  map.addLayer({ id: 'compare-casing', type: 'line', source: COMPARE_SOURCE, layout: { 'line-join': 'round' },
    paint: linePaint({ color: '#ffffff', opacity: 0.9, width: [[9, 5], [14, 8]] }) }, before);
  map.addLayer({ id: 'compare-a-line', type: 'line', source: COMPARE_SOURCE, filter: ['==', ['get', 'role'], 'a'],
    layout: { 'line-join': 'round' }, paint: linePaint({ color: COMPARE_STYLE.a.colour, width: [[9, 2.5], [14, 4.5]] }) }, before);
  map.addLayer({ id: 'compare-b-line', type: 'line', source: COMPARE_SOURCE, filter: ['==', ['get', 'role'], 'b'],
    layout: { 'line-join': 'round' },
    paint: { ...linePaint({ color: COMPARE_STYLE.b.colour, width: [[9, 2.5], [14, 4.5]] }), 'line-dasharray': [...COMPARE_STYLE.b.dash] } }, before);
}

export function removeCompareLayers(map: MapLibreMap): void {
  for (const id of [...COMPARE_LAYERS].reverse()) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(COMPARE_SOURCE)) map.removeSource(COMPARE_SOURCE);
}

/** The bounds of both zones in display coordinates. */
export function compareBounds(data: AtlasData, ids: readonly string[]): LngLatBoundsLike {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of ids) {
    const [bw, bs, be, bn] = data.derived.bounds[id];
    for (const [x, y] of [toDisplay([bw, bs]), toDisplay([be, bn])]) {
      w = Math.min(w, x); s = Math.min(s, y); e = Math.max(e, x); n = Math.max(n, y);
    }
  }
  return [[w, s], [e, n]];
}

/**
 * Draws the outlines of `a` (and `b`) and keeps them drawn (datum change, style reload) until the
 * returned function removes them.
 */
export function showCompareOutlines(map: MapLibreMap, data: AtlasData, a: string, b: string | null): () => void {
  const draw = () => {
    if (!map.isStyleLoaded() && !map.getStyle()) return;
    install(map, collection(data, a, b));
  };
  return keepDrawn(map, { draw, sourceId: COMPARE_SOURCE, remove: () => removeCompareLayers(map) });
}

/**
 * Frames both zones in the part of the map the reader sees (the map's padding excludes the panel),
 * against the panel as it is laid out now (padBeside), not a padding still easing in.
 */
export function frameZones(map: MapLibreMap, data: AtlasData, ids: readonly string[], panel: Element | null): void {
  if (panel) padBeside(map, panel);
  map.fitBounds(compareBounds(data, ids), { padding: 40, maxZoom: 16, duration: 600 });
}
