/**
 * A plan's indicators as series (pure): its targets and baselines grouped by what they measure, one
 * series per metric and unit, points by year. A figure is kept as the document states it: its
 * comparator ("600家以上" is at least 600, "1到2個" a range, "新增6家" an addition) and its text as printed.
 * A record without a number (a qualitative goal such as "持续保持全市领先水平") is never drawn: it goes to
 * `qualitative`, to be shown as text.
 */
import type { Atlas, Name, Target } from '../../data/schema';

/** How a drawn figure relates to its value (a qualitative target is never drawn). */
export type Comparator = Exclude<Target['comparator'], 'qualitative'>;

export interface IndicatorPoint {
  /** The target's record id. */
  id: string;
  kind: Target['kind'];
  year: number;
  value: number;
  /** Upper bound of a range ("1到2个"). */
  valueMax?: number;
  comparator: Comparator;
  /** The figure as printed (Traditional where the seed is). */
  valueText: string;
  name: Name;
}

export interface IndicatorSeries {
  /** Stable within a plan: metric (zh), unit and whether the figures are additions ("新增"). */
  key: string;
  metric: Name;
  unit: string;
  /** True when the series counts additions over a period ("新增"), not levels reached. */
  increase: boolean;
  /** By year; at one year, baselines before targets. */
  points: IndicatorPoint[];
}

export interface QualitativeTarget {
  id: string;
  kind: Target['kind'];
  year: number;
  metric: Name;
  name: Name;
  /** The goal as printed, e.g. "持續保持全市領先水平". */
  valueText: string;
}

export interface PlanIndicatorSeries {
  planId: string;
  /** Series with more years first (they show a change), then in the data's order. */
  series: IndicatorSeries[];
  qualitative: QualitativeTarget[];
}

/** A target as it may come from the data: a qualitative one has no number (and a NaN is no number either). */
type TargetInput = Omit<Target, 'value'> & { value?: number | null };

const hasNumber = (t: TargetInput): t is TargetInput & { value: number; comparator: Comparator } =>
  t.comparator !== 'qualitative' && typeof t.value === 'number' && Number.isFinite(t.value);

export const seriesKey = (metricZh: string, unit: string, increase: boolean) =>
  `${metricZh.trim()}|${unit.trim()}${increase ? '|+' : ''}`;

export function indicatorSeries(atlas: Pick<Atlas, 'targets'>, planId: string): PlanIndicatorSeries {
  const bySeries = new Map<string, IndicatorSeries>();
  const order: string[] = [];
  const qualitative: QualitativeTarget[] = [];
  for (const t of atlas.targets as TargetInput[]) {
    if (t.plan !== planId) continue;
    if (!hasNumber(t)) {
      qualitative.push({ id: t.id, kind: t.kind, year: t.year, metric: t.metric, name: t.name, valueText: t.valueText });
      continue;
    }
    const unit = (t.unit ?? '').trim();
    const increase = t.comparator === 'increase';
    const key = seriesKey(t.metric.zh, unit, increase);
    let s = bySeries.get(key);
    if (!s) {
      bySeries.set(key, (s = { key, metric: t.metric, unit, increase, points: [] }));
      order.push(key);
    }
    const valueMax = t.comparator === 'range' && typeof t.valueMax === 'number' && Number.isFinite(t.valueMax) ? t.valueMax : undefined;
    s.points.push({
      id: t.id, kind: t.kind, year: t.year, value: t.value, comparator: t.comparator, valueText: t.valueText, name: t.name,
      ...(valueMax !== undefined ? { valueMax } : {}),
    });
  }
  const kindRank = (k: Target['kind']) => (k === 'baseline' ? 0 : 1);
  const series = order.map((k) => bySeries.get(k)!);
  for (const s of series) s.points.sort((a, b) => a.year - b.year || kindRank(a.kind) - kindRank(b.kind));
  const years = (s: IndicatorSeries) => new Set(s.points.map((p) => p.year)).size;
  const ranked = series.map((s, i) => ({ s, i })).sort((a, b) => years(b.s) - years(a.s) || a.i - b.i).map((x) => x.s);
  qualitative.sort((a, b) => a.year - b.year);
  return { planId, series: ranked, qualitative };
}

/**
 * The series a `metric` argument names: a series key, a target's id (the series holding it), or a
 * metric's zh or en name (every series of that metric). Undefined: all of them.
 */
export function pickSeries(all: IndicatorSeries[], metric: string | undefined): IndicatorSeries[] {
  if (!metric) return all;
  const byKey = all.filter((s) => s.key === metric);
  if (byKey.length) return byKey;
  const byRecord = all.filter((s) => s.points.some((p) => p.id === metric));
  if (byRecord.length) return byRecord;
  return all.filter((s) => s.metric.zh === metric || s.metric.en === metric);
}
