/**
 * Interaction latency in the Atlas, at rest: select → panel (a zone button in the zone browser) and
 * filter (a plan's checkbox). Each is timed in the page, from performance.now() just before the
 * click (dispatched from the page) to the first animation frame in which the DOM shows the result
 * and, when the app sets it, a `performance.mark('atlas:layers-painted', {detail: {selectedId,
 * hiddenPlans}})` matching that state exists after the click (its startTime then bounds the time).
 * A build without that mark but with `window.__atlasMap` (the before build) is timed to the map's
 * first drawn frame after the click instead; the signal used is reported.
 */
import type { Browser, Page } from 'playwright-core';
import { FALLBACK_MARK, installAtlasMapHook, signalMark, type ZonesSignal } from './cold';
import { freshContext, median, percentile } from './util';

export interface Latency {
  /** What ends the measurement. */
  signal: string;
  samples: { target: string; ms: number; domMs: number; markMs: number | null }[];
  timeouts: string[];
  median: number | null;
  p95: number | null;
}

export interface InteractionFigures {
  select: Latency;
  filter: Latency;
}

type Spec = { kind: 'select'; id: string } | { kind: 'filter'; index: number; expectChecked: boolean; expectHidden: number };
type Result = { ok: boolean; ms: number; domMs: number; markMs: number | null };
/** What, besides the DOM, ends a measurement: the app's mark, the map's next drawn frame (hooked), or nothing. */
type PaintSignal = 'mark' | 'map-render' | 'none';

/** Runs in the page: click, then watch every animation frame until the new state is shown (and painted). */
function measureInPage({ spec, paint, timeoutMs }: { spec: Spec; paint: PaintSignal; timeoutMs: number }): Promise<Result> {
  const PAINTED = 'atlas:layers-painted';
  type Detail = { selectedId?: string | null; hiddenPlans?: string[] };
  let target: HTMLElement | null;
  if (spec.kind === 'select') target = document.querySelector<HTMLElement>(`.side-panel .zone-button[data-id="${CSS.escape(spec.id)}"]`);
  else target = document.querySelectorAll<HTMLInputElement>('.zone-browser .plan-toggle input[type="checkbox"]')[spec.index] ?? null;
  if (!target) return Promise.resolve({ ok: false, ms: -1, domMs: -1, markMs: null });
  const shown = (): boolean => {
    if (spec.kind === 'select') {
      const h = document.querySelector<HTMLElement>(`[data-testid="details-panel"][data-id="${CSS.escape(spec.id)}"] #details-title`);
      return Boolean(h && h.textContent && h.getClientRects().length > 0);
    }
    const box = document.querySelectorAll<HTMLInputElement>('.zone-browser .plan-toggle input[type="checkbox"]')[spec.index];
    return Boolean(box && box.checked === spec.expectChecked);
  };
  const painted = (t0: number): number | null => {
    if (paint === 'map-render') return (window as { __benchRenders?: number[] }).__benchRenders?.find((t) => t > t0) ?? null;
    for (const m of performance.getEntriesByName(PAINTED) as PerformanceMark[]) {
      if (m.startTime < t0) continue;
      const d = (m.detail ?? {}) as Detail;
      if (spec.kind === 'select' ? d.selectedId === spec.id : (d.hiddenPlans?.length ?? -1) === spec.expectHidden) return m.startTime;
    }
    return null;
  };
  return new Promise((resolve) => {
    let domAt: number | null = null;
    const t0 = performance.now();
    target!.click();
    const frame = () => {
      const now = performance.now();
      if (domAt === null && shown()) domAt = now;
      const markAt = paint !== 'none' ? painted(t0) : null;
      if (domAt !== null && (paint === 'none' || markAt !== null)) {
        const end = Math.max(domAt, markAt ?? 0);
        resolve({ ok: true, ms: end - t0, domMs: domAt - t0, markMs: markAt === null ? null : markAt - t0 });
      } else if (now - t0 > timeoutMs) {
        resolve({ ok: false, ms: now - t0, domMs: domAt === null ? -1 : domAt - t0, markMs: null });
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Lets the camera finish easing and the map go quiet. */
async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
  await page
    .waitForFunction(() => {
      const map = (window as { __atlasMap?: { isMoving: () => boolean; loaded: () => boolean } }).__atlasMap;
      return !map || (!map.isMoving() && map.loaded());
    }, undefined, { timeout: 5000, polling: 100 })
    .catch(() => undefined);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

function summarise(signal: string, samples: Latency['samples'], timeouts: string[]): Latency {
  const ms = samples.map((s) => s.ms);
  return { signal, samples, timeouts, median: median(ms), p95: percentile(ms, 95) };
}

export async function interactions(browser: Browser, url: string, zonesSignal: ZonesSignal, opts: { count: number; useMark: boolean }): Promise<InteractionFigures> {
  // Reach the first screen the same way as a cold run, then stay on that page.
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await openAtRest(page, url, zonesSignal);
    const hooked = await page.evaluate(() => Array.isArray((window as { __benchRenders?: number[] }).__benchRenders));
    const paint: PaintSignal = opts.useMark ? 'mark' : hooked ? 'map-render' : 'none';
    const signal = {
      mark: "heading/checkbox shown in a frame AND 'atlas:layers-painted' with the new state (its startTime bounds the time)",
      'map-render': "heading/checkbox shown in a frame AND the map's next drawn frame ('render', hooked through window.__atlasMap; the build sets no 'atlas:layers-painted')",
      none: "heading/checkbox shown in a frame only (no 'atlas:layers-painted' and no window.__atlasMap: map paint not included)",
    }[paint];

    // Select → panel over `count` zones spread along the list; Close (or Back) in between.
    const ids = await page.$$eval('.side-panel .zone-button', (bs) => bs.map((b) => (b as HTMLElement).dataset.id!).filter(Boolean));
    const step = Math.max(1, Math.floor(ids.length / opts.count));
    const picks = ids.filter((_, i) => i % step === 0).slice(0, opts.count);
    const select: Latency['samples'] = [];
    const selectTimeouts: string[] = [];
    for (const id of picks) {
      const r = await page.evaluate(measureInPage, { spec: { kind: 'select', id } as Spec, paint, timeoutMs: 5000 });
      if (r.ok) select.push({ target: id, ms: r.ms, domMs: r.domMs, markMs: r.markMs });
      else selectTimeouts.push(id);
      await settle(page, 900);
      await page.evaluate(() => {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('.details-panel .details-nav button')];
        (buttons.find((b) => b.textContent?.includes('←')) ?? document.querySelector<HTMLButtonElement>('.details-panel .close'))?.click();
      });
      await page.waitForSelector('.side-panel .zone-browser', { state: 'attached', timeout: 5000 });
      await settle(page, 400);
    }

    // Filter: hide a plan, show it again, plan after plan.
    const boxes = await page.$$eval('.zone-browser .plan-toggle input[type="checkbox"]', (bs) => bs.length);
    const filter: Latency['samples'] = [];
    const filterTimeouts: string[] = [];
    const n = opts.count + (opts.count % 2);
    for (let i = 0; i < n && boxes > 0; i++) {
      const index = (i >> 1) % boxes;
      const state = await page.$$eval('.zone-browser .plan-toggle input[type="checkbox"]', (bs) => bs.map((b) => (b as HTMLInputElement).checked));
      const expectChecked = !state[index];
      const expectHidden = state.filter((c, j) => (j === index ? !expectChecked : !c)).length;
      const spec: Spec = { kind: 'filter', index, expectChecked, expectHidden };
      const r = await page.evaluate(measureInPage, { spec, paint, timeoutMs: 5000 });
      const label = `plan #${index + 1} ${expectChecked ? 'shown' : 'hidden'}`;
      if (r.ok) filter.push({ target: label, ms: r.ms, domMs: r.domMs, markMs: r.markMs });
      else filterTimeouts.push(label);
      await settle(page, 400);
    }
    return { select: summarise(signal, select, selectTimeouts), filter: summarise(signal, filter, filterTimeouts) };
  } finally {
    await context.close();
  }
}

/** Opens the page and waits for its zones signal plus a quiet map (no cold-start figures kept). */
async function openAtRest(page: Page, url: string, zonesSignal: ZonesSignal): Promise<void> {
  const mark = signalMark(zonesSignal);
  // Always hooked (harmless if the app never sets window.__atlasMap): it also records the map's frames.
  await page.addInitScript(installAtlasMapHook, FALLBACK_MARK);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000, polling: 100 });
  await page.waitForSelector('.side-panel .zone-button', { state: 'attached', timeout: 30_000 });
  await settle(page, 1500);
}
