/**
 * Issue 13's records as a person meets them: a grouping found by search lights its member zones on the
 * map (MapLibre feature-state `lit` of the zones source, and the pixels) and lists them; a grouping
 * reached from a zone's panel, then the grouping made of it ("20+4+4+1"), lights all its members; an
 * event and a draft item opened from search, their links followed both ways; a zone's designation in
 * its panel. Each test opens a fresh page (one browser for the file, a context per test). Screenshots: `records-*`.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freshPages, screenshot, waitForMapIdle } from './browser';
import type { Grouping } from '../../src/data/schema';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const groupings = [
  ...JSON.parse(readFileSync(join(root, 'geodata/yangpu/groupings.json'), 'utf8')) as Grouping[],
  ...JSON.parse(readFileSync(join(root, 'geodata/changning/groupings.json'), 'utf8')) as Grouping[],
];
const grouping = (id: string) => groupings.find((g) => g.id === id)!;

const WAIT = { timeout: 15_000 };
// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });

async function open(): Promise<Page> {
  return (await pages.open({ idle: true })).page;
}

const panel = (page: Page) => page.getByTestId('details-panel');
const panelId = (page: Page) => panel(page).getAttribute('data-id');

/** Ctrl+K, type, and click the option for `id` in the results. */
async function searchAndOpen(page: Page, query: string, id: string) {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox');
  await expect.poll(() => input.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
  await page.keyboard.type(query);
  const option = page.locator(`[role="listbox"] [role="option"][data-id="${id}"]`);
  await option.first().waitFor({ timeout: 15_000 });
  await option.first().click();
  await expect.poll(() => panelId(page), WAIT).toBe(id);
}

/** The zones whose MapLibre feature-state says they are lit (linked to the selection). */
async function litZones(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = window.__atlasMap!;
    const bundle = await (await fetch(new URL('data/atlas.json', document.baseURI))).json();
    const ids = (bundle.atlas.zones as { properties: { id: string } }[]).map((z) => z.properties.id);
    return ids.filter((id) => map.getFeatureState({ source: 'atlas-zones', id }).lit === true).sort();
  });
}

/** Distinct zone ids among the rendered features of the zone fill layers under the current view. */
async function renderedLitZones(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const features = map.querySourceFeatures('atlas-zones');
    const ids = new Set<string>();
    for (const f of features) {
      const id = String(f.id ?? f.properties?.id);
      if (map.getFeatureState({ source: 'atlas-zones', id }).lit) ids.add(id);
    }
    return [...ids].sort();
  });
}

const memberLinks = (page: Page) => panel(page).getByTestId('grouping-members').locator('ol .record-link');

describe('groupings', () => {
  it('found by search, 一廊一圈一谷一园 lights its four member zones on the map and lists them in printed order', async () => {
    const page = await open();
    const g = grouping('grouping:yangpu-one-corridor-circle-valley-park');
    expect(await litZones(page)).toEqual([]);
    await searchAndOpen(page, '一廊一圈', g.id);
    await waitForMapIdle(page);
    expect(await memberLinks(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(g.zones);
    expect(await litZones(page)).toEqual([...g.zones].sort());
    // The camera frames the members, so they are drawn: the rendered zone features carry the state too.
    expect(await renderedLitZones(page)).toEqual([...g.zones].sort());
    await screenshot(page, 'records-grouping-lit');
    // Closing the panel puts the map back.
    await panel(page).locator('.close').click();
    await expect.poll(() => litZones(page), WAIT).toEqual([]);
  });

  it('from a zone\'s panel: 四大创新创业街区, then the "20+4+4+1" it is part of, each lighting all its members', async () => {
    const page = await open();
    const streets = grouping('grouping:yangpu-four-innovation-streets');
    const u = grouping('grouping:yangpu-20-4-4-1');
    await page.locator('.zone-button[data-id="zone:block-kic"]').click();
    await expect.poll(() => panelId(page), WAIT).toBe('zone:block-kic');
    await panel(page).getByTestId('related').locator(`.record-link[data-id="${streets.id}"]`).click();
    await expect.poll(() => panelId(page), WAIT).toBe(streets.id);
    await expect.poll(() => litZones(page), WAIT).toEqual([...streets.zones].sort());
    await panel(page).getByTestId('related').locator(`.record-link[data-id="${u.id}"]`).click();
    await expect.poll(() => panelId(page), WAIT).toBe(u.id);
    const all = [...u.zones, ...u.groupings.flatMap((id) => grouping(id).zones)].sort();
    expect(all).toHaveLength(9);
    await expect.poll(() => litZones(page), WAIT).toEqual(all);
    // Its panel lists the two groupings it is made of and the 20 parks that have no zone.
    const members = panel(page).getByTestId('grouping-members');
    expect(await members.locator('ul .record-link').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(u.groupings);
    expect(await members.textContent()).toContain('20家科技园区');
    await waitForMapIdle(page);
    await screenshot(page, 'records-20-4-4-1-lit');
  });
});

describe('events, draft items, designations', () => {
  it('an event (the 4月7日 NO.1 space launch) shows its printed date and leads to its place, whose panel lists it', async () => {
    const page = await open();
    const EVENT = 'event:silicon-alley-2023-04-07-no1-space-launch';
    await searchAndOpen(page, 'NO.1创新空间发布大会', EVENT);
    const date = panel(page).getByTestId('event-date');
    expect(await date.locator('time').getAttribute('datetime')).toBe('2023-04-07');
    expect(await date.textContent()).toContain('4月7日');
    expect(await date.textContent()).toContain('2023年4月23日');
    await screenshot(page, 'records-event');
    // In English: the same facts, translated; the printed date stays as printed.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => panel(page).locator('h2').textContent(), WAIT).toBe('Launch of the Shanghai Silicon Alley No. 1 Innovation Space');
    expect(await date.textContent()).toContain('As printed: 4月7日');
    expect(await panel(page).textContent()).toContain('Launch / founding');
    await screenshot(page, 'records-event-en');
    await panel(page).locator('.fact .record-link[data-id="carrier:silicon-alley-no1-space"]').first().click();
    await expect.poll(() => panelId(page), WAIT).toBe('carrier:silicon-alley-no1-space');
    await panel(page).getByTestId('related').locator(`.record-link[data-id="${EVENT}"]`).click();
    await expect.poll(() => panelId(page), WAIT).toBe(EVENT);
  });

  it('a draft item (挖掘空间载体动能) says it moved and leads to the final task it became, whose panel lists it', async () => {
    const page = await open();
    const DRAFT = 'draft:silicon-alley-1-2-space-carriers';
    const ACTION = 'action:silicon-alley-02-tap-existing-stock';
    await searchAndOpen(page, '挖掘空间载体动能', DRAFT);
    expect(await panel(page).getByTestId('draft-fate').textContent()).toBe('移入其他专项');
    await screenshot(page, 'records-draft');
    await panel(page).getByTestId('draft-became').locator(`.record-link[data-id="${ACTION}"]`).click();
    await expect.poll(() => panelId(page), WAIT).toBe(ACTION);
    await panel(page).getByTestId('related').locator(`.record-link[data-id="${DRAFT}"]`).click();
    await expect.poll(() => panelId(page), WAIT).toBe(DRAFT);
    // And up to its draft 专项, which names the final group it became.
    await panel(page).locator('.fact .record-link[data-id="draft:silicon-alley-1-attract-enterprises"]').click();
    expect(await panel(page).getByTestId('draft-became').textContent()).toContain('科创政策作用发挥专项行动');
  });

  it('a zone\'s panel shows its designation with the quote (愚园路: 国家级旅游休闲街区)', async () => {
    const page = await open();
    await page.locator('.zone-button[data-id="zone:belt-yuyuan-road"]').click();
    await expect.poll(() => panelId(page), WAIT).toBe('zone:belt-yuyuan-road');
    const d = panel(page).getByTestId('designations');
    expect(await d.locator('strong').first().textContent()).toBe('国家级旅游休闲街区');
    expect(await d.locator('blockquote').first().textContent()).toContain('愚園路國家級旅游休閑街區');
    await screenshot(page, 'records-designation');
  });
});
