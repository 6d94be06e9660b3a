/**
 * While AMap is the basemap (display datum GCJ-02), the measure and reach drawings are shifted into
 * GCJ-02 on the map while their data and figures stay WGS84; a vertex is found where it is drawn.
 * A stand-in map records what the layers send it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { fromDisplay, setDisplayDatum, toDisplay } from '../../../src/map/projection';
import { MeasureLayers } from '../../../src/features/measure/measure-layers';
import { ReachLayers } from '../../../src/features/reach/reach-layers';
import { measure, type LngLat } from '../../../src/features/measure/measure-math';

function fakeMap() {
  const sources = new Map<string, { data: GeoJSON.FeatureCollection | null; setData: (d: GeoJSON.FeatureCollection) => void }>();
  const layers = new Set<string>();
  const map = {
    sources, layers,
    addSource: (id: string) => {
      const s = { data: null as GeoJSON.FeatureCollection | null, setData: (d: GeoJSON.FeatureCollection) => void (s.data = d) };
      sources.set(id, s);
    },
    getSource: (id: string) => sources.get(id),
    removeSource: (id: string) => sources.delete(id),
    addLayer: (l: { id: string }) => layers.add(l.id),
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    removeLayer: (id: string) => layers.delete(id),
    on: () => undefined,
    off: () => undefined,
    isStyleLoaded: () => true,
    // A plain equirectangular screen: 100 000 px per degree.
    project: ([lng, lat]: [number, number]) => ({ x: (lng - 121) * 1e5, y: (31.5 - lat) * 1e5 }),
  };
  return map;
}

const A: LngLat = [121.41156, 31.22006];
const B: LngLat = [121.42701, 31.22144];

afterEach(async () => {
  await setDisplayDatum('wgs84');
});

describe('drawing in the display datum', () => {
  it('measure: the line is drawn shifted into GCJ-02 (≈ 500 m east-south-east here), the figure stays WGS84', async () => {
    const map = fakeMap();
    const layers = new MeasureLayers(map as unknown as MapLibreMap);
    const state = { mode: 'distance' as const, points: [A, B], finished: true };
    layers.draw(state, null);
    const line = () => map.sources.get('measure')!.data!.features.find((f) => f.properties?.part === 'line')!.geometry as GeoJSON.LineString;
    expect(line().coordinates).toEqual([A, B]);
    await setDisplayDatum('gcj02');
    // Redrawn on the datum change, without a new state.
    const [a2] = line().coordinates;
    expect(a2[0] - A[0]).toBeGreaterThan(0.003);
    expect(a2[0] - A[0]).toBeLessThan(0.006);
    expect(a2[1] - A[1]).toBeLessThan(0);
    expect(a2).toEqual(toDisplay(A));
    // The figure is computed from the WGS84 points, not from what is drawn.
    expect(Math.round(measure('distance', state.points).metres)).toBe(1477);
    // A vertex is found where it is drawn (shifted), not where its WGS84 position would be.
    const drawn = map.project(toDisplay(B) as [number, number]);
    expect(layers.vertexAt(state, drawn.x, drawn.y)).toBe(1);
    const raw = map.project(B);
    expect(layers.vertexAt(state, raw.x, raw.y)).toBe(-1);
    // And a click there comes back to the WGS84 position within a few centimetres.
    const back = fromDisplay(toDisplay(B));
    expect(Math.abs(back[0] - B[0]) + Math.abs(back[1] - B[1])).toBeLessThan(1e-6);
    layers.remove();
    expect(map.layers.size + map.sources.size).toBe(0);
  });

  it('reach: the circle is drawn shifted, its bounds for the camera are the drawn ones', async () => {
    await setDisplayDatum('gcj02');
    const map = fakeMap();
    const layers = new ReachLayers(map as unknown as MapLibreMap);
    const station = { id: 'station:x', name: { zh: 'x' }, pinyin: 'x', lines: [], interchange: false, position: A };
    const b = layers.draw({ kind: 'station', station }, { radius: 800, zones: [], places: [], stations: [], schematic: [] })!;
    const centre = map.sources.get('reach')!.data!.features.find((f) => f.properties?.part === 'centre')!.geometry as GeoJSON.Point;
    expect(centre.coordinates).toEqual(toDisplay(A));
    expect((b[0] + b[2]) / 2).toBeCloseTo(toDisplay(A)[0], 4);
    layers.remove();
  });
});
