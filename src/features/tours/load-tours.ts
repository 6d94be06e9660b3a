/**
 * The guided tours at run time: `data/tours.json` (validated and ordered at build time by
 * scripts/tours-bundle.ts) fetched once, on demand — the first screen never loads it. The browser
 * checks only the format version, like src/data/atlas-data.ts.
 */
import { TOURS_BUNDLE_PATH, TOURS_BUNDLE_VERSION, type Tour, type ToursBundle } from '../../data/tour-types';
import { onceDataFile } from '../../data/fetch-data';

/** The tours of a fetched bundle, or an Error naming the file when it is not a bundle of this version. */
export function toursOf(bundle: unknown): Tour[] {
  const b = bundle as Partial<ToursBundle> | null;
  if (b?.version !== TOURS_BUNDLE_VERSION || !Array.isArray(b.tours)) {
    throw new Error(`${TOURS_BUNDLE_PATH} is not a tours bundle of version ${TOURS_BUNDLE_VERSION}`);
  }
  return b.tours;
}

const tours = onceDataFile(TOURS_BUNDLE_PATH, toursOf);

/**
 * The tours, overview first then one per plan in the plans' order. Fetched once (a second call
 * returns the same promise); a failed load rejects with an Error naming the file and the problem, and
 * the next call fetches again.
 */
export function loadTours(): Promise<Tour[]> {
  return tours.load();
}

/** For unit tests: forget the loaded tours. */
export function resetTours(): void {
  tours.reset();
}
