/**
 * Presenting (briefing mode, issue 10), as a presenter would on a 1280 × 720 projector (and a
 * 1920 × 1080 screen for the type size) with the network unplugged (every host but the app's is
 * unresolvable, and requests are recorded): start each tour from the first screen (演示, pick it,
 * Start), step through every step with →, and after each step check the caption (the step's zh
 * caption), the progress strip's current step, the focus record (card and record panel) and that
 * the framed records lie in the map above the caption band; a screenshot per step
 * (test-results/screenshots/present-<tour>-<n>.png). Escape returns to exactly the prior view (camera
 * and selection). Also ← / number keys / Home / End / Space / a strip click, the fallback when full
 * screen is refused, leaving full screen, auto-advance, a flight with motion allowed, and a failed
 * tour load with Retry. Each test starts from a fresh page (one offline browser for the file, a context
 * per test) at the screen size it presents on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPages, screenshot, waitForMapIdle, type FreshPageOptions } from './browser';
import type { Tour, TourStep } from '../../src/data/tour-types';
import type { MapDerived } from '../../src/data/derive';

const baseUrl = inject('baseUrl');
/** The tours' ids, read at collection from the e2e build being served (one test per tour). */
const tourIds: string[] = (() => {
  const dir = process.env.E2E_DIST ?? 'dist-e2e';
  const file = join(isAbsolute(dir) ? dir : join(import.meta.dirname, '..', '..', dir), 'data', 'tours.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { tours: Tour[] }).tours.map((t) => t.id);
})();
/** Nothing but the local server resolves: a request outside the origin fails (and is recorded). */
const OFFLINE = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** A common projector: the tours run at 1280 × 720; the layout test at 1920 × 1080. */
const PROJECTOR = { width: 1280, height: 720 };

let tours: Tour[] = [];
let derived: MapDerived;
let missing: string | null = null;

beforeAll(async () => {
  const get = async (path: string) => {
    const res = await fetch(new URL(path, baseUrl));
    return res.ok ? res.json() : null;
  };
  const bundle = (await get('data/tours.json')) as { tours: Tour[] } | null;
  tours = bundle?.tours ?? [];
  if (!tours.length) missing = 'data/tours.json has no tours in this build (geodata/tours/ is empty): skipping the presenting tests';
  derived = ((await get('data/atlas.json')) as { derived: MapDerived }).derived;
}, 90_000);

// The network unplugged for the whole browser; strict: every test's page fails it on a request outside
// the origin or a console error.
const pages = freshPages(baseUrl, { extraArgs: OFFLINE, strict: true });

/**
 * A fresh page on the projector (or `viewport`), motion reduced unless `motion`, its map idle: null (the
 * test skipped, saying why) without tours or without the 演示 button.
 */
async function openPresenter(ctx: { skip: (note?: string) => void }, options: { viewport?: { width: number; height: number }; motion?: boolean } & Pick<FreshPageOptions, 'expectedErrors'> = {}): Promise<Page | null> {
  if (missing) {
    console.log(`SKIP present e2e: ${missing}`);
    ctx.skip(missing);
    return null;
  }
  const { page } = await pages.open({
    viewport: options.viewport ?? PROJECTOR,
    before: (p) => p.emulateMedia({ reducedMotion: options.motion ? 'no-preference' : 'reduce' }),
    expectedErrors: options.expectedErrors,
    idle: true,
  });
  if (!(await page.getByTestId('present-button').waitFor({ timeout: 15_000 }).then(() => true, () => false))) {
    const why = 'the 演示 button is not in the header (src/app.tsx does not mount PresentButton): skipping the presenting tests';
    console.log(`SKIP present e2e: ${why}`);
    ctx.skip(why);
    return null;
  }
  return page;
}

interface Cam { lng: number; lat: number; zoom: number; bearing: number; pitch: number }

const camera = (page: Page): Promise<Cam> => page.evaluate(() => {
  const m = window.__atlasMap!;
  const c = m.getCenter();
  return { lng: c.lng, lat: c.lat, zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
});

const selectionInLink = (page: Page) => new URL(page.url()).searchParams.get('sel');

async function expectSameCamera(page: Page, prior: Cam) {
  const now = await camera(page);
  expect(now.lng).toBeCloseTo(prior.lng, 6);
  expect(now.lat).toBeCloseTo(prior.lat, 6);
  expect(now.zoom).toBeCloseTo(prior.zoom, 6);
  expect(now.bearing).toBeCloseTo(prior.bearing, 6);
  expect(now.pitch).toBeCloseTo(prior.pitch, 6);
}

/** The presenter shows step `i`, and the map is idle with it drawn. */
async function waitForStep(page: Page, i: number) {
  await page.waitForSelector(`[data-testid="presenter"][data-drawn="${i}"]`, { timeout: 30_000 });
  await page.waitForFunction(() => {
    const map = window.__atlasMap;
    return Boolean(map && map.loaded() && !map.isMoving() && map.areTilesLoaded());
  }, undefined, { timeout: 30_000 });
}

/** From the first screen: 演示, pick the tour, (interval), Start; resolves with step 1 drawn. */
async function startTour(page: Page, tour: Tour, interval = 0) {
  await page.getByTestId('present-button').click();
  await page.getByTestId('tour-picker').waitFor();
  await page.locator(`[data-testid="tour-option"][data-tour="${tour.id}"]`).click();
  if (interval) await page.getByTestId('present-interval').selectOption(String(interval));
  await page.getByTestId('present-start').click();
  await page.getByTestId('presenter').waitFor();
  await waitForStep(page, 0);
}

async function leaveWithEscape(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByTestId('presenter').waitFor({ state: 'detached' });
  await waitForMapIdle(page);
}

/** Checks the card and the strip against the step, and the framing against the caption band. */
async function checkStep(page: Page, tour: Tour, step: TourStep, i: number) {
  await expect.poll(() => page.getByTestId('present-caption').textContent()).toBe(step.caption.zh);
  expect(await page.getByTestId('present-title').textContent()).toBe(step.title.zh);
  expect(await page.getByTestId('present-citation').locator('blockquote').textContent()).toBe(step.citation.quote);
  const current = await page.locator('[data-testid="present-step"]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-current')));
  expect(current.indexOf('step'), 'progress strip current step').toBe(i);
  expect(current.filter((c) => c === 'step')).toHaveLength(1);
  expect(await page.getByTestId('present-count').textContent()).toBe(`${i + 1} / ${tour.steps.length}`);
  // The focus record is selected: its (hidden) record panel holds it; without focus nothing is.
  const panel = page.locator('[data-testid="details-panel"]');
  if (step.focus) {
    expect(await page.getByTestId('present-focus').getAttribute('data-id')).toBe(step.focus);
    await expect.poll(() => panel.getAttribute('data-id'), { timeout: 5000 }).toBe(step.focus);
  } else {
    expect(await page.getByTestId('present-focus').count()).toBe(0);
    expect(await panel.count()).toBe(0);
  }
  // The framed zones lie in the map above the band (a few px of rounding allowed).
  if ('frame' in step.view) {
    const boxes = step.view.frame.map((id) => derived.bounds[id]).filter(Boolean);
    if (!boxes.length) return;
    const b = [Math.min(...boxes.map((x) => x[0])), Math.min(...boxes.map((x) => x[1])), Math.max(...boxes.map((x) => x[2])), Math.max(...boxes.map((x) => x[3]))];
    const geo = await page.evaluate((b) => {
      const m = window.__atlasMap!;
      const nw = m.project([b[0], b[3]]);
      const se = m.project([b[2], b[1]]);
      const band = document.querySelector('.presenter-band')!.getBoundingClientRect();
      const canvas = m.getCanvas().getBoundingClientRect();
      return { left: nw.x, top: nw.y, right: se.x, bottom: se.y, bandTop: band.top - canvas.top, width: canvas.width, height: canvas.height };
    }, b);
    expect(geo.left, `${step.id}: framed area inside the map`).toBeGreaterThanOrEqual(-2);
    expect(geo.right).toBeLessThanOrEqual(geo.width + 2);
    expect(geo.top).toBeGreaterThanOrEqual(-2);
    expect(geo.bottom, `${step.id}: framed area above the caption band`).toBeLessThanOrEqual(geo.bandTop + 2);
    // …and fills it in one direction (not a speck in a wide view).
    const fill = Math.max((geo.right - geo.left) / geo.width, (geo.bottom - geo.top) / geo.bandTop);
    if (b[0] !== b[2]) expect(fill, `${step.id}: framed area fills the view`).toBeGreaterThan(0.5);
  }
}

describe('presenting a tour', () => {
  it('a failed tour load says why and Retry loads them', async (ctx) => {
    // The tours' load fails on purpose once (503): that console line is expected.
    const page = await openPresenter(ctx, { expectedErrors: [/status of 503/] });
    if (!page) return;
    let fail = true;
    await page.route('**/data/tours.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    await page.getByTestId('present-button').click();
    const alert = page.getByTestId('tour-picker').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('data/tours.json: HTTP 503');
    await screenshot(page, 'present-picker-error');
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await page.locator('[data-testid="tour-option"]').first().waitFor();
    expect(await page.locator('[data-testid="tour-option"]').count()).toBe(tours.length);
    await screenshot(page, 'present-picker');
    await page.unroute('**/data/tours.json');
    await page.keyboard.press('Escape');
    await page.getByTestId('tour-picker').waitFor({ state: 'detached' });
  });

  // One test per tour (the bundle is read before the tests are collected: see tourIds).
  for (const [t, id] of tourIds.entries()) {
    it(`${id}: started from the first screen, every step with →, Escape back to the prior view`, async (ctx) => {
      const page = await openPresenter(ctx);
      if (!page) return;
      const tour = tours.find((x) => x.id === id)!;
      // A prior view worth returning to: a selected zone (for every other tour), the map moved.
      if (t % 2 === 0) {
        await page.locator('.zone-button').nth(t).click();
        await waitForMapIdle(page);
      }
      const priorCamera = await camera(page);
      const priorSel = selectionInLink(page);
      const priorUrl = page.url();
      const priorHistory = await page.evaluate(() => history.length);
      await startTour(page, tour);
      // Presenting layout: no header, no side panel; the map fills the screen.
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.locator('.side-panel').isVisible()).toBe(false);
      const canvas = await page.evaluate(() => window.__atlasMap!.getCanvas().getBoundingClientRect().toJSON() as DOMRect);
      expect(canvas.width).toBe(PROJECTOR.width);
      for (const [i, step] of tour.steps.entries()) {
        if (i > 0) {
          await page.keyboard.press('ArrowRight');
          await waitForStep(page, i);
        }
        await checkStep(page, tour, step, i);
        await screenshot(page, `present-${tour.id.slice('tour:'.length)}-${i + 1}`);
      }
      // → on the last step stays there.
      await page.keyboard.press('ArrowRight');
      expect(await page.getByTestId('presenter').getAttribute('data-step')).toBe(String(tour.steps.length - 1));
      // The steps were not history: the address stayed on the prior view throughout.
      expect(page.url()).toBe(priorUrl);
      await leaveWithEscape(page);
      await expectSameCamera(page, priorCamera);
      await expect.poll(() => selectionInLink(page)).toBe(priorSel);
      expect(await page.evaluate(() => history.length)).toBe(priorHistory);
      expect(await page.locator('.app-header').isVisible()).toBe(true);
      if (priorSel) expect(await page.getByTestId('details-panel').isVisible()).toBe(true);
      // Focus is back on the 演示 button.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('present-button');
    }, 120_000);
  }

  it('← / PageUp, number keys, Home / End, Space / PageDown and a click on the progress strip', async (ctx) => {
    const page = await openPresenter(ctx);
    if (!page) return;
    const tour = [...tours].sort((a, b) => b.steps.length - a.steps.length)[0];
    const n = tour.steps.length;
    if (n < 3) return ctx.skip('no tour has three steps');
    const prior = await camera(page);
    await startTour(page, tour);
    const at = async (i: number) => {
      await waitForStep(page, i);
      expect(await page.locator('[data-testid="present-step"][aria-current="step"]').textContent()).toBe(String(i + 1));
      expect(await page.getByTestId('present-caption').textContent()).toBe(tour.steps[i].caption.zh);
    };
    await page.keyboard.press('3');
    await at(2);
    await page.keyboard.press('ArrowLeft');
    await at(1);
    await page.keyboard.press('PageDown');
    await at(2);
    await page.keyboard.press('PageUp');
    await at(1);
    await page.keyboard.press('End');
    await at(n - 1);
    await page.keyboard.press('Home');
    await at(0);
    // A click on the strip, then Space with that button focused: one step on, not two.
    await page.locator('[data-testid="present-step"]').nth(1).click();
    await at(1);
    await page.keyboard.press(' ');
    await at(2);
    expect(await page.getByTestId('presenter').getAttribute('data-step')).toBe('2');
    // A number beyond the tour does nothing.
    if (n < 9) {
      await page.keyboard.press('9');
      expect(await page.getByTestId('presenter').getAttribute('data-step')).toBe('2');
    }
    await screenshot(page, 'present-keys');
    await page.getByTestId('present-exit').click();
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    await waitForMapIdle(page);
    await expectSameCamera(page, prior);
  });

  it('in English the picker and the card are in English; leaving keeps the language', async (ctx) => {
    const page = await openPresenter(ctx);
    if (!page) return;
    const tour = tours.find((x) => x.steps.some((st) => st.focus?.startsWith('action:'))) ?? tours[0];
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('present-button').click();
    await page.getByTestId('tour-picker').waitFor();
    expect(await page.locator(`[data-testid="tour-option"][data-tour="${tour.id}"] .present-tour-title`).textContent()).toBe(tour.title.en);
    await page.locator(`[data-testid="tour-option"][data-tour="${tour.id}"]`).click();
    await page.getByTestId('present-start').click();
    await waitForStep(page, 0);
    const i = Math.max(0, tour.steps.findIndex((st) => st.focus?.startsWith('action:')));
    if (i > 0) {
      await page.keyboard.press(String(i + 1));
      await waitForStep(page, i);
    }
    expect(await page.getByTestId('present-caption').textContent()).toBe(tour.steps[i].caption.en);
    expect(await page.getByTestId('present-title').textContent()).toBe(tour.steps[i].title.en);
    // The citation stays the seed's exact words.
    expect(await page.getByTestId('present-citation').locator('blockquote').textContent()).toBe(tour.steps[i].citation.quote);
    await screenshot(page, 'present-english');
    await leaveWithEscape(page);
    expect(await page.getByTestId('lang-switch').textContent()).toBe('中文');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('present-button').textContent()).toBe('演示');
  });

  it('full screen granted or refused, the presenting layout fills the screen; refused, a notice says so', async (ctx) => {
    const page = await openPresenter(ctx, { viewport: { width: 1920, height: 1080 } });
    if (!page) return;
    const tour = tours[0];
    // As the browser gives it (headless may grant or refuse full screen).
    await startTour(page, tour);
    // Large type: the caption at least 28 px on a 1920 px wide screen.
    const px = await page.getByTestId('present-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(28);
    await screenshot(page, 'present-1920');
    const mode = await page.getByTestId('presenter').getAttribute('data-mode');
    expect(['fullscreen', 'window']).toContain(mode);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    expect(await page.getByTestId('present-fullscreen-notice').count()).toBe(mode === 'window' ? 1 : 0);
    if (mode === 'fullscreen') {
      // Leaving full screen (what the browser does on Esc) leaves the presentation.
      expect(await page.evaluate(() => document.fullscreenElement?.className)).toContain('app');
      await page.evaluate(() => document.exitFullscreen());
      await page.getByTestId('presenter').waitFor({ state: 'detached' });
    } else {
      await leaveWithEscape(page);
    }
    await waitForMapIdle(page);

    // Refused: the window is used, and the notice says full screen was not available.
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await startTour(page, tour);
    expect(await page.getByTestId('presenter').getAttribute('data-mode')).toBe('window');
    expect(await page.getByTestId('present-fullscreen-notice').textContent()).toBe('无法进入全屏，已在窗口中演示。');
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const canvas = await page.evaluate(() => window.__atlasMap!.getCanvas().getBoundingClientRect().toJSON() as DOMRect);
    expect([canvas.width, canvas.height]).toEqual([1920, 1080]);
    await screenshot(page, 'present-fallback');
    await leaveWithEscape(page);
  });

  it('on a phone the map fills the screen and the step is framed above the band', async (ctx) => {
    const page = await openPresenter(ctx, { viewport: { width: 390, height: 844 } });
    if (!page) return;
    const tour = tours[0];
    await startTour(page, tour);
    const canvas = await page.evaluate(() => window.__atlasMap!.getCanvas().getBoundingClientRect().toJSON() as DOMRect);
    expect([canvas.width, canvas.height]).toEqual([390, 844]);
    await checkStep(page, tour, tour.steps[0], 0);
    await screenshot(page, 'present-phone');
    await leaveWithEscape(page);
  });

  it('auto-advance moves on after the interval, pauses on a key, stops at the last step', async (ctx) => {
    const page = await openPresenter(ctx);
    if (!page) return;
    const tour = tours.find((x) => x.steps.length >= 3 && x.steps.length <= 9) ?? tours[0];
    await startTour(page, tour, 5);
    expect(await page.getByTestId('present-auto').getAttribute('aria-pressed')).toBe('true');
    await waitForStep(page, 1); // 5 s after step 1 was drawn
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 0);
    expect(await page.getByTestId('present-auto').getAttribute('aria-pressed')).toBe('false');
    // Resumed one step before the end: it moves on once more, then stops (no timer, no control left).
    const last = tour.steps.length - 1;
    await page.keyboard.press(String(last));
    await waitForStep(page, last - 1);
    await page.getByTestId('present-auto').click();
    expect(await page.getByTestId('present-auto').getAttribute('aria-pressed')).toBe('true');
    await waitForStep(page, last);
    expect(await page.getByTestId('present-auto').count()).toBe(0);
    await leaveWithEscape(page);
  });

  it('with motion allowed the camera flies to the step', async (ctx) => {
    const page = await openPresenter(ctx, { motion: true });
    if (!page) return;
    const tour = tours[0];
    const prior = await camera(page);
    await startTour(page, tour);
    // A jump is one `move`; a flight is many frames of it.
    await page.evaluate(() => {
      const w = window as unknown as { __moves?: number };
      w.__moves = 0;
      window.__atlasMap!.on('move', () => { w.__moves!++; });
    });
    if (tour.steps.length > 1) {
      await page.keyboard.press('ArrowRight');
      await waitForStep(page, 1);
      expect(await page.evaluate(() => (window as unknown as { __moves?: number }).__moves)).toBeGreaterThan(3);
    }
    await leaveWithEscape(page);
    await expectSameCamera(page, prior);
  });
});
