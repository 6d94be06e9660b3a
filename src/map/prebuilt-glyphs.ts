/**
 * The first screen's label glyphs, prebuilt: no label glyph of the first view is drawn on the main thread.
 *
 * The style has no glyph server, so MapLibre draws every glyph it needs on the main thread with
 * TinySDF while the worker waits to lay those labels out. Until the web font has arrived (after the
 * first screen) they are drawn in whatever system font there is, and as empty boxes where there is no
 * CJK font at all: the development machine's first screen showed boxes until `atlas:label-font`
 * (docs/PERFORMANCE.md, seventh session). Drawing them also searches the fallback fonts for each
 * character; it was not measurably on the path to the first screen there.
 *
 * `public/glyphs/` holds the glyphs MapLibre itself drew for the first screens (desktop and phone, zh
 * and en) once Noto Sans SC had loaded (scripts/build-glyphs.ts, `npm run build:glyphs`), in the format of
 * ./glyph-file.ts. The file is preloaded by index.html and put into MapLibre's glyph cache for the
 * labels' font stacks before the worker asks for its first glyphs; every other glyph (an imported
 * name, a street at a high zoom) is still drawn locally, as before.
 *
 * This fills a private cache (`Map.style.glyphManager.entries`, MapLibre 5): if it is not there, or the
 * file does not load, the labels are drawn locally as they always were (a console warning says why).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { decodeGlyphs, type PlainGlyph } from './glyph-file';
import { LABEL_FONT_STACKS } from './fonts';

/** Gzipped by the build script: static servers do not compress a binary type, and it shrinks 4.5×. */
export const PREBUILT_GLYPHS_PATH = 'glyphs/noto-sans-sc-400.bin.gz';
/** How long the worker's first glyph request may wait for the file (it is preloaded: it comes long before). */
const WAIT_MS = 1500;

type CacheEntry = { glyphs: Record<number, unknown>; requests: Record<number, unknown>; ranges: Record<number, unknown> };
type GlyphManager = { entries: Record<string, CacheEntry>; getGlyphs: (request: Record<string, number[]>) => Promise<unknown> };

let pending: Promise<PlainGlyph[]> | null = null;

/** Fetches and decodes the glyph file once (index.html has already started the request). */
export function loadPrebuiltGlyphs(): Promise<PlainGlyph[]> {
  pending ??= (async () => {
    const res = await fetch(new URL(PREBUILT_GLYPHS_PATH, document.baseURI).href);
    if (!res.ok) throw new Error(`${PREBUILT_GLYPHS_PATH}: HTTP ${res.status}`);
    return decodeGlyphs(await gunzipped(await res.arrayBuffer()));
  })();
  return pending;
}

/** The file's bytes, gunzipped (unless the server sent it with `Content-Encoding: gzip` and the browser already did). */
export async function gunzipped(buffer: ArrayBuffer): Promise<ArrayBuffer> {
  const head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return buffer;
  return new Response(new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/** What MapLibre's glyph manager holds: it sends each glyph to the worker as `bitmap.clone()`. */
function styleGlyph({ id, bitmap, metrics }: PlainGlyph) {
  const { width, height, data } = bitmap;
  return { id, metrics, bitmap: { width, height, data, clone: () => ({ width, height, data: data.slice() }) } };
}

/**
 * Puts the prebuilt glyphs into `map`'s glyph cache, for every label font stack. Until they are in
 * (at most `waitMs`), the glyph manager's answers wait, so that the first view's glyphs are not drawn
 * twice. Resolves to the number of glyphs installed (0 when they could not be).
 */
export function installPrebuiltGlyphs(map: MapLibreMap, glyphs: Promise<PlainGlyph[]> = loadPrebuiltGlyphs(), waitMs = WAIT_MS): Promise<number> {
  const manager = (map as unknown as { style?: { glyphManager?: GlyphManager } }).style?.glyphManager;
  if (!manager || typeof manager.getGlyphs !== 'function' || typeof manager.entries !== 'object') {
    console.warn('glyphs: MapLibre has no glyph cache to fill; labels are drawn locally');
    return Promise.resolve(0);
  }
  const installed = glyphs.then(
    (list) => {
      for (const stack of LABEL_FONT_STACKS) {
        const entry = (manager.entries[stack] ??= { glyphs: {}, requests: {}, ranges: {} });
        // A glyph already drawn (the file came late) stays as it is.
        for (const g of list) entry.glyphs[g.id] ??= styleGlyph(g);
      }
      return list.length;
    },
    (e: unknown) => {
      console.warn(`glyphs: ${(e as Error).message}; labels are drawn locally`);
      return 0;
    },
  );
  const getGlyphs = manager.getGlyphs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = Promise.race([installed, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]).then(() => clearTimeout(timer));
  // Stays in place (once `ready` has settled it only adds a microtask), so that it never undoes a later wrapper.
  manager.getGlyphs = async function waitForPrebuilt(this: GlyphManager, request) {
    await ready;
    return getGlyphs.call(this, request);
  };
  return installed;
}
