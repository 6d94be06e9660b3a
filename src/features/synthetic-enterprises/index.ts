/**
 * The synthetic enterprise layer: 100 000 – 1 000 000 generated points (clearly labelled as not real),
 * loaded and assigned to zones in a worker, drawn by deck.gl on binary attributes, filtered on the GPU.
 * The app loads this module with a dynamic `import()` only for `?synthetic=N`; this file is its only
 * public entry.
 *
 * User Timing, for the scale benchmark (bench/scale.ts):
 * - mark `synthetic:start` when mounting starts;
 * - measure `synthetic:load`: the worker fetching and decoding the file (or generating the points);
 *   detail `{count, source, bootMs}` (bootMs: mount → the worker starting to load, i.e. its start-up);
 * - measure `synthetic:assign`: zone index built and every point assigned, in the worker; detail `{count, zones, inZones}`;
 * - mark `synthetic:ready`: the frame after the first one that drew the points; detail `{count, source}`;
 * - measure `synthetic:filter`: a filter change → the frame after the one that drew it; detail `{count, shown, changes}`;
 * - mark `synthetic:mode` when zooming switches between the grid and single points; detail `{mode, zoom}`.
 *
 * deck.gl: one interleaved MapboxOverlay, drawing into MapLibre's own canvas and context (the app's
 * layers are MapLibre's, so this is the map's only deck.gl overlay; an interleaved overlay shares one
 * Deck per map). One canvas: with software WebGL every extra canvas is another read-back per frame.
 */
import { ATLAS_BUNDLE_PATH } from '../../data/bundle';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { dataFileName } from './binary';
import { DEFAULT_SEED } from './generate';
import { ALL, countShown, type SyntheticFilter } from './filters';
import { buildSyntheticLayers, gridLayer, syntheticData, type SyntheticData } from './layers';
import { gridZoom, pointsFromZoom, tilesInView, type GridCells } from './grid';
import { SyntheticPanel } from './panel';
import type { AggregateRequest, LoadRequest, LoadResult, WorkerMessage } from './protocol';
import { mapUsesWebgl2 } from '../../map/webgl';

export interface SyntheticOptions {
  count: number;
  lang: 'zh' | 'en';
  /** PRNG seed (the data file name carries it). */
  seed?: number;
}

/** Zoom state that changes the layers: an integer zoom while aggregated, one state once points are drawn. */
function zoomKey(zoom: number, pointsZoom: number): number {
  return zoom < pointsZoom ? Math.floor(zoom) : pointsZoom;
}

/**
 * Mounts the layer and its panel on `map`. Resolves as soon as both are set up (loading goes on in the
 * worker, with progress in the panel), with a function that removes everything again.
 */
export async function mountSyntheticEnterprises(map: MapLibreMap, options: SyntheticOptions): Promise<() => void> {
  if (!mapUsesWebgl2(map)) throw new Error('the synthetic layer needs WebGL2 (deck.gl 9), and this map draws with WebGL1');
  const count = Math.floor(options.count);
  const seed = options.seed ?? DEFAULT_SEED;
  const start = performance.now();
  performance.mark('synthetic:start', { detail: { count } });

  let filter: SyntheticFilter = { ...ALL };
  let data: SyntheticData | null = null;
  let tilesKey = '';
  let histogram: Uint32Array | null = null;
  /** The worker's latest counted grid (zoomed out), and the sequence number of the latest request. */
  let cells: (GridCells & { zoom: number }) | null = null;
  let seq = 0;
  let cellsSeq = -1;
  let overlay: MapboxOverlay | null = null;
  const pointsZoom = pointsFromZoom(count);
  let zoom = zoomKey(map.getZoom(), pointsZoom);
  let removed = false;
  let readyMarked = false;
  let source: LoadResult['source'] = 'file';
  let pendingFilter: { start: number; changes: number } | null = null;

  /** The map's bounds with a 20 % margin, so that a short pan finds its tiles already drawn. */
  const view = (): [number, number, number, number] => {
    const b = map.getBounds();
    const [w, s, e, n] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const [mx, my] = [(e - w) * 0.2, (n - s) * 0.2];
    return [w - mx, s - my, e + mx, n + my];
  };
  const redraw = () => {
    if (!data || !overlay) return;
    const v = view();
    tilesKey = zoom < pointsZoom ? '' : tilesInView(data.tiles, v).join(',');
    overlay.setProps({ layers: buildSyntheticLayers(data, filter, zoom, pointsZoom, cells, v) });
  };
  /** Zoomed out: ask the worker to count the grid for this zoom and filter (it answers with the cells). */
  const requestCells = () => {
    if (!data || zoom >= pointsZoom) return;
    const request: AggregateRequest = { type: 'aggregate', zoom: gridZoom(zoom, pointsZoom), filter, seq: ++seq };
    worker.postMessage(request);
  };

  const panel = new SyntheticPanel(options.lang, pointsZoom, (f) => {
    filter = f;
    pendingFilter = pendingFilter ? { ...pendingFilter, changes: pendingFilter.changes + 1 } : { start: performance.now(), changes: 1 };
    if (zoom < pointsZoom) requestCells(); // redrawn when the cells arrive
    else redraw();
    if (histogram) panel.setCounts(countShown(histogram, filter), count);
  });
  map.addControl(panel, 'bottom-right');

  const onZoom = () => {
    const k = zoomKey(map.getZoom(), pointsZoom);
    if (k === zoom) return;
    const wasPoints = zoom >= pointsZoom;
    zoom = k;
    if (wasPoints !== zoom >= pointsZoom) performance.mark('synthetic:mode', { detail: { mode: zoom >= pointsZoom ? 'points' : 'grid', zoom: map.getZoom() } });
    requestCells();
    redraw();
  };
  // Zoomed in, a pan that brings other tiles into view re-declares the point layers.
  const onMove = () => {
    if (!data || zoom < pointsZoom) return;
    if (tilesInView(data.tiles, view()).join(',') !== tilesKey) redraw();
  };
  map.on('zoom', onZoom);
  map.on('move', onMove);

  const afterRender = () => {
    if (removed || !data) return;
    // Zoomed out, nothing is drawn of the layer until the worker's cells for the latest request are.
    if (zoom < pointsZoom && (!cells || cellsSeq !== seq)) return;
    if (!readyMarked) {
      readyMarked = true;
      requestAnimationFrame(() => performance.mark('synthetic:ready', { detail: { count, source, sinceStartMs: performance.now() - start } }));
    }
    const p = pendingFilter;
    if (p) {
      pendingFilter = null;
      requestAnimationFrame(() => {
        const shown = histogram ? countShown(histogram, filter) : null;
        performance.measure('synthetic:filter', { start: p.start, end: performance.now(), detail: { count, shown, changes: p.changes } });
      });
    }
  };

  // The overlay and an empty grid layer go in now, while the worker loads: deck.gl's start-up and the
  // grid's shader compile happen on an idle main thread, not in the frame that first draws the points.
  overlay = new MapboxOverlay({
    interleaved: true,
    layers: [gridLayer(null)],
    onAfterRender: afterRender,
    onError: (err) => console.error('synthetic deck:', err.message),
  });
  map.addControl(overlay);

  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'synthetic-enterprises' });
  const toLocal = (epochMs: number) => epochMs - performance.timeOrigin;
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    if (removed) return;
    const m = e.data;
    if (m.type === 'progress') {
      panel.progress(m.phase, m.done, m.total);
      return;
    }
    if (m.type === 'error') {
      panel.error(m.message);
      worker.terminate();
      return;
    }
    if (m.type === 'cells') {
      if (m.seq !== seq) return; // an answer to an older zoom or filter
      cells = m;
      cellsSeq = m.seq;
      redraw();
      return;
    }
    // The arrays now belong to this thread; the worker keeps its own copy of the points for the grid.
    source = m.source;
    performance.measure('synthetic:load', {
      start: toLocal(m.times.loadStart), end: toLocal(m.times.loadEnd), detail: { count: m.count, source, bootMs: toLocal(m.times.loadStart) - start },
    });
    performance.measure('synthetic:assign', {
      start: toLocal(m.times.assignStart), end: toLocal(m.times.assignEnd), detail: { count: m.count, zones: m.zoneIds.length, inZones: m.inZones },
    });
    data = syntheticData(m.positions, m.colors, m.filterValues, m.tiles);
    histogram = m.histogram;
    requestCells();
    redraw();
    panel.ready(m.inZones);
    panel.setCounts(countShown(histogram, filter), count);
  };
  worker.onerror = (e) => {
    if (!removed) panel.error(e.message || 'worker error');
  };
  const request: LoadRequest = {
    type: 'load', count, seed,
    url: new URL(`synthetic/${dataFileName(count, seed)}`, document.baseURI).href,
    atlasUrl: new URL(ATLAS_BUNDLE_PATH, document.baseURI).href,
  };
  worker.postMessage(request);

  return () => {
    if (removed) return;
    removed = true;
    worker.terminate();
    map.off('zoom', onZoom);
    map.off('move', onMove);
    if (overlay) map.removeControl(overlay);
    map.removeControl(panel);
    data = null;
    histogram = null;
  };
}
