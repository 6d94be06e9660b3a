/**
 * The search's matching rules over the real data (geodata/ and the five seeds): each of issue 8's
 * examples — Chinese whole and partial, pinyin full and initials, English, Traditional input, a typo,
 * aliases, printed originals and department spellings — and full-text hits that open a sentence.
 */
import { describe, expect, it } from 'vitest';
import { loadGeodataFiles, loadSeeds } from '../../../scripts/validate-files';
import { assembleAtlas } from '../../../src/data/assemble';
import type { SeedId } from '../../../src/data/schema';
import { SearchEngine, type SearchResults } from '../../../src/features/search/search-engine';
import { recordEntries, seedSentences } from '../../../src/features/search/sources';
import { highlightRanges } from '../../../src/features/search/highlight';
import { normalizeQuery } from '../../../src/features/search/terms';

const { atlas } = assembleAtlas(loadGeodataFiles().files);
const seeds = loadSeeds();
const engine = new SearchEngine(recordEntries(atlas));
for (const [seed, text] of Object.entries(seeds)) engine.addSentences(seedSentences(seed as SeedId, text));

const recordIds = (r: SearchResults) => r.groups.flatMap((g) => g.hits.flatMap((h) => (h.type === 'record' ? [h.entry.id] : [])));
const idsFor = (q: string) => recordIds(engine.search(q));
/** The best hit of a kind. */
const top = (q: string, kind: string) => {
  const hit = engine.search(q).groups.find((g) => g.kind === kind)?.hits[0];
  return hit?.type === 'record' ? hit.entry.id : undefined;
};

const SILICON_ALLEY = 'zone:silicon-alley';
const CHANGYANG_VALLEY = 'carrier:changyang-valley';

describe('search: the issue\'s examples over the real data', () => {
  it('Chinese, whole or partial: 硅巷 finds 上海硅巷, 微系统 finds the Microsystem institute', () => {
    expect(top('硅巷', 'zone')).toBe(SILICON_ALLEY);
    expect(top('上海硅巷', 'zone')).toBe(SILICON_ALLEY);
    expect(top('微系统', 'institution')).toBe('institution:simit');
  });

  it('pinyin in full and by initials: guixiang and shgx find 上海硅巷; changyangchuanggu finds 长阳创谷', () => {
    expect(top('guixiang', 'zone')).toBe(SILICON_ALLEY);
    expect(top('gui xiang', 'zone')).toBe(SILICON_ALLEY);
    expect(top('shgx', 'zone')).toBe(SILICON_ALLEY);
    expect(top('changyangchuanggu', 'carrier')).toBe(CHANGYANG_VALLEY);
    expect(top('cycg', 'carrier')).toBe(CHANGYANG_VALLEY);
  });

  it('a name the query begins ranks by how much of it was typed: dalinghao finds 大零号湾 before 大零号湾辐射区', () => {
    for (const q of ['dalinghao', 'da ling hao', 'dalinghaowan', '大零号', 'Da Ling']) {
      const zones = engine.search(q).groups.find((g) => g.kind === 'zone')!.hits.map((h) => (h.type === 'record' ? h.entry.id : ''));
      expect(zones.indexOf('zone:dalinghaowan'), q).toBe(0);
      expect(zones, q).toContain('zone:dlhw-radiation');
    }
  });

  it('English names: Silicon Alley, Changyang Valley, any case, as a prefix', () => {
    expect(top('Silicon Alley', 'zone')).toBe(SILICON_ALLEY);
    expect(top('silicon all', 'zone')).toBe(SILICON_ALLEY);
    expect(top('CHANGYANG VALLEY', 'carrier')).toBe(CHANGYANG_VALLEY);
  });

  it('Traditional input finds the Simplified record: 長陽創谷 → 长阳创谷, 華陽街道 → 华阳路街道', () => {
    expect(normalizeQuery('長陽創谷')).toBe('长阳创谷');
    expect(top('長陽創谷', 'carrier')).toBe(CHANGYANG_VALLEY);
    expect(top('華陽街道', 'zone')).toBe('zone:huayang-subdistrict');
  });

  it('a typo still finds it: guixaing, Silcon Alley, changyang vally', () => {
    expect(top('guixaing', 'zone')).toBe(SILICON_ALLEY);
    expect(top('Silcon Alley', 'zone')).toBe(SILICON_ALLEY);
    expect(top('changyang vally', 'carrier')).toBe(CHANGYANG_VALLEY);
  });

  it('typos are allowed only when exact and prefix matches are few: changyang does not bring changning', () => {
    const ids = idsFor('changyang');
    expect(ids).toContain(CHANGYANG_VALLEY);
    expect(ids).not.toContain('institution:changning-open-university');
  });

  it('aliases count: 长阳创谷 is also 大创谷\'s alias, 华阳街道 is 华阳路街道, 上交所 the Stock Exchange', () => {
    expect(idsFor('长阳创谷')).toEqual(expect.arrayContaining([CHANGYANG_VALLEY, 'zone:da-chuanggu']));
    expect(top('华阳街道', 'zone')).toBe('zone:huayang-subdistrict');
    expect(top('上交所', 'institution')).toBe('institution:shanghai-stock-exchange');
  });

  it('the printed original counts, in Traditional as printed: 智慧型醫療創新示範基地', () => {
    const carrier = atlas.carriers.find((c) => c.properties.id === 'carrier:smart-medical-innovation-demo-base')!;
    expect(carrier.properties.name.original).toBe('智慧型醫療創新示範基地');
    expect(top('智慧型醫療', 'carrier')).toBe(carrier.properties.id);
  });

  it('department spellings count (variants): every variant finds its department', () => {
    const withVariants = atlas.departments.filter((d) => d.variants.some((v) => v !== d.name.zh));
    expect(withVariants.length).toBeGreaterThan(0);
    for (const d of withVariants) for (const v of d.variants) expect(idsFor(v), `${v} → ${d.id}`).toContain(d.id);
  });

  it('every record is found by its own Chinese name', () => {
    const missed = recordEntries(atlas).filter((e) => !engine.search(e.name.zh, 1000).groups.some((g) => g.hits.some((h) => h.type === 'record' && h.entry.id === e.id)));
    expect(missed.map((e) => e.id)).toEqual([]);
  });

  it('results are grouped by kind, zones first, the texts last', () => {
    const kinds = engine.search('硅巷').groups.map((g) => g.kind);
    expect(kinds[0]).toBe('zone');
    expect(kinds[kinds.length - 1]).toBe('text');
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('an empty query or one of punctuation finds nothing', () => {
    expect(engine.search('').total).toBe(0);
    expect(engine.search('   ').total).toBe(0);
    expect(engine.search('“”，。').total).toBe(0);
  });
});

describe('search: full text of the documents', () => {
  it('finds a sentence in a Traditional seed from Simplified input, quoting it verbatim', () => {
    const g = engine.search('田字格').groups.find((x) => x.kind === 'text')!;
    expect(g.total).toBeGreaterThan(0);
    for (const h of g.hits) {
      expect(h.type).toBe('sentence');
      if (h.type !== 'sentence') continue;
      expect(seeds[h.sentence.seed]).toContain(h.sentence.quote);
    }
    expect(g.hits.some((h) => h.type === 'sentence' && h.sentence.seed === '000')).toBe(true);
  });

  it('every sentence is an exact substring of its seed, trimmed, of at least two characters', () => {
    for (const [seed, text] of Object.entries(seeds)) {
      const sentences = seedSentences(seed as SeedId, text);
      expect(sentences.length).toBeGreaterThan(20);
      for (const s of sentences) {
        expect(text.includes(s.quote)).toBe(true);
        expect(s.quote).toBe(s.quote.trim());
        expect([...s.quote].length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('search: the highlighted part', () => {
  const lit = (text: string, q: string, terms: string[] = []) => highlightRanges(text, normalizeQuery(q), terms).map(([a, b]) => text.slice(a, b));
  it('lights Chinese, Traditional, English, pinyin, initials and a typo through the matched term', () => {
    expect(lit('中国科学院上海微系统所', '微系统')).toEqual(['微系统']);
    expect(lit('長寧區全面推進“上海硅巷”科創街區', '长宁')).toEqual(['長寧']);
    expect(lit('長陽創谷', '长阳创谷')).toEqual(['長陽創谷']);
    expect(lit('Shanghai Silicon Alley', 'silicon al')).toEqual(['Silicon', 'Al']);
    expect(lit('上海硅巷', 'guixiang')).toEqual(['硅巷']);
    expect(lit('上海硅巷', 'shgx')).toEqual(['上海硅巷']);
    expect(lit('上海硅巷', 'guixaing', ['guixiang'])).toEqual(['硅巷']);
    expect(lit('上海硅巷', 'nothing')).toEqual([]);
  });
});
