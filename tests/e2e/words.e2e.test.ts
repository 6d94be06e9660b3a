/**
 * Words (issue 9): no text a reader sees in the Chinese UI is a file path or a record id. Opens, as a
 * person would, the panel of every zone (from the zone list), a sample of the carriers, institutions,
 * enterprises, actions and targets linked from them, every plan and its outline, and reads the page's
 * visible text each time. In the English UI the zone panel names the districts in English and the
 * location basis is in English. Screenshots: zh and en, desktop and a 390 px phone. Each test starts
 * from a fresh page (in English from its link, `?lang=en`, where the test is not about switching).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPages, screenshot, type FreshPage, type FreshPageOptions } from './browser';

const baseUrl = inject('baseUrl');
// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });
/** The current test's page (each test opens its own; the helpers below read it). */
let s!: FreshPage;
const fresh = async (options: FreshPageOptions = {}) => {
  s = await pages.open(options);
  await s.page.locator('.zone-button').first().waitFor();
};

/** The patterns the data validator refuses in reader texts (src/data/validate.ts), for the whole page. */
const ID = /\b(zone|carrier|institution|enterprise|action|target|department|plan|track):[a-z0-9-]+/;
const PATH = /[\w-]+\/[\w.-]+\.(ts|json|geojson|md)\b|[\w-]+\.(ts|geojson)\b|scripts\//;
/** Words of the developer notes that must not reach readers. */
const DEV_WORDS = /reference-geodata|osm-geofabrik|metro-stations|roads-osm|SOURCES\.md|zone:|carrier:/;

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** Every offending match in the page's visible text, with some context. */
async function offending(page: Page): Promise<string[]> {
  const text = await visibleText(page);
  const found: string[] = [];
  for (const re of [ID, PATH, DEV_WORDS]) {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) found.push(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' '));
  }
  return found;
}

const panel = () => s.page.getByTestId('details-panel');

/** Closes the open panel (the zone list is under it) and opens the zone from the list. */
async function openZone(id: string): Promise<void> {
  if (await panel().count()) {
    await panel().locator('.close').click();
    await expect.poll(() => panel().count()).toBe(0);
  }
  const button = s.page.locator(`.zone-button[data-id="${id}"]`);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect.poll(() => panel().getAttribute('data-id')).toBe(id);
}

/** Clicks a link in the open panel and waits for its record's panel. */
async function follow(selector: string): Promise<string> {
  const link = panel().locator(selector).first();
  const id = (await link.getAttribute('data-id'))!;
  await link.click();
  await expect.poll(() => panel().getAttribute('data-id')).toBe(id);
  return id;
}

describe('words in the Chinese UI', () => {
  it('no zone panel shows a record id, a file path or a developer note', async () => {
    await fresh();
    expect(await s.page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    const ids = await s.page.locator('.zone-button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')!));
    expect(ids.length).toBe(66);
    const problems: string[] = [];
    for (const id of ids) {
      await openZone(id);
      // Every zone says, for readers, what its shape is based on.
      await expect.poll(() => panel().locator('.fact dt', { hasText: '位置依据' }).count(), { message: id }).toBe(1);
      for (const p of await offending(s.page)) problems.push(`${id}: ${p}`);
    }
    expect(problems).toEqual([]);
    await openZone('zone:dlhw-radiation');
    await screenshot(s.page, 'words-zone-zh');
  }, 300_000);

  it('nor do the carriers, institutions, enterprises, actions and targets linked from the zones', async () => {
    await fresh();
    const problems: string[] = [];
    const seen: Record<string, number> = {};
    for (const zone of ['zone:silicon-alley', 'zone:shibei-hi-tech', 'zone:dalinghaowan', 'zone:yangpu-west-core', 'zone:da-chuangzhi']) {
      for (const kind of ['carrier', 'institution', 'enterprise', 'action', 'target']) {
        await openZone(zone);
        const links = panel().getByTestId('related').locator(`.record-link.kind-${kind}`);
        const n = Math.min(await links.count(), 2);
        for (let i = 0; i < n; i++) {
          await openZone(zone);
          const link = panel().getByTestId('related').locator(`.record-link.kind-${kind}`).nth(i);
          const id = (await link.getAttribute('data-id'))!;
          await link.click();
          await expect.poll(() => panel().getAttribute('data-id')).toBe(id);
          seen[kind] = (seen[kind] ?? 0) + 1;
          for (const p of await offending(s.page)) problems.push(`${id}: ${p}`);
        }
      }
    }
    expect(problems).toEqual([]);
    for (const kind of ['carrier', 'institution', 'enterprise', 'action', 'target']) expect(seen[kind], kind).toBeGreaterThan(0);
  }, 300_000);

  it('a place with a point of its own says what the point is, in Chinese', async () => {
    await fresh();
    await openZone('zone:fudan-innovation-corridor');
    const id = await follow('[data-testid="related"] .record-link[data-id="institution:fudan-university"]');
    expect(id).toBe('institution:fudan-university');
    const basis = panel().locator('.fact', { hasText: '位置依据' }).locator('dd');
    expect(await basis.textContent()).toMatch(/老校门.*© OpenStreetMap 贡献者/);
    expect(await offending(s.page)).toEqual([]);
    await screenshot(s.page, 'words-place-zh');
  });

  it('nor do the plans and their outlines', async () => {
    await fresh();
    const problems: string[] = [];
    for (const zone of ['zone:silicon-alley', 'zone:shibei-hi-tech', 'zone:dalinghaowan', 'zone:yangpu-west-core']) {
      await openZone(zone);
      const planId = await follow('.fact-list .record-link.kind-plan');
      for (const p of await offending(s.page)) problems.push(`${planId}: ${p}`);
      await panel().locator('.plan-outline-button').click();
      const outline = s.page.getByTestId('plan-view');
      await outline.waitFor();
      for (const p of await offending(s.page)) problems.push(`${planId} outline: ${p}`);
      if (zone === 'zone:dalinghaowan') await screenshot(s.page, 'words-plan-outline-zh');
      await outline.locator('.close').click();
      await expect.poll(() => outline.count()).toBe(0);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('words in the English UI', () => {
  it('zone panels name the districts in English and explain the shape in English', async () => {
    await fresh();
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const han = (t: string) => t.match(/\p{Script=Han}/gu)?.length ?? 0;
    const latin = (t: string) => t.match(/[A-Za-z]/g)?.length ?? 0;
    const expected: Record<string, string> = {
      'zone:silicon-alley': 'Changning', 'zone:shibei-hi-tech': "Jing'an", 'zone:dalinghaowan': 'Minhang', 'zone:yangpu-west-core': 'Yangpu',
      'zone:dlhw-radiation': 'Minhang',
    };
    for (const [id, district] of Object.entries(expected)) {
      await openZone(id);
      const row = (label: string) => panel().locator('.fact', { has: s.page.locator('dt', { hasText: label }) }).locator('dd');
      expect(await row('District').textContent(), id).toContain(district);
      expect(han((await row('District').textContent())!), id).toBe(0);
      const basis = (await row('Location basis').textContent())!;
      expect(latin(basis), `${id}: ${basis}`).toBeGreaterThan(han(basis));
      expect(await offending(s.page), id).toEqual([]);
    }
    await screenshot(s.page, 'words-zone-en');
  });

  it('a linked carrier and action show their notes in English', async () => {
    await fresh({ path: '?lang=en' });
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const han = (t: string) => t.match(/\p{Script=Han}/gu)?.length ?? 0;
    const latin = (t: string) => t.match(/[A-Za-z]/g)?.length ?? 0;
    for (const [zone, record] of [['zone:silicon-alley', 'carrier:silicon-alley-no1-space'], ['zone:yangpu-east', 'action:yangpu-06-1-riverside-people-city-demonstration']]) {
      await openZone(zone);
      await follow(`[data-testid="related"] .record-link[data-id="${record}"]`);
      const note = (await panel().locator('.fact', { has: s.page.locator('dt', { hasText: 'Note' }) }).locator('dd').textContent())!;
      expect(latin(note), `${record}: ${note}`).toBeGreaterThan(han(note));
      expect(await offending(s.page), record).toEqual([]);
    }
    await screenshot(s.page, 'words-action-en');
  });

  it('and on a 390 px phone the panel reads the same way (zh and en)', async () => {
    // The zone's panel in English (its link) on a phone.
    s = await pages.open({ path: `?lang=en&sel=${encodeURIComponent('zone:nice2035')}`, viewport: { width: 390, height: 844 } });
    await expect.poll(() => panel().getAttribute('data-id')).toBe('zone:nice2035');
    await panel().locator('.fact', { hasText: 'Location basis' }).scrollIntoViewIfNeeded();
    await screenshot(s.page, 'words-zone-en-phone');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    await panel().locator('.fact', { hasText: '位置依据' }).scrollIntoViewIfNeeded();
    expect(await offending(s.page)).toEqual([]);
    await screenshot(s.page, 'words-zone-zh-phone');
  });
});
