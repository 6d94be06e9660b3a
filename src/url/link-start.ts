/**
 * What the first frame needs from the link, on the first screen: the query splitter (safe against bad
 * percent-encoding), and the two fields read before anything is drawn: the camera (`c`) and the
 * language (`lang`). The rest of the schema (./link-schema.ts) loads with the URL sync, beside the data.
 */
import type { Lang } from '../i18n';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Longer query strings are not read at all. */
export const MAX_LINK_CHARS = 16_000;
/** Where a camera may look: the basemap's bounds and a degree around them (beyond, the map is empty). */
export const CAMERA_BOUNDS = [120.09, 29.81, 122.73, 32.63] as const;

/** A plain decimal (no exponent, no NaN / Infinity, no hex). */
const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;

/** `decodeURIComponent` of a query component that returns null on bad percent-encoding instead of throwing. */
export function decodeComponent(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a query string into decoded [name, value] pairs; a value with bad percent-encoding is null. */
export function pairs(search: string): [string, string | null][] {
  const q = search.startsWith('?') ? search.slice(1) : search;
  return q.split('&').filter(Boolean).map((p) => {
    const i = p.indexOf('=');
    const name = decodeComponent(i < 0 ? p : p.slice(0, i)) ?? '';
    return [name, decodeComponent(i < 0 ? '' : p.slice(i + 1))];
  });
}

function num(s: string, min: number, max: number): number | undefined {
  if (!DECIMAL.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/** `lng,lat,zoom[,bearing[,pitch]]`: plain decimals, the centre near the basemap, zoom 0–22, bearing ±180, pitch 0–85. */
export function parseCamera(s: string): Camera | undefined {
  const xs = s.split(',');
  if (xs.length < 3 || xs.length > 5) return undefined;
  const [w, south, e, n] = CAMERA_BOUNDS;
  const lng = num(xs[0], w, e);
  const lat = num(xs[1], south, n);
  const zoom = num(xs[2], 0, 22);
  const bearing = xs[3] === undefined ? 0 : num(xs[3], -180, 180);
  const pitch = xs[4] === undefined ? 0 : num(xs[4], 0, 85);
  if (lng === undefined || lat === undefined || zoom === undefined || bearing === undefined || pitch === undefined) return undefined;
  return { center: [lng, lat], zoom, bearing, pitch };
}

export function parseLang(s: string): Lang | undefined {
  return s === 'zh' || s === 'en' ? s : undefined;
}

/** The camera and language a link asks for, if each is given once and reads (the full check comes later). */
export function readStart(search: string): { camera?: Camera; lang?: Lang } {
  if (search.length > MAX_LINK_CHARS) return {};
  const got = new Map<string, string | null>();
  for (const [name, value] of pairs(search)) if (name === 'c' || name === 'lang') got.set(name, got.has(name) ? null : value);
  const c = got.get('c');
  const lang = got.get('lang');
  return { camera: c ? parseCamera(c) : undefined, lang: lang ? parseLang(lang) : undefined };
}
