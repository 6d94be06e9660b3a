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
import { logGlyphs, readGlyphLog } from '../../scripts/glyph-log';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl, { strict: true });
const GLYPH_FILE = '**/glyphs/noto-sans-sc-400.bin.gz';

/** The glyphs the first screen asked for and those drawn locally before it was drawn, as characters. */
async function firstScreenGlyphs(page: Page): Promise<{ asked: string[]; drawn: string[] }> {
  await page.waitForFunction(() => performance.getEntriesByName('atlas:zones-visible').length > 0, null, { timeout: 30_000 });
  const log = await page.evaluate(readGlyphLog);
  const before = (list: [number, boolean][]) => list.filter(([, shown]) => !shown).map(([id]) => String.fromCodePoint(id));
  return { asked: before(log.asked), drawn: before(log.drawn) };
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
        const log = await firstScreenGlyphs(s.page);
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
    const log = await firstScreenGlyphs(s.page);
    expect(log.drawn.length, 'glyphs drawn locally').toBeGreaterThan(20);
    await expect.poll(() => s.warnings.filter((w) => w.startsWith('glyphs:'))).toHaveLength(1);
    // The zones and their labels are drawn all the same.
    await expect.poll(() => s.page.evaluate(() => window.__atlasMap!.queryRenderedFeatures().some((f) => f.layer.type === 'symbol'))).toBe(true);
  });
});
