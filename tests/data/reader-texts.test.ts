import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { readerTextProblem, validateAtlas } from '../../src/data/validate';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import type { AtlasBundle } from '../../src/data/bundle';
import { FIXTURE_SEEDS, makeFiles } from '../fixtures/atlas';

function problems(files: Record<string, unknown>) {
  const { atlas, issues, fileOf, textFileOf } = assembleAtlas(files);
  return [...issues, ...validateAtlas(atlas, FIXTURE_SEEDS, fileOf, textFileOf)];
}
const texts = (files: Record<string, unknown>) => files['geodata/demo/reader-texts.json'] as Record<string, Record<string, unknown>>;

describe('reader texts: one text, one language', () => {
  it('accepts plain Chinese and plain English, with the OSM credit', () => {
    expect(readerTextProblem('沿延安西路的道路中心线描画。数据 © OpenStreetMap 贡献者。', 'zh')).toBeUndefined();
    expect(readerTextProblem('Drawn along Yan’an West Road (延安西路). Data © OpenStreetMap contributors.', 'en')).toBeUndefined();
  });

  it('refuses a record id', () => {
    expect(readerTextProblem('以 zone:dlhw-core-c 的边缘为准', 'zh')).toMatch(/record id "zone:dlhw-core-c"/);
    expect(readerTextProblem('See also carrier:new-innovation-academy.', 'en')).toMatch(/record id/);
  });

  it('refuses a file path or a script folder', () => {
    expect(readerTextProblem('由 scripts/geodata/trace-minhang.ts 生成的边界', 'zh')).toMatch(/file path/);
    expect(readerTextProblem('See docs/geodata/changning.md for the method.', 'en')).toMatch(/file path/);
    expect(readerTextProblem('参考数据 metro-stations.geojson 中的车站', 'zh')).toMatch(/file path/);
  });

  it('refuses an English text given as the Chinese one, and the reverse', () => {
    expect(readerTextProblem('Schematic 350 m disc around 中山公园 station', 'zh')).toMatch(/not Chinese/);
    expect(readerTextProblem('以中山公园站为中心的示意圆', 'en')).toMatch(/not English/);
  });
});

describe('reader texts in the validator', () => {
  it('requires a basis for every record with a location', () => {
    const files = makeFiles();
    delete texts(files)['zone:demo-cell'];
    expect(problems(files)).toEqual([
      expect.objectContaining({ file: 'geodata/demo/reader-texts.json', record: 'zone:demo-cell', message: expect.stringMatching(/no reader text "basis"/) }),
    ]);
  });

  it('requires a reader note for every place and action with a note (the panel shows it instead)', () => {
    const files = makeFiles();
    (files['geodata/demo/actions.json'] as { note?: string }[])[0].note = 'Developer note, see zone:demo.';
    expect(problems(files)).toEqual([expect.objectContaining({ record: 'action:demo-1', message: expect.stringMatching(/no reader text "note"/) })]);
    texts(files)['action:demo-1'] = { note: { zh: '示范行动。', en: 'A demo action.' } };
    expect(problems(files)).toEqual([]);
  });

  it('names the text with an id, a path or the wrong language', () => {
    const files = makeFiles();
    texts(files)['zone:demo'] = { basis: { zh: 'square from scripts/geodata/demo.ts', en: 'A square, as zone:demo-cell.' } };
    const found = problems(files).map((p) => p.message);
    expect(found).toEqual([
      expect.stringMatching(/^reader text basis\.zh contains a file path/),
      expect.stringMatching(/^reader text basis\.en contains a record id "zone:demo-cell"/),
    ]);
  });

  it('refuses a text for an unknown record, an empty text, a text given twice and a malformed one', () => {
    const files = makeFiles();
    texts(files)['zone:nowhere'] = { basis: { zh: '不存在的区域。', en: 'No such zone.' } };
    texts(files)['carrier:demo-park'] = {};
    files['geodata/other/reader-texts.json'] = { 'zone:demo': { basis: { zh: '又一遍。', en: 'Again.' } } };
    files['geodata/bad/reader-texts.json'] = { 'zone:demo-cell': { basis: { zh: '缺英文' } } };
    const found = problems(files);
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ record: 'zone:nowhere', message: 'reader text for an unknown record' }),
      expect.objectContaining({ record: 'carrier:demo-park', message: 'reader text has neither a basis nor a note' }),
      expect.objectContaining({ file: 'geodata/other/reader-texts.json', record: 'zone:demo', message: expect.stringMatching(/given twice/) }),
      expect.objectContaining({ file: 'geodata/bad/reader-texts.json', record: 'zone:demo-cell', message: expect.stringMatching(/basis\.en/) }),
    ]));
    expect(found).toHaveLength(4);
  });
});

describe('reader texts of the real data', () => {
  const bundle = JSON.parse(buildAtlasBundle()) as AtlasBundle;
  const byId = new Map(bundle.atlas.readerTexts.map((t) => [t.record, t]));

  it('give every zone and every located place a basis in both languages, in the bundle', () => {
    const located = [
      ...bundle.atlas.zones.map((z) => z.properties.id),
      ...[...bundle.atlas.carriers, ...bundle.atlas.institutions, ...bundle.atlas.enterprises].filter((f) => f.geometry).map((f) => f.properties.id),
    ];
    expect(located.length).toBeGreaterThanOrEqual(69);
    for (const id of located) {
      expect(byId.get(id)?.basis?.zh, id).toBeTruthy();
      expect(byId.get(id)?.basis?.en, id).toBeTruthy();
    }
  });

  it('keep the OpenStreetMap credit wherever the developer notes say OSM was used', () => {
    for (const z of bundle.atlas.zones) {
      const { source, method } = z.properties.location;
      const usedOsm = /OSM|OpenStreetMap/.test(`${source} ${method}`);
      const basis = byId.get(z.properties.id)!.basis!;
      if (!usedOsm) continue;
      expect(basis.zh, z.properties.id).toContain('© OpenStreetMap 贡献者');
      expect(basis.en, z.properties.id).toContain('© OpenStreetMap contributors');
    }
  });
});
