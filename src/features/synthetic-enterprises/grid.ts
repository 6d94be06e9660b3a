/**
 * The zoomed-out grid's cell size per zoom, and the colour domain of its cell counts (computed once in
 * the worker over all points, so the GPU grid needs no read-back of every cell to colour them).
 */

export const AGGREGATE_BELOW_ZOOM = 12;
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
export function gridZoom(zoom: number): number {
  return Math.min(Math.floor(zoom), AGGREGATE_BELOW_ZOOM - 1);
}

/**
 * [1, largest cell count] per integer zoom MIN_DOMAIN_ZOOM … AGGREGATE_BELOW_ZOOM − 1 (index = zoom −
 * MIN_DOMAIN_ZOOM), on a local metric grid like deck.gl's GridLayer's. Its origin differs from the
 * layer's, so the layer's largest cell may exceed this by a little: the upper end gets 25 % headroom
 * (GridLayer hides cells above its domain).
 */
export function countDomains(positions: Float32Array, stride: number): [number, number][] {
  const n = positions.length / stride;
  const finest = AGGREGATE_BELOW_ZOOM - 1;
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
  const i = Math.max(0, Math.min(domains.length - 1, gridZoom(zoom) - MIN_DOMAIN_ZOOM));
  return domains[i] ?? [1, 2];
}
