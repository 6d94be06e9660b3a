/**
 * The synthetic enterprises' attributes: industry track, founding year, size class. The tracks are the
 * ones the five policy documents name (each name occurs in `seeds/`; a unit test checks it). The
 * weights and distributions are arbitrary choices for a plausible-looking synthetic layer: they are not
 * statistics of real enterprises.
 */

export interface Track {
  zh: string;
  en: string;
  /** Relative weight when drawing a track (arbitrary, synthetic). */
  weight: number;
  /** Display colour, [r, g, b]. */
  color: [number, number, number];
}

export const TRACKS: readonly Track[] = [
  { zh: '人工智能', en: 'Artificial intelligence', weight: 14, color: [230, 85, 13] },
  { zh: '集成电路', en: 'Integrated circuits', weight: 8, color: [49, 130, 189] },
  { zh: '生物医药', en: 'Biomedicine', weight: 10, color: [49, 163, 84] },
  { zh: '数字健康', en: 'Digital health', weight: 6, color: [116, 196, 118] },
  { zh: '金融科技', en: 'Fintech', weight: 9, color: [222, 45, 38] },
  { zh: '区块链', en: 'Blockchain', weight: 5, color: [117, 107, 177] },
  { zh: '绿色低碳', en: 'Green and low-carbon', weight: 7, color: [0, 150, 136] },
  { zh: '元宇宙', en: 'Metaverse', weight: 4, color: [197, 27, 138] },
  { zh: '智能网联汽车', en: 'Intelligent connected vehicles', weight: 6, color: [99, 99, 99] },
  { zh: '设计', en: 'Design', weight: 12, color: [253, 174, 107] },
  { zh: '在线新经济', en: 'Online new economy', weight: 12, color: [158, 202, 225] },
  { zh: '新材料', en: 'New materials', weight: 7, color: [140, 86, 75] },
];

export interface SizeClass {
  id: 'micro' | 'small' | 'medium' | 'large';
  /** Names for data files and tiles (scripts/pmtiles reads them); the panel's labels are in src/i18n. */
  zh: string;
  en: string;
  weight: number;
}

/** Size classes, smallest first (the index is the value stored per point). */
export const SIZES: readonly SizeClass[] = [
  { id: 'micro', zh: '微型', en: 'Micro', weight: 55 },
  { id: 'small', zh: '小型', en: 'Small', weight: 30 },
  { id: 'medium', zh: '中型', en: 'Medium', weight: 12 },
  { id: 'large', zh: '大型', en: 'Large', weight: 3 },
];

/** Founding years are drawn in [YEAR_MIN, YEAR_MAX], more of them recent (see generate.ts). */
export const YEAR_MIN = 1985;
export const YEAR_MAX = 2025;
/** Mean age in years of the exponential the founding year is drawn from. */
export const MEAN_AGE_YEARS = 9;

/** Cumulative weights, for drawing an index with one uniform number. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  weights.forEach((w, i) => {
    acc += w / total;
    out[i] = acc;
  });
  out[weights.length - 1] = 1;
  return out;
}

export function pick(cdf: Float64Array, u: number): number {
  for (let i = 0; i < cdf.length; i++) if (u < cdf[i]) return i;
  return cdf.length - 1;
}
