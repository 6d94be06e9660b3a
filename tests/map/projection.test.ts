import { afterEach, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import {
  displayDatum,
  fromDisplay,
  onDisplayDatumChange,
  setDisplayDatum,
  toDisplay,
  toDisplayGeometry,
  type LngLat,
} from '../../src/map/projection';

// The published WGS84 → GCJ-02 formula (Krasovsky 1940 ellipsoid, as in googollee/eviltransform),
// written out here independently of gcoord so the test checks the library, not itself.
const A = 6378245.0;
const EE = 0.00669342162296594323;
function tLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}
function tLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}
function formulaWgsToGcj([lng, lat]: LngLat): LngLat {
  let dLat = tLat(lng - 105.0, lat - 35.0);
  let dLng = tLng(lng - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + dLng, lat + dLat];
}

/** Metres between two nearby points (equirectangular: exact enough below a kilometre). */
function metres(a: LngLat, b: LngLat): number {
  const k = (Math.PI / 180) * 6371008.8;
  const dx = (a[0] - b[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180)) * k;
  const dy = (a[1] - b[1]) * k;
  return Math.hypot(dx, dy);
}

// The eviltransform project's published test vectors (wgsLat, wgsLng → gcjLat, gcjLng).
const PUBLISHED: Array<{ name: string; wgs: LngLat; gcj: LngLat }> = [
  { name: 'Shanghai', wgs: [121.5272106, 31.1774276], gcj: [121.531541859215, 31.17530398364597] },
  { name: 'Shenzhen', wgs: [113.912316, 22.543847], gcj: [113.9171764808363, 22.540796131694766] },
  { name: 'Beijing', wgs: [116.377817, 39.911954], gcj: [116.38404722455657, 39.91334545536069] },
];
// Shanghai points of the Atlas's area (People's Square, 中山公园 station, 大零号湾, 张江).
const SHANGHAI: LngLat[] = [
  [121.4737, 31.2304],
  [121.4166, 31.2194],
  [121.4502, 31.0226],
  [121.5906, 31.2034],
];

afterEach(async () => {
  await setDisplayDatum('wgs84');
});

describe('projection while the basemap is WGS84', () => {
  it('is the identity and does not copy geometry', () => {
    expect(displayDatum()).toBe('wgs84');
    expect(toDisplay([121.47, 31.23])).toEqual([121.47, 31.23]);
    expect(fromDisplay([121.47, 31.23])).toEqual([121.47, 31.23]);
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [] };
    expect(toDisplayGeometry(fc)).toBe(fc);
  });
});

describe('projection while the basemap is GCJ-02 (AMap)', () => {
  it('matches the published test vectors within a few centimetres', async () => {
    await setDisplayDatum('gcj02');
    for (const { name, wgs, gcj } of PUBLISHED) {
      const shifted = toDisplay(wgs);
      expect(metres(shifted, gcj), name).toBeLessThan(0.03);
      expect(metres(shifted, formulaWgsToGcj(wgs)), name).toBeLessThan(0.03);
    }
  });

  it('matches the formula written out at Shanghai points, and the shift is a few hundred metres', async () => {
    await setDisplayDatum('gcj02');
    for (const p of SHANGHAI) {
      const shifted = toDisplay(p);
      expect(metres(shifted, formulaWgsToGcj(p))).toBeLessThan(0.03);
      const d = metres(shifted, p);
      expect(d).toBeGreaterThan(300);
      expect(d).toBeLessThan(700);
    }
  });

  it('fromDisplay inverts toDisplay within 0.5 m', async () => {
    await setDisplayDatum('gcj02');
    for (const p of [...SHANGHAI, ...PUBLISHED.map((x) => x.wgs)]) {
      expect(metres(fromDisplay(toDisplay(p)), p)).toBeLessThan(0.5);
    }
    for (const { wgs, gcj } of PUBLISHED) expect(metres(fromDisplay(gcj), wgs)).toBeLessThan(0.5);
  });

  it('leaves points outside China alone', async () => {
    await setDisplayDatum('gcj02');
    expect(toDisplay([2.35, 48.86])).toEqual([2.35, 48.86]);
  });

  it('shifts every position of a FeatureCollection into a new object, the input untouched', async () => {
    const ring: LngLat[] = [
      [121.45, 31.02],
      [121.46, 31.02],
      [121.46, 31.03],
      [121.45, 31.02],
    ];
    const props = { id: 'zone:x', name: '大零号湾' };
    const fc: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      bbox: [121.45, 31.02, 121.46, 31.03],
      features: [{ type: 'Feature', id: 7, properties: props, geometry: { type: 'Polygon', coordinates: [ring] } }],
    };
    const before = JSON.stringify(fc);
    await setDisplayDatum('gcj02');
    const out = toDisplayGeometry(fc);
    expect(JSON.stringify(fc)).toBe(before);
    expect(out).not.toBe(fc);
    expect(out.bbox).toBeUndefined();
    expect(out.features[0]!.id).toBe(7);
    expect(out.features[0]!.properties).toBe(props);
    const outRing = out.features[0]!.geometry.coordinates[0]!;
    outRing.forEach((p, i) => expect(metres(p as LngLat, formulaWgsToGcj(ring[i]!))).toBeLessThan(0.03));
  });

  it('handles points, lines, multi-geometries and collections', async () => {
    await setDisplayDatum('gcj02');
    const p: LngLat = [121.4166, 31.2194];
    const e = formulaWgsToGcj(p);
    const near = (q: unknown) => expect(metres(q as LngLat, e)).toBeLessThan(0.03);
    near(toDisplayGeometry({ type: 'Point', coordinates: p }).coordinates);
    near(toDisplayGeometry({ type: 'LineString', coordinates: [p, p] }).coordinates[1]);
    near(toDisplayGeometry({ type: 'MultiPolygon', coordinates: [[[p, p, p, p]]] }).coordinates[0]![0]![2]);
    const gc = toDisplayGeometry({
      type: 'GeometryCollection',
      geometries: [{ type: 'MultiPoint', coordinates: [p] }],
    });
    near((gc.geometries[0] as { coordinates: LngLat[] }).coordinates[0]);
    const withZ = toDisplayGeometry({ type: 'Point', coordinates: [p[0], p[1], 12] });
    expect(withZ.coordinates[2]).toBe(12);
    const empty: Feature<Geometry | null> = { type: 'Feature', properties: {}, geometry: null };
    const nullGeom = toDisplayGeometry(empty as Feature);
    expect(nullGeom.geometry).toBeNull();
  });

  it('tells listeners once per change, and stops after unsubscribing', async () => {
    const seen: string[] = [];
    const off = onDisplayDatumChange((d) => seen.push(d));
    await setDisplayDatum('gcj02');
    await setDisplayDatum('gcj02');
    await setDisplayDatum('wgs84');
    off();
    await setDisplayDatum('gcj02');
    expect(seen).toEqual(['gcj02', 'wgs84']);
  });

  it('a later switch wins over an earlier one still loading', async () => {
    const a = setDisplayDatum('gcj02');
    const b = setDisplayDatum('wgs84');
    await Promise.all([a, b]);
    expect(displayDatum()).toBe('wgs84');
    expect(toDisplay([121.47, 31.23])).toEqual([121.47, 31.23]);
  });
});
