/**
 * Under AMap the Atlas's own sources are drawn in GCJ-02: AtlasLayers sends every source through
 * toDisplayGeometry, and redisplay() (called by map-view on a datum change) sends them again. The
 * map is a fake recording what each source was given; the stored data stay WGS84.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Zone } from '../../../src/data/schema';
import type { MapDerived } from '../../../src/data/derive';
import { setDisplayDatum, toDisplay, type LngLat } from '../../../src/map/projection';

vi.mock('../../../src/map/layers/place-icons', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  placeIconImages: () => [],
}));
const { AtlasLayers } = await import('../../../src/map/atlas-layers');
const { SOURCES } = await import('../../../src/map/layers/atlas-style');

function fakeMap() {
  const sources = new Map<string, { data: GeoJSON.FeatureCollection; setData: (d: GeoJSON.FeatureCollection) => void }>();
  const layers = new Set<string>();
  const map = {
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    addLayer: (l: { id: string }) => void layers.add(l.id),
    removeLayer: (id: string) => void layers.delete(id),
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: { data: GeoJSON.FeatureCollection }) => {
      const s = { data: spec.data, setData: (d: GeoJSON.FeatureCollection) => void (s.data = d) };
      sources.set(id, s);
    },
    removeSource: (id: string) => void sources.delete(id),
    hasImage: () => false,
    addImage: () => {},
    setFilter: () => {},
    setPaintProperty: () => {},
    setLayoutProperty: () => {},
    setFeatureState: () => {},
  };
  return { map: map as unknown as MapLibreMap, sources };
}

const ring: LngLat[] = [[121.40, 31.20], [121.41, 31.20], [121.41, 31.21], [121.40, 31.20]];
const zone = {
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [ring] },
  properties: { id: 'zone:demo', plan: 'plan:demo', name: { zh: '示范区' }, zoneType: 'area', location: { precision: 'exact' } },
} as unknown as Zone;
const derived = { zoneOrder: ['zone:demo'], areaKm2: { 'zone:demo': 1 }, labelPoint: { 'zone:demo': [121.405, 31.205] }, bounds: {}, schematic: {} } as unknown as MapDerived;
const place = { id: 'carrier:x', kind: 'carrier', position: [121.4166, 31.2194] as [number, number], schematic: false } as const;
const first = {
  zones: [zone],
  derived,
  places: { plain: [place], lit: [], selected: null },
  badges: { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection<GeoJSON.Point, never>,
};

const firstPoint = (fc: GeoJSON.FeatureCollection) => (fc.features[0]!.geometry as GeoJSON.Polygon | GeoJSON.Point).coordinates.flat(2).slice(0, 2) as LngLat;
const metres = (a: LngLat, b: LngLat) => Math.hypot((a[0] - b[0]) * 95_000, (a[1] - b[1]) * 111_000);

afterEach(async () => {
  await setDisplayDatum('wgs84');
});

describe('the Atlas layers and the display datum', () => {
  it('draw WGS84 as given while the basemap is WGS84', () => {
    const { map, sources } = fakeMap();
    new AtlasLayers(map, 'zh', first);
    expect(firstPoint(sources.get(SOURCES.zones)!.data)).toEqual(ring[0]);
    expect(firstPoint(sources.get(SOURCES.places)!.data)).toEqual(place.position);
  });

  it('are drawn again in GCJ-02 when the datum changes, and back; the data they hold stay WGS84', async () => {
    const { map, sources } = fakeMap();
    const layers = new AtlasLayers(map, 'zh', first);
    await setDisplayDatum('gcj02');
    layers.redisplay();
    const zonesShown = firstPoint(sources.get(SOURCES.zones)!.data);
    const placeShown = firstPoint(sources.get(SOURCES.places)!.data);
    expect(zonesShown).toEqual(toDisplay(ring[0]!));
    expect(placeShown).toEqual(toDisplay(place.position));
    expect(metres(placeShown, place.position)).toBeGreaterThan(300); // the GCJ-02 offset in Shanghai
    expect(zone.geometry.type === 'Polygon' && zone.geometry.coordinates[0]![0]).toEqual(ring[0]); // not mutated
    await setDisplayDatum('wgs84');
    layers.redisplay();
    expect(firstPoint(sources.get(SOURCES.zones)!.data)).toEqual(ring[0]);
  });

  it('send new data shifted while the datum is GCJ-02', async () => {
    const { map, sources } = fakeMap();
    const layers = new AtlasLayers(map, 'zh', first);
    await setDisplayDatum('gcj02');
    const moved = { ...place, id: 'carrier:y', position: [121.45, 31.02] as [number, number] };
    layers.setPlaces({ plain: [moved], lit: [], selected: null });
    expect(firstPoint(sources.get(SOURCES.places)!.data)).toEqual(toDisplay(moved.position));
  });
});
