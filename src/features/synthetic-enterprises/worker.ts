/**
 * The synthetic layer's worker: loads the points (fetches and decodes the binary file, or generates
 * them with the same seeded generator when no file is served), assigns each to its zone (Flatbush +
 * point-in-polygon), derives the GPU attributes, and transfers every array to the main thread. None of
 * this runs on the main thread.
 */
/// <reference lib="webworker" />
import type { FeatureCollection } from 'geojson';
import type { AtlasBundle } from '../../data/bundle';
import { SIZES, TRACKS, YEAR_MAX, YEAR_MIN } from './attributes';
import { assignZones, buildZoneIndex, zonesFromCollections } from './assign';
import { decodeEnterprises } from './binary';
import { aggregateCells, countDomains, domainFor, pointsFromZoom, tileOrder } from './grid';
import { generateEnterprises, type SyntheticEnterprises } from './generate';
import { buildLandMask, MASK_LAYER_FILES } from './land-mask';
import type { AggregateRequest, LoadRequest, LoadResult, Phase, WorkerMessage } from './protocol';

// The basemap layers the land mask is built from, shipped as JSON files (never as code) and fetched
// only when the worker has to generate the points itself. The zones come from the app's data file.
const LAYER_FILES = import.meta.glob('../../../scripts/basemap/layers/{roads-major,roads-minor,metro-stations,water}.geojson', {
  query: '?url', import: 'default', eager: true,
}) as Record<string, string>;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const now = () => performance.timeOrigin + performance.now();
const post = (m: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
const progress = (phase: Phase, done: number, total: number) => post({ type: 'progress', phase, done, total });

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`synthetic: ${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function landMask() {
  const read = (name: string) => {
    const key = Object.keys(LAYER_FILES).find((k) => k.endsWith(`/${name}.geojson`));
    if (!key) throw new Error(`synthetic: basemap layer ${name}.geojson is not in this build`);
    return fetchJson<FeatureCollection>(new URL(LAYER_FILES[key], scope.location.href).href);
  };
  const [roadsMajor, roadsMinor, stations, water] = await Promise.all([
    read(MASK_LAYER_FILES.roadsMajor), read(MASK_LAYER_FILES.roadsMinor), read(MASK_LAYER_FILES.stations), read(MASK_LAYER_FILES.water),
  ]);
  return buildLandMask({ roadsMajor, roadsMinor, stations, water });
}

async function fetchFile(req: LoadRequest): Promise<SyntheticEnterprises | null> {
  try {
    const res = await fetch(req.url);
    if (!res.ok) return null;
    // A dev server answers unknown paths with index.html: decode checks the magic and the length.
    const d = decodeEnterprises(await res.arrayBuffer());
    return d.count === req.count && d.seed === req.seed ? d : null;
  } catch {
    return null;
  }
}

async function load(req: LoadRequest): Promise<void> {
  const loadStart = now();
  progress('fetch', 0, req.count);
  let source: LoadResult['source'] = 'file';
  let data = await fetchFile(req);
  if (!data) {
    source = 'generated';
    progress('generate', 0, req.count);
    data = generateEnterprises(await landMask(), req.count, req.seed, (done) => progress('generate', done, req.count));
  }
  const loadEnd = now();

  const assignStart = now();
  const { atlas } = await fetchJson<AtlasBundle>(req.atlasUrl);
  const zi = buildZoneIndex(zonesFromCollections([{ features: atlas.zones as unknown as FeatureCollection['features'] }]));
  progress('assign', 0, req.count);
  const zone = assignZones(zi, data.positions, (done) => progress('assign', done, req.count));
  const assignEnd = now();

  const n = data.count;
  // Points in tile order, so that zoomed in only the tiles in view are drawn (grid.ts).
  const { tiles, order } = tileOrder(data.positions, 2);
  const positions = new Float32Array(3 * n);
  const zoneSorted = new Int16Array(n);
  const filterValues = new Float32Array(3 * n);
  const colors = new Uint8Array(3 * n);
  const years = YEAR_MAX - YEAR_MIN + 1;
  const histogram = new Uint32Array(TRACKS.length * years * SIZES.length);
  let inZones = 0;
  for (let i = 0; i < n; i++) {
    const j = order[i];
    const t = data.track[j];
    const y = data.year[j];
    const s = data.size[j];
    positions[3 * i] = data.positions[2 * j];
    positions[3 * i + 1] = data.positions[2 * j + 1];
    zoneSorted[i] = zone[j];
    filterValues[3 * i] = t;
    filterValues[3 * i + 1] = y;
    filterValues[3 * i + 2] = s;
    const c = TRACKS[t].color;
    colors[3 * i] = c[0];
    colors[3 * i + 1] = c[1];
    colors[3 * i + 2] = c[2];
    histogram[(t * years + (y - YEAR_MIN)) * SIZES.length + s]++;
    if (zone[j] >= 0) inZones++;
  }
  kept = { data, domains: countDomains(data.positions, 2, pointsFromZoom(n)) };
  const result: LoadResult = {
    type: 'result', count: n, source, positions, filterValues, colors, zone: zoneSorted, zoneIds: zi.ids, histogram, inZones,
    tiles,
    times: { loadStart, loadEnd, assignStart, assignEnd },
  };
  post(result, [positions.buffer, filterValues.buffer, colors.buffer, zoneSorted.buffer, histogram.buffer, tiles.offsets.buffer]);
}

/** The points as loaded (the arrays sent to the main thread are copies in tile order), for the grid. */
let kept: { data: SyntheticEnterprises; domains: [number, number][] } | null = null;

/** Counts the grid of one zoom for a filter, here rather than on the GPU (whose read-back would block the page). */
function aggregate(req: AggregateRequest): void {
  if (!kept) return;
  const { data, domains } = kept;
  const f = req.filter;
  const keep = (i: number) =>
    (f.track === null || data.track[i] === f.track) && (f.size === null || data.size[i] === f.size) && data.year[i] >= f.yearMin && data.year[i] <= f.yearMax;
  const cells = aggregateCells(data.positions, 2, req.zoom, domainFor(domains, req.zoom)[1], keep);
  post({ type: 'cells', seq: req.seq, zoom: req.zoom, ...cells }, [cells.corners.buffer, cells.colors.buffer, cells.counts.buffer]);
}

scope.onmessage = (e: MessageEvent<LoadRequest | AggregateRequest>) => {
  const run = e.data?.type === 'load' ? () => load(e.data as LoadRequest) : e.data?.type === 'aggregate' ? async () => aggregate(e.data as AggregateRequest) : null;
  run?.().catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
