/**
 * The metro access layer's pure parts: line colours read from the basemap's table (Line 15 flagged),
 * the shared 3/4 trunk split into both lines, station features coloured by their first line, and a
 * zone's stations inside / within 800 m against turf (中山公园 for 上海硅巷).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanIntersects, booleanPointInPolygon, flatten, pointToLineDistance, polygonToLine } from '@turf/turf';
import { buildStationsBundle } from '../../../scripts/stations-bundle';
import type { Station } from '../../../src/data/stations';
import type { Zone } from '../../../src/data/schema';
import { METRO_LINE_COLOURS } from '../../../src/map/basemap';
import { DOUBTFUL_LINE_COLOURS, UNKNOWN_LINE_COLOUR, lineColour, metroLines, splitLines } from '../../../src/features/metro-access/lines';
import { colouredLines, stationFeatures } from '../../../src/features/metro-access/metro-layer';
import { formatMetres, linesNear, zoneCatchment } from '../../../src/features/metro-access/zone-catchment';

const root = join(import.meta.dirname, '..', '..', '..');
const stations: Station[] = JSON.parse(buildStationsBundle()).stations;
const zones = JSON.parse(readFileSync(join(root, 'geodata/changning/zones.geojson'), 'utf8')).features as Zone[];
const siliconAlley = zones.find((z) => z.properties.id === 'zone:silicon-alley')!;

describe('line colours', () => {
  it('are the basemap’s table, in number order, with Line 15 flagged as unconfirmed', () => {
    const lines = metroLines();
    expect(lines.map((l) => l.line)).toEqual(Object.keys(METRO_LINE_COLOURS).sort((a, b) => Number(a) - Number(b)));
    for (const l of lines) expect(l.colour).toBe(METRO_LINE_COLOURS[l.line]);
    expect(lines.filter((l) => l.doubtful).map((l) => l.line)).toEqual(['15']);
    expect(DOUBTFUL_LINE_COLOURS.has('15')).toBe(true);
    expect(lineColour('2')).toBe('#97D700');
    expect(lineColour('99')).toBe(UNKNOWN_LINE_COLOUR);
  });

  it('split OSM’s shared 3/4 trunk into both lines', () => {
    expect(splitLines(['2', '3-4'])).toEqual(['2', '3', '4']);
    expect(splitLines(['11', '2'])).toEqual(['2', '11']);
    expect(splitLines(['3-4', '4'])).toEqual(['3', '4']);
  });
});

describe('layer data', () => {
  it('colours each station by its first line and marks interchanges', () => {
    const fc = stationFeatures(stations);
    expect(fc.features).toHaveLength(stations.length);
    const zs = fc.features.find((f) => f.properties!.name === '中山公园')!;
    expect(zs.properties).toMatchObject({ lines: '2;3;4', interchange: true, colour: METRO_LINE_COLOURS['2'] });
    expect(zs.geometry.coordinates).toEqual([121.41156, 31.22006]);
    const single = fc.features.find((f) => f.properties!.lines === '10' && !f.properties!.interchange)!;
    expect(single.properties!.colour).toBe(METRO_LINE_COLOURS['10']);
  });

  it('colours each line by its number', () => {
    const lines = JSON.parse(readFileSync(join(root, 'scripts/basemap/layers/metro-lines.geojson'), 'utf8'));
    const fc = colouredLines(lines);
    for (const f of fc.features) expect(f.properties!.colour).toBe(METRO_LINE_COLOURS[f.properties!.line]);
  });
});

describe('a zone’s stations', () => {
  it('inside 上海硅巷 and within 800 m of its edge, as turf finds them', () => {
    const c = zoneCatchment(stations, siliconAlley);
    const edges = flatten(polygonToLine(siliconAlley as any) as any).features;
    const inside = stations.filter((s) => booleanPointInPolygon(s.position, siliconAlley as any)).map((s) => s.id).sort();
    const near = stations
      .filter((s) => !booleanPointInPolygon(s.position, siliconAlley as any))
      .map((s) => [s.id, Math.min(...edges.map((e) => pointToLineDistance(s.position, e as any, { units: 'meters' })))] as const)
      .filter(([, m]) => m <= 800)
      .sort((a, b) => a[1] - b[1]);
    expect(c.inside.map((d) => d.station.id).sort()).toEqual(inside);
    expect(c.near.map((d) => d.station.id)).toEqual(near.map(([id]) => id));
    c.near.forEach((d, i) => expect(d.metres).toBeCloseTo(near[i][1], 0));
    // 中山公园 is one of them (31 m outside the edge).
    const zs = c.near.find((d) => d.station.name.zh === '中山公园');
    expect(zs).toBeDefined();
    expect(zs!.metres).toBeGreaterThan(0);
    expect(zs!.metres).toBeLessThan(800);
  });

  it('a smaller catchment keeps only the nearer stations', () => {
    const all = zoneCatchment(stations, siliconAlley, 800);
    const close = zoneCatchment(stations, siliconAlley, 40);
    expect(close.near.every((d) => d.metres <= 40)).toBe(true);
    expect(close.near.length).toBeLessThanOrEqual(all.near.length);
  });

  it('formats distances in m and km', () => {
    expect(formatMetres(31.4, 'zh')).toBe('31 m');
    expect(formatMetres(1477, 'en')).toBe('1.48 km');
  });
});

describe('lines near a zone (where the station data hold none)', () => {
  const lines = JSON.parse(readFileSync(join(root, 'scripts/basemap/layers/metro-lines.geojson'), 'utf8'));
  const minhang = JSON.parse(readFileSync(join(root, 'geodata/minhang/zones.geojson'), 'utf8')).features as Zone[];
  const dlhw = minhang.find((z) => z.properties.id === 'zone:dalinghaowan')!;

  it('大零号湾 has no station in the data, but Line 5 runs through it (turf: the line intersects the polygon)', () => {
    expect(zoneCatchment(stations, dlhw).inside).toEqual([]);
    expect(zoneCatchment(stations, dlhw).near).toEqual([]);
    const near = linesNear(lines, dlhw);
    expect(near).toContain('5');
    const line5 = lines.features.find((f: any) => f.properties.line === '5');
    expect(booleanIntersects(line5, dlhw as any)).toBe(true);
    console.log('lines within 800 m of 大零号湾:', near);
    // Every line it names really comes within 800 m (turf, vertex by vertex, written out here).
    for (const l of near) {
      const fs = lines.features.filter((f: any) => f.properties.line === l);
      const close = fs.some((f: any) => booleanIntersects(f, dlhw as any) || flatten(f).features.some((p: any) => (p.geometry.coordinates as number[][]).some((c) => {
        if (booleanPointInPolygon(c, dlhw as any)) return true;
        const edges = flatten(polygonToLine(dlhw as any) as any).features;
        return Math.min(...edges.map((e: any) => pointToLineDistance(c, e, { units: 'meters' }))) <= 800;
      })));
      expect(close, `line ${l}`).toBe(true);
    }
  });

  it('上海硅巷: Lines 2, 3, 4 and 11 run along its edges', () => {
    expect(linesNear(lines, siliconAlley)).toEqual(expect.arrayContaining(['2', '3', '4', '11']));
  });
});
