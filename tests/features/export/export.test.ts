import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BOM, toCsv } from '../../../src/features/export/csv';
import { toGeoJson } from '../../../src/features/export/geojson';
import { exportFileName, localDate } from '../../../src/features/export/file-name';
import { EXPORT_COLUMNS, exportRecords } from '../../../src/features/export/records';
import { SEED_FILES } from '../../../src/data/seeds';
import { ROWS, nameOf } from './fixture-rows';

const records = exportRecords(ROWS, nameOf);

describe('export records', () => {
  it('flattens a row with its names, codes, position and first citation', () => {
    expect(records[0]).toEqual({
      id: 'carrier:demo-park', type: 'carrier', name_zh: '甲园区, "一期"', name_en: 'Park A',
      plans: ['plan:demo'], plan_names: ['示范规划'], zones: ['zone:demo'], zone_names: ['示范区'],
      kind: 'park', tracks: ['track:ai'], track_names: ['人工智能'], precision: 'street', lng: 121.405, lat: 31.205,
      citation_seed: SEED_FILES['002'], citation_quote: '甲园区位于示范区,\n"重点"发展人工智能',
    });
  });

  it('leaves what a record lacks empty, and an unknown id as itself', () => {
    const r = exportRecords([{ ...ROWS[2], name: { zh: '建设园区' }, zones: ['zone:unknown'] }], nameOf)[0];
    expect([r.name_en, r.kind, r.precision, r.lng, r.lat]).toEqual(['', '', '', null, null]);
    expect(r.plan_names).toEqual(['示范规划', '另一规划']);
    expect(r.zone_names).toEqual(['zone:unknown']);
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and a header of the columns', async () => {
    const csv = await toCsv(records);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    // As bytes: EF BB BF, then the header.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('parses back with papaparse to the same records: commas, quotes, line breaks and Chinese intact', async () => {
    const csv = await toCsv(records);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(records.length);
    expect(parsed.data[0]).toMatchObject({
      id: 'carrier:demo-park', name_zh: '甲园区, "一期"', lng: '121.405', lat: '31.205',
      citation_seed: SEED_FILES['002'], citation_quote: '甲园区位于示范区,\n"重点"发展人工智能', tracks: 'track:ai', track_names: '人工智能',
    });
    expect(parsed.data[2]).toMatchObject({ id: 'action:demo-1', plans: 'plan:demo; plan:other', zone_names: '示范区; 示范格', lng: '', lat: '', precision: '' });
  });

  it('of no records is just the header', async () => {
    expect(await toCsv([])).toBe(`${BOM}${EXPORT_COLUMNS.join(',')}\r\n`);
  });
});

describe('GeoJSON', () => {
  const fc = toGeoJson(records);
  it('is an RFC 7946 FeatureCollection: [lng, lat] points, null geometry for a record with no place', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(ROWS.map((r) => r.id));
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [121.405, 31.205] });
    expect(fc.features[2].geometry).toBeNull();
    for (const f of fc.features) expect(f.type).toBe('Feature');
  });
  it('carries the CSV columns as properties (lists as arrays, position in the geometry)', () => {
    const p = fc.features[2].properties;
    expect(Object.keys(p).sort()).toEqual(EXPORT_COLUMNS.filter((c) => c !== 'lng' && c !== 'lat').sort());
    expect(p.plans).toEqual(['plan:demo', 'plan:other']);
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});

describe('file names', () => {
  const now = new Date(2026, 11, 1, 23, 59);
  const base = { kinds: [], filtered: false, inView: false, plans: new Set<string>(), now, ext: 'csv' as const };
  it('say the record type, the one plan and the local date', () => {
    expect(exportFileName({ ...base, kinds: ['carrier'], filtered: true, plans: new Set(['plan:changning-silicon-alley']) }))
      .toBe('atlas-carriers-changning-silicon-alley-2026-12-01.csv');
  });
  it('say "all" with no filter, "records" with one, and several types in a stable order', () => {
    expect(exportFileName({ ...base, plans: new Set(['plan:a', 'plan:b']) })).toBe('atlas-all-2026-12-01.csv');
    expect(exportFileName({ ...base, filtered: true, ext: 'geojson' })).toBe('atlas-records-2026-12-01.geojson');
    expect(exportFileName({ ...base, kinds: ['institution', 'carrier'], filtered: true })).toBe('atlas-carriers-institutions-2026-12-01.csv');
  });
  it('say when the list was limited to the map view', () => {
    expect(exportFileName({ ...base, inView: true })).toBe('atlas-records-in-view-2026-12-01.csv');
  });
  it('use the local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
