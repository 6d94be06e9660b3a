/**
 * Share links, as a person uses them: pick a zone, open its plan's outline, move the map, copy the
 * link, and open it in a new browser: the same selection, panels and camera, compared in the map's
 * pixels. A tampered link shows the notice and the default view (compared in pixels with a fresh
 * page). Back and Forward walk through selections. Screenshots: test-results/screenshots/share-*.png.
 * Every page is fresh: one browser for the file, a new context (no storage, no history) for each page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPages, screenshot, waitForMapIdle, type FreshPage } from './browser';

const baseUrl = inject('baseUrl');

const ZONE = 'zone:silicon-alley';
const PLAN = 'plan:changning-silicon-alley';
/** The first screen's camera (src/map/camera.ts INITIAL_VIEW). */
const INITIAL = { lng: 121.46, lat: 31.16, zoom: 10.2 };

// strict: every test's pages fail it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });

/** A fresh page at `path`, its map idle, recording the dialogs it opens (a tampered link must open none). */
async function open(path = ''): Promise<FreshPage & { dialogs: string[] }> {
  const dialogs: string[] = [];
  const s = await pages.open({
    path,
    before: async (page) => page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }),
  });
  await waitForMapIdle(s.page);
  return { ...s, dialogs };
}

interface CameraState { lng: number; lat: number; zoom: number; bearing: number; pitch: number; width: number; height: number }

function camera(page: Page): Promise<CameraState> {
  return page.evaluate(() => {
    const m = window.__atlasMap!;
    const c = m.getCenter();
    const canvas = m.getCanvas();
    return { lng: c.lng, lat: c.lat, zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch(), width: canvas.width, height: canvas.height };
  });
}

/** The map canvas's pixels (RGBA), read through the e2e build's preserved drawing buffer. */
async function mapPixels(page: Page): Promise<{ width: number; height: number; data: Buffer }> {
  const { width, height, b64 } = await page.evaluate(() => {
    const image = window.__mapImageData!();
    let s = '';
    const bytes = image.data;
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { width: image.width, height: image.height, b64: btoa(s) };
  });
  return { width, height, data: Buffer.from(b64, 'base64') };
}

/** Share of pixels whose colour differs by more than `threshold` in some channel (antialiasing stays under it). */
function differingShare(a: { data: Buffer }, b: { data: Buffer }, threshold = 40): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) > threshold || Math.abs(a.data[i + 1] - b.data[i + 1]) > threshold || Math.abs(a.data[i + 2] - b.data[i + 2]) > threshold) n++;
  }
  return n / (a.data.length / 4);
}

/** How much the map shows at all (distinct colours), so that two blank canvases never pass as equal. */
function colourCount(a: { data: Buffer }): number {
  const seen = new Set<number>();
  for (let i = 0; i < a.data.length; i += 16) seen.add(((a.data[i] >> 4) << 8) | ((a.data[i + 1] >> 4) << 4) | (a.data[i + 2] >> 4));
  return seen.size;
}

/** Waits until the URL holds the map's current camera (written on `moveend`, debounced). */
async function urlHasCamera(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const m = window.__atlasMap!;
    if (m.isMoving()) return false;
    const c = new URLSearchParams(location.search).get('c')?.split(',').map(Number);
    const center = m.getCenter();
    return !!c && Math.abs(c[0] - center.lng) < 1e-4 && Math.abs(c[1] - center.lat) < 1e-4 && Math.abs(c[2] - m.getZoom()) < 1e-3;
  }, undefined, { timeout: 10_000 });
}

const panelId = (page: Page) => page.getByTestId('details-panel').getAttribute('data-id');

describe('share links', () => {
  it('a copied link opened in a new page restores the selection, the plan outline and the camera (same pixels)', async () => {
    const a = await open();
    const { page } = a;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });

    // The plan's outline, from the zone browser; then a zone of it; the camera frames the zone.
    await page.locator(`.plan-outline-button[data-plan="${PLAN}"]`).click();
    await expect.poll(() => page.getByTestId('plan-view').getAttribute('data-plan')).toBe(PLAN);
    const plan = PLAN;
    await page.locator(`.zone-button[data-id="${ZONE}"]`).click();
    await expect.poll(() => panelId(page)).toBe(ZONE);
    await waitForMapIdle(page);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(ZONE);

    // Move the camera by hand: a drag, and a step of the wheel; then the pointer leaves the map.
    const pixelsFramed = await mapPixels(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const from = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.55 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(from.x - 18 * i, from.y - 9 * i);
    await page.mouse.up();
    await page.mouse.wheel(0, -240);
    await page.mouse.move(box.x + 20, 10);
    await urlHasCamera(page);
    await waitForMapIdle(page);

    await page.getByTestId('share-link').click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('链接已复制');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const url = new URL(link);
    expect(url.origin).toBe(new URL(baseUrl).origin);
    expect(url.searchParams.get('sel')).toBe(ZONE);
    expect(url.searchParams.get('plan')).toBe(plan);
    expect(url.searchParams.get('c')).toMatch(/^121\.\d+,31\.\d+,\d+(\.\d+)?$/);
    const before = await camera(page);
    const pixelsBefore = await mapPixels(page);
    await screenshot(page, 'share-1-copied');

    // A new browser, the link pasted.
    const b = await open(link);
    await expect.poll(() => panelId(b.page)).toBe(ZONE);
    expect(await b.page.getByTestId('plan-view').getAttribute('data-plan')).toBe(plan);
    expect(await b.page.getByTestId('link-notice').count()).toBe(0);
    await waitForMapIdle(b.page);
    const after = await camera(b.page);
    expect(after.width).toBe(before.width);
    expect(after.height).toBe(before.height);
    expect(Math.abs(after.lng - before.lng)).toBeLessThan(1e-5);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(1e-5);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(1e-3);
    // The link's camera is the view: the restored selection was not re-framed (the URL did not move).
    expect(new URL(b.page.url()).searchParams.get('c')).toBe(url.searchParams.get('c'));
    const pixelsAfter = await mapPixels(b.page);
    await screenshot(b.page, 'share-2-opened');
    expect(colourCount(pixelsBefore)).toBeGreaterThan(40);
    const share = differingShare(pixelsBefore, pixelsAfter);
    const moved = differingShare(pixelsFramed, pixelsBefore);
    console.log(`share link: ${(share * 100).toFixed(3)}% of ${pixelsBefore.width}×${pixelsBefore.height} map pixels differ (the camera move itself changed ${(moved * 100).toFixed(1)}%)`);
    expect(moved).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.005);
  });

  it('filters, hidden plans, search text, language and the directory travel in the link too', async () => {
    const params = {
      c: '121.45,31.2,12.5', hide: 'plan:yangpu-14th-fyp', kinds: 'carrier,zone', tracks: 'track:ai', precisions: 'schematic',
      q: '硅巷', lang: 'en', dir: 'open,inview',
    };
    const { page } = await open(`?${new URLSearchParams(params)}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Shanghai Innovation Atlas');
    await expect.poll(() => page.getByTestId('search-input').inputValue()).toBe('硅巷');
    await expect.poll(() => page.getByTestId('directory-panel').count()).toBe(1);
    await expect.poll(() => page.getByTestId('directory-in-view').isChecked()).toBe(true);
    expect(await page.getByTestId('link-notice').count()).toBe(0);
    const cam = await camera(page);
    expect(cam.lng).toBeCloseTo(121.45, 9);
    expect(cam.lat).toBeCloseTo(31.2, 9);
    expect(cam.zoom).toBeCloseTo(12.5, 9);
    await screenshot(page, 'share-7-every-part');
    // The view, written back from the store, is the link it was opened with.
    await page.mouse.move(5, 5);
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual(params);
  });

  it('the source reader travels in the link, its quote checked against the seed', async () => {
    const a = await open(`?sel=${ZONE}`);
    await expect.poll(() => panelId(a.page)).toBe(ZONE);
    await a.page.getByTestId('details-panel').locator('.open-source').first().click();
    const quote = await a.page.getByTestId('reader-highlight').textContent();
    expect(quote).toBeTruthy();
    await expect.poll(() => new URL(a.page.url()).searchParams.get('read')).toMatch(/^\d{3}:/);
    const link = a.page.url();
    expect(new URL(link).searchParams.get('read')!.slice(4)).toBe(quote);

    const b = await open(link);
    await expect.poll(() => b.page.getByTestId('reader-highlight').textContent()).toBe(quote);
    expect(await panelId(b.page)).toBe(ZONE);
    expect(await b.page.getByTestId('link-notice').count()).toBe(0);
    await screenshot(b.page, 'share-3-reader');
  });

  it('a tampered link shows the notice and the default view, runs no markup, throws nothing', async () => {
    const tampered = [
      'c=NaN,Infinity,99',
      `sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      'plan=plan:no-such-plan',
      'hide=plan:changning-silicon-alley,plan:nope',
      `kinds=${encodeURIComponent('zone,"><script>alert(2)</script>')}`,
      'q=%E0%A4%A',
      'lang=xx',
      `read=${encodeURIComponent('001:这句话不在原文里<script>alert(3)</script>')}`,
      'dir=open,%',
    ].join('&');
    const t = await open(`?${tampered}`);
    const { page } = t;
    const notice = page.getByTestId('link-notice');
    await expect.poll(() => notice.getAttribute('data-parts')).toContain('reader');
    expect(await notice.getAttribute('role')).toBe('alert');
    const parts = (await notice.getAttribute('data-parts'))!.split(' ').sort();
    expect(parts).toEqual(['camera', 'directory', 'filters', 'language', 'plan', 'reader', 'search', 'selection']);
    expect(await notice.textContent()).toContain('链接中有无法使用的部分，已改用默认视图');
    await screenshot(page, 'share-4-tampered');

    // The default view: nothing selected, no outline, no reader, every plan shown, the first camera.
    expect(await page.getByTestId('zone-browser').count()).toBe(1);
    expect(await page.getByTestId('details-panel').count()).toBe(0);
    expect(await page.getByTestId('plan-view').count()).toBe(0);
    expect(await page.getByTestId('source-reader').count()).toBe(0);
    const cam = await camera(page);
    expect(Math.abs(cam.lng - INITIAL.lng)).toBeLessThan(1e-9);
    expect(Math.abs(cam.lat - INITIAL.lat)).toBeLessThan(1e-9);
    expect(cam.zoom).toBeCloseTo(INITIAL.zoom, 9);
    // No markup from the link was rendered or run; the URL no longer carries the bad parts.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length)).toBe(0);
    expect(t.dialogs).toEqual([]);
    expect(new URL(page.url()).search).toBe('');

    // The same pixels as a fresh page's default view.
    const fresh = await open();
    const share = differingShare(await mapPixels(page), await mapPixels(fresh.page));
    console.log(`tampered link: ${(share * 100).toFixed(3)}% of map pixels differ from the default view`);
    expect(share).toBeLessThan(0.005);

    // The notice is dismissed with its button, in either language.
    await page.getByTestId('lang-switch').click();
    expect(await notice.textContent()).toContain('Part of this link could not be used');
    await notice.getByRole('button').click();
    expect(await notice.count()).toBe(0);
  });

  it('Back after two selections returns to the first (and its camera); Forward to the second', async () => {
    const { page } = await open();
    await page.locator(`.zone-button[data-id="${ZONE}"]`).click();
    await expect.poll(() => panelId(page)).toBe(ZONE);
    await waitForMapIdle(page);
    await urlHasCamera(page);
    const first = await camera(page);

    // A second zone, through the first one's panel (a linked zone).
    const link = page.getByTestId('details-panel').locator('.record-link[data-id^="zone:"]').first();
    const second = (await link.getAttribute('data-id'))!;
    expect(second).not.toBe(ZONE);
    await link.click();
    await expect.poll(() => panelId(page)).toBe(second);
    await waitForMapIdle(page);
    await urlHasCamera(page);

    await page.goBack();
    await expect.poll(() => panelId(page)).toBe(ZONE);
    await waitForMapIdle(page);
    const back = await camera(page);
    expect(Math.abs(back.lng - first.lng)).toBeLessThan(1e-5);
    expect(Math.abs(back.lat - first.lat)).toBeLessThan(1e-5);
    expect(Math.abs(back.zoom - first.zoom)).toBeLessThan(1e-3);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(ZONE);
    await screenshot(page, 'share-5-back');

    await page.goForward();
    await expect.poll(() => panelId(page)).toBe(second);

    // Without the Clipboard API the link is still copied (the selected field, execCommand) or shown selected to copy by hand.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await page.getByTestId('share-link').click();
    await expect.poll(async () => (await page.getByTestId('share-status').textContent()) || (await page.getByTestId('share-field').isVisible() ? 'field' : '')).toMatch(/链接已复制|field/);
    expect(await page.getByTestId('share-field').inputValue()).toBe(page.url());
    await screenshot(page, 'share-6-fallback');
    await page.goBack();
    await expect.poll(() => panelId(page)).toBe(ZONE);
    await page.goBack();
    await expect.poll(() => page.getByTestId('zone-browser').count()).toBe(1);
    expect(await page.getByTestId('details-panel').count()).toBe(0);
  });
});
