/**
 * The timeline's views of the dated records (pure, loaded with the timeline): the years and their
 * counts, a year's records and what it lights, and a target beside the figure it is measured from.
 */
import type { Target } from '../../data/schema';
import type { DatedRecord } from '../../data/timeline';

export interface YearCount {
  year: number;
  count: number;
}

/** The years that hold dated records, each with how many (ascending). */
export function timelineYears(records: readonly DatedRecord[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/** The dated records of one year. */
export const recordsOfYear = (records: readonly DatedRecord[], year: number) => records.filter((r) => r.year === year);

/** Zones and places the year lights (the union of its records'). */
export function litOfYear(records: readonly DatedRecord[], year: number): { zones: Set<string>; places: Set<string> } {
  const zones = new Set<string>();
  const places = new Set<string>();
  for (const r of records) {
    if (r.year !== year) continue;
    r.zones.forEach((z) => zones.add(z));
    r.places.forEach((p) => places.add(p));
  }
  return { zones, places };
}

// ---------------------------------------------------------------- targets beside their baselines

const measureKey = (t: Pick<Target, 'plan' | 'metric' | 'unit'>) => `${t.plan}|${t.metric.zh.trim()}|${(t.unit ?? '').trim()}`;

/**
 * The figure a target is measured from: the same plan's latest earlier record of the same measure
 * (metric and unit), a baseline before an earlier target ("到2023年600家以上" before "到2025年1000家以上").
 * For a baseline: the same measure's earliest later target. Null when the plan prints none: the texts
 * rarely give a starting figure for the very measure they set a goal for, and none is ever made up.
 */
export function counterpartOf(targets: readonly Target[], t: Target): Target | null {
  const key = measureKey(t);
  const same = targets.filter((o) => o.id !== t.id && measureKey(o) === key);
  if (t.kind === 'baseline') {
    const later = same.filter((o) => o.kind === 'target' && o.year > t.year).sort((a, b) => a.year - b.year);
    return later[0] ?? null;
  }
  const earlier = same.filter((o) => o.year < t.year || (o.year === t.year && o.kind === 'baseline'));
  earlier.sort((a, b) => (a.kind === b.kind ? b.year - a.year : a.kind === 'baseline' ? -1 : 1));
  return earlier[0] ?? null;
}

/**
 * A plan's other side of a year: for its targets of `year`, the baselines it prints before or at that
 * year (its starting figures, whatever they measure); for its baselines of `year`, its later targets.
 */
export function planCounterparts(targets: readonly Target[], plan: string, year: number, kind: 'target' | 'baseline'): Target[] {
  return targets
    .filter((o) => o.plan === plan && (kind === 'target' ? o.kind === 'baseline' && o.year <= year : o.kind === 'target' && o.year > year))
    .sort((a, b) => a.year - b.year);
}
