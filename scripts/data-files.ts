/**
 * The data files the built app serves, as `{ path: content }`: `data/atlas.json` (validated and
 * derived by ./atlas-bundle.ts; throws on invalid data), `data/tours.json` (the guided tours, validated
 * by ./tours-bundle.ts; throws on an invalid tour), `data/stations.json` (the named metro stations, by
 * ./stations-bundle.ts; throws on a broken station) and `data/seeds/*.txt` (verbatim).
 * `tsx scripts/data-files.ts` prints them as JSON: vite.config.ts runs it at build, so that the
 * config itself imports nothing but node and vite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATLAS_BUNDLE_PATH, SEED_TEXT_DIR } from '../src/data/bundle';
import { SEED_FILES } from '../src/data/seeds';
import { TOURS_BUNDLE_PATH } from '../src/data/tour-types';
import { STATIONS_BUNDLE_PATH } from '../src/data/stations';
import { buildAtlasBundle } from './atlas-bundle';
import { buildToursBundle } from './tours-bundle';
import { buildStationsBundle } from './stations-bundle';
import { root } from './validate-files';

export function dataFiles(): Record<string, string> {
  const files: Record<string, string> = { [ATLAS_BUNDLE_PATH]: buildAtlasBundle(), [TOURS_BUNDLE_PATH]: buildToursBundle(), [STATIONS_BUNDLE_PATH]: buildStationsBundle() };
  for (const file of Object.values(SEED_FILES)) files[`${SEED_TEXT_DIR}${file}`] = readFileSync(join(root, 'seeds', file), 'utf8');
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(JSON.stringify(dataFiles()));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
