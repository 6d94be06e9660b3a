/**
 * Handouts (issue 10), as a person makes them: the header's 导出图片 button, 2× and 3×, downloads a PNG
 * of the view whose pixel size is the size the menu states times the scale, and whose map area is a
 * drawn map (many colours), in Chinese and in English; a tour's 讲义 PDF (the tour picker's button)
 * has one A4 landscape page per step and its text extracts as Chinese (pdfinfo / pdftotext from
 * poppler-utils; skipped with a reason when they are missing). No request leaves the origin.
 * Files: test-results/screenshots/handout-*.png, test-results/handout-*.pdf. Each test starts from a
 * fresh page; one whose input is missing skips, saying why.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { freshPages, screenshot, SCREENSHOT_DIR, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');
// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });
const RESULTS = join(SCREENSHOT_DIR, '..');

/** The sheet around the map (src/features/handout/view-sheet.ts): margins and the legend column across, header and footer down. */
const SHEET_EXTRA_WIDTH = 16 + 16 + 250 + 16;
const SHEET_MIN_EXTRA_HEIGHT = 72 + 40;
const MAP_ORIGIN = { x: 16, y: 72 };

const has = (tool: string) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

async function buttonPresent(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
}

interface Stated { width: number; height: number; label: string }

/** Opens the menu and reads the option for `scale`: the stated CSS size and its label. */
async function statedSize(page: Page, scale: number): Promise<Stated> {
  await page.getByTestId('export-image').click();
  const option = page.locator(`[data-testid="export-image-scale"][data-scale="${scale}"]`);
  await option.and(page.locator('[data-width]')).waitFor();
  return {
    width: Number(await option.getAttribute('data-width')),
    height: Number(await option.getAttribute('data-height')),
    label: (await option.textContent()) ?? '',
  };
}

/** The PNG's width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Pixels { width: number; height: number; data: Uint8ClampedArray }

/** A rectangle of a PNG (the whole image when none is given), decoded by the browser. */
async function pngPixels(page: Page, bytes: Buffer, rect?: { x: number; y: number; w: number; h: number }): Promise<Pixels> {
  const { width, height, b64 } = await page.evaluate(async ({ b64, rect }) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const r = rect ?? { x: 0, y: 0, w: bitmap.width, h: bitmap.height };
    const ctx = new OffscreenCanvas(r.w, r.h).getContext('2d')!;
    ctx.drawImage(bitmap, -r.x, -r.y);
    const data = ctx.getImageData(0, 0, r.w, r.h).data;
    let s = '';
    for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: r.w, height: r.h, b64: btoa(s) };
  }, { b64: bytes.toString('base64'), rect });
  return { width, height, data: new Uint8ClampedArray(Buffer.from(b64, 'base64')) };
}

/** Skips the test, printing why (a skipped test never passes silently). */
function skip(ctx: { skip: (note?: string) => void }, why: string): void {
  console.log(`SKIP handout e2e: ${why}`);
  ctx.skip(why);
}

/** Distinct colours (4 bits a channel) and the luminance's standard deviation, on a sample of the pixels. */
function colourStats({ data }: Pixels): { colours: number; sd: number } {
  const seen = new Set<number>();
  let sum = 0;
  let sq = 0;
  let n = 0;
  for (let i = 0; i < data.length; i += 4 * 7) {
    seen.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    const l = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
    sum += l;
    sq += l * l;
    n++;
  }
  const mean = sum / n;
  return { colours: seen.size, sd: Math.sqrt(sq / n - mean * mean) };
}

/** What the QR code in the pixels says (null: none found). */
const readQr = (p: Pixels) => jsQR(p.data, p.width, p.height)?.data ?? null;

async function mapCssSize(page: Page) {
  return page.evaluate(() => {
    const c = window.__atlasMap!.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  });
}

async function exportPng(page: Page, scale: number, name: string) {
  const stated = await statedSize(page, scale);
  const option = page.locator(`[data-testid="export-image-scale"][data-scale="${scale}"]`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), option.click()]);
  const bytes = readFileSync(await download.path());
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), bytes);
  await page.getByTestId('export-image-status').filter({ hasText: /./ }).waitFor();
  return { stated, bytes, fileName: download.suggestedFilename() };
}

describe('handout: PNG of the view', () => {
  it('exports 2× and 3× at the stated size, with a drawn map, in Chinese and English', async (ctx) => {
    const { page } = await pages.open({ idle: true });
    if (!(await buttonPresent(page, 'export-image'))) return skip(ctx, 'the 导出图片 button is not mounted in the app (src/app.tsx): PNG checks skipped');
    for (const [scale, lang] of [[2, 'zh'], [3, 'zh'], [2, 'en']] as const) {
      if (scale === 3) {
        // A selection: the title names it, the QR code carries it.
        await page.locator('.zone-button[data-id="zone:silicon-alley"]').click();
        await waitForMapIdle(page);
      }
      if (lang === 'en') {
        await page.getByTestId('lang-switch').click();
        await waitForMapIdle(page);
      }
      const map = await mapCssSize(page);
      const { stated, bytes, fileName } = await exportPng(page, scale, `handout-view-${scale}x-${lang}`);
      expect(fileName).toMatch(new RegExp(`-${scale}x\\.png$`));
      // The stated size is the map's CSS size plus the sheet around it; the PNG is that times the scale.
      expect(stated.width).toBe(map.width + SHEET_EXTRA_WIDTH);
      expect(stated.height).toBeGreaterThanOrEqual(map.height + SHEET_MIN_EXTRA_HEIGHT);
      expect(stated.label).toContain(`${stated.width * scale} × ${stated.height * scale}`);
      expect(pngSize(bytes)).toEqual({ width: stated.width * scale, height: stated.height * scale });
      const stats = colourStats(await pngPixels(page, bytes, { x: MAP_ORIGIN.x * scale, y: MAP_ORIGIN.y * scale, w: map.width * scale, h: map.height * scale }));
      expect(stats.colours, 'distinct colours in the map area').toBeGreaterThan(40);
      expect(stats.sd, 'luminance spread in the map area').toBeGreaterThan(8);
      // The QR code (in the legend column) opens this very view: the page's address, as the share button copies it.
      const column = (MAP_ORIGIN.x * 2 + map.width) * scale;
      const qr = readQr(await pngPixels(page, bytes, { x: column, y: 0, w: stated.width * scale - column, h: stated.height * scale }));
      expect(qr).toBe(page.url());
    }
    // The live map is back at the device's pixel ratio.
    const canvas = await page.evaluate(() => ({ width: window.__atlasMap!.getCanvas().width, css: window.__atlasMap!.getContainer().clientWidth }));
    expect(canvas.width).toBe(canvas.css);
  }, 180_000);
});

interface TourData { id: string; steps: { caption: { zh: string }; chart?: string }[] }

/** The tours as the app serves them (data/tours.json), to know what a tour's PDF must hold. */
async function servedTours(page: Page): Promise<TourData[]> {
  return page.evaluate(async () => {
    const res = await fetch(new URL('data/tours.json', document.baseURI).href);
    return res.ok ? ((await res.json()) as { tours: TourData[] }).tours : [];
  });
}

/** Opens the tour picker (演示) and chooses a tour with a chart step; false when there is no PDF button to press. */
async function openPicker(page: Page, tours: TourData[]): Promise<boolean> {
  if (!(await buttonPresent(page, 'present-button'))) return false;
  await page.getByTestId('present-button').click();
  await page.getByTestId('tour-picker').waitFor();
  const withChart = tours.find((t) => t.steps.some((st) => st.chart));
  const option = page.locator(`[data-testid="tour-option"][data-tour="${withChart?.id}"]`);
  if (withChart && (await option.count())) await option.click();
  return buttonPresent(page, 'tour-pdf');
}

/** The PDF button shown for the chosen tour (`data-tour`), and that tour. */
async function chosenPdfButton(page: Page, tours: TourData[]) {
  const button = page.getByTestId('tour-pdf').first();
  const id = await button.getAttribute('data-tour');
  return { button, tour: tours.find((t) => t.id === id) ?? tours[0] };
}

/** Text as pdftotext lays it out, without the line breaks and spaces it puts inside a paragraph. */
const flat = (s: string) => s.replace(/\s+/g, '');

describe('handout: PDF of a tour', () => {
  it('has one A4 landscape page per step and its Chinese text extracts', async (ctx) => {
    if (!has('pdfinfo') || !has('pdftotext')) return skip(ctx, 'pdfinfo/pdftotext missing (Debian: apt-get install -y poppler-utils): PDF checks skipped');
    const { page } = await pages.open({ idle: true });
    const tours = await servedTours(page);
    if (!tours.length) return skip(ctx, 'data/tours.json has no tour: PDF checks skipped');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    if (!(await openPicker(page, tours))) return skip(ctx, 'no 讲义 PDF button (data-testid="tour-pdf") in the tour picker yet: PDF checks skipped');
    const before = await page.evaluate(() => {
      const m = window.__atlasMap!;
      return { center: m.getCenter().toArray(), zoom: m.getZoom(), url: location.href, history: history.length };
    });
    const { button, tour } = await chosenPdfButton(page, tours);
    const downloaded = page.waitForEvent('download', { timeout: 150_000 });
    await button.click();
    // Its progress is said step by step, then that it is done.
    await page.getByTestId('tour-pdf-status').filter({ hasText: /正在生成讲义（\d+\/\d+）/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'handout-pdf-busy.png') });
    const download = await downloaded;
    await page.getByTestId('tour-pdf-status').filter({ hasText: '讲义已导出' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'handout-pdf-done.png') });
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `handout-${tour.id.replace(/^tour:/, '')}.pdf`);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(tour.steps.length);
    // A4 landscape: 841.89 × 595.28 pt.
    const [w, h] = (/^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info) ?? []).slice(1).map(Number);
    expect(w).toBeCloseTo(841.89, 0);
    expect(h).toBeCloseTo(595.28, 0);
    for (let i = 0; i < tour.steps.length; i++) {
      const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' });
      expect(flat(text), `page ${i + 1} caption`).toContain(flat(tour.steps[i].caption.zh));
      expect(text).toContain(`第 ${i + 1} / ${tour.steps.length} 页`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(tour.steps.length), file, join(SCREENSHOT_DIR, 'handout-pdf')]);
    // Page 1's QR code is a share link of this app (a camera at least) for the step's view.
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, join(RESULTS, 'handout-pdf-qr')]);
    const link = readQr(await pngPixels(page, readFileSync(join(RESULTS, 'handout-pdf-qr.png'))));
    expect(link).not.toBeNull();
    expect(new URL(link!).origin).toBe(new URL(baseUrl).origin);
    expect(new URL(link!).searchParams.get('c')).toMatch(/^[\d.]+,[\d.]+,[\d.]+/);

    // The view is put back as it was, and the steps left no history entries (the URL sync was paused).
    // The focus is back on the PDF button (the steps' record panels took it meanwhile), so Escape closes the picker.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'tour-pdf');
    await page.keyboard.press('Escape');
    await page.getByTestId('tour-picker').waitFor({ state: 'detached' });
    await waitForMapIdle(page);
    const after = await page.evaluate(() => {
      const m = window.__atlasMap!;
      return { center: m.getCenter().toArray(), zoom: m.getZoom(), url: location.href, history: history.length };
    });
    expect(after.url).toBe(before.url);
    expect(after.history).toBe(before.history);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    expect(after.center[0]).toBeCloseTo(before.center[0], 6);
    expect(after.center[1]).toBeCloseTo(before.center[1], 6);
  }, 180_000);
});

describe('handout: a failure says why', () => {
  it('names the failure when the image code cannot load, and the map stays as it was', async (ctx) => {
    // The browser logs the aborted chunk's load as an error: expected here, for that chunk only.
    const f = await pages.open({ idle: true, expectedErrors: [/^Failed to load resource: net::ERR_FAILED \(http:\/\/127\.0\.0\.1:\d+\/assets\/view-sheet-[^/]*\.js\)$/] });
    if (!(await buttonPresent(f.page, 'export-image'))) return skip(ctx, 'the 导出图片 button is not mounted: failure check skipped');
    // The chunk that draws the sheet is lost (as on a flaky connection to the app's own server).
    await f.page.route(/\/view-sheet-[^/]*\.js$/, (r) => r.abort());
    await f.page.getByTestId('export-image').click();
    await f.page.getByTestId('export-image-status').filter({ hasText: /导出失败（.+）/ }).waitFor();
    await screenshot(f.page, 'handout-failure');
    expect(await f.page.getByTestId('export-image').getAttribute('aria-expanded')).toBe('false');
    expect(await f.page.locator('[data-testid="map"]').getAttribute('data-status')).toBe('ready');
  });
});
