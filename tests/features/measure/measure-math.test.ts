/** Measured lengths and areas against turf and known values: a station-to-station distance, the 上海硅巷 polygon's area. */
import { describe, expect, it } from 'vitest';
import { area, distance, length, lineString } from '@turf/turf';
import { assembleAtlas } from '../../../src/data/assemble';
import { deriveMapData } from '../../../src/data/derive';
import { loadGeodataFiles } from '../../../scripts/validate-files';
import { formatArea, formatLength, measure, measurementGeoJson, pathMetres, perimeterMetres, polygonSquareMetres, type LngLat } from '../../../src/features/measure/measure-math';
import { addPoint, clickVertex, emptyDrawing, finish, movePoint, removePoint } from '../../../src/features/measure/measure-state';

const ZHONGSHAN_PARK: LngLat = [121.41156, 31.22006];
const JIANGSU_ROAD: LngLat = [121.42701, 31.22144];

describe('lengths', () => {
  it('中山公园 → 江苏路 stations: 1 477 m, turf distance', () => {
    const m = pathMetres([ZHONGSHAN_PARK, JIANGSU_ROAD]);
    expect(m).toBeCloseTo(distance(ZHONGSHAN_PARK, JIANGSU_ROAD, { units: 'meters' }), 6);
    expect(Math.round(m)).toBe(1477);
  });
  it('a path is the sum of its segments, as turf length', () => {
    const pts: LngLat[] = [ZHONGSHAN_PARK, [121.42, 31.215], JIANGSU_ROAD];
    expect(pathMetres(pts)).toBeCloseTo(length(lineString(pts), { units: 'meters' }), 6);
    expect(pathMetres(pts)).toBeCloseTo(distance(pts[0], pts[1], { units: 'meters' }) + distance(pts[1], pts[2], { units: 'meters' }), 6);
    expect(pathMetres([ZHONGSHAN_PARK])).toBe(0);
  });
  it('one degree of latitude along a meridian is 111.195 km on turf’s sphere', () => {
    expect(pathMetres([[121, 31], [121, 32]])).toBeCloseTo((Math.PI / 180) * 6371008.8, 3);
  });
});

describe('areas', () => {
  const { atlas } = assembleAtlas(loadGeodataFiles().files);
  const derived = deriveMapData(atlas);
  const zone = atlas.zones.find((z) => z.properties.id === 'zone:silicon-alley')!;

  it('上海硅巷 measured by clicking its vertices equals the panel’s computed area, near the stated 1.48 km²', () => {
    expect(zone.geometry.type).toBe('Polygon');
    const ring = (zone.geometry as GeoJSON.Polygon).coordinates[0] as LngLat[];
    const points = ring.slice(0, -1); // a drawn polygon is closed by the tool
    const m2 = polygonSquareMetres(points);
    expect(m2).toBeCloseTo(area(zone as GeoJSON.Feature<GeoJSON.Polygon>), 3);
    // The panel shows derived.areaKm2 (zoneAreaKm2) with three decimals below 1 km², two above.
    expect(m2 / 1e6).toBeCloseTo(derived.areaKm2['zone:silicon-alley'], 9);
    expect(zone.properties.statedAreaKm2).toBe(1.48);
    // The drawn boundary follows the named streets; its area is within 10% of the stated figure.
    expect(Math.abs(m2 / 1e6 - 1.48) / 1.48).toBeLessThan(0.1);
    console.log(`上海硅巷: computed ${(m2 / 1e6).toFixed(3)} km² (panel: ${derived.areaKm2['zone:silicon-alley'].toFixed(2)}), stated 1.48 km²`);
  });

  it('a 0.01° square near Shanghai: turf’s spherical area, and its perimeter', () => {
    const sq: LngLat[] = [[121.4, 31.2], [121.41, 31.2], [121.41, 31.21], [121.4, 31.21]];
    const m = measure('area', sq);
    expect(m.squareMetres).toBeCloseTo(area({ type: 'Polygon', coordinates: [[...sq, sq[0]]] }), 6);
    // ≈ 1.112 km (north–south) × 0.952 km (east–west at 31.2°)
    expect(m.squareMetres! / 1e6).toBeGreaterThan(1.05);
    expect(m.squareMetres! / 1e6).toBeLessThan(1.07);
    expect(perimeterMetres(sq)).toBeCloseTo(pathMetres([...sq, sq[0]]), 6);
    expect(polygonSquareMetres(sq.slice(0, 2))).toBe(0);
  });
});

describe('formatting and export', () => {
  it('shows both units', () => {
    expect(formatLength(1477.4, 'zh')).toBe('1,477 m · 1.477 km');
    expect(formatLength(5.25, 'en')).toBe('5.3 m · 0.005 km');
    expect(formatArea(1_476_000, 'zh')).toBe('1.476 km² · 147.6 公顷');
    expect(formatArea(5_000, 'en')).toBe('0.0050 km² · 0.50 ha');
  });
  it('GeoJSON in WGS84: a LineString with its length, a closed Polygon with its area', () => {
    const line = measurementGeoJson(measure('distance', [ZHONGSHAN_PARK, JIANGSU_ROAD]), new Date('2026-12-01T00:00:00Z'));
    expect(line.features[0].geometry).toEqual({ type: 'LineString', coordinates: [ZHONGSHAN_PARK, JIANGSU_ROAD] });
    expect(line.features[0].properties).toMatchObject({ measure: 'distance', length_km: 1.477, crs: 'WGS84' });
    const sq: LngLat[] = [[121.4, 31.2], [121.41, 31.2], [121.41, 31.21]];
    const poly = measurementGeoJson(measure('area', sq));
    expect(poly.features[0].geometry.coordinates).toEqual([[...sq, sq[0]]]);
    expect(poly.features[0].properties).toHaveProperty('area_ha');
  });
});

describe('drawing: clicks on vertices', () => {
  const a: LngLat = [121.4, 31.2], b: LngLat = [121.41, 31.2], c: LngLat = [121.41, 31.21];
  it('clicking the last vertex (the second click of a double-click) finishes a path', () => {
    let s = addPoint(addPoint(emptyDrawing('distance'), a), b);
    s = clickVertex(s, 1);
    expect(s.finished).toBe(true);
    expect(addPoint(s, c).points).toHaveLength(2); // finished: no more points
  });
  it('clicking another vertex removes it; a finished shape keeps its minimum', () => {
    let s = addPoint(addPoint(addPoint(emptyDrawing('distance'), a), b), c);
    s = clickVertex(s, 0);
    expect(s.points).toEqual([b, c]);
    s = finish(s);
    expect(clickVertex(s, 0).points).toEqual([b, c]);
    expect(removePoint(s, 0)).toBe(s);
  });
  it('an area closes on its first vertex, needs three points, and vertices move', () => {
    let s = addPoint(addPoint(emptyDrawing('area'), a), b);
    expect(clickVertex(s, 0).points).toEqual([b]); // two points: cannot close, removed instead
    s = addPoint(s, c);
    expect(clickVertex(s, 0).finished).toBe(true);
    expect(movePoint(s, 1, [121.42, 31.2]).points[1]).toEqual([121.42, 31.2]);
  });
});
