/**
 * The zoomed-out grid, all of it computed in the worker: the cell size per zoom, the colour domain
 * of the cell counts per zoom (over all points, so that filtered cells get lighter), the counted
 * cells for a zoom and filter, and the tile order that lets zoomed-in points be drawn tile by tile.
 */

/** Single points are drawn from this zoom on (grid cells below it); later for big layers (software WebGL). */
export const AGGREGATE_BELOW_ZOOM = 12;
export const AGGREGATE_BELOW_ZOOM_LARGE = 14;
export const LARGE_LAYER = 200_000;

export function pointsFromZoom(count: number): number {
  return count > LARGE_LAYER ? AGGREGATE_BELOW_ZOOM_LARGE : AGGREGATE_BELOW_ZOOM;
}
export const CELL_PIXELS = 24;
/** Coarsest zoom whose counts are computed; lower zooms use its domain. */
export const MIN_DOMAIN_ZOOM = 4;
const LAT0 = 31.2;

/** Grid cell size in metres at an integer zoom: CELL_PIXELS at Shanghai's latitude (512-px tiles). */
export function cellSizeMetres(zoom: number, lat = LAT0): number {
  const metresPerPixel = (40_075_016.7 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** Math.floor(zoom));
  return Math.round(CELL_PIXELS * metresPerPixel);
}

/** The integer zoom whose cell size the grid uses at `zoom`. */
export function gridZoom(zoom: number, pointsZoom = AGGREGATE_BELOW_ZOOM): number {
  return Math.min(Math.floor(zoom), pointsZoom - 1);
}

/**
 * [1, largest cell count] per integer zoom MIN_DOMAIN_ZOOM … pointsZoom − 1 (index = zoom −
 * MIN_DOMAIN_ZOOM), on a local metric grid like deck.gl's GridLayer's. Its origin differs from the
 * layer's, so the layer's largest cell may exceed this by a little: the upper end gets 25 % headroom
 * (GridLayer hides cells above its domain).
 */
export function countDomains(positions: Float32Array, stride: number, pointsZoom = AGGREGATE_BELOW_ZOOM): [number, number][] {
  const n = positions.length / stride;
  const finest = pointsZoom - 1;
  const cs = cellSizeMetres(finest);
  const mLon = 111_320 * Math.cos((LAT0 * Math.PI) / 180);
  const mLat = 110_574;
  const base = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(((positions[stride * i] - 120) * mLon) / cs);
    const cy = Math.floor(((positions[stride * i + 1] - 30) * mLat) / cs);
    const key = cx * 100_000 + cy;
    base.set(key, (base.get(key) ?? 0) + 1);
  }
  const out: [number, number][] = [];
  for (let z = MIN_DOMAIN_ZOOM; z <= finest; z++) {
    const f = 2 ** (finest - z);
    const cells = new Map<number, number>();
    for (const [key, c] of base) {
      const k = Math.floor(Math.floor(key / 100_000) / f) * 100_000 + Math.floor((key % 100_000) / f);
      cells.set(k, (cells.get(k) ?? 0) + c);
    }
    let max = 1;
    for (const c of cells.values()) if (c > max) max = c;
    out.push([1, Math.max(2, Math.ceil(max * 1.25))]);
  }
  return out;
}

export function domainFor(domains: [number, number][], zoom: number): [number, number] {
  const i = Math.max(0, Math.min(domains.length - 1, Math.floor(zoom) - MIN_DOMAIN_ZOOM));
  return domains[i] ?? [1, 2];
}

/** Tiles per side of the spatial order the worker sorts the points into (points mode draws only the tiles in view). */
export const TILE_GRID = 24;

export interface TileIndex {
  /** [minLon, minLat, maxLon, maxLat] of all points. */
  bounds: [number, number, number, number];
  size: number;
  /** Points of tile k (= ty · size + tx) are offsets[k] … offsets[k + 1] − 1 in the sorted arrays. */
  offsets: Uint32Array;
}

/** Counting sort of points into TILE_GRID² tiles: returns the tile index and, per sorted slot, the original point. */
export function tileOrder(positions: Float32Array, stride: number, size = TILE_GRID): { tiles: TileIndex; order: Uint32Array } {
  const n = positions.length / stride;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = positions[stride * i];
    const y = positions[stride * i + 1];
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  const w = (x1 - x0) / size || 1;
  const h = (y1 - y0) / size || 1;
  const tileOf = new Uint16Array(n);
  const offsets = new Uint32Array(size * size + 1);
  for (let i = 0; i < n; i++) {
    const tx = Math.min(size - 1, Math.floor((positions[stride * i] - x0) / w));
    const ty = Math.min(size - 1, Math.floor((positions[stride * i + 1] - y0) / h));
    const k = ty * size + tx;
    tileOf[i] = k;
    offsets[k + 1]++;
  }
  for (let k = 0; k < size * size; k++) offsets[k + 1] += offsets[k];
  const next = offsets.slice(0, size * size);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[next[tileOf[i]]++] = i;
  return { tiles: { bounds: [x0, y0, x1, y1], size, offsets }, order };
}

/** Tiles whose box meets [west, south, east, north]. */
export function tilesInView(tiles: TileIndex, view: [number, number, number, number]): number[] {
  const [x0, y0, x1, y1] = tiles.bounds;
  const w = (x1 - x0) / tiles.size || 1;
  const h = (y1 - y0) / tiles.size || 1;
  const out: number[] = [];
  const clamp = (v: number) => Math.max(0, Math.min(tiles.size - 1, v));
  if (view[2] < x0 || view[0] > x1 || view[3] < y0 || view[1] > y1) return out;
  for (let ty = clamp(Math.floor((view[1] - y0) / h)); ty <= clamp(Math.floor((view[3] - y0) / h)); ty++) {
    for (let tx = clamp(Math.floor((view[0] - x0) / w)); tx <= clamp(Math.floor((view[2] - x0) / w)); tx++) {
      const k = ty * tiles.size + tx;
      if (tiles.offsets[k + 1] > tiles.offsets[k]) out.push(k);
    }
  }
  return out;
}

/** Light to dark purple (ColorBrewer "Purples"): a count scale apart from the plans' colours. */
export const COUNT_PALETTE: [number, number, number][] = [
  [218, 218, 235], [188, 189, 220], [158, 154, 200], [128, 125, 186], [106, 81, 163], [74, 20, 134],
];

/** A cell count's colour on a square-root scale over [1, max] (counts crowd on roads and stations). */
export function countColour(count: number, max: number): [number, number, number] {
  const t = Math.sqrt(Math.max(0, Math.min(1, (count - 1) / Math.max(1, max - 1))));
  const x = t * (COUNT_PALETTE.length - 1);
  const k = Math.min(COUNT_PALETTE.length - 2, Math.floor(x));
  const f = x - k;
  const [a, b] = [COUNT_PALETTE[k], COUNT_PALETTE[k + 1]];
  return [0, 1, 2].map((c) => Math.round(a[c] + (b[c] - a[c]) * f)) as [number, number, number];
}

export interface GridCells {
  /** [lon, lat] of each non-empty cell's south-west corner. */
  corners: Float32Array;
  /** [r, g, b] per cell. */
  colors: Uint8Array;
  /** Points per cell. */
  counts: Uint32Array;
  /** Cell edge, metres, and in degrees of longitude and latitude. */
  cellSize: number;
  cellLon: number;
  cellLat: number;
}

/**
 * The cells as flat, closed rings (5 corners each) with a colour per corner: the binary form of
 * deck.gl's SolidPolygonLayer, so that neighbouring cells share their edges exactly.
 */
export function cellRings(c: GridCells): { length: number; startIndices: Uint32Array; positions: Float32Array; colors: Uint8Array } {
  const n = c.counts.length;
  const positions = new Float32Array(n * 10);
  const colors = new Uint8Array(n * 15);
  const startIndices = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const [x, y] = [c.corners[2 * i], c.corners[2 * i + 1]];
    positions.set([x, y, x + c.cellLon, y, x + c.cellLon, y + c.cellLat, x, y + c.cellLat, x, y], 10 * i);
    for (let k = 0; k < 5; k++) colors.set(c.colors.subarray(3 * i, 3 * i + 3), 15 * i + 3 * k);
    startIndices[i + 1] = 5 * (i + 1);
  }
  return { length: n, startIndices, positions, colors };
}

/**
 * Counts the points that pass `keep` into the grid of an integer zoom (the same local metric grid as
 * countDomains), coloured against that zoom's domain over all points (filtered cells get lighter).
 * Runs in the worker: the main thread only draws the cells.
 */
export function aggregateCells(positions: Float32Array, stride: number, zoom: number, domainMax: number, keep: (i: number) => boolean): GridCells {
  const n = positions.length / stride;
  const cs = cellSizeMetres(zoom);
  const mLon = 111_320 * Math.cos((LAT0 * Math.PI) / 180);
  const mLat = 110_574;
  const cells = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    const cx = Math.floor(((positions[stride * i] - 120) * mLon) / cs);
    const cy = Math.floor(((positions[stride * i + 1] - 30) * mLat) / cs);
    const key = cx * 100_000 + cy;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const corners = new Float32Array(2 * cells.size);
  const colors = new Uint8Array(3 * cells.size);
  const counts = new Uint32Array(cells.size);
  let j = 0;
  for (const [key, c] of cells) {
    const cx = Math.floor(key / 100_000);
    const cy = key - cx * 100_000;
    corners[2 * j] = 120 + (cx * cs) / mLon;
    corners[2 * j + 1] = 30 + (cy * cs) / mLat;
    colors.set(countColour(c, domainMax), 3 * j);
    counts[j] = c;
    j++;
  }
  return { corners, colors, counts, cellSize: cs, cellLon: cs / mLon, cellLat: cs / mLat };
}
