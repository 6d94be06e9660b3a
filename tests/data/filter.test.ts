import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { validateAtlas } from '../../src/data/validate';
import { deriveMapData } from '../../src/data/derive';
import { fromBundle } from '../../src/data/atlas-data';
import { ATLAS_BUNDLE_VERSION } from '../../src/data/bundle';
import { filterCounts, hasFilters, matchesFilters, recordRows, shownZoneIds, type RecordRow } from '../../src/data/filter';
import { NO_FILTERS, type Filters } from '../../src/store/filters';
import { FIXTURE_SEEDS, makeFiles } from '../fixtures/atlas';

/** The fixture plus one track (企业) tagged on the target, and a second carrier with its own point. */
function data() {
  const files = makeFiles();
  files['geodata/shared/tracks.json'] = [
    { id: 'track:firms', name: { zh: '企业', en: 'Firms' }, keywords: ['企业'], citations: [{ seed: '000', quote: '企业达100家' }] },
  ];
  files['geodata/shared/track-tags.json'] = [{ record: 'target:demo-firms', track: 'track:firms', seed: '000', quote: '企业达100家' }];
  const carriers = files['geodata/demo/carriers.geojson'] as { features: unknown[] };
  carriers.features.push({
    type: 'Feature', geometry: { type: 'Point', coordinates: [121.405, 31.205] },
    properties: { id: 'carrier:demo-base', kind: 'base', name: { zh: '甲园区' }, citations: [{ seed: '000', quote: '甲园区' }], location: { precision: 'street', source: 'fixture' } },
  });
  (files['geodata/demo/actions.json'] as { carriers: string[] }[])[0].carriers.push('carrier:demo-base');
  (files['geodata/demo/reader-texts.json'] as Record<string, unknown>)['carrier:demo-base'] = { basis: { zh: '按街道放置。', en: 'Placed on its street.' } };
  const { atlas, issues, fileOf } = assembleAtlas(files);
  expect([...issues, ...validateAtlas(atlas, FIXTURE_SEEDS, fileOf)]).toEqual([]);
  return fromBundle({ version: ATLAS_BUNDLE_VERSION, atlas, derived: deriveMapData(atlas) });
}

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });
const byId = (rows: RecordRow[]) => new Map(rows.map((r) => [r.id, r]));

describe('record rows', () => {
  const d = data();
  const rows = recordRows(d);

  it('has one row per record, memoised per data object', () => {
    expect(rows.map((r) => r.id).sort()).toEqual([
      'action:demo-1', 'carrier:demo-base', 'carrier:demo-park', 'department:demo-kewei', 'plan:demo', 'target:demo-firms', 'zone:demo', 'zone:demo-cell',
    ]);
    expect(recordRows(d)).toBe(rows);
  });

  it('gives plans, zones, sub-kind, tracks, precision, position and first citation', () => {
    const m = byId(rows);
    expect(m.get('zone:demo')).toMatchObject({ kind: 'zone', plans: ['plan:demo'], zones: ['zone:demo'], subKind: 'area', precision: 'exact', tracks: [] });
    expect(m.get('zone:demo')!.position).toEqual(d.derived.labelPoint['zone:demo']);
    expect(m.get('zone:demo')!.citation).toEqual({ seed: '000', quote: '示范区规划范围东至甲路' });
    // A place without a point: schematic, at its derived spot in its zone; its plan through its zone.
    expect(m.get('carrier:demo-park')).toMatchObject({ plans: ['plan:demo'], subKind: 'park', precision: 'schematic', position: d.derived.schematic['carrier:demo-park']['zone:demo'] });
    // A place with a point of its own and no zone: its precision; its plan through the action naming it.
    expect(m.get('carrier:demo-base')).toMatchObject({ plans: ['plan:demo'], zones: [], precision: 'street', position: [121.405, 31.205] });
    expect(m.get('target:demo-firms')).toMatchObject({ subKind: 'target', tracks: ['track:firms'], precision: null, position: null, zones: ['zone:demo'] });
    expect(m.get('department:demo-kewei')).toMatchObject({ plans: ['plan:demo'], subKind: null, precision: null });
  });
});

describe('matching and counts', () => {
  const rows = recordRows(data());
  const ids = (filters: Filters, hidden: string[] = []) => rows.filter((r) => matchesFilters(r, filters, hidden)).map((r) => r.id).sort();

  it('no filter keeps everything; a hidden plan hides its records', () => {
    expect(ids(NO_FILTERS)).toHaveLength(rows.length);
    expect(ids(NO_FILTERS, ['plan:demo'])).toEqual([]);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(f({ tracks: ['track:firms'] }))).toBe(true);
  });

  it('ORs within a key and ANDs across keys', () => {
    expect(ids(f({ kinds: ['carrier', 'target'] }))).toEqual(['carrier:demo-base', 'carrier:demo-park', 'target:demo-firms']);
    expect(ids(f({ kinds: ['carrier', 'target'], tracks: ['track:firms'] }))).toEqual(['target:demo-firms']);
    expect(ids(f({ carrierKinds: ['park'] }))).toEqual(['carrier:demo-park']);
    expect(ids(f({ precisions: ['schematic'] }))).toEqual(['carrier:demo-park', 'zone:demo-cell']);
    expect(ids(f({ precisions: ['street', 'exact'] }))).toEqual(['carrier:demo-base', 'zone:demo']);
  });

  it('counts each option against the other keys (faceted)', () => {
    const c = filterCounts(rows, f({ kinds: ['carrier'], precisions: ['schematic'] }), []);
    // kinds counted with precision=schematic only: one carrier, one zone.
    expect(c.kinds).toMatchObject({ carrier: 1, zone: 1, action: 0, plan: 0 });
    // precisions counted with kind=carrier only.
    expect(c.precisions).toEqual({ schematic: 1, street: 1, exact: 0 });
    expect(c.carrierKinds).toEqual({ park: 1, base: 0 });
    expect(c.plans).toEqual({ 'plan:demo': 1 });
    expect(c.tracks).toEqual({ 'track:firms': 0 });
    // Plans count whether hidden or not; the other keys honour the hidden plans.
    const hidden = filterCounts(rows, NO_FILTERS, ['plan:demo']);
    expect(hidden.plans['plan:demo']).toBe(rows.length);
    expect(hidden.kinds.zone).toBe(0);
  });

  it('shows the zones that match or hold a matching record, never those of hidden plans', () => {
    expect([...shownZoneIds(rows, NO_FILTERS, [])].sort()).toEqual(['zone:demo', 'zone:demo-cell']);
    expect([...shownZoneIds(rows, f({ tracks: ['track:firms'] }), [])]).toEqual(['zone:demo']);
    expect([...shownZoneIds(rows, f({ kinds: ['zone'], precisions: ['schematic'] }), [])]).toEqual(['zone:demo-cell']);
    expect([...shownZoneIds(rows, NO_FILTERS, ['plan:demo'])]).toEqual([]);
  });
});
