/**
 * Very large point layers (a 50 MB CSV: about a million points) drawn without handing MapLibre a
 * million features — any GeoJSON that size is cloned between the page and MapLibre's worker in one
 * long task (setData with an object clones it on the way in; a URL source sends it back whole). The
 * page keeps the points on a grid (built in slices) and gives MapLibre only what a view needs: below
 * zoom 14 the points counted in ~1 km cells (each drawn as a disc with its count); from zoom 14 the
 * points in view — or, where they are still too many, their counts in ~250 m cells. A click on a cell
 * zooms in. Small objects only, so every setData is a short task.
 */
import { toDisplay } from '../../map/projection';
import { textAt, POINT } from './core/table';
import type { ImportLayer } from './model';
import { yieldToPage } from './slices';

/** From this many located points a point layer is drawn as a big layer. */
export const BIG_FROM = 20000;
export const NEAR_ZOOM = 14;
const COARSE = 0.01;
const FINE = 0.0025;
/** At most this many points are drawn at once (the rest counted in their cells). */
const NEAR_CAP = 6000;

export interface BigLayer {
  coarse: GeoJSON.FeatureCollection;
  /** Fine cell key → indices (feature indices of the layer's table) of its points. */
  fine: Map<number, number[]>;
  /** Display positions per feature (NaN where not located). */
  xs: Float64Array;
  ys: Float64Array;
}

export const isBig = (layer: ImportLayer) => layer.table.located >= BIG_FROM && layer.table.allPoints;

/** A cell's key as a number (no string per point: a million strings would keep the garbage collector busy). */
const key = (ix: number, iy: number) => (ix + 200000) * 400000 + (iy + 200000);

const cell = (x: number, y: number, n: number, size: number): GeoJSON.Feature => ({
  type: 'Feature', properties: { cell: true, count: n, size }, geometry: { type: 'Point', coordinates: [x, y] },
});

/** The grid of a big layer, in the display datum, built a chunk at a time (the page gets a turn after ~16 ms). */
export async function buildBigLayer(layer: ImportLayer): Promise<BigLayer> {
  const { table } = layer;
  const xs = new Float64Array(table.count).fill(NaN);
  const ys = new Float64Array(table.count).fill(NaN);
  const coarse = new Map<number, { x: number; y: number; n: number }>();
  const fine = new Map<number, number[]>();
  let started = performance.now();
  for (const c of table.chunks) {
    for (let j = 0; j < c.count; j++) {
      if (c.kind[j] !== POINT) continue;
      const [x, y] = toDisplay([c.xy[2 * j], c.xy[2 * j + 1]]);
      const i = c.start + j;
      xs[i] = x;
      ys[i] = y;
      const ck = key(Math.floor(x / COARSE), Math.floor(y / COARSE));
      const cc = coarse.get(ck);
      if (cc) (cc.x += x, cc.y += y, cc.n++);
      else coarse.set(ck, { x, y, n: 1 });
      const fk = key(Math.floor(x / FINE), Math.floor(y / FINE));
      const list = fine.get(fk);
      if (list) list.push(i);
      else fine.set(fk, [i]);
    }
    if (performance.now() - started > 16) {
      await yieldToPage();
      started = performance.now();
    }
  }
  return {
    coarse: { type: 'FeatureCollection', features: [...coarse.values()].map((c) => cell(c.x / c.n, c.y / c.n, c.n, COARSE)) },
    fine, xs, ys,
  };
}

/** What to draw from zoom 14 in a view [west, south, east, north] (display coordinates). */
export function nearFeatures(layer: ImportLayer, big: BigLayer, [w, s, e, n]: [number, number, number, number]): GeoJSON.FeatureCollection {
  const cells: [number, number[]][] = [];
  let total = 0;
  for (let ix = Math.floor(w / FINE); ix <= Math.floor(e / FINE); ix++) {
    for (let iy = Math.floor(s / FINE); iy <= Math.floor(n / FINE); iy++) {
      const list = big.fine.get(key(ix, iy));
      if (list) (cells.push([key(ix, iy), list]), (total += list.length));
    }
  }
  const features: GeoJSON.Feature[] = [];
  if (total <= NEAR_CAP) {
    for (const [, list] of cells) {
      for (const i of list) {
        const c = layer.table.chunks[Math.floor(i / layer.table.chunkRows)];
        features.push({ type: 'Feature', id: i, properties: { i, n: textAt(c.names, i - c.start) }, geometry: { type: 'Point', coordinates: [big.xs[i], big.ys[i]] } });
      }
    }
  } else {
    for (const [, list] of cells) {
      let x = 0, y = 0;
      for (const i of list) (x += big.xs[i], y += big.ys[i]);
      features.push(cell(x / list.length, y / list.length, list.length, FINE));
    }
  }
  return { type: 'FeatureCollection', features };
}
