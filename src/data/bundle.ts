/**
 * The shape of the data the app fetches at run time (`data/atlas.json`): the validated atlas and the
 * map data derived from it, both made at build time (scripts/atlas-bundle.ts). The browser does not
 * re-validate it; it checks only the format version.
 */
import type { Atlas } from './schema';
import type { MapDerived } from './derive';

/**
 * 2: the atlas carries industry tracks and their tags (`tracks`, `trackTags`).
 * 3: and the reader texts the panels show in place of the developer notes (`readerTexts`).
 * 4: and events, groupings, the draft's items and designations (issue 13).
 */
export const ATLAS_BUNDLE_VERSION = 4;

/** Where the built app serves its data files, relative to the page. */
export const ATLAS_BUNDLE_PATH = 'data/atlas.json';
export const SEED_TEXT_DIR = 'data/seeds/';

export interface AtlasBundle {
  version: typeof ATLAS_BUNDLE_VERSION;
  atlas: Atlas;
  derived: MapDerived;
}
