/** The converters' parts: messages, limits, cancel and progress, columns, coordinates, CRS, zones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import {
  createZoneIndex, formatImportMessage, IMPORT_LIMIT_BYTES, IMPORT_MESSAGE_CODES, mainMessage, parseImportFile, toWgs84, toWgs84Async,
} from '../../../../src/features/import/core';
import { detectColumns } from '../../../../src/features/import/core/columns';
import { parseCoordinate } from '../../../../src/features/import/core/csv';
import { metres } from '../../../../src/features/import/core/geo';
import { MAX_MESSAGES_PER_CODE } from '../../../../src/features/import/core/limits';
import { makeLargeCsvText } from '../../../fixtures/imports/make-large';

const stations = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../../scripts/basemap/layers/metro-stations.geojson'), 'utf8')) as {
  features: { geometry: { coordinates: [number, number] } }[];
}).features.map((f) => f.geometry.coordinates);
const csv = (name: string, text: string) => new File([text], name);

describe('messages', () => {
  it('every code has a zh and an en text that names the file and fills its placeholders', () => {
    const params = { size: '120 MB', limit: '100 MB', ext: 'xyz', line: 3, column: 7, detail: 'd', found: 'x', columns: 'a, b', x: 1, y: 2, hint: 'utm', value: 'v', lng: 1, lat: 2, expected: 3, count: 4, total: 5, crs: 'gcj02', source: 's', declared: 'wgs84', best: 'gcj02', scores: 's', code: 'c', renamed: 'r', located: 1 };
    for (const code of IMPORT_MESSAGE_CODES) {
      for (const lang of ['zh', 'en'] as const) {
        const text = formatImportMessage({ code, severity: 'note', file: 'f.csv', row: 9, params }, lang);
        expect(text, code).toContain('f.csv');
        expect(text, code).not.toMatch(/\{\w+\}/);
        if (code.startsWith('row-')) expect(text, code).toContain('9');
      }
    }
    expect(formatImportMessage({ code: 'row-bad-coordinate', severity: 'note', file: 'a.csv', row: 4, params: { value: 'abc' } }, 'zh')).toBe('「a.csv」第 4 行：坐标“abc”不是数字，该行已导入但未定位。');
    expect(formatImportMessage({ code: 'feature-no-geometry', severity: 'note', file: 'b.geojson', feature: 2 }, 'en')).toBe('b.geojson: Feature 2: no geometry; imported, not located.');
  });
});

describe('limits, cancel, progress', () => {
  it('refuses a file over the limit, naming it, without reading it', async () => {
    const big = { name: 'huge.csv', size: IMPORT_LIMIT_BYTES + 1, arrayBuffer: () => { throw new Error('must not be read'); } } as unknown as File;
    const r = await parseImportFile(big);
    expect(r.ok).toBe(false);
    expect(formatImportMessage(mainMessage(r), 'en')).toContain('100 MB');
    expect(IMPORT_LIMIT_BYTES).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  it('cancels (signal aborted before or during the parse) with nothing kept; reports progress up to the end otherwise', async () => {
    const file = csv('large.csv', makeLargeCsvText(2e6));
    const before = new AbortController();
    before.abort();
    expect(mainMessage(await parseImportFile(file, { signal: before.signal })).code).toBe('cancelled');
    const during = new AbortController();
    const r = await parseImportFile(file, { signal: during.signal, onProgress: (f) => { if (f > 0.3) during.abort(); } });
    expect({ ok: r.ok, code: mainMessage(r).code, features: r.features.length }).toEqual({ ok: false, code: 'cancelled', features: 0 });
    const seen: number[] = [];
    const full = await parseImportFile(file, { onProgress: (f) => seen.push(f) });
    expect(full.ok).toBe(true);
    expect(full.features.length).toBeGreaterThan(30000);
    expect(seen.length).toBeGreaterThan(10);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps at most MAX_MESSAGES_PER_CODE row notes per code and counts the rest', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `r${i},abc,31.2`).join('\n');
    const r = await parseImportFile(csv('bad.csv', `name,lng,lat\n${rows}\n`));
    expect(r.features).toHaveLength(200);
    expect(r.notes.filter((n) => n.code === 'row-bad-coordinate')).toHaveLength(MAX_MESSAGES_PER_CODE);
    expect(r.notes.find((n) => n.code === 'more-problems')?.params).toEqual({ code: 'row-bad-coordinate', count: 200 - MAX_MESSAGES_PER_CODE });
    expect(r.notes.find((n) => n.code === 'row-bad-coordinate')?.row).toBe(2);
  });
});

describe('CSV columns and cells', () => {
  it('detects coordinate, name and address columns in Chinese and English, and declared systems', () => {
    expect(detectColumns(['企业名称', '地址', '经度', '纬度']).choice).toEqual({ lng: '经度', lat: '纬度', name: '企业名称', address: '地址' });
    expect(detectColumns(['Name', 'Longitude', 'Latitude']).choice).toMatchObject({ lng: 'Longitude', lat: 'Latitude', name: 'Name' });
    expect(detectColumns(['title', 'x', 'y']).choice).toMatchObject({ lng: 'x', lat: 'y', name: 'title' });
    expect(detectColumns(['东经', '北纬']).choice).toMatchObject({ lng: '东经', lat: '北纬' });
    expect(detectColumns(['gcj02_lng', 'gcj02_lat']).declared?.crs).toBe('gcj02');
    expect(detectColumns(['百度经度', '百度纬度']).declared?.crs).toBe('bd09');
    expect(detectColumns(['经度(WGS84)', '纬度(WGS84)'])).toMatchObject({ choice: { lng: '经度(WGS84)' }, declared: { crs: 'wgs84' } });
    expect(detectColumns(['a', 'b']).choice).toEqual({});
  });

  it('reads coordinate cells with full-width digits and hemisphere letters; refuses the rest', () => {
    expect(parseCoordinate(' 121.47 ')).toBe(121.47);
    expect(parseCoordinate('１２１．４７')).toBe(121.47);
    expect(parseCoordinate('121.47°E')).toBe(121.47);
    expect(parseCoordinate('33.9S')).toBe(-33.9);
    expect(parseCoordinate('121,47')).toBeNull();
    expect(parseCoordinate('abc')).toBeNull();
    expect(parseCoordinate('')).toBeNull();
  });

  it('reads Excel\'s "sep=;" line as the delimiter, numbering rows from it', async () => {
    const r = await parseImportFile(csv('s.csv', 'sep=;\nname;lng;lat\nA;121.47;31.23\nB;;\n'));
    expect(r.features.map((f) => [f.name, f.row])).toEqual([['A', 3], ['B', 4]]);
    expect(r.notes.find((n) => n.code === 'row-missing-coordinate')?.row).toBe(4);
  });

  it('re-reads with columns the user chose, and says when a chosen column is not there', async () => {
    const text = '公司,东西,南北\n甲,121.47,31.23\n';
    const asked = await parseImportFile(csv('c.csv', text));
    expect({ ok: asked.ok, needsColumns: asked.needsColumns, columns: asked.columns }).toEqual({ ok: false, needsColumns: true, columns: ['公司', '东西', '南北'] });
    const chosen = await parseImportFile(csv('c.csv', text), { columns: { lng: '东西', lat: '南北', name: '公司' } });
    expect(chosen.ok).toBe(true);
    expect(chosen.features[0]).toMatchObject({ name: '甲', geometry: { type: 'Point', coordinates: [121.47, 31.23] }, row: 2 });
    const wrong = await parseImportFile(csv('c.csv', text), { columns: { lng: 'nope', lat: '南北' } });
    expect(mainMessage(wrong).code).toBe('column-not-found');
  });
});

describe('coordinate systems', () => {
  const near = stations.slice(0, 40);
  const make = (crs: 'GCJ02' | 'BD09') => near.map(([x, y], i) => {
    const [lng, lat] = gcoord.transform([x + 0.0002, y - 0.0001], gcoord.WGS84, gcoord[crs]) as [number, number];
    return `p${i},${lng},${lat}`;
  }).join('\n');

  it('guesses GCJ-02 and BD-09 by the stations and converts back within a few metres', async () => {
    for (const crs of ['GCJ02', 'BD09'] as const) {
      const r = await parseImportFile(csv(`${crs}.csv`, `name,lng,lat\n${make(crs)}\n`), { anchors: stations });
      expect(r.crs).toMatchObject({ crs: crs.toLowerCase(), basis: 'anchors', confident: true });
      const { features } = toWgs84(r, r.crs.crs);
      features.forEach((f, i) => expect(metres((f.geometry as { coordinates: number[] }).coordinates, [near[i][0] + 0.0002, near[i][1] - 0.0001])).toBeLessThan(5));
      const slow = await toWgs84Async(r, r.crs.crs);
      expect(slow?.features).toEqual(features);
    }
  });

  it('a GeoJSON crs of CRS84 (what QGIS writes into every export) is no declaration: the stations decide', async () => {
    const features = make('GCJ02').split('\n').map((line) => {
      const [name, lng, lat] = line.split(',');
      return { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [Number(lng), Number(lat)] } };
    });
    const doc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }, features };
    const r = await parseImportFile(new File([JSON.stringify(doc)], 'qgis.geojson'), { anchors: stations });
    expect(r.crs).toMatchObject({ crs: 'gcj02', basis: 'anchors', confident: true });
  });

  it('without anchors or a declaration says it had nothing to go on; a declaration wins, and a contradicted one is flagged', async () => {
    const plain = await parseImportFile(csv('p.csv', `name,lng,lat\n${make('GCJ02')}\n`));
    expect(plain.crs).toEqual({ crs: 'wgs84', basis: 'default' });
    const declared = await parseImportFile(csv('d.csv', `name,wgs84_lng,wgs84_lat\n${make('GCJ02')}\n`), { anchors: stations });
    expect(declared.crs).toMatchObject({ crs: 'wgs84', basis: 'declared' });
    expect(declared.notes[0].code).toBe('crs-declared-disagrees');
  });
});

describe('createZoneIndex', () => {
  const square = (x0: number, y0: number, s: number) => ({ type: 'Polygon' as const, coordinates: [[[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s], [x0, y0]]] });
  it('gives the smallest zone containing the point, or null', () => {
    const zoneOf = createZoneIndex([{ id: 'big', geometry: square(121, 31, 1) }, { id: 'small', geometry: square(121.4, 31.2, 0.1) }]);
    expect(zoneOf(121.45, 31.25)).toBe('small');
    expect(zoneOf(121.1, 31.1)).toBe('big');
    expect(zoneOf(120, 30)).toBeNull();
    expect(zoneOf(NaN, 31)).toBeNull();
    expect(createZoneIndex([])(121, 31)).toBeNull();
  });
});
