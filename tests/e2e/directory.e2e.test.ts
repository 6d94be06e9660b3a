/**
 * The directory and its exports (issue 8), driven as a person would: open it from the header, narrow
 * it with the zone browser's plan checkboxes, sort it, read every row of the (virtualised) table, export
 * CSV and GeoJSON and read the files back — papaparse must give the same rows, in the same order, as
 * the table shows. Hovering a row lights its record on the map, a click opens its panel, the "in view"
 * option keeps only what the map shows beside the panel, and the panel works on a 390 px phone.
 * Each test starts from a fresh page, the directory opened by its link (`?dir=open`) where the test is
 * not about opening it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { freshPages, screenshot, waitForMapIdle, type FreshPage } from './browser';

const baseUrl = inject('baseUrl');
// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });
/** The current test's page (each test opens its own; the helpers below read it). */
let s!: FreshPage;
/** A fresh page with the directory open (its link), the map idle. */
const openDirectory = async (viewport?: { width: number; height: number }) => {
  s = await pages.open({ path: '?dir=open', viewport, idle: true });
  await s.page.getByTestId('directory-panel').waitFor();
};

/** Keeps one plan, 静安's: unchecks the others in the zone browser. */
async function keepOnlyJingan(page: Page): Promise<void> {
  const toggles = page.locator('.zone-browser .plan-toggle');
  const n = await toggles.count();
  expect(n).toBeGreaterThan(1);
  for (let i = 0; i < n; i++) {
    const label = toggles.nth(i);
    if (!(await label.textContent())!.includes('静安')) await label.locator('input').uncheck();
  }
}

interface TableRow { index: number; id: string; name: string; type: string; plan: string; zone: string; kind: string; precision: string; precisionCode: string }

/** Every row of the table: scrolls the virtual list from top to bottom, waiting at each step until the rows there are rendered. */
async function readTable(page: Page): Promise<TableRow[]> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="directory-scroll"]')!;
    const total = Number(document.querySelector('[data-testid="directory-count"]')!.getAttribute('data-count'));
    const rows = new Map<number, TableRow>();
    const collect = () => {
      for (const tr of scroller.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')) {
        const cells = [...tr.cells].map((c) => c.textContent ?? '');
        const index = Number(tr.getAttribute('aria-rowindex')) - 2;
        const precisionCode = [...tr.cells[5].classList].find((c) => c.startsWith('precision-'))!.slice('precision-'.length);
        rows.set(index, { index, id: tr.dataset.id!, name: cells[0], type: cells[1], plan: cells[2], zone: cells[3], kind: cells[4], precision: cells[5], precisionCode });
      }
    };
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    scroller.scrollTop = 0;
    for (let guard = 0; rows.size < total && guard < 2000; guard++) {
      await frame();
      collect();
      if (rows.size >= total) break;
      // The first row not yet read: scroll it to the top and wait (frame by frame) for it to be drawn.
      let next = 0;
      while (rows.has(next)) next++;
      const rowHeight = scroller.querySelector<HTMLElement>('tbody tr[data-id]')!.offsetHeight;
      scroller.scrollTop = next * rowHeight;
      for (let f = 0; f < 60 && !scroller.querySelector(`tbody tr[aria-rowindex="${next + 2}"]`); f++) await frame();
    }
    return [...rows.values()].sort((a, b) => a.index - b.index);
  }) as Promise<TableRow[]>;
}

/** Clicks an export button and returns the saved file's name and text. */
async function exportFile(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('the directory', () => {
  const panel = () => s.page.getByTestId('directory-panel');
  const count = async () => Number(await s.page.getByTestId('directory-count').getAttribute('data-count'));

  it('opens from the header with focus inside, over the map without squeezing it, and Escape gives focus back', async () => {
    s = await pages.open({ idle: true });
    const mapBox = await s.page.getByTestId('map').boundingBox();
    const button = s.page.getByTestId('directory-button');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await panel().waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('directory-title');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await s.page.getByTestId('map').boundingBox()).toEqual(mapBox);
    const box = (await panel().boundingBox())!;
    expect(box.x).toBeCloseTo(mapBox!.x, 0);
    expect(box.x + box.width).toBeLessThan(mapBox!.x + mapBox!.width);
    expect(await count()).toBeGreaterThan(300);
    expect(await s.page.getByTestId('directory-count').textContent()).toBe(`${await count()} 条`);
    await screenshot(s.page, '40-directory-open');

    await s.page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    await expect.poll(() => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('directory-button');
    await s.page.keyboard.press('Enter');
    await panel().waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('directory-title');
  });

  it('is virtualised: a few dozen rows are in the DOM, not hundreds', async () => {
    await openDirectory();
    await s.page.locator('[data-testid="directory-scroll"] tbody tr[data-id]').first().waitFor();
    const rendered = await s.page.locator('[data-testid="directory-scroll"] tbody tr[data-id]').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    expect(await s.page.locator('.directory-table').getAttribute('aria-rowcount')).toBe(String((await count()) + 1));
  });

  it('follows a filter, sorts by a column, and exports CSV that parses back to the rows it shows', async () => {
    await openDirectory();
    const before = await count();
    await keepOnlyJingan(s.page);
    await expect.poll(count).toBeLessThan(before);

    // Sort by name, descending (two clicks), and check the headers say so.
    const nameHeader = s.page.locator('th.col-name');
    await nameHeader.locator('button').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.locator('button').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await s.page.locator('th.col-type').getAttribute('aria-sort')).toBe('none');

    const table = await readTable(s.page);
    expect(table.length).toBe(await count());
    expect(new Set(table.map((r) => r.id)).size).toBe(table.length);
    const collator = new Intl.Collator('zh-CN', { numeric: true });
    for (let i = 1; i < table.length; i++) expect(collator.compare(table[i - 1].name, table[i].name), `${table[i - 1].name} ≥ ${table[i].name}`).toBeGreaterThanOrEqual(0);
    // Nothing of the hidden plans: every row with a plan names 静安 among them.
    const planned = table.filter((r) => r.plan);
    expect(planned.length).toBeGreaterThan(0);

    const csv = await exportFile(s.page, 'export-csv');
    expect(csv.name).toMatch(new RegExp(`^atlas-[a-z0-9-]+-${today()}\\.csv$`));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBe(table.length);
    expect(parsed.data.map((r) => r.id)).toEqual(table.map((r) => r.id));
    parsed.data.forEach((r, i) => {
      const shown = table[i];
      expect(r.name_zh, r.id).toBe(shown.name);
      expect(r.plan_names.split('; ').filter(Boolean).join('、'), r.id).toBe(shown.plan);
      expect(r.zone_names.split('; ').filter(Boolean).join('、'), r.id).toBe(shown.zone);
      expect(r.precision || 'none', r.id).toBe(shown.precisionCode);
      expect(r.citation_quote.length, r.id).toBeGreaterThan(1);
      expect(r.citation_seed, r.id).toMatch(/^00[0-4]_[0-9a-f]+\.txt$/);
      expect(r.lng === '', r.id).toBe(r.lat === '');
    });
    await screenshot(s.page, '41-directory-filtered-sorted');
  });

  it('exports GeoJSON with the same records: points at [lng, lat], null geometry where there is no place', async () => {
    await openDirectory();
    const table = await readTable(s.page);
    const file = await exportFile(s.page, 'export-geojson');
    expect(file.name).toMatch(new RegExp(`^atlas-[a-z0-9-]+-${today()}\\.geojson$`));
    const fc = JSON.parse(file.bytes.toString('utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(table.map((r) => r.id));
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.properties.id).toBe(f.id);
      if (f.geometry === null) {
        expect(f.properties.precision).toBe('');
      } else {
        expect(f.geometry.type).toBe('Point');
        const [lng, lat] = f.geometry.coordinates;
        // Shanghai, in [lng, lat] order.
        expect(lng).toBeGreaterThan(120.8);
        expect(lng).toBeLessThan(122.2);
        expect(lat).toBeGreaterThan(30.6);
        expect(lat).toBeLessThan(31.9);
      }
    }
  });

  it('lights the hovered row\'s record on the map, and a click opens its panel', async () => {
    await openDirectory();
    // Sorted by type (the directory's default order): zones first.
    await expect.poll(() => s.page.locator('th.col-type').getAttribute('aria-sort')).toBe('ascending');
    const zoneRow = s.page.locator('tbody tr[data-id^="zone:"]').first();
    const zoneId = (await zoneRow.getAttribute('data-id'))!;
    const hoverState = (id: string) => s.page.evaluate((id) => window.__atlasMap!.getFeatureState({ source: 'atlas-zones', id }).hover === true, id);
    await zoneRow.hover();
    await expect.poll(() => hoverState(zoneId)).toBe(true);
    await s.page.mouse.move(5, 5);
    await expect.poll(() => hoverState(zoneId)).toBe(false);

    // The keyboard: arrow keys move between rows (and light them on the map), Enter selects.
    const secondId = (await s.page.locator('tbody tr[data-index="1"]').getAttribute('data-id'))!;
    await zoneRow.locator('button').focus();
    await s.page.keyboard.press('ArrowDown');
    await expect.poll(() => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(secondId);
    await expect.poll(() => hoverState(secondId)).toBe(secondId.startsWith('zone:'));
    await s.page.keyboard.press('ArrowUp');
    await expect.poll(() => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(zoneId);
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.getByTestId('details-panel').getAttribute('data-id')).toBe(zoneId);
    await s.page.locator('[data-testid="details-panel"] .close').click();
    await expect.poll(() => s.page.getByTestId('details-panel').count()).toBe(0);

    await zoneRow.click();
    const details = s.page.getByTestId('details-panel');
    await expect.poll(() => details.getAttribute('data-id')).toBe(zoneId);
    await expect.poll(() => zoneRow.getAttribute('class')).toContain('is-selected');
    await waitForMapIdle(s.page);
    await screenshot(s.page, '42-directory-row-selected');
    // Back to the list.
    await s.page.locator('[data-testid="details-panel"] .close').click();
    await expect.poll(() => details.count()).toBe(0);
  });

  it('"only in view" keeps the records the map shows beside the panel, and says what it leaves out', async () => {
    await openDirectory();
    // 静安's records only, so that Minhang (below) holds none of them.
    const before = await count();
    await keepOnlyJingan(s.page);
    await expect.poll(count).toBeLessThan(before);
    const all = await count();
    // Look at 大宁 (a 静安 zone) from close by.
    const daning: [number, number] = await s.page.evaluate(async () => {
      const bundle = await (await fetch(new URL('data/atlas.json', document.baseURI))).json();
      return bundle.derived.labelPoint['zone:daning'];
    });
    expect(daning, 'label point of zone:daning').toHaveLength(2);
    await s.page.evaluate((c) => window.__atlasMap!.jumpTo({ center: c, zoom: 14 }), daning);
    await waitForMapIdle(s.page);
    await s.page.getByTestId('directory-in-view').check();
    await expect.poll(count).toBeLessThan(all);
    expect(await count()).toBeGreaterThan(0);
    await expect.poll(() => s.page.getByTestId('directory-in-view-note').textContent()).toMatch(/\d+ 条没有地图位置/);
    const shown = await readTable(s.page);
    expect(shown.length).toBe(await count());
    expect(shown.every((r) => r.precisionCode !== 'none')).toBe(true);
    // Every listed record's point is on the map, right of the panel.
    const file = await exportFile(s.page, 'export-geojson');
    expect(file.name).toContain('-in-view-');
    const fc = JSON.parse(file.bytes.toString('utf8'));
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(shown.map((r) => r.id));
    const outside = await s.page.evaluate((points: [number, number][]) => {
      const map = window.__atlasMap!;
      const m = map.getContainer().getBoundingClientRect();
      const p = document.querySelector('[data-testid="directory-panel"]')!.getBoundingClientRect();
      return points.filter((pt) => {
        const q = map.project(pt);
        return !(m.left + q.x >= p.right && m.left + q.x <= m.right && q.y >= 0 && q.y <= m.height);
      });
    }, fc.features.map((f: { geometry: { coordinates: [number, number] } }) => f.geometry.coordinates));
    expect(outside).toEqual([]);
    await screenshot(s.page, '43-directory-in-view');

    // Moving the camera away (to Minhang, where no 静安 record is) empties the list when it stops.
    await s.page.evaluate(() => window.__atlasMap!.jumpTo({ center: [121.45, 31.02], zoom: 14 }));
    await waitForMapIdle(s.page);
    await expect.poll(count).toBe(0);
    await expect.poll(() => s.page.getByTestId('export-csv').isDisabled()).toBe(true);
    await s.page.getByTestId('directory-in-view').uncheck();
    await expect.poll(count).toBe(all);
  });

  it('speaks English when the interface does', async () => {
    await openDirectory();
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.locator('#directory-title').textContent()).toBe('Directory');
    expect(await s.page.getByTestId('directory-count').textContent()).toBe(`${await count()} records`);
    expect(await s.page.locator('th.col-name button').textContent()).toMatch(/^Name/);
    expect(await s.page.getByTestId('export-csv').textContent()).toBe('Export CSV');
    // A zone with an English name shows it.
    const daning = s.page.locator('tbody tr[data-id="zone:daning"] td.col-name');
    if (await daning.count()) expect(await daning.textContent()).toBe('Daning');
    await screenshot(s.page, '45-directory-english');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.locator('#directory-title').textContent()).toBe('名录');
  });

  it('works on a 390 px phone: a sheet across the screen, the table scrolls sideways, Close closes it', async () => {
    await openDirectory({ width: 390, height: 844 });
    const box = (await panel().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const scroller = s.page.getByTestId('directory-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // The name column stays in sight when the table scrolls sideways.
    await scroller.evaluate((el) => { el.scrollLeft = 200; });
    const nameCell = s.page.locator('tbody tr[data-id] td.col-name').first();
    await expect.poll(async () => (await nameCell.boundingBox())!.x).toBeLessThan(box.x + 2);
    await screenshot(s.page, '44-directory-phone');
    await s.page.getByRole('button', { name: '关闭名录' }).click();
    await expect.poll(() => panel().count()).toBe(0);
  });
});
