/**
 * Builds `public/glyphs/noto-sans-sc-400.bin.gz`: the label glyphs of the app's first screens, prebuilt
 * (src/map/prebuilt-glyphs.ts says why). `npm run build:glyphs`; run it again when the data, the
 * labels or the initial view change (the end-to-end test `labels-glyphs` fails until then).
 *
 * The glyphs are MapLibre's own: the script builds the app (the e2e build, which exposes the map),
 * opens its first screen in headless Chromium with the prebuilt file blocked — desktop and phone, in
 * Chinese and in English — and records every glyph the map asks its glyph manager for until the labels
 * have moved to the web font (and the ten digits, which the badges' counts need). Then, with Noto Sans SC loaded for exactly those characters (checked),
 * it has MapLibre's glyph manager draw each one (`_drawGlyph`, the code that draws them in the app)
 * and writes them in the format of src/map/glyph-file.ts, gzipped. Derived from Noto Sans SC (SIL Open Font
 * License 1.1), as the app's web font is; credited in docs/DATA.md.
 *
 *   npx tsx scripts/build-glyphs.ts [--dist <an e2e build>]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
// @ts-expect-error plain ESM helper shared with scripts/ensure-chromium.mjs
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { encodeGlyphs, type PlainGlyph } from '../src/map/glyph-file';
import { PREBUILT_GLYPHS_PATH } from '../src/map/prebuilt-glyphs';
import { LABEL_FONT_FAMILY, LABEL_FONT_STACKS } from '../src/map/fonts';
import { logGlyphs, readGlyphLog } from './glyph-log';

const ROOT = join(import.meta.dirname, '..');
const SCREENS = [
  { name: 'desktop', viewport: { width: 1400, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
const LANGS = ['zh', 'en'];
/** Always in: the digits of the zones' badges and the clusters' counts, which change with the filters. */
const ALWAYS = '0123456789';

const distArg = process.argv.indexOf('--dist');
let dist = distArg > 0 ? process.argv[distArg + 1] : '';
let tmp = '';
if (!dist) {
  tmp = mkdtempSync(join(tmpdir(), 'atlas-glyphs-'));
  dist = tmp;
  await build({ root: ROOT, mode: 'e2e', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1', open: false } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const base = `http://127.0.0.1:${address.port}/`;
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

const ids = new Set<number>([...ALWAYS].map((c) => c.codePointAt(0)!));
try {
  for (const screen of SCREENS) {
    for (const lang of LANGS) {
      const context = await browser.newContext({ viewport: screen.viewport, deviceScaleFactor: 1 });
      await context.addInitScript('window.__name = (f) => f;');
      await context.addInitScript(logGlyphs);
      // Blocked, so that every glyph of the first screen is asked for (and drawn locally).
      await context.route(`**/${PREBUILT_GLYPHS_PATH}`, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${base}${lang === 'zh' ? '' : `?lang=${lang}`}`);
      await page.waitForFunction(() => performance.getEntriesByName('atlas:label-font').length > 0, null, { timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { __atlasMap: { loaded(): boolean } }).__atlasMap.loaded(), null, { timeout: 30_000 });
      const got = new Set((await page.evaluate(readGlyphLog)).asked.map(([id]) => id));
      got.forEach((id) => ids.add(id));
      console.log(`${screen.name} ${lang}: ${got.size} glyphs`);
      await context.close();
    }
  }

  const context = await browser.newContext({ viewport: SCREENS[0].viewport });
  await context.addInitScript('window.__name = (f) => f;');
  await context.route(`**/${PREBUILT_GLYPHS_PATH}`, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:label-font').length > 0, null, { timeout: 60_000 });
  const glyphs = await page.evaluate(
    async ({ ids, family, stack }) => {
      const text = ids.map((id) => String.fromCodePoint(id)).join('');
      await document.fonts.load(`400 48px "${family}"`, text);
      const visible = ids.filter((id) => /\S/u.test(String.fromCodePoint(id)));
      const missing = visible.filter((id) => !document.fonts.check(`400 48px "${family}"`, String.fromCodePoint(id)));
      if (missing.length) throw new Error(`${family} not loaded for ${missing.map((id) => String.fromCodePoint(id)).join('')}`);
      type Manager = { _drawGlyph: (entry: object, stack: string, id: number) => { id: number; bitmap: { width: number; height: number; data: Uint8Array }; metrics: object } };
      const manager = (window as unknown as { __atlasMap: { style: { glyphManager: Manager } } }).__atlasMap.style.glyphManager;
      const entry = { glyphs: {}, requests: {}, ranges: {} };
      return ids.map((id) => {
        const g = manager._drawGlyph(entry, stack, id);
        return { id: g.id, bitmap: { width: g.bitmap.width, height: g.bitmap.height, data: Array.from(g.bitmap.data) }, metrics: g.metrics };
      });
    },
    { ids: [...ids].sort((a, b) => a - b), family: LABEL_FONT_FAMILY, stack: LABEL_FONT_STACKS[1] },
  );
  await context.close();
  const plain: PlainGlyph[] = glyphs.map((g) => ({ ...g, bitmap: { ...g.bitmap, data: Uint8Array.from(g.bitmap.data) } }) as PlainGlyph);
  // mtime 0 and no name in the header: the same glyphs give the same file.
  const bytes = gzipSync(encodeGlyphs(plain), { level: 9 });
  const out = join(ROOT, 'public', PREBUILT_GLYPHS_PATH);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${plain.length} glyphs, ${bytes.length} bytes → ${out}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
