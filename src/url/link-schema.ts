/**
 * The share link's schema: which query parameters hold which part of the view, how each is read
 * (strictly: a part that does not parse is dropped, and named, never guessed at) and how it is written.
 * Syntax only: whether ids exist in the data is checked after the data load (./link-check.ts).
 *
 * A tiny typed parser, not zod/mini: zod/mini for this schema measured 6.6 KB gzip, over the 3 KB
 * this whole part may add to the first screen (the browser loads no zod). The two fields the first
 * frame needs, camera and language, are read by ./link-start.ts (on the first screen); this module
 * loads with the rest of the URL sync, beside the data.
 *
 *   c=lng,lat,zoom[,bearing[,pitch]]  sel=<record id>  hide=<plan id>,…  kinds=…&carrierKinds=…&tracks=…&precisions=…
 *   q=<search text>  lang=en|zh  read=<seed>:<quote>  plan=<plan id>  dir=open[,inview]  year=YYYY (the timeline's, a filter)
 *
 * Parameters the schema does not own (?synthetic=, ?tiles=, anything else) are ignored here and kept
 * as they are when the link is written.
 */
import type { Citation, SeedId } from '../data/schema';
import type { Lang } from '../i18n';
import { SEED_FILES } from '../data/seeds';
import { FILTER_KEYS, type Filters } from '../store/filters';
import { filterYear, withYear } from '../store/timeline';
import { decodeComponent, pairs, parseCamera, parseLang, MAX_LINK_CHARS, type Camera } from './link-start';

export type { Camera };

/** The shareable view. Absent from a parsed link: the link does not say (the default). */
export interface LinkView {
  camera: Camera;
  selectedId: string | null;
  hiddenPlans: string[];
  filters: Filters;
  searchQuery: string;
  lang: Lang;
  readerCitation: Citation | null;
  planViewId: string | null;
  directoryOpen: boolean;
  directoryInView: boolean;
}

/** The parts a notice names when they are dropped. */
export type LinkPart = 'link' | 'camera' | 'selection' | 'filters' | 'search' | 'language' | 'reader' | 'plan' | 'directory';

export interface ParsedLink {
  view: Partial<LinkView>;
  /** Parts present in the link that could not be read (each falls back to its default). */
  invalid: LinkPart[];
}

export const MAX_QUERY_CHARS = 200;
export const MAX_QUOTE_CHARS = 1000;
const MAX_LIST = 64;
const ID = /^[a-z]+:[a-z0-9][a-z0-9-]{0,120}$/;
const TOKEN = /^[a-z0-9][a-z0-9:._-]{0,80}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/;

function list(s: string, re: RegExp): string[] | undefined {
  const xs = s === '' ? [] : s.split(',');
  return xs.length <= MAX_LIST && xs.every((x) => re.test(x)) ? [...new Set(xs)] : undefined;
}

function text(s: string, max: number, allowNewline: boolean): string | undefined {
  return s.length <= max && !CONTROL.test(s) && (allowNewline || !s.includes('\n')) ? s : undefined;
}

function parseReader(s: string): Citation | undefined {
  const seed = s.slice(0, 3);
  const quote = text(s.slice(4), MAX_QUOTE_CHARS, true);
  return Object.hasOwn(SEED_FILES, seed) && s[3] === ':' && quote ? { seed: seed as SeedId, quote } : undefined;
}

function parseDirectory(s: string): Pick<LinkView, 'directoryOpen' | 'directoryInView'> | undefined {
  const flags = s.split(',');
  if (!flags.every((f) => f === 'open' || f === 'inview')) return undefined;
  return { directoryOpen: flags.includes('open'), directoryInView: flags.includes('inview') };
}

type Reader = (raw: string) => Partial<LinkView> | undefined;
const opt = <T,>(v: T | undefined, f: (v: T) => Partial<LinkView>) => (v === undefined ? undefined : f(v));

/** Each parameter: the part it feeds (named by a notice) and how it is read. */
const PARAMS: Record<string, [LinkPart, Reader]> = {
  c: ['camera', (s) => opt(parseCamera(s), (camera) => ({ camera }))],
  sel: ['selection', (s) => (ID.test(s) ? { selectedId: s } : undefined)],
  hide: ['filters', (s) => opt(list(s, ID), (hiddenPlans) => ({ hiddenPlans }))],
  q: ['search', (s) => opt(text(s, MAX_QUERY_CHARS, false), (searchQuery) => ({ searchQuery }))],
  lang: ['language', (s) => opt(parseLang(s), (lang) => ({ lang }))],
  read: ['reader', (s) => opt(parseReader(s), (readerCitation) => ({ readerCitation }))],
  plan: ['plan', (s) => (ID.test(s) && s.startsWith('plan:') ? { planViewId: s } : undefined)],
  dir: ['directory', parseDirectory],
  // The timeline's year (issue 13): a filter, kept in the filters (src/store/timeline.ts).
  year: ['filters', (s) => (/^(19|20)\d\d$/.test(s) ? { filters: withYear({} as Filters, Number(s)) } : undefined)],
  // The filters, by the store's own key names (a key added to FILTER_KEYS is read and written too).
  ...Object.fromEntries(FILTER_KEYS.map((k): [string, [LinkPart, Reader]] => [
    k, ['filters', (s) => opt(list(s, TOKEN), (values) => ({ filters: { [k]: values } as unknown as Filters }))],
  ])),
};

const param = (name: string) => (Object.hasOwn(PARAMS, name) ? PARAMS[name] : undefined);

/** Reads a link's query string. Never throws: what cannot be read is left out and named in `invalid`. */
export function parseLink(search: string): ParsedLink {
  if (search.length > MAX_LINK_CHARS) return { view: {}, invalid: ['link'] };
  // A parameter given twice is ambiguous, and one with bad percent-encoding unreadable: null.
  const raw = new Map<string, string | null>();
  for (const [name, value] of pairs(search)) if (param(name)) raw.set(name, raw.has(name) ? null : value);
  const view: Partial<LinkView> = {};
  const filters: Partial<Filters> = {};
  const invalid = new Set<LinkPart>();
  for (const [name, value] of raw) {
    const [part, read] = param(name)!;
    const got = value === null ? undefined : read(value);
    if (!got) invalid.add(part);
    else if (got.filters) Object.assign(filters, got.filters);
    else Object.assign(view, got);
  }
  if (Object.keys(filters).length) view.filters = withYear(Object.fromEntries(FILTER_KEYS.map((k) => [k, filters[k] ?? []])) as Filters, filterYear(filters as Filters));
  return { view, invalid: [...invalid] };
}

// ---------------------------------------------------------------- writing

/** Decimals that keep a coordinate within a tenth of a pixel at this zoom (512-pixel world at zoom 0). */
export function coordinateDecimals(zoom: number): number {
  return Math.max(2, Math.ceil(Math.log10((512 * 2 ** zoom) / 360 / 0.1)));
}

const fixed = (n: number, d: number) => String(Number(n.toFixed(d)));

export function writeCamera(c: Camera): string {
  const d = coordinateDecimals(c.zoom);
  const out = [fixed(c.center[0], d), fixed(c.center[1], d), fixed(c.zoom, 3)];
  const bearing = Number(c.bearing.toFixed(2));
  const pitch = Number(c.pitch.toFixed(2));
  if (bearing || pitch) out.push(String(bearing));
  if (pitch) out.push(String(pitch));
  return out.join(',');
}

/** Percent-encodes a value, leaving the separators the schema uses (`:` and `,`) readable. */
function encode(s: string): string {
  return encodeURIComponent(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/**
 * The query string for a view. Parts equal to their default are left out (`defaultCamera`: the
 * initial camera, written as it would be); `search` is the current query string, whose parameters
 * the schema does not own are kept, in their order, after the schema's own.
 */
export function writeLink(view: LinkView, defaultCamera: string, search = ''): string {
  const out: [string, string][] = [];
  const camera = writeCamera(view.camera);
  if (camera !== defaultCamera) out.push(['c', camera]);
  if (view.selectedId) out.push(['sel', view.selectedId]);
  if (view.hiddenPlans.length) out.push(['hide', view.hiddenPlans.join(',')]);
  for (const k of FILTER_KEYS) if (view.filters[k]?.length) out.push([k, view.filters[k].join(',')]);
  const year = filterYear(view.filters);
  if (year !== null) out.push(['year', String(year)]);
  if (view.searchQuery) out.push(['q', view.searchQuery]);
  if (view.lang !== 'zh') out.push(['lang', view.lang]);
  if (view.readerCitation) out.push(['read', `${view.readerCitation.seed}:${view.readerCitation.quote}`]);
  if (view.planViewId) out.push(['plan', view.planViewId]);
  const dir = [view.directoryOpen && 'open', view.directoryInView && 'inview'].filter(Boolean).join(',');
  if (dir) out.push(['dir', dir]);
  const q = out.map(([k, v]) => `${k}=${encode(v)}`);
  const rest = search.replace(/^\?/, '').split('&').filter((p) => p && !param(decodeComponent(p.split('=')[0]) ?? ''));
  const all = [...q, ...rest];
  return all.length ? `?${all.join('&')}` : '';
}
