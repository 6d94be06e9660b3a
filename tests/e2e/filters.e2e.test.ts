/**
 * Filters as a person uses them, in the built app: open the filter panel, pick an industry track and
 * a record type, read the counts, see the map and the zone list follow, clear in one click. The
 * expected figures are worked out here from the data files (the tags and the records' zones), not
 * from the app's own filtering code. Screenshots: filters-*.png (desktop 1400x900 and a 390 px phone).
 * Each test starts from a fresh page.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freshPages, screenshot, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const readJson = <T,>(...path: string[]) => JSON.parse(readFileSync(join(root, 'geodata', ...path), 'utf8')) as T;
const regions = readdirSync(join(root, 'geodata'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const features = (file: string) =>
  regions.flatMap((r) => {
    try {
      return readJson<{ features: { properties: { id: string; zones?: string[] } }[] }>(r, file).features.map((f) => f.properties);
    } catch {
      return [];
    }
  });

const tags = readJson<{ record: string; track: string }[]>('shared', 'track-tags.json');
const zoneIds = features('zones.geojson').map((z) => z.id);
const carriers = new Map(features('carriers.geojson').map((c) => [c.id, c]));
const AI = 'track:ai';
const aiRecords = [...new Set(tags.filter((t) => t.track === AI).map((t) => t.record))];
const aiCarriers = aiRecords.filter((id) => carriers.has(id));
/** With AI + carriers, the map shows the zones those carriers are tied to. */
const expectedZones = [...new Set(aiCarriers.flatMap((id) => carriers.get(id)!.zones ?? []))].sort();

/** Zone ids whose feature-state says hidden, read from the live map (e2e build only). */
const hiddenZones = (page: Page) =>
  page.evaluate((ids) => ids.filter((id) => window.__atlasMap!.getFeatureState({ source: 'atlas-zones', id }).hidden === true), zoneIds);

/** Ids of the places the map draws: at their points (clustered or lit), or counted on their zones' badges. */
const drawnPlaces = (page: Page) =>
  page.evaluate(async () => {
    const map = window.__atlasMap!;
    const ids: string[] = [];
    for (const source of ['atlas-places', 'atlas-places-lit', 'atlas-zone-badges']) {
      const src = map.getSource(source) as unknown as { getData?: () => Promise<GeoJSON.FeatureCollection> } | undefined;
      const data = src?.getData ? await src.getData() : null;
      for (const f of data?.features ?? []) ids.push(...String(f.properties?.id ?? f.properties?.ids).split(','));
    }
    return ids.sort();
  });

const summary = (page: Page) => page.locator('[data-testid="filter-summary"]');

// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });

describe('filters in the built app', () => {
  it('has the data it needs', () => {
    if (aiCarriers.length === 0) console.warn('no carrier is tagged with track:ai: the combined filter has nothing to show');
    expect(aiRecords.length).toBeGreaterThan(5);
    expect(aiCarriers.length).toBeGreaterThan(0);
    expect(expectedZones.length).toBeGreaterThan(0);
  });

  it('opens the panel; picks a track and a record type; counts, map and list follow', async () => {
    const { page } = await pages.open({ idle: true });
    const bar = page.locator('[data-testid="filter-bar"]');
    const before = await drawnPlaces(page);
    expect(await hiddenZones(page)).toEqual([]);

    await bar.getByRole('button', { name: '筛选', exact: true }).click();
    const panel = page.locator('[data-testid="filter-panel"]');
    await panel.waitFor();
    // The zone list stays on screen under the open panel (1400x900).
    const firstZone = page.locator('.zone-browser .zone-button').first();
    expect(await firstZone.isVisible()).toBe(true);
    const box = await firstZone.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(900);

    // Each option says how many records it keeps: the AI track, all its tagged records.
    const ai = panel.getByRole('checkbox', { name: `人工智能（${aiRecords.length} 条）` });
    expect(await ai.count()).toBe(1);
    await ai.check();
    await expect.poll(() => summary(page).textContent()).toContain(`符合筛选的条目：${aiRecords.length} 条`);

    // With the track set, the record types count within it: carriers tagged AI.
    const carrierBox = panel.locator('fieldset[data-group="kinds"]').getByRole('checkbox', { name: `载体（${aiCarriers.length} 条）` });
    expect(await carrierBox.count()).toBe(1);
    await carrierBox.check();
    await expect.poll(() => summary(page).textContent()).toContain(`符合筛选的条目：${aiCarriers.length} 条`);
    expect(await summary(page).textContent()).toContain(`显示 ${expectedZones.length} / ${zoneIds.length} 个区域`);
    expect(await bar.getByRole('button', { name: '清除筛选' }).isVisible()).toBe(true);

    // The map: every zone but the carriers' own is hidden (feature-state), and only matching places are drawn.
    await expect.poll(async () => (await hiddenZones(page)).length).toBe(zoneIds.length - expectedZones.length);
    const hidden = new Set(await hiddenZones(page));
    expect(zoneIds.filter((id) => !hidden.has(id)).sort()).toEqual(expectedZones);
    await expect.poll(async () => (await drawnPlaces(page)).every((id) => aiCarriers.includes(id))).toBe(true);
    const drawn = await drawnPlaces(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(drawn.length);

    // The zone list: the zones shown, with their enclosing zones greyed as context.
    const listed = await page.$$eval('.zone-browser .zone-button:not(.is-context)', (bs) => bs.map((b) => b.getAttribute('data-id')!).sort());
    expect(listed).toEqual(expectedZones);
    await waitForMapIdle(page);
    await screenshot(page, 'filters-desktop-ai-carriers');

    // Clear: one click restores every zone, every place and the whole list.
    await bar.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(async () => (await hiddenZones(page)).length).toBe(0);
    await expect.poll(() => drawnPlaces(page)).toEqual(before);
    expect(await summary(page).count()).toBe(0);
    expect(await panel.getByRole('checkbox', { checked: true, name: /人工智能/ }).count()).toBe(0);
    expect(await page.locator('.zone-browser .zone-button').count()).toBe(zoneIds.length);
    await waitForMapIdle(page);
    await screenshot(page, 'filters-desktop-cleared');
  });

  it('the plan checkboxes of the zone list and of the panel are one setting', async () => {
    const { page } = await pages.open({ idle: true });
    await page.locator('[data-testid="filter-bar"]').getByRole('button', { name: '筛选', exact: true }).click();
    const panel = page.locator('[data-testid="filter-panel"]');
    await panel.waitFor();
    await panel.locator('fieldset[data-group="plans"] .filter-group-toggle').click();
    const planBoxes = panel.locator('fieldset[data-group="plans"] input[type="checkbox"]');
    const listBoxes = page.locator('.zone-browser .plan-toggle input');
    expect(await planBoxes.count()).toBe(await listBoxes.count());
    await listBoxes.first().uncheck();
    expect(await planBoxes.first().isChecked()).toBe(false);
    await planBoxes.first().check();
    expect(await listBoxes.first().isChecked()).toBe(true);
    await expect.poll(async () => (await hiddenZones(page)).length).toBe(0);
  });

  it('works from the keyboard and in English', async () => {
    const { page } = await pages.open({ idle: true });
    const bar = page.locator('[data-testid="filter-bar"]');
    const toggle = bar.getByRole('button', { name: '筛选', exact: true });
    // Open the panel with the keyboard.
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="filter-panel"]');
    await panel.waitFor();
    const fintech = panel.getByRole('checkbox', { name: /^金融科技（/ });
    await fintech.focus();
    await page.keyboard.press('Space');
    expect(await fintech.isChecked()).toBe(true);
    await expect.poll(async () => (await hiddenZones(page)).length).toBeGreaterThan(0);

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => bar.getByRole('button', { name: /^Filters/ }).count()).toBe(1);
    expect(await panel.getByRole('checkbox', { name: /^Fintech \(\d+ records\)$/ }).isChecked()).toBe(true);
    expect(await panel.locator('fieldset[data-group="tracks"] legend').textContent()).toContain('Industry track');
    await expect.poll(() => summary(page).textContent()).toMatch(/^Records matching the filters: \d+ · \d+ of \d+ zones shown$/);
    await waitForMapIdle(page);
    await screenshot(page, 'filters-desktop-english');
    const clear = bar.getByRole('button', { name: 'Clear filters' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hiddenZones(page)).length).toBe(0);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => bar.getByRole('button', { name: '筛选', exact: true }).count()).toBe(1);
  });

  it('works on a 390 px phone: the panel fits, options can be picked, nothing overflows', async () => {
    const { page } = await pages.open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.waitForSelector('[data-testid="filter-bar"]', { timeout: 30_000 });
    const bar = page.locator('[data-testid="filter-bar"]');
    await bar.getByRole('button', { name: '筛选', exact: true }).click();
    const panel = page.locator('[data-testid="filter-panel"]');
    await panel.waitFor();
    // On a phone the groups start collapsed: open the tracks.
    await panel.getByRole('button', { name: /^产业赛道/ }).click();
    await panel.getByRole('checkbox', { name: /^区块链（/ }).check();
    await expect.poll(() => summary(page).textContent()).toContain('符合筛选的条目：');
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="filter-bar"]')!;
      return { bar: el.scrollWidth - el.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
    });
    expect(overflow.bar).toBeLessThanOrEqual(0);
    await screenshot(page, 'filters-phone-390');
  });
});
