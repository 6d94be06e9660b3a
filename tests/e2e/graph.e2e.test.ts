/**
 * The knowledge graph as a person walks it: zone → action → department → an action of another plan →
 * its zone, by clicking links in the panel; a carrier's quote opened in the source reader; a plan's
 * outline; and what a selected action or department lights up on the map (pixels). Screenshots go to
 * test-results/screenshots/ with names starting `1x-`. Each test starts from a fresh page, opened by a
 * link at the record or outline it starts from.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freshPages, mapPixel, screenPoint, screenshot, waitForMapIdle, type FreshPage } from './browser';
import type { Action, Carrier, Department, Institution, Target, Zone } from '../../src/data/schema';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, 'geodata', path), 'utf8')) as T;

const actions = [...read<Action[]>('changning/actions.json'), ...read<Action[]>('yangpu/actions.json')];
const action = (id: string) => actions.find((a) => a.id === id)!;
const zone = (id: string) => read<{ features: Zone[] }>('changning/zones.geojson').features.find((z) => z.properties.id === id)!;
const carrier = (id: string) => read<{ features: Carrier[] }>('changning/carriers.geojson').features.find((c) => c.properties.id === id)!;
const department = (id: string) => read<Department[]>('changning/departments.json').find((d) => d.id === id)
  ?? read<Department[]>('shared/departments.json').find((d) => d.id === id)!;

// The walk: a department named by actions of both Changning documents (the plan and the CPPCC reply).
const START_ZONE = 'zone:belt-dingxi-road';
const PLAN_ACTION = 'action:silicon-alley-01-optimise-spatial-layout';
const DEPARTMENT = 'department:changning-huayang-subdistrict';
const REPLY_ACTION = 'action:cppcc-reply-key-project-no1-space';
const END_ZONE = 'zone:huayang-subdistrict';
const CARRIER = 'carrier:silicon-alley-no1-space';

// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });
/** The current test's page (each test opens its own; the helpers below read it). */
let s!: FreshPage;
/** A fresh page at `query` (a link: `sel=`, `plan=`), its map idle. */
const fresh = async (query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString();
  s = await pages.open({ path: search ? `?${search}` : '', idle: true });
};

const panel = () => s.page.getByTestId('details-panel');
const panelId = () => panel().getAttribute('data-id');

/** Pixels of the map canvas close to the highlight yellow (255, 196, 0). */
async function yellowPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const d = window.__mapImageData!().data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] > 235 && Math.abs(d[i + 1] - 196) < 14 && d[i + 2] < 60) n++;
    return n;
  });
}

async function closePanel() {
  if (await panel().count()) await panel().locator('.close').click();
  await expect.poll(() => s.page.getByTestId('zone-browser').count()).toBe(1);
}

describe('walking the knowledge graph', () => {
  it('the department links two Changning documents (the premise of the walk)', () => {
    expect(action(PLAN_ACTION).plan).toBe('plan:changning-silicon-alley');
    expect(action(REPLY_ACTION).plan).toBe('plan:changning-cppcc-reply');
    expect(action(PLAN_ACTION).departments).toContain(DEPARTMENT);
    expect(action(REPLY_ACTION).departments).toContain(DEPARTMENT);
    expect(action(PLAN_ACTION).zones).toContain(START_ZONE);
    expect(action(REPLY_ACTION).zones).toContain(END_ZONE);
  });

  it('zone → action → department → the other plan\'s action → its zone, by clicking panel links', async () => {
    await fresh();
    await s.page.locator(`.zone-button[data-id="${START_ZONE}"]`).click();
    await expect.poll(panelId).toBe(START_ZONE);
    await expect.poll(() => panel().locator('h2').textContent()).toBe(zone(START_ZONE).properties.name.zh);

    await panel().getByTestId('related').locator(`.record-link[data-id="${PLAN_ACTION}"]`).click();
    await expect.poll(panelId).toBe(PLAN_ACTION);
    expect(await panel().locator('h2').textContent()).toBe(`${action(PLAN_ACTION).number} ${action(PLAN_ACTION).name.zh}`);
    await waitForMapIdle(s.page);
    await screenshot(s.page, '10-walk-action');

    // The department link in the action's facts (责任部门).
    await panel().locator(`.fact .record-link[data-id="${DEPARTMENT}"]`).click();
    await expect.poll(panelId).toBe(DEPARTMENT);
    expect(await panel().locator('h2').textContent()).toBe(department(DEPARTMENT).name.zh);
    const deptActions = await panel().getByTestId('related').locator('.related-action .record-link').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(deptActions).toEqual(expect.arrayContaining([PLAN_ACTION, REPLY_ACTION]));
    await waitForMapIdle(s.page);
    await screenshot(s.page, '11-walk-department');

    await panel().getByTestId('related').locator(`.record-link[data-id="${REPLY_ACTION}"]`).click();
    await expect.poll(panelId).toBe(REPLY_ACTION);
    expect(await panel().locator('.fact .record-link.kind-plan').getAttribute('data-id')).toBe('plan:changning-cppcc-reply');

    await panel().getByTestId('related').locator(`.record-link[data-id="${END_ZONE}"]`).click();
    await expect.poll(panelId).toBe(END_ZONE);
    expect(await panel().locator('h2').textContent()).toBe(zone(END_ZONE).properties.name.zh);
    await waitForMapIdle(s.page);
    await screenshot(s.page, '12-walk-end-zone');

    // Back walks the same path in reverse.
    await panel().getByRole('button', { name: /返回/ }).click();
    await expect.poll(panelId).toBe(REPLY_ACTION);
  });

  it('a carrier\'s quote opens the source at the sentence, and the reader lists the carrier', async () => {
    // From the reply's action, where the walk above passed.
    await fresh({ sel: REPLY_ACTION });
    await expect.poll(panelId).toBe(REPLY_ACTION);
    await panel().getByTestId('related').locator(`.record-link[data-id="${CARRIER}"]`).click();
    await expect.poll(panelId).toBe(CARRIER);
    const quote = carrier(CARRIER).properties.citations[0].quote;
    expect(await panel().locator('blockquote').first().textContent()).toBe(quote);
    await panel().locator('.open-source').first().click();
    const mark = s.page.getByTestId('reader-highlight');
    await expect.poll(() => mark.textContent()).toBe(quote);
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = el.closest('.reader-text')!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    const citing = s.page.getByTestId('source-reader').locator('.reader-citing .record-link');
    const citingIds = await citing.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(citingIds).toContain(CARRIER);
    await screenshot(s.page, '13-carrier-source');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByTestId('source-reader').count()).toBe(0);
  });
});

describe('the plan outline', () => {
  const PLAN = 'plan:changning-silicon-alley';
  const OUTLINE_ACTION = 'action:silicon-alley-12-improve-supporting-facilities';

  it('opens from the zone browser and lists groups, actions, departments and targets', async () => {
    await fresh();
    await s.page.locator(`.zone-browser .plan-outline-button[data-plan="${PLAN}"]`).click();
    const view = s.page.getByTestId('plan-view');
    await expect.poll(() => view.getAttribute('data-plan')).toBe(PLAN);
    expect(await view.locator('h2').textContent()).toBe('规划条目');
    // Focus moves into the outline, for keyboard users.
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('plan-view-title');
    const groups = await view.locator('.outline-group[data-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    expect(groups).toEqual(['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'safeguards']);
    const planActions = actions.filter((a) => a.plan === PLAN);
    expect(await view.locator('.outline-action').count()).toBe(planActions.length);
    const line = view.locator(`.outline-action[data-id="${OUTLINE_ACTION}"]`);
    expect(await line.textContent()).toBe(`${action(OUTLINE_ACTION).number} ${action(OUTLINE_ACTION).name.zh}`);
    // The action's departments follow it, as buttons.
    const depts = await line.locator('xpath=..').locator('.outline-department').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(depts).toEqual(action(OUTLINE_ACTION).departments);
    // Targets and baselines no action names are listed in their own section.
    const targets = read<Target[]>('changning/targets.json').filter((t) => t.plan === PLAN);
    const named = new Set(planActions.flatMap((a) => a.targets));
    const other = await view.getByTestId('plan-targets').locator('.outline-target').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(other).toEqual(targets.filter((t) => !named.has(t.id)).map((t) => t.id));
    expect(other.length).toBeGreaterThan(3);
    // Each target and baseline line shows its figure as printed and its year.
    const byId = new Map(targets.map((t) => [t.id, t]));
    const lines = await view.getByTestId('plan-targets').locator('.outline-target').evaluateAll((els) => els.map((e) => [e.getAttribute('data-id'), e.textContent]));
    for (const [id, text] of lines) {
      const tg = byId.get(id!)!;
      expect(text).toContain(tg.valueText);
      expect(text).toContain(String(tg.year));
    }
  });

  it('selecting an action from the outline (keyboard) shows it in the panel and on the map', async () => {
    // The outline open (its link), as the zone browser's button opens it (above).
    await fresh({ plan: PLAN });
    const view = s.page.getByTestId('plan-view');
    await expect.poll(() => view.getAttribute('data-plan')).toBe(PLAN);
    const line = view.locator(`.outline-action[data-id="${OUTLINE_ACTION}"]`);
    await line.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(panelId).toBe(OUTLINE_ACTION);
    expect(await line.getAttribute('aria-current')).toBe('true');
    await waitForMapIdle(s.page);
    // The camera frames the action's zones: the map centre lies within their bounds.
    const centre = await s.page.evaluate(() => window.__atlasMap!.getCenter().toArray());
    const zoneIds = action(OUTLINE_ACTION).zones;
    const pts = zoneIds.flatMap((id) => (zone(id).geometry.coordinates.flat(2) as unknown as number[]));
    const lngs = pts.filter((_, i) => i % 2 === 0);
    const lats = pts.filter((_, i) => i % 2 === 1);
    expect(centre[0]).toBeGreaterThan(Math.min(...lngs));
    expect(centre[0]).toBeLessThan(Math.max(...lngs));
    expect(centre[1]).toBeGreaterThan(Math.min(...lats));
    expect(centre[1]).toBeLessThan(Math.max(...lats));
    await screenshot(s.page, '14-plan-outline-action');
    // Escape inside the outline closes it.
    await line.focus();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByTestId('plan-view').count()).toBe(0);
    expect(await panelId()).toBe(OUTLINE_ACTION);
  });

  it('opens from the plan\'s own panel too (for the CPPCC reply, which has no zones)', async () => {
    await fresh({ sel: OUTLINE_ACTION });
    await expect.poll(panelId).toBe(OUTLINE_ACTION);
    await panel().locator('.fact .record-link.kind-plan').click();
    await expect.poll(panelId).toBe(PLAN);
    await closePanel();
    await s.page.locator('.zone-button[data-id="zone:silicon-alley"]').click();
    await panel().getByTestId('related').locator(`.record-link[data-id="${REPLY_ACTION}"]`).click();
    await panel().locator('.fact .record-link.kind-plan').click();
    await expect.poll(panelId).toBe('plan:changning-cppcc-reply');
    await panel().locator('.plan-outline-button').click();
    const view = s.page.getByTestId('plan-view');
    await expect.poll(() => view.getAttribute('data-plan')).toBe('plan:changning-cppcc-reply');
    await view.locator(`.outline-action[data-id="${REPLY_ACTION}"]`).click();
    await expect.poll(panelId).toBe(REPLY_ACTION);
    await screenshot(s.page, '15-reply-outline');
    await view.locator('.close').click();
    await expect.poll(() => s.page.getByTestId('plan-view').count()).toBe(0);
  });
});

describe('highlights on the map', () => {
  it('a selected department lights up its actions\' places (yellow halos and clusters)', async () => {
    await fresh();
    await s.page.locator(`.zone-button[data-id="${START_ZONE}"]`).click();
    await panel().getByTestId('related').locator(`.record-link[data-id="${PLAN_ACTION}"]`).click();
    await panel().locator(`.fact .record-link[data-id="${DEPARTMENT}"]`).click();
    await expect.poll(panelId).toBe(DEPARTMENT);
    await waitForMapIdle(s.page);
    const lit = await yellowPixels(s.page);
    await screenshot(s.page, '16-department-lit');
    // Same camera, nothing selected (closing does not move the camera).
    await panel().locator('.close').click();
    await waitForMapIdle(s.page);
    const unlit = await yellowPixels(s.page);
    await screenshot(s.page, '17-department-unlit');
    expect(lit, `yellow pixels lit ${lit}, unlit ${unlit}`).toBeGreaterThan(unlit + 400);
  });

  it('a selected action puts a halo at its place\'s projected position (Tongji University)', async () => {
    const ACTION = 'action:yangpu-06-4-tongji-knowledge-circle-upgrade';
    expect(action(ACTION).institutions).toContain('institution:tongji-university');
    await fresh();
    const tongji = read<{ features: Institution[] }>('yangpu/institutions.geojson').features.find((f) => f.properties.id === 'institution:tongji-university')!;
    const lngLat = tongji.geometry!.coordinates as [number, number];
    await s.page.evaluate(([lng, lat]) => window.__atlasMap!.jumpTo({ center: [lng, lat], zoom: 16.5 }), lngLat);
    await waitForMapIdle(s.page);
    const at = await screenPoint(s.page, lngLat);
    const ring = { x: at.x + 11, y: at.y };
    const before = await mapPixel(s.page, ring, 1);
    await s.page.locator('.zone-button[data-id="zone:tongji-knowledge-circle"]').click();
    await panel().getByTestId('related').locator(`.record-link[data-id="${ACTION}"]`).click();
    await expect.poll(panelId).toBe(ACTION);
    await waitForMapIdle(s.page);
    // Put the place back under the same screen point (the camera framed the selection), past the
    // clustering zoom so that the university is drawn on its own.
    await s.page.evaluate(([lng, lat]) => window.__atlasMap!.jumpTo({ center: [lng, lat], zoom: 16.5 }), lngLat);
    await waitForMapIdle(s.page);
    const after = await mapPixel(s.page, ring, 1);
    await screenshot(s.page, '18-action-halo');
    const isYellow = ([r, g, b]: [number, number, number]) => r > 230 && g > 170 && g < 215 && b < 60;
    expect(isYellow(after), `after: ${after.map(Math.round)}`).toBe(true);
    expect(isYellow(before), `before: ${before.map(Math.round)}`).toBe(false);
  });
});
