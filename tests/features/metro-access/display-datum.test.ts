/**
 * Compare's outlines and the metro access layer are drawn in the display datum: identical to the data
 * while it is WGS84, shifted into GCJ-02 (as gcoord computes it) when AMap is the basemap, and back —
 * the stations and zones themselves never change. Checked on a minimal stand-in for the map.
 */
import { afterEach, describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { buildAtlasBundle } from '../../../scripts/atlas-bundle';
import { buildStationsBundle } from '../../../scripts/stations-bundle';
import { fromBundle } from '../../../src/data/atlas-data';
import type { AtlasBundle } from '../../../src/data/bundle';
import type { Station } from '../../../src/data/stations';
import { setDisplayDatum } from '../../../src/map/projection';
import { METRO_LAYERS, METRO_SOURCES, showMetroAccess } from '../../../src/features/metro-access/metro-layer';
import { COMPARE_LAYERS, COMPARE_SOURCE, showCompareOutlines } from '../../../src/features/compare/compare-layers';

type FC = GeoJSON.FeatureCollection;

/** Enough of MapLibre's Map for the layer code: sources with setData, layers, events. */
function fakeMap() {
  const sources = new Map<string, { data: FC; setData: (d: FC) => void }>();
  const layers: string[] = ['zones-fill', 'zone-labels'];
  const handlers = new Map<string, Set<() => void>>();
  return {
    sources, layers,
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: { data: FC }) => {
      const s = { data: spec.data, setData: (d: FC) => void (s.data = d) };
      sources.set(id, s);
    },
    removeSource: (id: string) => void sources.delete(id),
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    addLayer: (l: { id: string }, before?: string) => void layers.splice(before ? layers.indexOf(before) : layers.length, 0, l.id),
    removeLayer: (id: string) => void layers.splice(layers.indexOf(id), 1),
    getLayoutProperty: () => ['Noto Sans SC'],
    isStyleLoaded: () => true,
    getStyle: () => ({}),
    on: (e: string, f: () => void) => void (handlers.get(e) ?? handlers.set(e, new Set()).get(e)!).add(f),
    off: (e: string, f: () => void) => void handlers.get(e)?.delete(f),
  };
}

const stations: Station[] = JSON.parse(buildStationsBundle()).stations;
const data = fromBundle(JSON.parse(buildAtlasBundle()) as AtlasBundle);
const lines: FC = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { line: '2', offset: 0 }, geometry: { type: 'LineString', coordinates: [[121.41156, 31.22006], [121.42701, 31.22144]] } }] };
const firstPoint = (fc: FC) => (fc.features[0].geometry as GeoJSON.Point).coordinates;
const gcj = (p: number[]) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.GCJ02) as number[];

afterEach(async () => {
  await setDisplayDatum('wgs84');
});

describe('drawn in the display datum', () => {
  it('metro access: stations and lines follow the datum; off removes every layer and source', async () => {
    const map = fakeMap();
    const hide = showMetroAccess(map as never, lines, stations);
    expect(map.layers).toEqual(['zones-fill', ...METRO_LAYERS, 'zone-labels']);
    expect(firstPoint(map.sources.get(METRO_SOURCES.stations)!.data)).toEqual(stations[0].position);
    await setDisplayDatum('gcj02');
    const shifted = firstPoint(map.sources.get(METRO_SOURCES.stations)!.data);
    const want = gcj(stations[0].position);
    expect(shifted[0]).toBeCloseTo(want[0], 9);
    expect(shifted[1]).toBeCloseTo(want[1], 9);
    // In Shanghai GCJ-02 lies a few hundred metres east-south-east of WGS84.
    expect(shifted[0] - stations[0].position[0]).toBeGreaterThan(0.003);
    const line = (map.sources.get(METRO_SOURCES.lines)!.data.features[0].geometry as GeoJSON.LineString).coordinates[0];
    expect(line[0]).toBeCloseTo(gcj([121.41156, 31.22006])[0], 9);
    // The data are untouched.
    expect(stations.find((s) => s.name.zh === '中山公园')!.position).toEqual([121.41156, 31.22006]);
    await setDisplayDatum('wgs84');
    expect(firstPoint(map.sources.get(METRO_SOURCES.stations)!.data)).toEqual(stations[0].position);
    hide();
    expect(map.layers).toEqual(['zones-fill', 'zone-labels']);
    expect(map.sources.size).toBe(0);
  });

  it('compare: both outlines follow the datum; closing removes them', async () => {
    const map = fakeMap();
    const hide = showCompareOutlines(map as never, data, 'zone:silicon-alley', 'zone:dalinghaowan');
    expect(map.layers).toEqual(['zones-fill', ...COMPARE_LAYERS, 'zone-labels']);
    const ring = () => (map.sources.get(COMPARE_SOURCE)!.data.features[0].geometry as GeoJSON.Polygon).coordinates[0][0];
    const zone = data.index.get('zone:silicon-alley')!;
    const original = (zone.record as { geometry: GeoJSON.Polygon }).geometry.coordinates[0][0];
    expect(map.sources.get(COMPARE_SOURCE)!.data.features.map((f) => [f.properties!.role, f.properties!.id])).toEqual([['a', 'zone:silicon-alley'], ['b', 'zone:dalinghaowan']]);
    expect(ring()).toEqual(original);
    await setDisplayDatum('gcj02');
    expect(ring()[0]).toBeCloseTo(gcj(original)[0], 9);
    expect(ring()[1]).toBeCloseTo(gcj(original)[1], 9);
    expect((zone.record as { geometry: GeoJSON.Polygon }).geometry.coordinates[0][0]).toEqual(original);
    hide();
    expect(map.layers).toEqual(['zones-fill', 'zone-labels']);
    expect(map.sources.size).toBe(0);
  });
});
