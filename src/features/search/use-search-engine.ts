/**
 * The app's one search engine, built on first use (the search chunk loads when the box is first
 * focused or typed in): the records first, then the sentences of the five documents as their texts
 * arrive (fetched from the app's own origin); both a slice per task, so no long task blocks typing.
 */
import { useSyncExternalStore } from 'react';
import { atlasData, loadSeedText } from '../../data/atlas-data';
import { SEED_FILES } from '../../data/seeds';
import type { SeedId } from '../../data/schema';
import { SearchEngine } from './search-engine';
import { recordEntries, seedSentences } from './sources';

export interface EngineState {
  engine: SearchEngine | null;
  /** Bumped whenever the engine's contents change (texts added). */
  version: number;
  texts: 'loading' | 'ready' | { error: string };
}

let state: EngineState = { engine: null, version: 0, texts: 'loading' };
const listeners = new Set<() => void>();
const set = (next: Partial<EngineState>) => {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
};
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Adds items a slice per task (each slice a few milliseconds: typing is never held up by a long task). */
async function inSlices<T>(items: readonly T[], add: (slice: T[]) => void, size = 80) {
  for (let i = 0; i < items.length; i += size) {
    add(items.slice(i, i + size));
    await nextTask();
  }
}

let records: Promise<SearchEngine> | null = null;
let texts: Promise<void> | null = null;

/** Builds the records' index once, then adds the texts (again, after a failure, on the next use). */
export async function ensureSearchEngine(): Promise<void> {
  records ??= (async () => {
    const engine = new SearchEngine();
    await inSlices(recordEntries(atlasData().atlas), (slice) => engine.addEntries(slice));
    set({ engine, version: state.version + 1 });
    return engine;
  })();
  const engine = await records;
  texts ??= addTexts(engine).catch((e: unknown) => {
    texts = null;
    set({ texts: { error: (e as Error).message } });
  });
}

async function addTexts(engine: SearchEngine) {
  set({ texts: 'loading' });
  const seeds = Object.keys(SEED_FILES) as SeedId[];
  const loaded = await Promise.all(seeds.map(async (seed) => [seed, await loadSeedText(seed)] as const));
  for (const [seed, text] of loaded) await inSlices(seedSentences(seed, text), (slice) => engine.addSentences(slice));
  performance.mark('atlas:search-ready', { detail: { size: engine.size } });
  set({ texts: 'ready', version: state.version + 1 });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  void nextTask().then(ensureSearchEngine);
  return () => listeners.delete(listener);
}

export function useSearchEngine(): EngineState {
  return useSyncExternalStore(subscribe, () => state);
}
