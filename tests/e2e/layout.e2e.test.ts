/**
 * Layout found broken by clicking through the app. The header at laptop widths, in both languages: no
 * button or title breaks inside a word (at 1000 px each button stood on two lines and the subtitle one
 * character per line, 350 px tall). The cards floating over the map (the map legend, the metro legend, the toolbar and a tool's panel)
 * never cover one another, at desktop and phone size, with the metro layer on and each tool open: found
 * by clicking through as a planner (the metro legend lay over the reach panel's export buttons).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPages, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl, { strict: true });
const WAIT = { timeout: 30_000 };
const CARDS = ['.map-legend', '.metro-legend', '.map-tools-bar', '.map-tool-panel'];

type Box = { sel: string; x: number; y: number; w: number; h: number };

/** The visible cards' boxes. */
async function cards(page: Page): Promise<Box[]> {
  return page.evaluate((sels) => sels.flatMap((sel) => [...document.querySelectorAll(sel)].flatMap((e) => {
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden' || r.width === 0 || r.height === 0) return [];
    return [{ sel, x: r.left, y: r.top, w: r.width, h: r.height }];
  })), CARDS);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;

function expectApart(boxes: Box[], when: string) {
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) clashes.push(`${boxes[i].sel} × ${boxes[j].sel}`);
  expect(clashes, when).toEqual([]);
}

const SIZES = [
  { name: 'desktop', viewport: { width: 1400, height: 900 } },
  { name: 'laptop', viewport: { width: 1024, height: 700 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
];

describe('cards over the map', () => {
  for (const size of SIZES) {
    it(`do not cover one another at ${size.name} size, the metro layer on, each tool open in turn`, async () => {
      const { page } = await pages.open({ ...size, path: '?sel=zone:silicon-alley' });
      await page.getByTestId('map-tools').waitFor(WAIT);
      await page.getByTestId('metro-toggle').click();
      await page.getByTestId('metro-legend').waitFor(WAIT);
      expectApart(await cards(page), 'metro layer on');
      for (const tool of ['measure', 'reach', 'basemaps']) {
        await page.getByTestId(`map-tool-${tool}`).click();
        await page.locator('.map-tool-panel').waitFor(WAIT);
        const boxes = await cards(page);
        expect(boxes.some((b) => b.sel === '.map-tool-panel'), tool).toBe(true);
        expectApart(boxes, `${tool} open`);
        if (tool === 'reach') await screenshot(page, `map-cards-${size.name}-reach`);
        await page.getByTestId(`map-tool-${tool}`).click();
        await page.locator('.map-tool-panel').waitFor({ state: 'detached', ...WAIT });
      }
      // With the tool closed the metro legend is back.
      await page.getByTestId('metro-legend').waitFor(WAIT);
    });
  }
});

describe('the header', () => {
  for (const width of [1000, 1280]) {
    it(`keeps every button and the title on one line at ${width} px, in Chinese and English, in at most two rows`, async () => {
      const { page } = await pages.open({ viewport: { width, height: 800 } });
      await page.getByTestId('map-tools').waitFor(WAIT);
      for (const lang of ['zh', 'en']) {
        if (lang === 'en') {
          await page.getByTestId('lang-switch').click();
          await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe('en');
        }
        const lines = await page.evaluate(() => [...document.querySelectorAll('.app-header h1, .app-header button')].flatMap((e) => {
          const r = e.getBoundingClientRect();
          if (r.width === 0) return [];
          const lh = parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.5;
          return [{ text: (e.textContent ?? '').trim(), rows: Math.round((e.clientHeight - parseFloat(getComputedStyle(e).paddingTop) - parseFloat(getComputedStyle(e).paddingBottom)) / lh) }];
        }));
        expect(lines.filter((l) => l.rows > 1), lang).toEqual([]);
        const header = (await page.locator('.app-header').boundingBox())!;
        expect(header.height, lang).toBeLessThanOrEqual(90);
        await screenshot(page, `layout-header-${width}-${lang}`);
      }
    });
  }
});

/** A small GeoJSON of two points, imported as a person would: the file input, WGS84 confirmed, 添加. */
async function importTwoPoints(page: Page) {
  await page.waitForSelector('[data-testid="import-input"]', { state: 'attached', ...WAIT });
  await page.waitForSelector('[data-testid="import-overlay"]', { state: 'attached', ...WAIT });
  const fc = { type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { name: '布局测试 A' }, geometry: { type: 'Point', coordinates: [121.502065, 31.284419] } },
    { type: 'Feature', properties: { name: '布局测试 B' }, geometry: { type: 'Point', coordinates: [121.43, 31.22] } },
  ] };
  await page.setInputFiles('[data-testid="import-input"]', { name: 'layout.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(fc)) });
  await page.locator('[data-testid="import-crs"] input[value="wgs84"]').check(WAIT);
  await page.click('[data-testid="import-add"]');
  await page.waitForSelector('[data-testid="import-layer"]', { state: 'attached', ...WAIT });
}

describe('the directory drawer and the imported layers', () => {
  for (const size of SIZES) {
    it(`do not cover one another at ${size.name} size`, async () => {
      const { page } = await pages.open(size);
      await page.getByTestId('map-tools').waitFor(WAIT);
      await importTwoPoints(page);
      await page.getByTestId('directory-button').click();
      const drawer = page.locator('.directory-panel');
      await drawer.waitFor(WAIT);
      const d = (await drawer.boundingBox())!;
      const layers = page.locator('[data-testid="import-layers"]');
      const shown = await layers.isVisible();
      if (size.name === 'phone') expect(shown, 'the sheet lists the imported features itself').toBe(false);
      else {
        expect(shown).toBe(true);
        const l = (await layers.boundingBox())!;
        expect(overlaps({ sel: 'drawer', x: d.x, y: d.y, w: d.width, h: d.height }, { sel: 'layers', x: l.x, y: l.y, w: l.width, h: l.height })).toBe(false);
        const tools = (await page.locator('.map-tools-bar').boundingBox())!;
        expect(l.x + l.width).toBeLessThanOrEqual(tools.x);
        // The status line of the import just made stands beside the drawer too.
        const status = page.locator('.import-status:not(:empty)');
        if (await status.count()) {
          const st = (await status.boundingBox())!;
          expect(st.x).toBeGreaterThanOrEqual(d.x + d.width);
        }
      }
      await screenshot(page, `layout-directory-import-${size.name}`);
    });
  }
});
