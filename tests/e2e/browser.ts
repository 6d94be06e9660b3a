/**
 * Drives the built app in headless Chromium (Debian's, via playwright-core) the way a person would,
 * while recording every request and console error, and saving screenshots to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
// @ts-expect-error plain ESM helper shared with scripts/ensure-chromium.mjs
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export interface AtlasSession {
  browser: Browser;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** console.warn messages (issue 14: the suite runs without warnings; see unexpectedWarnings). */
  warnings: string[];
  close: () => Promise<void>;
}

/**
 * Warnings a test may see without having caused a problem: a render error a test provoked on purpose
 * (the error boundary reports it), and what a test blocks or fails deliberately (a host unplugged, a
 * 503). Anything else fails the file that logged it.
 */
export const EXPECTED_WARNINGS: RegExp[] = [
  /^render error: test: (panel|map) made to fail/,
  // Chromium's own notes on software WebGL and pixel reads (the e2e build reads the canvas on purpose).
  /GPU stall due to ReadPixels|Automatic fallback to software WebGL|WebGL: too many errors|GroupMarkerNotSet/,
];

export function unexpectedWarnings(warnings: string[], alsoExpected: RegExp[] = []): string[] {
  return warnings.filter((w) => ![...EXPECTED_WARNINGS, ...alsoExpected].some((re) => re.test(w)));
}

/** Records a page's requests, console errors (with uncaught page errors) and warnings as they happen. */
function recordPage(page: Page): { requests: string[]; errors: string[]; warnings: string[] } {
  const requests: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    // The browser's line for a failed load does not say what failed: the URL is added, so that a test can
    // expect the one it fails on purpose (and only that one).
    const url = m.location()?.url;
    if (m.type() === 'error') errors.push(/^Failed to load resource/.test(m.text()) && url ? `${m.text()} (${url})` : m.text());
    else if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { requests, errors, warnings };
}

export async function openAtlas(baseUrl: string, options: { extraArgs?: string[]; path?: string } = {}): Promise<AtlasSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const { requests, errors, warnings } = recordPage(page);
  await page.addInitScript(installMapImageReader);
  await page.goto(new URL(options.path ?? '', baseUrl).href);
  return { browser, page, requests, errors, warnings, close: () => browser.close() };
}

declare global {
  interface Window {
    /** The map canvas's current pixels (test-only, installed by openAtlas). */
    __mapImageData?: () => ImageData;
  }
}

/** Runs in the page: one reader of the map canvas for every pixel check. */
function installMapImageReader() {
  window.__mapImageData = () => {
    const canvas = window.__atlasMap!.getCanvas();
    const c = document.createElement('canvas');
    c.width = canvas.width;
    c.height = canvas.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    return ctx.getImageData(0, 0, c.width, c.height);
  };
}

/** Waits until the map has loaded its style, drawn its layers and stopped moving. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-status="ready"]', { timeout: 30_000 });
  // Labels are drawn at once in the system font and again when the web font arrives: wait for that.
  await page.waitForFunction(() => performance.getEntriesByName('atlas:label-font').length > 0, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => {
    const map = window.__atlasMap;
    return Boolean(map && map.loaded() && !map.isMoving() && map.areTilesLoaded());
  }, undefined, { timeout: 30_000 });
  // Then one more idle frame, so that what the last state change asked for is drawn.
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = window.__atlasMap!;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
}

/** Screen position (page pixels) of a [lng, lat] on the map. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lng, lat]) => {
    const map = window.__atlasMap!;
    const p = map.project([lng, lat]);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

/** Average RGB of the rendered map canvas in a (2r+1)² box around a page point. */
export async function mapPixel(page: Page, at: { x: number; y: number }, r = 2): Promise<[number, number, number]> {
  return page.evaluate(({ x, y, r }) => {
    const canvas = window.__atlasMap!.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const image = window.__mapImageData!();
    const px = Math.round((x - rect.left) * scale);
    const py = Math.round((y - rect.top) * scale);
    const sum = [0, 0, 0];
    let n = 0;
    for (let j = py - r; j <= py + r; j++) {
      for (let i = px - r; i <= px + r; i++) {
        const o = (j * image.width + i) * 4;
        for (let k = 0; k < 3; k++) sum[k] += image.data[o + k];
        n++;
      }
    }
    return [sum[0] / n, sum[1] / n, sum[2] / n] as [number, number, number];
  }, { ...at, r });
}

/** How many distinct colours (quantised to 4 bits per channel) the map canvas shows. */
export async function mapColourCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const data = window.__mapImageData!().data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 16) seen.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    return seen.size;
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** URLs that left the app's own origin (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

// ---- fresh pages (issue 14): one browser per file, a new context and page for every test.

export interface FreshPageOptions {
  path?: string;
  viewport?: { width: number; height: number };
  /** 1 unless given (a phone test may ask for 2). */
  deviceScaleFactor?: number;
  hasTouch?: boolean;
  isMobile?: boolean;
  /** Let a test see what the app itself does with hostile input, without the CSP's backstop. */
  bypassCSP?: boolean;
  /** Runs before the page is loaded (routes, init scripts). */
  before?: (page: Page) => Promise<unknown>;
  /** Warnings this page provokes on purpose (a blocked host): narrow patterns, added to EXPECTED_WARNINGS. */
  expectedWarnings?: RegExp[];
  /** Wait until the map is idle (waitForMapIdle) before handing the page over. */
  idle?: boolean;
  /** With `strict`: console errors this page provokes on purpose (narrow patterns). */
  expectedErrors?: RegExp[];
}

export interface FreshPagesOptions {
  /** Chromium flags for the file's browser (no WebGL, offline). */
  extraArgs?: string[];
  /**
   * Each page also fails its test on a request that left the app's origin or on a console error (or an
   * uncaught page error) other than its own `expectedErrors`.
   */
  strict?: boolean;
}

export interface FreshPage {
  page: Page;
  requests: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** console.warn messages. */
  warnings: string[];
}

/**
 * One browser for a test file and a fresh context (storage, history, cookies) for each page it opens:
 * call at the file's top level, then `await pages.open()` inside each test. Contexts close after each test.
 */
export function freshPages(baseUrl: string, fileOptions: FreshPagesOptions = {}): { open: (options?: FreshPageOptions) => Promise<FreshPage>; readonly browser: Browser } {
  let browser: Browser | undefined;
  const contexts: { close: () => Promise<void> }[] = [];
  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...(fileOptions.extraArgs ?? [])] });
  });
  const opened: { page: FreshPage; options: FreshPageOptions }[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const pages = opened.splice(0);
    const warnings = pages.flatMap((p) => unexpectedWarnings(p.page.warnings, p.options.expectedWarnings));
    if (warnings.length) throw new Error(`console warnings in this test's page:\n${warnings.join('\n')}`);
    if (!fileOptions.strict) return;
    const foreign = pages.flatMap((p) => foreignRequests(p.page.requests, baseUrl));
    if (foreign.length) throw new Error(`requests outside the app's origin in this test's page:\n${foreign.join('\n')}`);
    const errors = pages.flatMap((p) => p.page.errors.filter((e) => !(p.options.expectedErrors ?? []).some((re) => re.test(e))));
    if (errors.length) throw new Error(`console errors in this test's page:\n${errors.join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('freshPages: read before its beforeAll opened the browser');
      return browser;
    },
    async open(options: FreshPageOptions = {}) {
      if (!browser) throw new Error('freshPages: open() called before its beforeAll opened the browser');
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1400, height: 900 },
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
        hasTouch: options.hasTouch,
        isMobile: options.isMobile,
        bypassCSP: options.bypassCSP,
      });
      contexts.push(context);
      const page = await context.newPage();
      const { requests, errors, warnings } = recordPage(page);
      await page.addInitScript(installMapImageReader);
      await options.before?.(page);
      const opened1 = { page, requests, errors, warnings };
      opened.push({ page: opened1, options });
      await page.goto(new URL(options.path ?? '', baseUrl).href);
      if (options.idle) await waitForMapIdle(page);
      return opened1;
    },
  };
}
// ---- end fresh pages
