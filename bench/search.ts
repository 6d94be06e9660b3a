/**
 * Search latency per keystroke (issue 8), in Node via tsx, over the same module the app runs in its
 * search chunk (src/features/search/search-engine.ts: MiniSearch + pinyin-pro + OpenCC). Each query is
 * typed one character at a time (every prefix: 汉字, pinyin, English), each prefix searched and timed
 * (`SearchEngine.search`, which normalises, converts Traditional, queries the three indexes and groups
 * the hits); React's render of the list is not included. Two data sets:
 *   - real: every record of geodata/ and the sentences of the five seeds;
 *   - real + 100 000 SYNTHETIC records: generated, deterministic, clearly not real — names joined from
 *     fragments of real names plus a number (ids `synthetic:…`), so that they share the real names'
 *     terms and pinyin, which is the hard case for an index.
 * Also the index build time (records; sentences). Targets: p50 ≤ 16 ms, p95 ≤ 50 ms per keystroke.
 *
 *   npx tsx bench/search.ts            prints the figures
 *   runSearchBench(): Promise<SearchBenchResult>   for bench/run.ts
 */
import { pathToFileURL } from 'node:url';
import { loadGeodataFiles, loadSeeds } from '../scripts/validate-files';
import { assembleAtlas } from '../src/data/assemble';
import type { SeedId } from '../src/data/schema';
import { SearchEngine, type SearchEntry, type SentenceEntry } from '../src/features/search/search-engine';
import { recordEntries, seedSentences } from '../src/features/search/sources';
import { median, percentile } from './util';
import { mulberry32 } from '../src/features/synthetic-enterprises/prng';

export const SEARCH_TARGETS = { p50Ms: 16, p95Ms: 50 } as const;
export const SYNTHETIC_RECORDS = 100_000;

/** The queries typed, by script. Every prefix of each is one keystroke. */
export const SEARCH_QUERIES: Record<'han' | 'pinyin' | 'english', string[]> = {
  han: ['上海硅巷', '长阳创谷', '中国科学院上海微系统所', '大零号湾', '長陽創谷', '华阳街道'],
  pinyin: ['guixiang', 'shgx', 'changyangchuanggu', 'dalinghaowan', 'guixaing', 'weixitong'],
  english: ['Silicon Alley', 'Changyang Valley', 'Shanghai Jiao Tong University', 'innovation street'],
};

export interface LatencyStats {
  keystrokes: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface SearchBenchCase {
  label: string;
  /** Named records indexed (real + synthetic). */
  records: number;
  synthetic: number;
  sentences: number;
  buildMs: { records: number; sentences: number };
  /** Over every keystroke of every query: p50 and p95 of each keystroke's median over the rounds; max: the slowest single run. */
  latency: LatencyStats;
  byScript: Record<keyof typeof SEARCH_QUERIES, LatencyStats>;
  /** The slowest keystrokes (query prefix → ms, median over rounds). */
  slowest: { prefix: string; ms: number }[];
}

export interface SearchBenchResult {
  method: string;
  node: string;
  rounds: number;
  targets: typeof SEARCH_TARGETS;
  cases: SearchBenchCase[];
  /** Both cases meet both targets. */
  met: boolean;
}

/**
 * SYNTHETIC records, not real: `count` names joined from two fragments of real Chinese names (two to
 * four characters each) and a number, with an English name joined from two real English words and the
 * number. Same input, same records.
 */
export function syntheticEntries(real: readonly SearchEntry[], count: number, seed = 8): SearchEntry[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const han = real.map((e) => [...e.name.zh].filter((c) => /\p{Script=Han}/u.test(c))).filter((cs) => cs.length >= 2);
  const words = [...new Set(real.flatMap((e) => e.name.en?.split(/[^A-Za-z]+/).filter((w) => w.length >= 3) ?? []))];
  const fragment = () => {
    const cs = pick(han);
    const len = Math.min(cs.length, 2 + Math.floor(rand() * 3));
    const at = Math.floor(rand() * (cs.length - len + 1));
    return cs.slice(at, at + len).join('');
  };
  const kinds = ['enterprise', 'carrier', 'institution'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic:${i}`,
    kind: pick(kinds),
    name: { zh: `${fragment()}${fragment()}${i}`, en: `${pick(words)} ${pick(words)} ${i}` },
  }));
}

function stats(ms: number[]): LatencyStats {
  return { keystrokes: ms.length, p50Ms: median(ms) ?? 0, p95Ms: percentile(ms, 95) ?? 0, maxMs: Math.max(0, ...ms) };
}

/** Every prefix of a query, one per keystroke (by character, so 汉字 are typed whole). */
const prefixes = (q: string) => [...q].map((_, i, cs) => cs.slice(0, i + 1).join(''));

function measure(label: string, records: SearchEntry[], sentences: SentenceEntry[], synthetic: number, rounds: number): SearchBenchCase {
  let t = performance.now();
  const engine = new SearchEngine(records);
  const recordsMs = performance.now() - t;
  t = performance.now();
  engine.addSentences(sentences);
  const sentencesMs = performance.now() - t;

  const perKey = new Map<string, number[]>();
  for (let round = 0; round <= rounds; round++) {
    for (const [script, queries] of Object.entries(SEARCH_QUERIES) as [keyof typeof SEARCH_QUERIES, string[]][]) {
      for (const q of queries) {
        for (const prefix of prefixes(q)) {
          const t0 = performance.now();
          engine.search(prefix);
          const ms = performance.now() - t0;
          if (round === 0) continue; // warm-up
          const key = `${script}:${prefix}`;
          perKey.set(key, [...(perKey.get(key) ?? []), ms]);
        }
      }
    }
  }
  // One figure per keystroke: its median over the rounds (a shared machine's spikes aside; the max is raw).
  const keystrokes = [...perKey].map(([key, ms]) => ({ script: key.slice(0, key.indexOf(':')), prefix: key, ms: median(ms)!, max: Math.max(...ms) }));
  const of = (script?: string) => {
    const ks = keystrokes.filter((k) => !script || k.script === script);
    return { ...stats(ks.map((k) => k.ms)), maxMs: Math.max(0, ...ks.map((k) => k.max)) };
  };
  const slowest = [...keystrokes].sort((a, b) => b.ms - a.ms).slice(0, 6).map(({ prefix, ms }) => ({ prefix, ms }));
  return {
    label,
    records: records.length,
    synthetic,
    sentences: sentences.length,
    buildMs: { records: recordsMs, sentences: sentencesMs },
    latency: of(),
    byScript: { han: of('han'), pinyin: of('pinyin'), english: of('english') },
    slowest,
  };
}

export async function runSearchBench(opts: { rounds?: number; synthetic?: number } = {}): Promise<SearchBenchResult> {
  const rounds = opts.rounds ?? 5;
  const synthetic = opts.synthetic ?? SYNTHETIC_RECORDS;
  const { atlas } = assembleAtlas(loadGeodataFiles().files);
  const real = recordEntries(atlas);
  const sentences = Object.entries(loadSeeds()).flatMap(([seed, text]) => seedSentences(seed as SeedId, text));
  const cases = [
    measure('real data', real, sentences, 0, rounds),
    measure(`real + ${synthetic.toLocaleString('en')} synthetic records`, [...real, ...syntheticEntries(real, synthetic)], sentences, synthetic, rounds),
  ];
  return {
    method: 'Node (tsx) over src/features/search/search-engine.ts; every prefix of each query searched and timed in each round after a warm-up round; p50/p95 across keystrokes of each keystroke\'s median over the rounds; max = slowest single run',
    node: process.version,
    rounds,
    targets: SEARCH_TARGETS,
    cases,
    met: cases.every((c) => c.latency.p50Ms <= SEARCH_TARGETS.p50Ms && c.latency.p95Ms <= SEARCH_TARGETS.p95Ms),
  };
}

export function formatSearchBench(r: SearchBenchResult): string {
  const f = (ms: number) => `${ms.toFixed(2)} ms`;
  const row = (s: LatencyStats) => `p50 ${f(s.p50Ms)}, p95 ${f(s.p95Ms)}, max ${f(s.maxMs)} (${s.keystrokes} keystrokes)`;
  const lines = [`Search latency per keystroke — ${r.method}; Node ${r.node}; ${r.rounds} rounds; targets p50 ≤ ${r.targets.p50Ms} ms, p95 ≤ ${r.targets.p95Ms} ms`];
  for (const c of r.cases) {
    lines.push(
      `\n${c.label}: ${c.records.toLocaleString('en')} records${c.synthetic ? ` (${c.synthetic.toLocaleString('en')} SYNTHETIC)` : ''} + ${c.sentences} sentences`,
      `  index build: records ${f(c.buildMs.records)}, sentences ${f(c.buildMs.sentences)}`,
      `  all:      ${row(c.latency)}`,
      ...(['han', 'pinyin', 'english'] as const).map((k) => `  ${k.padEnd(8)}  ${row(c.byScript[k])}`),
      `  slowest:  ${c.slowest.map((s) => `${s.prefix} ${f(s.ms)}`).join('; ')}`,
    );
  }
  lines.push(`\ntargets ${r.met ? 'met' : 'NOT met'}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runSearchBench();
  console.log(formatSearchBench(result));
}
