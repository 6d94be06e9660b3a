import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../../src/data/assemble';
import type { Target } from '../../../src/data/schema';
import { indicatorSeries, pickSeries, seriesKey } from '../../../src/features/indicators/series';
import { knownUnit, unitLabel } from '../../../src/features/indicators/units';
import { loadGeodataFiles } from '../../../scripts/validate-files';

const { atlas } = assembleAtlas(loadGeodataFiles().files);
const plansWithTargets = [...new Set(atlas.targets.map((t) => t.plan))];

describe('indicator series of the real atlas', () => {
  it('accounts for every target and baseline of each plan exactly once', () => {
    expect(plansWithTargets.length).toBeGreaterThanOrEqual(5);
    for (const planId of plansWithTargets) {
      const { series, qualitative } = indicatorSeries(atlas, planId);
      const ids = [...series.flatMap((s) => s.points.map((p) => p.id)), ...qualitative.map((q) => q.id)];
      expect(ids.sort()).toEqual(atlas.targets.filter((t) => t.plan === planId).map((t) => t.id).sort());
    }
  });

  it('groups by metric and unit, points by year, and keeps every figure as the data state it', () => {
    const byId = new Map(atlas.targets.map((t) => [t.id, t]));
    for (const planId of plansWithTargets) {
      for (const s of indicatorSeries(atlas, planId).series) {
        expect(s.points.length).toBeGreaterThan(0);
        for (const p of s.points) {
          const t = byId.get(p.id)!;
          expect([t.metric.zh, t.unit, t.plan]).toEqual([s.metric.zh, s.unit, planId]);
          expect([p.value, p.comparator, p.valueText, p.year, p.kind]).toEqual([t.value, t.comparator, t.valueText, t.year, t.kind]);
          expect(s.increase).toBe(t.comparator === 'increase');
        }
        expect(s.points.map((p) => p.year)).toEqual([...s.points.map((p) => p.year)].sort((a, b) => a - b));
      }
      const keys = indicatorSeries(atlas, planId).series.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('大零号湾: high-tech enterprises, at least 600 by 2023 and at least 1000 by 2025, come first', () => {
    const [first] = indicatorSeries(atlas, 'plan:dalinghaowan').series;
    expect(first.metric.zh).toBe('高新技术企业');
    expect(first.points.map((p) => [p.year, p.kind, p.value, p.comparator, p.valueText])).toEqual([
      [2023, 'target', 600, 'gte', '600家以上'],
      [2025, 'target', 1000, 'gte', '1000家以上'],
    ]);
  });

  it('Yangpu: the composite index, 100 in 2013 and 261.4 in 2019, is its one series over several years', () => {
    const { series } = indicatorSeries(atlas, 'plan:yangpu-14th-fyp');
    expect(series[0].metric.zh).toBe('杨浦双创综合指数');
    expect(series[0].points.map((p) => [p.year, p.kind, p.value])).toEqual([[2013, 'baseline', 100], [2019, 'baseline', 261.4]]);
    expect(series.slice(1).every((s) => new Set(s.points.map((p) => p.year)).size === 1)).toBe(true);
    // Qualitative goals (初步建成 / 全面建成 高能级科技创新引领区, issue 13) are not drawn: they are listed as text.
    const yangpuTargets = atlas.targets.filter((t) => t.plan === 'plan:yangpu-14th-fyp' && t.comparator !== 'qualitative');
    const keys = new Set(yangpuTargets.map((t) => seriesKey(t.metric.zh, t.unit ?? '', t.comparator === 'increase')));
    expect(series.length).toBe(keys.size);
  });

  it('a range keeps its upper bound (上海硅巷: 1到2个 high-quality incubators)', () => {
    const s = pickSeries(indicatorSeries(atlas, 'plan:changning-silicon-alley').series, 'target:silicon-alley-2025-high-quality-incubators');
    expect(s).toHaveLength(1);
    expect(s[0].points[0]).toMatchObject({ value: 1, valueMax: 2, comparator: 'range', valueText: '1到2個' });
  });

  it('every unit in the data has a chart label in both languages (no English unit in the Chinese UI)', () => {
    const units = [...new Set(atlas.targets.flatMap((t) => t.unit ?? []))];
    expect(units.filter((u) => !knownUnit(u))).toEqual([]);
    for (const u of units) expect(unitLabel(u, 'zh')).not.toMatch(/[a-z]{2,}/i);
  });

  it('a qualitative target in the data, if any, is never drawn', () => {
    for (const planId of plansWithTargets) {
      for (const q of indicatorSeries(atlas, planId).qualitative) {
        const t = atlas.targets.find((x) => x.id === q.id) as unknown as { value?: unknown; comparator: string };
        expect(typeof t.value !== 'number' || t.comparator === 'qualitative').toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------- edge cases

const base = {
  plan: 'plan:demo', citations: [{ seed: '000' as const, quote: 'x' }], zones: [],
};
const target = (id: string, over: Partial<Target> & Record<string, unknown>): Target => ({
  ...base, id, kind: 'target', name: { zh: id, en: id }, metric: { zh: '企业', en: 'firms' },
  value: 1, comparator: 'eq', unit: '家', valueText: '1家', year: 2025, ...over,
} as Target);

describe('indicator series: edge cases', () => {
  it('two records of one metric with different units are two series', () => {
    const { series } = indicatorSeries({ targets: [
      target('target:a', { value: 5, unit: '家' }),
      target('target:b', { value: 3, unit: '亿元', valueText: '3亿元' }),
    ] }, 'plan:demo');
    expect(series.map((s) => [s.unit, s.points.map((p) => p.id)])).toEqual([['家', ['target:a']], ['亿元', ['target:b']]]);
  });

  it('an addition ("新增") is not on one axis with a level reached', () => {
    const { series } = indicatorSeries({ targets: [
      target('target:level', { value: 800, comparator: 'gte' }),
      target('target:added', { value: 20, comparator: 'increase', valueText: '新增20家' }),
    ] }, 'plan:demo');
    expect(series.map((s) => [s.increase, s.points.map((p) => p.id)])).toEqual([[false, ['target:level']], [true, ['target:added']]]);
  });

  it('records without a number go to the qualitative list, never to a series', () => {
    const { series, qualitative } = indicatorSeries({ targets: [
      target('target:num', { value: 10 }),
      target('target:none', { value: undefined, unit: undefined, valueText: '持续保持全市领先水平', year: 2023 } as never),
      target('target:nan', { value: Number.NaN, valueText: '显著提升' }),
      target('target:q', { comparator: 'qualitative', value: 0, valueText: '明显增强' } as never),
    ] }, 'plan:demo');
    expect(series.flatMap((s) => s.points.map((p) => p.id))).toEqual(['target:num']);
    expect(qualitative.map((q) => [q.id, q.valueText])).toEqual([
      ['target:none', '持续保持全市领先水平'], ['target:nan', '显著提升'], ['target:q', '明显增强'],
    ]);
  });

  it('sorts points by year, baselines before targets at one year; leaves other plans out', () => {
    const { series } = indicatorSeries({ targets: [
      target('target:t2025', { year: 2025 }),
      target('target:b2025', { year: 2025, kind: 'baseline' }),
      target('target:b2020', { year: 2020, kind: 'baseline' }),
      target('target:other', { plan: 'plan:other', year: 2000 }),
    ] }, 'plan:demo');
    expect(series).toHaveLength(1);
    expect(series[0].points.map((p) => p.id)).toEqual(['target:b2020', 'target:b2025', 'target:t2025']);
  });

  it('a metric spelled with stray spaces is one series; a range without its bound is drawn as its value', () => {
    const { series } = indicatorSeries({ targets: [
      target('target:a', { metric: { zh: '企业 ' }, year: 2020 }),
      target('target:b', { metric: { zh: '企业' }, comparator: 'range', valueMax: undefined, year: 2025 }),
    ] }, 'plan:demo');
    expect(series).toHaveLength(1);
    expect(series[0].points[1].valueMax).toBeUndefined();
  });

  it('pickSeries: by key, by a target id, by metric name; nothing for an unknown name', () => {
    const { series } = indicatorSeries({ targets: [
      target('target:a', {}),
      target('target:b', { metric: { zh: '平台', en: 'platforms' }, unit: '个' }),
      target('target:c', { metric: { zh: '平台', en: 'platforms' }, unit: '亿元' }),
    ] }, 'plan:demo');
    expect(pickSeries(series, undefined)).toHaveLength(3);
    expect(pickSeries(series, '平台|个').map((s) => s.key)).toEqual(['平台|个']);
    expect(pickSeries(series, 'target:c').map((s) => s.key)).toEqual(['平台|亿元']);
    expect(pickSeries(series, 'platforms')).toHaveLength(2);
    expect(pickSeries(series, 'nothing')).toEqual([]);
  });

  it('a plan without targets has no series and no qualitative goals', () => {
    expect(indicatorSeries({ targets: [] }, 'plan:none')).toEqual({ planId: 'plan:none', series: [], qualitative: [] });
  });
});
