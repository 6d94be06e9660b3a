/**
 * The app's data: every file in `geodata/`, bundled by Vite at build time and assembled once.
 * Seeds are loaded lazily (the source reader needs them; the map does not).
 */
import { assembleAtlas } from './assemble';
import { buildIndex, type AtlasIndex } from './links';
import { SEED_FILES } from './seeds';
import type { SeedId } from './schema';

const files = import.meta.glob(['../../geodata/**/*.json', '../../geodata/**/*.geojson'], { eager: true, import: 'default' });

const assembled = assembleAtlas(
  Object.fromEntries(Object.entries(files).map(([path, content]) => [path.replace(/^(\.\.\/)+/, ''), content])),
);

/** Problems found while loading (the validator keeps these at zero; shown in the app if not). */
export const loadIssues = assembled.issues;
export const atlas = assembled.atlas;
export const atlasIndex: AtlasIndex = buildIndex(atlas);

const seedLoaders = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default' });

/** The text of a seed, verbatim. */
export async function loadSeedText(seed: SeedId): Promise<string> {
  const load = seedLoaders[`../../seeds/${SEED_FILES[seed]}`];
  if (!load) throw new Error(`seed ${seed} is missing from seeds/`);
  return (await load()) as string;
}
