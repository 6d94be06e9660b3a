/**
 * The first screen's label glyphs are prebuilt (issue 7; src/map/prebuilt-glyphs.ts): until the zones
 * are visible, MapLibre draws no glyph on the main thread, on a desktop and a phone, in Chinese and in
 * English. This machine has no CJK system font, so a glyph drawn locally before the web font loads
 * is an empty box: the test is also what keeps the first screen's labels legible. When the glyph
 * file cannot load, the labels are drawn locally as before and the console says why.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPages, screenshot, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl, { strict: true });
const GLYPH_FILE = '**/glyphs/noto-sans-sc-400.bin.gz';

/** Runs in the page before its scripts: logs the glyphs the map asks for and those it draws itself, each with whether the first screen was drawn yet. */
function logGlyphs() {
  type Manager = { getGlyphs: (r: Record<string, number[]>) => Promise<unknown>; _drawGlyph: (e: unknown, s: string, id: number) => unknown };
  const w = window as unknown as { __glyphLog: { asked: string[]; drawn: string[]; drawnLater: number } };
  const log: { asked: string[]; drawn: string[]; drawnLater: number } = (w.__glyphLog = { asked: [], drawn: [], drawnLater: 0 });
  const shown = () => performance.getEntriesByName('atlas:zones-visible').length > 0;
  let map: { style: { glyphManager: Manager } } | undefined;
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: () => map,
    set(value) {
      map = value;
      const manager = value.style.glyphManager as Manager;
      const getGlyphs = manager.getGlyphs.bind(manager);
      const draw = manager._drawGlyph.bind(manager);
      manager.getGlyphs = (request) => {
        if (!shown()) for (const ids of Object.values(request)) log.asked.push(...ids.map((id) => String.fromCodePoint(id)));
        return getGlyphs(request);
      };
      manager._drawGlyph = (entry, stack, id) => {
        if (shown()) log.drawnLater++;
        else log.drawn.push(String.fromCodePoint(id));
        return draw(entry, stack, id);
      };
    },
  });
}

async function glyphLog(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('atlas:zones-visible').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __glyphLog: { asked: string[]; drawn: string[]; drawnLater: number } }).__glyphLog);
}

describe('first-screen glyphs', () => {
  const screens = [
    { name: 'desktop', viewport: { width: 1400, height: 900 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ];
  for (const screen of screens) {
    for (const lang of ['zh', 'en'] as const) {
      it(`are prebuilt: none is drawn on the main thread before the zones are visible (${screen.name}, ${lang})`, async () => {
        const s = await pages.open({ viewport: screen.viewport, path: lang === 'en' ? '?lang=en' : '', before: (p) => p.addInitScript(logGlyphs) });
        const log = await glyphLog(s.page);
        // Labels were laid out (a first screen without any would pass vacuously).
        expect(new Set(log.asked).size, 'distinct glyphs the first screen asked for').toBeGreaterThan(20);
        expect([...new Set(log.drawn)].join(''), 'glyphs drawn locally before the zones were visible: run `npm run build:glyphs`').toBe('');
        await waitForMapIdle(s.page);
        await screenshot(s.page, `glyphs-first-screen-${screen.name}-${lang}`);
      });
    }
  }

  it('fall back to local drawing when the glyph file cannot load, and the console says why', async () => {
    const s = await pages.open({
      before: async (p) => {
        await p.addInitScript(logGlyphs);
        await p.route(GLYPH_FILE, (route) => route.abort());
      },
      expectedWarnings: [/^glyphs: .*labels are drawn locally/],
      expectedErrors: [/Failed to load resource|ERR_FAILED/],
    });
    const log = await glyphLog(s.page);
    expect(log.drawn.length, 'glyphs drawn locally').toBeGreaterThan(20);
    await expect.poll(() => s.warnings.filter((w) => w.startsWith('glyphs:'))).toHaveLength(1);
    // The zones and their labels are drawn all the same.
    await expect.poll(() => s.page.evaluate(() => window.__atlasMap!.queryRenderedFeatures().some((f) => f.layer.type === 'symbol'))).toBe(true);
  });
});
