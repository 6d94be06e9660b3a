/**
 * Guided tours (briefing mode, issue 10) as the app reads them: `data/tours.json`, made at build
 * from `geodata/tours/*.json` and validated there (every id exists, every citation's quote is in its
 * seed). Zod-free: the browser only checks the format version. See docs/TOURS.md.
 */
import type { SeedId } from './schema';

export interface Localized {
  zh: string;
  en: string;
}

/**
 * Where a step puts the camera: `frame` fits the listed zones and places (a schematic place frames
 * its zone), `camera` is a share link's `c=` value (`lng,lat,zoom[,bearing[,pitch]]`).
 */
export type TourView = { frame: string[] } | { camera: string };

export interface TourStep {
  /** A slug, unique within its tour (`tian-grid`). */
  id: string;
  title: Localized;
  /** One or two sentences drawn from the plan's own text (zh in Simplified characters). */
  caption: Localized;
  /** The sentence the caption is drawn from: an exact substring of `seeds/<seed>.txt`. */
  citation: { seed: SeedId; quote: string };
  view: TourView;
  /** Zones and places lit in this step (drawn like a selection's linked records). */
  highlight: string[];
  /** A record whose panel opens in this step (a target with its figure and year, an action…): `sel=`. */
  focus?: string;
  /** A plan whose indicator chart the step shows (its targets against its baselines by year). */
  chart?: string;
}

export interface Tour {
  /** `tour:<slug>`. */
  id: string;
  /** The plan the tour walks through, or null for the overview of all plans. */
  plan: string | null;
  title: Localized;
  steps: TourStep[];
}

export const TOURS_BUNDLE_VERSION = 1;
export const TOURS_BUNDLE_PATH = 'data/tours.json';

export interface ToursBundle {
  version: typeof TOURS_BUNDLE_VERSION;
  /** The overview first, then one tour per plan in the plans' order. */
  tours: Tour[];
}
