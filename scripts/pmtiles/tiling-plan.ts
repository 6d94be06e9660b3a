/**
 * What goes into which zoom of the enterprise tileset, decided while the points stream past (one
 * pass, memory bounded by area, not by the number of points):
 *
 * - zooms minZoom … cellMaxZoom: a `cells` layer — the points aggregated into a grid of
 *   `cellGrid` × `cellGrid` cells per tile (16 px cells on a 512 px tile), one feature per occupied
 *   cell at the mean position of its points, with `count`, the dominant `track` and one count per
 *   track (`n0`, `n1`, …) so that a track filter still works on aggregated tiles.
 * - zooms pointMinZoom … maxZoom: an `enterprises` layer of points, thinned below maxZoom the way
 *   tippecanoe's drop-densest does it: at zoom z a point is kept only if it is the first to reach its
 *   cell of a `thinGrid` × `thinGrid` grid per tile (8 px). Cells nest, so a point kept at z is kept at
 *   every higher zoom: each point gets a `minzoom` and is written once, to the layer file of that
 *   minzoom; GDAL then writes that file into zooms minzoom … maxZoom. At maxZoom every point is there.
 *
 * Occupancy per zoom is a fixed-size hashed bitset (a collision only drops one more point at that
 * zoom), so memory does not grow with the count; the per-zoom cell aggregates grow with the area
 * covered, which is small at low zooms.
 */

export interface TilingPlan {
  minZoom: number;
  /** Highest zoom drawn from aggregated cells. */
  cellMaxZoom: number;
  /** First zoom of the point layer (cellMaxZoom + 1). */
  pointMinZoom: number;
  maxZoom: number;
  /** Cells per tile side for the aggregates. */
  cellGrid: number;
  /** Cells per tile side for point thinning. */
  thinGrid: number;
}

export const DEFAULT_PLAN: TilingPlan = { minZoom: 5, cellMaxZoom: 9, pointMinZoom: 10, maxZoom: 16, cellGrid: 32, thinGrid: 64 };

export interface InputPoint {
  lon: number;
  lat: number;
  /** Index into the track table written to the archive's metadata. */
  track: number;
  year: number;
  /** Index into the size-class table. */
  size: number;
}

/** Web Mercator world coordinates in [0, 1). */
export function mercator(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  return [Math.min(Math.max(x, 0), 1 - 1e-12), Math.min(Math.max(y, 0), 1 - 1e-12)];
}

class HashedBitset {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  constructor(log2Bits: number) {
    this.bits = new Uint32Array(2 ** (log2Bits - 5));
    this.mask = 2 ** log2Bits - 1;
  }
  /** Sets the bit of (cx, cy); says whether it was clear. */
  testAndSet(cx: number, cy: number): boolean {
    // Cell coordinates reach 2^20 at z14 with 64 cells per tile: fold the high bits in, then mix.
    let h = Math.imul((cx >>> 0) ^ Math.floor(cx / 2 ** 32), 0x9e3779b1) ^ Math.imul(cy >>> 0, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae3d);
    h ^= h >>> 13;
    const bit = (h >>> 0) & this.mask;
    const word = bit >>> 5;
    const m = 1 << (bit & 31);
    if (this.bits[word] & m) return false;
    this.bits[word] |= m;
    return true;
  }
}

export interface CellAggregate {
  count: number;
  sumX: number;
  sumY: number;
  perTrack: Uint32Array;
}

/** Consumes points one at a time; says which point layer each belongs to and accumulates the cells. */
export class TilingAccumulator {
  readonly cells: Map<number, CellAggregate>[];
  private readonly occupancy: HashedBitset[];
  readonly pointsPerMinZoom: number[];
  readonly bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  count = 0;

  constructor(readonly plan: TilingPlan, readonly trackCount: number, expectedPoints: number) {
    this.cells = Array.from({ length: plan.cellMaxZoom - plan.minZoom + 1 }, () => new Map());
    // ~16 bits per expected point keeps collisions near 1/16 at the densest thinned zoom; 2^20 … 2^29 bits.
    const log2 = Math.min(29, Math.max(20, Math.ceil(Math.log2(Math.max(1, expectedPoints) * 16))));
    this.occupancy = Array.from({ length: plan.maxZoom - plan.pointMinZoom }, () => new HashedBitset(log2));
    this.pointsPerMinZoom = new Array(plan.maxZoom + 1).fill(0);
  }

  /** Adds a point; returns the lowest zoom at which it is drawn as a point. */
  add(p: InputPoint): number {
    const { plan } = this;
    this.count++;
    const b = this.bounds;
    if (p.lon < b[0]) b[0] = p.lon;
    if (p.lat < b[1]) b[1] = p.lat;
    if (p.lon > b[2]) b[2] = p.lon;
    if (p.lat > b[3]) b[3] = p.lat;
    const [x, y] = mercator(p.lon, p.lat);
    for (let z = plan.minZoom; z <= plan.cellMaxZoom; z++) {
      const n = 2 ** z * plan.cellGrid;
      const key = Math.floor(x * n) * n + Math.floor(y * n);
      const cells = this.cells[z - plan.minZoom];
      let c = cells.get(key);
      if (!c) {
        c = { count: 0, sumX: 0, sumY: 0, perTrack: new Uint32Array(this.trackCount) };
        cells.set(key, c);
      }
      c.count++;
      c.sumX += x;
      c.sumY += y;
      c.perTrack[p.track]++;
    }
    let minZoom = plan.maxZoom;
    for (let z = plan.pointMinZoom; z < plan.maxZoom; z++) {
      const n = 2 ** z * plan.thinGrid;
      const free = this.occupancy[z - plan.pointMinZoom].testAndSet(Math.floor(x * n), Math.floor(y * n));
      if (free && minZoom === plan.maxZoom) minZoom = z;
    }
    this.pointsPerMinZoom[minZoom]++;
    return minZoom;
  }
}

/** Inverse of `mercator`. */
export function lonLat(x: number, y: number): [number, number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

/** The cell's dominant track: the most frequent, the lowest index on a tie. */
export function dominantTrack(perTrack: Uint32Array): number {
  let best = 0;
  for (let i = 1; i < perTrack.length; i++) if (perTrack[i] > perTrack[best]) best = i;
  return best;
}
