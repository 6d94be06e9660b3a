/**
 * The reach tool's radius presets. Station catchments of 500 m and 800 m (issue 11), and the
 * 15-minute community life circle the Silicon Alley plan names (seed 000, quoted verbatim in its
 * Traditional characters). The plan gives no distance for it: the radius used is an assumption,
 * stated as such in the interface and set by the user — 15 minutes on foot at about 4–5 km/h is
 * 1–1.25 km of walking; the default straight-line radius is 1 000 m (a walk is longer than the
 * straight line, so this already leans generous).
 */
import type { Citation } from '../../data/schema';

export const LIFE_CIRCLE_CITATION: Citation = {
  seed: '000',
  quote: '圍繞安全、友好、舒適的15分鐘社區美好生活圈居住、就業、服務、交通和休閑五個系統',
};

/** The assumed straight-line radius of the 15-minute life circle, metres (user-settable). */
export const LIFE_CIRCLE_DEFAULT_METRES = 1000;

export const MIN_RADIUS = 50;
export const MAX_RADIUS = 5000;

export type PresetId = 'station-500' | 'station-800' | 'life-circle' | 'custom';

export const PRESET_METRES: Record<Exclude<PresetId, 'custom' | 'life-circle'>, number> = { 'station-500': 500, 'station-800': 800 };

/** A radius typed by the user: a whole number of metres in range, or an error key. */
export function parseRadius(text: string): { metres: number } | { error: 'reach.radiusInvalid' } {
  const v = Number(text.trim().replace(/[,，\s]/g, ''));
  if (!Number.isFinite(v) || v < MIN_RADIUS || v > MAX_RADIUS) return { error: 'reach.radiusInvalid' };
  return { metres: Math.round(v) };
}
