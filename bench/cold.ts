/**
 * One cold start: a fresh browser context (empty cache), navigation to `url`, and the time of the
 * page's "zones visible" signal, read as a User Timing mark's startTime (navigation start is 0).
 * Also records what was fetched before that moment (Resource Timing) and the page's diagnostic marks.
 */
import type { Browser, Page } from 'playwright-core';
import { freshContext } from './util';

/** How a page tells us its zones are on screen. */
export type ZonesSignal =
  /** The page sets this mark itself (`atlas:zones-visible`, `floor:zones-visible`). */
  | { kind: 'mark'; name: string }
  /**
   * Fallback for an Atlas without the mark: hook `window.__atlasMap` when the app assigns it and
   * set `bench:zones-idle` on the first MapLibre `idle` at which the style holds deck.gl's layers
   * (deck 9.4's interleaved overlay adds a `deck-layer-group-*` custom layer once it has layers;
   * the app hands it all its layers at once, zones first).
   */
  | { kind: 'atlasMapIdle' };

export const FALLBACK_MARK = 'bench:zones-idle';

export function signalMark(signal: ZonesSignal): string {
  return signal.kind === 'mark' ? signal.name : FALLBACK_MARK;
}

export function describeSignal(signal: ZonesSignal): string {
  return signal.kind === 'mark'
    ? `performance.mark('${signal.name}') set by the page`
    : `first MapLibre 'idle' with deck.gl's layers in the style, hooked through window.__atlasMap (the build sets no 'atlas:zones-visible' mark)`;
}

/** Runs in the page before its own scripts (fallback signal only). */
export function installAtlasMapHook(markName: string) {
  let current: unknown;
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: () => current,
    set: (map: { on: (e: string, f: () => void) => void; off: (e: string, f: () => void) => void; getLayer: (id: string) => unknown; style?: { _order?: string[] } }) => {
      current = map;
      performance.mark('bench:map-created');
      const hasDeckLayers = () => Boolean(map.getLayer('zones')) || (map.style?._order ?? []).some((id) => id.startsWith('deck-layer-group'));
      // Every frame the map draws (bounded), for interaction timing without the app's own marks.
      const renders: number[] = ((window as { __benchRenders?: number[] }).__benchRenders = []);
      map.on('render', () => {
        renders.push(performance.now());
        if (renders.length > 200) renders.splice(0, 100);
      });
      const onIdle = () => {
        if (!hasDeckLayers()) return;
        map.off('idle', onIdle);
        performance.mark(markName);
      };
      map.on('idle', onIdle);
    },
  });
}

export interface Fetched {
  url: string;
  /** Response body bytes as sent (Vite's preview server gzips compressible types such as JS). */
  bytes: number;
  /** When the response ended, ms since the epoch (the browser's clock). */
  endEpoch: number;
}

export interface ColdRun {
  ms: number;
  /** Other marks of the page (`atlas:*`, `floor:*`, `bench:*`), ms since navigation start. */
  marks: Record<string, number>;
  /** Everything fetched before the signal. */
  fetched: Fetched[];
  jsBytes: number;
  jsFiles: number;
  basemapBytes: number;
  fontBytes: number;
  /** Everything fetched before the signal, in bytes. */
  totalBytes: number;
  /** FontFace objects the page declares (CSS @font-face rules and FontFace()s). */
  fontFaces: number;
  mapSize: { width: number; height: number } | null;
  errors: string[];
}

const JS = /\.m?js$/;

export async function coldRun(browser: Browser, url: string, signal: ZonesSignal, timeoutMs = 60_000): Promise<ColdRun> {
  const context = await freshContext(browser);
  const mark = signalMark(signal);
  if (signal.kind === 'atlasMapIdle') await context.addInitScript(installAtlasMapHook, mark);
  const page = await context.newPage();
  // Network events rather than the page's Resource Timing: they include what MapLibre's workers fetch.
  const pending: Promise<Fetched | null>[] = [];
  context.on('requestfinished', (req) => {
    pending.push(
      req
        .sizes()
        .then((sizes) => {
          const t = req.timing();
          return { url: req.url(), bytes: sizes.responseBodySize, endEpoch: t.startTime + t.responseEnd };
        })
        .catch(() => null),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: timeoutMs, polling: 100 });
    const collected = await collect(page, mark);
    const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== null && f.endEpoch <= collected.markEpoch);
    return { ...collected, ...bytesOf(fetched), fetched, errors };
  } catch (e) {
    throw new Error(`${url}: no '${mark}' within ${timeoutMs} ms (${(e as Error).message.split('\n')[0]}); page errors: ${errors.join(' | ') || 'none'}`);
  } finally {
    await context.close();
  }
}

async function collect(page: Page, mark: string) {
  return page.evaluate((name) => {
    const at = performance.getEntriesByName(name)[0].startTime;
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) if (/^(atlas|floor|bench):/.test(m.name) && !(m.name in marks)) marks[m.name] = m.startTime;
    const el = document.querySelector('[data-testid="map"]') ?? document.getElementById('map');
    const rect = el?.getBoundingClientRect();
    return {
      ms: at,
      markEpoch: performance.timeOrigin + at,
      marks,
      fontFaces: document.fonts.size,
      mapSize: rect ? { width: Math.round(rect.width), height: Math.round(rect.height) } : null,
    };
  }, mark);
}

function bytesOf(fetched: Fetched[]) {
  const path = (u: string) => {
    try {
      return new URL(u).pathname;
    } catch {
      return u;
    }
  };
  const sum = (xs: Fetched[]) => xs.reduce((s, f) => s + f.bytes, 0);
  const js = fetched.filter((f) => JS.test(path(f.url)));
  return {
    jsBytes: sum(js),
    jsFiles: js.length,
    basemapBytes: sum(fetched.filter((f) => path(f.url).includes('/basemap/'))),
    // Font files, and the prebuilt label glyphs drawn from the font (src/map/prebuilt-glyphs.ts).
    fontBytes: sum(fetched.filter((f) => /\.(woff2?|ttf|otf)$/.test(path(f.url)) || path(f.url).includes('/glyphs/'))),
    totalBytes: sum(fetched),
  };
}
