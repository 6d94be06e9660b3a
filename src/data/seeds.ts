/** The five source documents kept verbatim in `seeds/`, by the 3-digit id that citations use. */
import type { SeedId } from './schema';

export const SEED_FILES: Record<SeedId, string> = {
  '000': '000_ba0e66926b9a858b.txt',
  '001': '001_7d50b04a406e84ab.txt',
  '002': '002_493cfe87ad3832fb.txt',
  '003': '003_e69a7c85f6b458db.txt',
  '004': '004_2618758db9d39307.txt',
};

/** Seeds printed in Traditional characters: quotes stay in that script, names are converted. */
export const TRADITIONAL_SEEDS: readonly SeedId[] = ['000', '004'];
