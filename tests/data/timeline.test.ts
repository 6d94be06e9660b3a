/**
 * The timeline's dated records (src/data/timeline.ts) and the year filter (src/data/filter.ts, the
 * timeline block), against the real atlas: every dated record is found once at its year, each lights
 * the zones it says, a target finds the figure it is measured from only where the plan gives the same
 * measure, and the year narrows the rows, the counts and the zones shown.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import { fromBundle } from '../../src/data/atlas-data';
import type { AtlasBundle } from '../../src/data/bundle';
import { datedRecords } from '../../src/data/timeline';
import { counterpartOf, litOfYear, planCounterparts, recordsOfYear, timelineYears } from '../../src/features/timeline/year-view';
import { filterCounts, hasFilters, matchesFilters, recordRows, shownZoneIds } from '../../src/data/filter';
import { NO_FILTERS } from '../../src/store/filters';
import { filterYear, withYear } from '../../src/store/timeline';

const data = fromBundle(JSON.parse(buildAtlasBundle()) as AtlasBundle);
const { atlas } = data;
const records = datedRecords(atlas);
const byId = new Map(records.map((r) => [r.id, r]));
const target = (id: string) => atlas.targets.find((t) => t.id === id)!;
const mainZones = (plan: string) => atlas.zones.filter((z) => z.properties.plan === plan && !z.properties.parent).map((z) => z.properties.id).sort();

describe('dated records', () => {
  it('holds every target and baseline at its year, every dated plan and every event with a date, once each', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const t of atlas.targets) expect(byId.get(t.id)).toMatchObject({ kind: t.kind, year: t.year, plan: t.plan, date: null });
    for (const p of atlas.plans) {
      if (p.date) expect(byId.get(p.id)).toMatchObject({ kind: 'plan', year: Number(p.date.slice(0, 4)), date: p.date });
      else expect(byId.has(p.id)).toBe(false);
    }
    for (const e of atlas.events ?? []) {
      if (e.when.date) expect(byId.get(e.id)).toMatchObject({ kind: 'event', year: Number(e.when.date.slice(0, 4)), date: e.when.date });
      else expect(byId.has(e.id)).toBe(false); // a recurrence or a period is not a date
    }
    // In year order.
    expect(records.map((r) => r.year)).toEqual([...records.map((r) => r.year)].sort((a, b) => a - b));
  });

  it('counts the records of each year', () => {
    const years = timelineYears(records);
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(records.length);
    for (const y of years) expect(recordsOfYear(records, y.year)).toHaveLength(y.count);
    expect(years.map((y) => y.year)).toContain(2025);
    expect(years[0].year).toBeLessThan(years[years.length - 1].year);
  });

  it('lights a target’s own zones, else its actions’ zones, else its plan’s main zones (plan-wide)', () => {
    const own = byId.get('target:silicon-alley-2025-new-innovation-spaces')!;
    expect(own).toMatchObject({ zones: ['zone:silicon-alley'], planWide: false });
    for (const t of atlas.targets) {
      const r = byId.get(t.id)!;
      const viaActions = atlas.actions.filter((a) => a.targets.includes(t.id)).flatMap((a) => a.zones);
      if (t.zones.length) expect(r.zones).toEqual(t.zones);
      else if (viaActions.length) expect(r.zones.sort()).toEqual([...new Set(viaActions)].sort());
      else expect({ zones: [...r.zones].sort(), planWide: r.planWide }).toEqual({ zones: mainZones(t.plan), planWide: true });
    }
    const { zones } = litOfYear(records, 2025);
    expect(zones.has('zone:silicon-alley')).toBe(true);
    expect(zones.has('zone:dalinghaowan')).toBe(true);
  });

  it('sets a target beside the same measure’s earlier figure only where the plan gives it', () => {
    // 大零号湾: 高新技术企业 600家以上 by 2023, 1000家以上 by 2025 — the one measure given twice for 2025.
    expect(counterpartOf(atlas.targets, target('target:dlhw-2025-high-tech-enterprises'))?.id).toBe('target:dlhw-2023-high-tech-enterprises');
    expect(counterpartOf(atlas.targets, target('target:dlhw-2023-high-tech-enterprises'))).toBeNull(); // a target, not a baseline: no later pairing from it
    // 上海硅巷's 2025 targets measure other things than its 2023 baselines: none is paired.
    for (const t of atlas.targets.filter((x) => x.plan === 'plan:changning-silicon-alley' && x.kind === 'target')) expect(counterpartOf(atlas.targets, t)).toBeNull();
    // A pair always shares plan, metric and unit, and runs forward in time.
    for (const t of atlas.targets) {
      const o = counterpartOf(atlas.targets, t);
      if (!o) continue;
      expect([o.plan, o.metric.zh.trim(), o.unit ?? '']).toEqual([t.plan, t.metric.zh.trim(), t.unit ?? '']);
      if (t.kind === 'target') expect(o.year).toBeLessThanOrEqual(t.year);
      else expect(o.year).toBeGreaterThan(t.year);
    }
    // The plan's own baselines beside its targets: 上海硅巷's six 2023 baselines.
    expect(planCounterparts(atlas.targets, 'plan:changning-silicon-alley', 2025, 'target').map((t) => t.id).sort())
      .toEqual(atlas.targets.filter((t) => t.plan === 'plan:changning-silicon-alley' && t.kind === 'baseline').map((t) => t.id).sort());
  });
});

describe('the year filter', () => {
  const rows = recordRows(data);
  const y2025 = withYear(NO_FILTERS, 2025);

  it('is kept in the filters object and read back', () => {
    expect(filterYear(NO_FILTERS)).toBeNull();
    expect(filterYear(y2025)).toBe(2025);
    expect(filterYear(withYear(y2025, null))).toBeNull();
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(y2025)).toBe(true);
  });

  it('keeps the year’s dated records (and the places its events are at), nothing else', () => {
    const kept = rows.filter((r) => matchesFilters(r, y2025, [])).map((r) => r.id).sort();
    const year = recordsOfYear(records, 2025);
    const expected = [...new Set([...year.map((r) => r.id), ...year.flatMap((r) => r.places)])].sort();
    expect(kept).toEqual(expected);
    expect(kept.filter((id) => id.startsWith('target:')).length).toBeGreaterThan(20);
    // AND with the other filters: only targets.
    const targetsOnly = rows.filter((r) => matchesFilters(r, { ...y2025, kinds: ['target'] }, [])).map((r) => r.id);
    expect(targetsOnly.every((id) => id.startsWith('target:'))).toBe(true);
    // The plan toggles still apply.
    const noChangning = rows.filter((r) => matchesFilters(r, y2025, ['plan:changning-silicon-alley']));
    expect(noChangning.some((r) => r.plans.includes('plan:changning-silicon-alley') && r.plans.length === 1)).toBe(false);
  });

  it('shows the zones the year lights, and narrows the counts', () => {
    expect([...shownZoneIds(rows, y2025, [])].sort()).toEqual([...litOfYear(records, 2025).zones].sort());
    const all = filterCounts(rows, NO_FILTERS, []);
    const year = filterCounts(rows, y2025, []);
    expect(year.kinds.target).toBe(recordsOfYear(records, 2025).filter((r) => r.kind === 'target' || r.kind === 'baseline').length);
    expect(year.kinds.zone ?? 0).toBe(0);
    expect(all.kinds.zone).toBe(atlas.zones.length);
  });
});
