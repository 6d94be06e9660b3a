/**
 * The app's one search engine, built on first use (the search chunk loads when the box is first
 * focused or typed in): the records at once, then the sentences of the five documents as their texts
 * arrive (fetched from the app's own origin, one document per task, so no long task blocks typing).
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

let texts: Promise<void> | null = null;

/** Builds the records' index once, then adds the texts (again, after a failure, on the next use). */
export async function ensureSearchEngine(): Promise<void> {
  if (!state.engine) {
    const engine = new SearchEngine(recordEntries(atlasData().atlas));
    set({ engine, version: state.version + 1 });
  }
  texts ??= addTexts(state.engine!).catch((e: unknown) => {
    texts = null;
    set({ texts: { error: (e as Error).message } });
  });
}

async function addTexts(engine: SearchEngine) {
  set({ texts: 'loading' });
  const seeds = Object.keys(SEED_FILES) as SeedId[];
  const loaded = await Promise.all(seeds.map(async (seed) => [seed, await loadSeedText(seed)] as const));
  for (const [seed, text] of loaded) {
    await nextTask();
    engine.addSentences(seedSentences(seed, text));
  }
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
