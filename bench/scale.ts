/**
 * The synthetic enterprise layer at scale (issue 7): for each size, opens `${baseUrl}?synthetic=N` in a
 * fresh browser context, waits for the layer's `synthetic:ready` mark, changes the panel's filters a few
 * times, pans (zoomed out: GPU grid; zoomed in: single points), and reads the layer's own User Timing
 * entries (src/features/synthetic-enterprises/index.ts), a long-task observer installed before the page
 * loads, requestAnimationFrame intervals while panning, and the JS heap (CDP Runtime.getHeapUsage).
 * It needs nothing of the app but the URL parameter and the panel's form controls.
 *
 *   npx tsx bench/scale.ts --base http://127.0.0.1:PORT/ [--sizes 100000,1000000]
 *                          [--data-dir <the served folder>] [--shots <folder for screenshots>]
 *
 * `--data-dir` (option `dataDir`) writes the binary data files into `<dir>/synthetic/` first, so the
 * worker fetches and decodes them (source `file`); without it the worker generates the same points
 * itself (source `generated`). The files are generated data: write them into a build's folder, never
 * into public/ or the repository.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export interface ScaleFigures {
  count: number;
  /** Where the worker got the points: a served binary file, or its own generator. */
  source: string;
  /** The worker fetching + decoding the binary file (or generating the points), ms. */
  loadMs: number;
  /** Mount → the worker starting to load (its script fetched and started), ms. */
  workerBootMs: number;
  /** Zone index + assignment of every point, in the worker, ms. */
  assignMs: number;
  /** Mount → the frame after the first one with the points on screen, ms. */
  readyMs: number;
  /** Points inside a zone (smallest containing zone). */
  inZones: number;
  /** Filter change → the frame after the one that drew it, ms (median, max over `filterChanges`). */
  filterMedianMs: number;
  filterMaxMs: number;
  filterChanges: number;
  /** requestAnimationFrame intervals while panning, zoomed out (grid) and zoomed in (points), ms. */
  frameMedianGridMs: number;
  frameP95GridMs: number;
  frameMedianPointsMs: number;
  frameP95PointsMs: number;
  /** Longest main-thread task from mount to ready, during the filter changes, and over the whole page, ms. */
  longestTaskLoadMs: number;
  longestTaskFilterMs: number;
  longestTaskPageMs: number;
  /** Main-thread JS heap when ready (CDP Runtime.getHeapUsage usedSize), MB. */
  heapMB: number;
  /** The same after panning and filtering, MB. */
  heapAfterMB: number;
}

export interface ScaleOptions {
  baseUrl: string;
  launch: () => Promise<Browser>;
  sizes: number[];
  /** Folder the baseUrl serves: the binary data files are written into its `synthetic/` first. */
  dataDir?: string;
  /** Folder for a zoomed-out and a zoomed-in screenshot per size. */
  screenshotDir?: string;
  /** Per-size time limit for `synthetic:ready`, ms (default 120 s: software WebGL, shared machine). */
  readyTimeoutMs?: number;
}

const VIEWPORT = { width: 1400, height: 900 };
const progress = (msg: string) => process.stderr.write(`scale: ${msg}\n`);

/** Installed before any page script: long tasks and a frame recorder, reachable from evaluate(). */
const INIT_SCRIPT = `
  window.__name = (f) => f;
  window.__scale = { longTasks: [], frames: [], recording: false };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__scale.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__scale.noLongTask = String(e); }
  window.__scaleRecord = (on) => {
    const s = window.__scale;
    s.recording = on;
    if (!on) return;
    s.frames = [];
    const tick = (t) => { if (!s.recording) return; s.frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  };
`;

interface PageTimings {
  start: number;
  ready: number;
  load: { duration: number; detail: { source: string; bootMs: number } } | null;
  assign: { duration: number; detail: { inZones: number } } | null;
  filters: { start: number; duration: number }[];
  longTasks: { start: number; duration: number }[];
}

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const round1 = (x: number) => Math.round(x * 10) / 10;

// Functions, not strings: the app's Content-Security-Policy forbids evaluating strings.
async function timings(page: Page): Promise<PageTimings> {
  return page.evaluate(() => {
    const one = (n: string) => {
      const e = performance.getEntriesByName(n)[0] as PerformanceMeasure | undefined;
      return e ? { duration: e.duration, start: e.startTime, detail: e.detail } : null;
    };
    return {
      start: one('synthetic:start')!.start,
      ready: one('synthetic:ready')!.start,
      load: one('synthetic:load'),
      assign: one('synthetic:assign'),
      filters: performance.getEntriesByName('synthetic:filter').map((e) => ({ start: e.startTime, duration: e.duration })),
      longTasks: (window as unknown as ScaleWindow).__scale.longTasks,
    };
  });
}

interface ScaleWindow {
  __scale: { longTasks: { start: number; duration: number }[]; frames: number[] };
  __scaleRecord: (on: boolean) => void;
}

async function filterCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('synthetic:filter').length);
}

/** Changes one control and waits for the layer's filter measure of it. */
async function changeFilter(page: Page, change: () => Promise<unknown>): Promise<void> {
  const before = await filterCount(page);
  await change();
  await page.waitForFunction((n) => performance.getEntriesByName('synthetic:filter').length > n, before, { timeout: 30_000 });
}

async function setRange(page: Page, name: string, value: number): Promise<void> {
  await page.evaluate(([n, v]) => {
    const r = document.querySelector<HTMLInputElement>(`input[name="${n}"]`)!;
    r.value = String(v);
    r.dispatchEvent(new Event('input', { bubbles: true }));
  }, [name, value] as const);
}

/** Drags the map a little, several times, recording rAF intervals; returns them. */
async function panFrames(page: Page): Promise<number[]> {
  const cx = VIEWPORT.width * 0.45;
  const cy = VIEWPORT.height * 0.5;
  await page.evaluate(() => (window as unknown as ScaleWindow).__scaleRecord(true));
  for (const [dx, dy] of [[160, 0], [0, 120], [-160, 0], [0, -120]]) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 4 }); // each step waits for a frame: keep 1M runs bounded
    await page.mouse.up();
  }
  await page.waitForTimeout(300);
  await page.evaluate(() => (window as unknown as ScaleWindow).__scaleRecord(false));
  const frames = await page.evaluate(() => (window as unknown as ScaleWindow).__scale.frames);
  return frames.slice(1).map((t, i) => t - frames[i]);
}

async function measureSize(browser: Browser, opts: ScaleOptions, count: number): Promise<ScaleFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  try {
    const cdp = await context.newCDPSession(page);
    const heapMB = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    const url = new URL(opts.baseUrl);
    url.searchParams.set('synthetic', String(count));
    await page.goto(url.href, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => performance.getEntriesByName('synthetic:ready').length > 0, undefined, { timeout: opts.readyTimeoutMs ?? 120_000 });
    } catch (e) {
      const status = await page.locator('.synthetic-enterprises-panel').textContent().catch(() => null);
      throw new Error(`${count}: no synthetic:ready (${(e as Error).message.split('\n')[0]}); panel: ${status}; page errors: ${errors.join(' | ')}`);
    }
    progress(`${count}: ready`);
    const heapReady = await heapMB();
    if (opts.screenshotDir) await page.screenshot({ path: join(opts.screenshotDir, `synthetic-${count}-out.png`) });

    // Filters: track, size, the founding-year range, then back to everything.
    const filterStart = await page.evaluate(() => performance.now());
    await changeFilter(page, () => page.selectOption('select[name="synthetic-track"]', '0'));
    await changeFilter(page, () => page.selectOption('select[name="synthetic-size"]', '1'));
    await changeFilter(page, () => setRange(page, 'synthetic-year-from', 2010));
    await changeFilter(page, () => setRange(page, 'synthetic-year-to', 2020));
    await changeFilter(page, () => page.selectOption('select[name="synthetic-track"]', '4'));
    await changeFilter(page, () => page.selectOption('select[name="synthetic-size"]', ''));
    await changeFilter(page, () => setRange(page, 'synthetic-year-from', 1985));
    await changeFilter(page, () => setRange(page, 'synthetic-year-to', 2025));
    await changeFilter(page, () => page.selectOption('select[name="synthetic-track"]', ''));
    const filterEnd = await page.evaluate(() => performance.now());

    progress(`${count}: filters done`);
    const gridFrames = await panFrames(page);
    progress(`${count}: panned (grid)`);
    // Zoom in until the layer says it draws single points (mark synthetic:mode), then pan among them.
    await page.mouse.move(VIEWPORT.width * 0.45, VIEWPORT.height * 0.5);
    const inPoints = () => page.evaluate(() => performance.getEntriesByName('synthetic:mode').some((e) => (e as PerformanceMark).detail?.mode === 'points'));
    for (let i = 0; i < 16 && !(await inPoints()); i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(400);
    }
    await page.waitForTimeout(1500);
    const pointFrames = await panFrames(page);
    progress(`${count}: panned (points)`);
    if (opts.screenshotDir) await page.screenshot({ path: join(opts.screenshotDir, `synthetic-${count}-in.png`) });
    const heapAfter = await heapMB();

    const t = await timings(page);
    if (!t.load || !t.assign) throw new Error(`${count}: synthetic:load / synthetic:assign measures missing`);
    const longest = (from: number, to: number) =>
      Math.max(0, ...t.longTasks.filter((l) => l.start + l.duration >= from && l.start <= to).map((l) => l.duration));
    return {
      count,
      source: t.load.detail.source,
      loadMs: round1(t.load.duration),
      workerBootMs: round1(t.load.detail.bootMs),
      assignMs: round1(t.assign.duration),
      readyMs: round1(t.ready - t.start),
      inZones: t.assign.detail.inZones,
      filterMedianMs: round1(median(t.filters.map((f) => f.duration))),
      filterMaxMs: round1(Math.max(...t.filters.map((f) => f.duration))),
      filterChanges: t.filters.length,
      frameMedianGridMs: round1(median(gridFrames)),
      frameP95GridMs: round1(percentile(gridFrames, 95)),
      frameMedianPointsMs: round1(median(pointFrames)),
      frameP95PointsMs: round1(percentile(pointFrames, 95)),
      longestTaskLoadMs: round1(longest(t.start, t.ready)),
      longestTaskFilterMs: round1(longest(filterStart, filterEnd)),
      longestTaskPageMs: round1(longest(0, Infinity)),
      heapMB: round1(heapReady),
      heapAfterMB: round1(heapAfter),
    };
  } finally {
    await context.close();
  }
}

export async function runScaleBench(opts: ScaleOptions): Promise<ScaleFigures[]> {
  if (opts.dataDir) {
    const { writeSyntheticFile } = await import('../scripts/synthetic/generate');
    for (const n of opts.sizes) writeSyntheticFile(join(opts.dataDir, 'synthetic'), n);
  }
  if (opts.screenshotDir) mkdirSync(opts.screenshotDir, { recursive: true });
  const browser = await opts.launch();
  try {
    const out: ScaleFigures[] = [];
    // One size at a time, each in a fresh context: the machine is shared and has two cores.
    for (const n of opts.sizes) out.push(await measureSize(browser, opts, n));
    return out;
  } finally {
    await browser.close();
  }
}

// ---------- CLI ----------

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const base = arg('base');
  if (!base) {
    console.error('usage: npx tsx bench/scale.ts --base http://127.0.0.1:PORT/ [--sizes 100000,1000000] [--data-dir <served folder>] [--shots <folder>]');
    process.exit(2);
  }
  const sizes = (arg('sizes') ?? '100000,1000000').split(',').map(Number);
  const { chromium } = await import('playwright-core');
  // @ts-ignore plain ESM module without types (tsc may or may not resolve it)
  const { CHROMIUM_ARGS, findChromium } = (await import('../scripts/chromium.mjs')) as { CHROMIUM_ARGS: string[]; findChromium: () => string | null };
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)');
    process.exit(1);
  }
  const figures = await runScaleBench({
    baseUrl: base,
    sizes,
    dataDir: arg('data-dir'),
    screenshotDir: arg('shots'),
    launch: () => chromium.launch({ executablePath, args: CHROMIUM_ARGS }),
  });
  console.table(figures);
  console.log(JSON.stringify(figures, null, 2));
}
