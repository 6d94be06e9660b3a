/**
 * Plan indicators in the built app: Yangpu's plan outline shows one chart per metric with the right
 * points and readable aria-labels; a target's panel shows the chart of its metric with its own point
 * marked; a qualitative goal shows as text; zh and en; legible on a 320 px wide screen. Screenshots go
 * to test-results/screenshots/ with names starting `indicators-`. Each test starts from a fresh page,
 * opened by a link at the outline or the record it starts from.
 */
import { describe, expect, inject, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { seriesSummary } from '../../src/features/indicators/chart-svg';
import { indicatorSeries } from '../../src/features/indicators/series';
import { loadGeodataFiles } from '../../scripts/validate-files';
import type { Locator } from 'playwright-core';
import { freshPages, screenshot, type FreshPage } from './browser';

const baseUrl = inject('baseUrl');
const { atlas } = assembleAtlas(loadGeodataFiles().files);

const YANGPU = 'plan:yangpu-14th-fyp';
const INDEX_2019 = 'target:yangpu-innovation-index-2019';
const yangpu = indicatorSeries(atlas, YANGPU);

// A goal without a figure, if the data hold one (the schema asks every target for a number today).
const qualitativePlan = [...new Set(atlas.targets.map((t) => t.plan))].find((p) => indicatorSeries(atlas, p).qualitative.length > 0);
const QUALITATIVE = qualitativePlan ? indicatorSeries(atlas, qualitativePlan).qualitative[0] : undefined;
if (!QUALITATIVE) console.log('indicators e2e: no qualitative target in geodata/*/targets.json (every target has a number): the qualitative checks are skipped');

// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });
/** The current test's page (each test opens its own; the helpers below read it). */
let s!: FreshPage;
/** A fresh page at `query` (a link: `plan=` opens an outline, `sel=` a record). */
const fresh = async (query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString();
  s = await pages.open({ path: search ? `?${search}` : '' });
};
/** A fresh page with Yangpu's outline open (its link). */
const freshOutline = async () => {
  await fresh({ plan: YANGPU });
  await expect.poll(() => outline().getAttribute('data-plan')).toBe(YANGPU);
};
const outline = () => s.page.getByTestId('plan-view');
const panel = () => s.page.getByTestId('details-panel');
const section = () => outline().getByTestId('plan-indicators-section');

async function openOutline(planId: string) {
  if (await panel().count()) await panel().locator('.close').click();
  await s.page.locator(`.zone-browser .plan-outline-button[data-plan="${planId}"]`).click();
  await expect.poll(() => outline().getAttribute('data-plan')).toBe(planId);
}

/** Scrolls the outline (only it, not the page) so that `el` is at its top, for the screenshot. */
async function scrollOutlineTo(el: Locator) {
  await el.evaluate((e) => {
    const v = e.closest('.plan-view')!;
    v.scrollTop += e.getBoundingClientRect().top - v.getBoundingClientRect().top - 8;
  });
}

/** What the page shows for each chart: series key, points drawn, rows in its table, its aria-label. */
async function charts(scope: Locator) {
  return scope.locator('.indicator-chart').evaluateAll((els) => els.map((e) => ({
    key: e.getAttribute('data-series'),
    points: e.querySelectorAll('svg g[data-point]').length,
    rows: e.querySelectorAll('table tbody tr').length,
    role: e.querySelector('svg')?.getAttribute('role'),
    label: e.querySelector('svg')?.getAttribute('aria-label'),
    width: e.querySelector('svg')?.getBoundingClientRect().width ?? 0,
  })));
}

describe('indicators in the plan outline', () => {
  it('Yangpu\'s outline has an Indicators section with one chart per metric and every point', async () => {
    await fresh();
    await openOutline(YANGPU);
    await expect.poll(() => section().locator('.indicator-chart').count()).toBe(yangpu.series.length);
    expect(await section().locator('h3').textContent()).toBe('指标');
    const shown = await charts(section());
    expect(shown.map((c) => c.key)).toEqual(yangpu.series.map((x) => x.key));
    for (const [i, c] of shown.entries()) {
      expect(c.role).toBe('img');
      expect(c.points).toBe(yangpu.series[i].points.length);
      expect(c.rows).toBe(yangpu.series[i].points.length);
      expect(c.label).toBe(seriesSummary(yangpu.series[i], 'zh'));
    }
    // The one metric over several years: the composite index, 100 (2013) → 261.4 (2019).
    expect(shown[0].label).toBe('杨浦双创综合指数（分，2013年=100）：2013年基数 100分；2019年基数 261.4');
    expect(shown[0].points).toBe(2);
    // Yangpu's data are baselines and one range target (2-3 demonstration parks): both drawn as such.
    expect(await section().locator('g[data-kind="target"][data-comparator="range"]').count()).toBe(1);
    expect(await section().locator('.indicators-legend li').allTextContents()).toEqual(['基数（已达到）', '目标', '至少（以上）', '区间']);
    await scrollOutlineTo(section());
    await screenshot(s.page, 'indicators-yangpu-outline-zh');
  });

  it('reads in English, with the same points', async () => {
    await freshOutline();
    await expect.poll(() => section().locator('h3').textContent()).toBe('指标');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => section().locator('h3').textContent()).toBe('Indicators');
    const shown = await charts(section());
    expect(shown[0].label).toBe('Yangpu innovation and entrepreneurship composite index (points, 2013 = 100): baseline 2013: 100; baseline 2019: 261.4');
    expect(shown.map((c) => c.label)).toEqual(yangpu.series.map((x) => seriesSummary(x, 'en')));
    // No Chinese unit or word in the English charts' own text (the printed figures stay in the hidden table).
    const svgText = await section().locator('svg').evaluateAll((els) => els.map((e) => e.textContent).join(' '));
    expect(svgText).not.toMatch(/[\u4e00-\u9fff]/);
    await scrollOutlineTo(section());
    await screenshot(s.page, 'indicators-yangpu-outline-en');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => section().locator('h3').textContent()).toBe('指标');
  });
});

describe('a target\'s panel', () => {
  it('shows the chart of its metric with this record\'s point marked', async () => {
    await freshOutline();
    await outline().locator(`.outline-target[data-id="${INDEX_2019}"]`).click();
    await expect.poll(() => panel().getAttribute('data-id')).toBe(INDEX_2019);
    const box = panel().getByTestId('target-indicator');
    await expect.poll(() => box.locator('.indicator-chart').count()).toBe(1);
    const [c] = await charts(box);
    expect(c.points).toBe(2);
    expect(c.label).toBe('杨浦双创综合指数（分，2013年=100）：2013年基数 100分；2019年基数 261.4（本条）');
    // The marked point has the highlight ring; the other has none.
    const lit = await box.locator('g[data-point]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-point'), e.querySelector('circle[fill="rgb(255, 212, 59)"]') !== null]));
    expect(lit).toEqual([['target:yangpu-innovation-index-base-2013', false], [INDEX_2019, true]]);
    await box.scrollIntoViewIfNeeded();
    await screenshot(s.page, 'indicators-target-panel-zh');
  });

  it('a range target: its bar, its printed figure, in English too', async () => {
    const id = 'target:yangpu-university-science-park-demos-2025';
    await freshOutline();
    await outline().locator(`.outline-target[data-id="${id}"]`).click();
    await expect.poll(() => panel().getAttribute('data-id')).toBe(id);
    const box = panel().getByTestId('target-indicator');
    await expect.poll(() => box.locator('svg[role="img"]').getAttribute('aria-label')).toContain('2025年目标 2-3家（本条）');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => box.locator('svg[role="img"]').getAttribute('aria-label')).toBe('demonstration university science parks with influence and brand effect in Shanghai: target 2025: 2 to 3 (this record)');
    expect(await box.locator('svg[role="img"] text').allTextContents()).toContain('2–3');
    await box.scrollIntoViewIfNeeded();
    await screenshot(s.page, 'indicators-target-panel-en');
    await s.page.getByTestId('lang-switch').click();
  });

  it('is legible on a 320 px wide screen', async () => {
    // The target's panel (its link), then the screen narrowed to 320 px.
    await fresh({ sel: INDEX_2019 });
    await expect.poll(() => panel().getAttribute('data-id')).toBe(INDEX_2019);
    await s.page.setViewportSize({ width: 320, height: 720 });
    const box = panel().getByTestId('target-indicator');
    await box.scrollIntoViewIfNeeded();
    // The chart fits the screen and is not shrunk below its drawn size (its text stays 10-11 px).
    await expect.poll(async () => (await charts(box))[0].width).toBeLessThanOrEqual(300);
    expect((await charts(box))[0].width).toBeGreaterThanOrEqual(240);
    await screenshot(s.page, 'indicators-target-panel-320');
  });
});

describe('qualitative goals', () => {
  it.skipIf(!QUALITATIVE)('show as text in the outline, never as a chart point, and the panel says it is not charted', async () => {
    const q = QUALITATIVE!;
    await fresh();
    await openOutline(qualitativePlan!);
    const item = section().getByTestId('indicators-qualitative').locator(`li[data-id="${q.id}"]`);
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(q.name.zh);
    expect(await section().locator(`g[data-point="${q.id}"]`).count()).toBe(0);
    await scrollOutlineTo(section().getByTestId('indicators-qualitative'));
    await screenshot(s.page, 'indicators-qualitative-zh');
    await outline().locator(`.outline-target[data-id="${q.id}"]`).click();
    await expect.poll(() => panel().getAttribute('data-id')).toBe(q.id);
    expect(await panel().getByTestId('target-indicator').textContent()).toContain('这是定性目标，没有数值，不作图。');
    expect(await panel().getByTestId('target-indicator').locator('svg[role="img"]').count()).toBe(0);
  });
});
