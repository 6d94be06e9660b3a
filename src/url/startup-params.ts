/**
 * Parameters read once from the page URL at start-up that ask for an optional layer. This is the
 * seed of the URL module (shareable state has one home); a bad value costs that value, not the page.
 */

export interface StartupParams {
  /** `?synthetic=100000`: draw a generated, clearly labelled synthetic enterprise layer of this many points. */
  synthetic?: number;
  /** `?tiles=<url of a .pmtiles archive on this origin>`: draw a vector-tile point layer read through the pmtiles protocol. */
  tiles?: string;
}

/** Largest synthetic layer the app accepts (the scale benchmark's top size). */
export const MAX_SYNTHETIC_POINTS = 1_000_000;

export function readStartupParams(search: string, origin?: string): StartupParams {
  const q = new URLSearchParams(search);
  const out: StartupParams = {};
  const n = Number(q.get('synthetic'));
  if (Number.isInteger(n) && n > 0 && n <= MAX_SYNTHETIC_POINTS) out.synthetic = n;
  const tiles = q.get('tiles');
  if (tiles) {
    try {
      // Same-origin only: the app never reaches outside its origin by default.
      const base = origin ?? (typeof location !== 'undefined' ? location.href : 'http://localhost/');
      const url = new URL(tiles, base);
      if (url.origin === new URL(base).origin && url.pathname.endsWith('.pmtiles')) out.tiles = url.href;
    } catch {
      /* ignore a malformed URL */
    }
  }
  return out;
}
