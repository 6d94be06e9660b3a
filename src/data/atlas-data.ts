/**
 * The app's data at run time: `data/atlas.json` (validated and derived at build time) fetched once,
 * in parallel with the map, and held here. The link index is built on first use, off the path to the
 * first zones on screen. Components below the data gate (app.tsx) read it with `atlasData()`.
 */
import type { Atlas, SeedId } from './schema';
import type { MapDerived } from './derive';
import { buildIndex, type AtlasIndex } from './links';
import { ATLAS_BUNDLE_PATH, ATLAS_BUNDLE_VERSION, SEED_TEXT_DIR, type AtlasBundle } from './bundle';
import { SEED_FILES } from './seeds';

export interface AtlasData {
  atlas: Atlas;
  derived: MapDerived;
  /** The link index (built on first read). */
  readonly index: AtlasIndex;
}

let loaded: AtlasData | null = null;
let pending: Promise<AtlasData> | null = null;

function dataUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

export function fromBundle(bundle: AtlasBundle): AtlasData {
  if (bundle?.version !== ATLAS_BUNDLE_VERSION || !bundle.atlas || !bundle.derived) {
    throw new Error(`${ATLAS_BUNDLE_PATH} is not an atlas bundle of version ${ATLAS_BUNDLE_VERSION}`);
  }
  let index: AtlasIndex | null = null;
  return {
    atlas: bundle.atlas,
    derived: bundle.derived,
    get index() {
      index ??= buildIndex(bundle.atlas);
      return index;
    },
  };
}

/** Fetches the data once (a second call returns the same promise; a failed load can be retried). */
export function loadAtlasData(): Promise<AtlasData> {
  pending ??= (async () => {
    const res = await fetch(dataUrl(ATLAS_BUNDLE_PATH));
    if (!res.ok) throw new Error(`${ATLAS_BUNDLE_PATH}: HTTP ${res.status}`);
    loaded = fromBundle((await res.json()) as AtlasBundle);
    performance.mark('atlas:data-loaded');
    return loaded;
  })().catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}

/** The loaded data; only for components rendered after `loadAtlasData()` resolved. */
export function atlasData(): AtlasData {
  if (!loaded) throw new Error('atlasData() read before the atlas data loaded');
  return loaded;
}

/** For unit tests and scripts: install data without fetching. */
export function setAtlasData(data: AtlasData): void {
  loaded = data;
}

/** The text of a seed, verbatim (fetched on demand; the source reader needs it, the map does not). */
export async function loadSeedText(seed: SeedId): Promise<string> {
  const file = SEED_FILES[seed];
  if (!file) throw new Error(`seed ${seed} is not one of the five documents`);
  const res = await fetch(dataUrl(`${SEED_TEXT_DIR}${file}`));
  if (!res.ok) throw new Error(`${SEED_TEXT_DIR}${file}: HTTP ${res.status}`);
  return res.text();
}
