/**
 * The search index (MiniSearch) over named records and the sentences of the documents, and the
 * query that reads 汉字 (whole or partial, Traditional or Simplified), pinyin (full, initials, with a
 * typo), English and Latin words. Pure and synchronous: the app builds it in the search chunk
 * (search-results.tsx, loaded on first use), bench/search.ts and the unit tests build it in Node.
 *
 * Three MiniSearch indexes (so that a fuzzy Latin term never walks the Han bigrams): Chinese — `zh`
 * (names, aliases, printed originals, spellings) and `text` (a sentence of a document), as bigrams and
 * Latin words; English — `en`; pinyin — `py` (syllable runs from every syllable), `head` (from a
 * name's first syllable) and `ini` (initials).
 */
import MiniSearch, { type Query } from 'minisearch';
import type { RecordKind } from '../../data/ids';
import type { Name, SeedId } from '../../data/schema';
import { hanIndexTerms, hanQueryTerms, hasHan, normalizeQuery, pinyinIndexTerms, runsOf, toSimplified } from './terms';

/** A named record to find. */
export interface SearchEntry {
  id: string;
  kind: RecordKind;
  name: Name;
  /** Other spellings found in the texts (departments' `variants`). */
  variants?: readonly string[];
  /** Shown beside the name (an action's number). */
  prefix?: string;
}

/** A sentence of a document: `quote` is verbatim (an exact substring of the seed). */
export interface SentenceEntry {
  seed: SeedId;
  quote: string;
}

export type GroupKind = RecordKind | 'text';

/** Groups in the order the results show them. */
export const GROUP_ORDER: readonly GroupKind[] = ['zone', 'grouping', 'carrier', 'institution', 'enterprise', 'event', 'plan', 'action', 'draft', 'target', 'department', 'text'];

export type SearchHit =
  | { type: 'record'; entry: SearchEntry; score: number; terms: string[] }
  | { type: 'sentence'; sentence: SentenceEntry; score: number; terms: string[] };

export interface SearchGroup {
  kind: GroupKind;
  /** The best hits, at most `perGroup`. */
  hits: SearchHit[];
  /** Every hit of this kind. */
  total: number;
}

export interface SearchResults {
  /** The query as the index read it (normalised, Simplified). */
  normalized: string;
  groups: SearchGroup[];
  total: number;
}

interface Doc {
  id: number;
  zh?: string[];
  en?: string;
  py?: string[];
  head?: string[];
  ini?: string[];
  text?: string[];
}

type Field = Exclude<keyof Doc, 'id'>;

/** The strings a record is found by, in Chinese: its name, the printed original, aliases, spellings. */
export function chineseNamesOf(e: SearchEntry): string[] {
  const names = [e.name.zh, ...(e.name.aliases ?? []), ...(e.variants ?? [])];
  if (e.name.original) names.push(e.name.original, toSimplified(e.name.original));
  return [...new Set(names)];
}

/** Maximum edit distance for a Latin term: none below 5 letters, 1 up to 7, 2 from 8 (guixaing → guixiang). */
const fuzziness = (term: string) => (term.length < 5 ? 0 : term.length < 8 ? 1 : 2);

/**
 * Latin terms shorter than this are matched whole, not as a prefix: one or two letters begin a large
 * share of all pinyin and English terms (s, sh: 上海…), and scoring every record that has one is slow
 * at 100 000 records (bench/search.ts) while telling the reader little.
 */
export const MIN_LATIN_PREFIX = 3;

/**
 * Pinyin shorter than this is a prefix only of a name's (or a word's after punctuation) first
 * syllables — chang finds 长阳创谷, not every name with 长 inside — and from this length on, of the
 * syllables from anywhere in a name (guixia finds 上海硅巷). Same reason: a short prefix inside names
 * matches a tenth of 100 000 records.
 */
export const MIN_INNER_PINYIN_PREFIX = 6;
const MIN_PINYIN_FUZZY = 7;

/** Below this many exact or prefix hits, the search is run again allowing typos. */
export const FUZZY_BELOW = 5;

const enTokenize = (text: string) => text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
const orNone = (terms: Iterable<string>) => {
  const list = [...new Set(terms)];
  return list.length ? list : undefined;
};

/** A record's index document, and its names as a reader types them whole (for `closeness`). */
function docOfEntry(id: number, e: SearchEntry): { doc: Doc; names: string[] } {
  const zhNames = chineseNamesOf(e);
  const py: string[] = [];
  const head: string[] = [];
  const ini: string[] = [];
  const names = zhNames.map(normalizeQuery);
  if (e.name.en) names.push(normalizeQuery(e.name.en));
  for (const n of zhNames) {
    if (!hasHan(n)) continue;
    const t = pinyinIndexTerms(n);
    py.push(...t.full);
    head.push(...t.head);
    ini.push(...t.initials);
    if (t.whole) names.push(t.whole);
  }
  return { doc: { id, zh: orNone(zhNames.flatMap(hanIndexTerms)), en: e.name.en, py: orNone(py), head: orNone(head), ini: orNone(ini) }, names };
}

/**
 * How much of a name the query is, from 1 (unrelated to its start) to 3 (the whole name): a name the
 * query begins counts by the share it covers, so that of two records both matched by `dalinghao`,
 * 大零号湾 (dalinghaowan) ranks before 大零号湾辐射区. Spaces are ignored (`da ling hao`).
 */
export function closeness(query: string, names: readonly string[]): number {
  const q = query.replace(/\s+/g, '');
  if (!q) return 1;
  let best = 1;
  for (const n of names) {
    const name = n.replace(/\s+/g, '');
    if (name === q) return 3;
    if (name.startsWith(q)) best = Math.max(best, 1 + (2 * q.length) / name.length);
  }
  return best;
}

/**
 * One MiniSearch index over some fields. The terms of Chinese, English and pinyin live in three
 * indexes, so that a fuzzy Latin term walks only Latin terms (not thousands of Han bigrams).
 */
function miniSearch(fields: Field[], boost: Partial<Record<Field, number>>): MiniSearch<Doc> {
  return new MiniSearch<Doc>({
    fields,
    // Documents hold their terms already (arrays, joined by spaces), except the English name.
    stringifyField: (value) => (Array.isArray(value) ? value.join(' ') : String(value)),
    tokenize: (text, field) => (field === 'en' ? enTokenize(text) : text.split(' ')),
    processTerm: (term) => term.toLowerCase(),
    searchOptions: {
      // Query terms are built by `queryOf` already.
      tokenize: (text) => [text],
      processTerm: (term) => term,
      boost,
    },
  });
}

/** The sub-queries of one search, one per index. */
export interface EngineQuery {
  han: Query | null;
  en: Query | null;
  pinyin: Query | null;
}

export class SearchEngine {
  private readonly han = miniSearch(['zh', 'text'], { zh: 3, text: 1 });
  private readonly en = miniSearch(['en'], { en: 2 });
  private readonly pinyin = miniSearch(['py', 'head', 'ini'], { py: 2, head: 1, ini: 1.5 });
  private readonly items: (SearchEntry | SentenceEntry)[] = [];
  /** Per record (by index id): its names, normalised, and the whole pinyin of each Chinese one. */
  private readonly names = new Map<number, string[]>();

  constructor(entries: readonly SearchEntry[] = []) {
    this.addEntries(entries);
  }

  /** Adds named records (synchronously). */
  addEntries(entries: readonly SearchEntry[]): void {
    this.addDocs(entries.map((e) => {
      const { doc, names } = docOfEntry(this.items.push(e) - 1, e);
      this.names.set(doc.id, names);
      return doc;
    }));
  }

  /** Adds sentences of a document. */
  addSentences(sentences: readonly SentenceEntry[]): void {
    this.addDocs(sentences.map((s) => ({ id: this.items.push(s) - 1, text: orNone(hanIndexTerms(toSimplified(s.quote))) })));
  }

  /** Records and sentences indexed. */
  get size(): number {
    return this.items.length;
  }

  private addDocs(docs: Doc[]) {
    this.han.addAll(docs.filter((d) => d.zh || d.text));
    this.en.addAll(docs.filter((d) => d.en));
    this.pinyin.addAll(docs.filter((d) => d.py || d.ini));
  }

  /**
   * The hits for what was typed, grouped by kind in GROUP_ORDER, each group best first. Typos are
   * allowed only when the exact and prefix matches are fewer than FUZZY_BELOW (guixaing finds 上海硅巷;
   * changyang does not also bring every changning).
   */
  search(query: string, perGroup = 6): SearchResults {
    const normalized = normalizeQuery(query);
    const raw = query.normalize('NFKC').toLowerCase().trim();
    let merged = this.run(queryOf(normalized, raw, false));
    if (merged.size < FUZZY_BELOW) {
      const fuzzy = queryOf(normalized, raw, true);
      if (fuzzy.en || fuzzy.pinyin) merged = this.run(fuzzy);
    }
    // Within a kind, a record whose name the query is (or begins most of) comes first.
    for (const [id, hit] of merged) {
      const names = this.names.get(id);
      if (names) hit.score *= closeness(normalized, names);
    }
    return { normalized, groups: this.group(merged, perGroup), total: merged.size };
  }

  private run(q: EngineQuery): Map<number, { score: number; terms: string[] }> {
    const merged = new Map<number, { score: number; terms: string[] }>();
    for (const [index, sub] of [[this.han, q.han], [this.en, q.en], [this.pinyin, q.pinyin]] as const) {
      if (!sub) continue;
      for (const r of index.search(sub)) {
        const m = merged.get(r.id as number);
        if (m) {
          m.score += r.score;
          m.terms.push(...r.terms);
        } else merged.set(r.id as number, { score: r.score, terms: r.terms });
      }
    }
    return merged;
  }

  /** Hits by kind: each kind's count and its best `perGroup` (kept in order as they come: no full sort). */
  private group(merged: Map<number, { score: number; terms: string[] }>, perGroup: number): SearchGroup[] {
    const byKind = new Map<GroupKind, SearchGroup>();
    for (const [id, { score, terms }] of merged) {
      const item = this.items[id];
      const kind: GroupKind = 'kind' in item ? item.kind : 'text';
      let g = byKind.get(kind);
      if (!g) byKind.set(kind, (g = { kind, hits: [], total: 0 }));
      g.total++;
      const { hits } = g;
      if (hits.length === perGroup && hits[perGroup - 1].score >= score) continue;
      const hit: SearchHit = 'kind' in item ? { type: 'record', entry: item, score, terms } : { type: 'sentence', sentence: item, score, terms };
      let at = hits.length;
      while (at > 0 && hits[at - 1].score < score) at--;
      hits.splice(at, 0, hit);
      if (hits.length > perGroup) hits.pop();
    }
    return GROUP_ORDER.flatMap((k) => byKind.get(k) ?? []);
  }
}

/** One term searched in some fields. */
const term = (t: string, fields: Field[], opts: { prefix?: boolean; fuzzy?: boolean } = {}): Query => ({
  queries: [t],
  fields,
  prefix: opts.prefix ?? false,
  fuzzy: opts.fuzzy ? fuzziness(t) : false,
});

const all = (queries: Query[]): Query | null => (queries.length ? { combineWith: 'AND', queries } : null);
const any = (queries: (Query | null)[]): Query | null => {
  const qs = queries.filter((q): q is Query => q !== null);
  return qs.length ? { combineWith: 'OR', queries: qs } : null;
};

/** Chinese and Latin terms of one reading of the query, all required, in names and sentences. */
function textQuery(q: string): Query | null {
  const { han, latin } = runsOf(q);
  const parts: Query[] = [];
  for (const r of han) for (const t of hanQueryTerms(r)) parts.push(term(t, ['zh', 'text'], { prefix: [...t].length === 1 }));
  latin.forEach((w, i) => parts.push(term(w, ['zh', 'text'], { prefix: i === latin.length - 1 && w.length >= MIN_LATIN_PREFIX })));
  return all(parts);
}

/**
 * The sub-queries for a normalised query (`raw`: as typed, when Traditional conversion changed it;
 * `typos`: allow Latin terms within an edit distance).
 */
export function queryOf(normalized: string, raw = normalized, typos = true): EngineQuery {
  const none: EngineQuery = { han: null, en: null, pinyin: null };
  if (!normalized) return none;
  const han = any([textQuery(normalized), raw !== normalized ? textQuery(raw) : null]);
  if (hasHan(normalized)) return { ...none, han };
  const { latin } = runsOf(normalized);
  if (!latin.length) return none;
  const last = latin.length - 1;
  const asPrefix = (w: string) => w.length >= MIN_LATIN_PREFIX;
  // English: every word, the last one as a prefix, with typos allowed.
  const en = all(latin.map((w, i) => term(w, ['en'], { prefix: i === last && asPrefix(w), fuzzy: typos })));
  // Pinyin: the letters without spaces (gui xiang = guixiang), as a prefix of a syllable run, or initials.
  const joined = latin.join('');
  const pinyin = /^[a-z]+$/.test(joined)
    ? any([
      term(joined, ['head'], { prefix: asPrefix(joined) }),
      // A typo only in longer pinyin: one letter off a short syllable is another syllable (chang, shang).
      term(joined, ['py'], { prefix: joined.length >= MIN_INNER_PINYIN_PREFIX, fuzzy: typos && joined.length >= MIN_PINYIN_FUZZY }),
      joined.length >= 2 ? term(joined, ['ini'], { prefix: asPrefix(joined) }) : null,
    ])
    : null;
  return { han, en, pinyin };
}
