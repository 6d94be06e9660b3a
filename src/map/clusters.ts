/**
 * Grid clustering of place points for one integer zoom: points are projected to Web Mercator world
 * pixels (512-pixel tiles, as MapLibre draws them), binned into square cells, and every cell holding
 * two or more points of the same group becomes one counted cluster. Pure and deterministic.
 */
import type { PlacePoint } from './layers/place-layers';

/** At this zoom and above nothing is clustered. */
export const CLUSTER_MAX_ZOOM = 16;
/** Cell size in screen pixels. */
export const CLUSTER_CELL_PX = 36;

export interface PlaceCluster {
  /** `cluster:<zoom>:<group>:<col>:<row>`: stable for a zoom, never a record id. */
  id: string;
  /** Mean position of the members, [lng, lat]. */
  position: [number, number];
  count: number;
  /** Member record ids, in input order. */
  ids: string[];
  /** [west, south, east, north] of the members. */
  bounds: [number, number, number, number];
  /** The group key the members share (e.g. "highlighted"). */
  group: string;
}

export interface ClusterResult {
  /** Points drawn on their own. */
  singles: PlacePoint[];
  clusters: PlaceCluster[];
}

export interface ClusterOptions {
  cellPx?: number;
  maxZoom?: number;
  /** Points with different groups never merge (e.g. highlighted vs. plain). Default: one group. */
  groupOf?: (p: PlacePoint) => string;
  /** Points that are never clustered (e.g. the selection). */
  keepSingle?: (p: PlacePoint) => boolean;
}

/** Web Mercator world pixel coordinates of [lng, lat] at `zoom` (512-pixel world at zoom 0). */
export function worldPixel([lng, lat]: [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  const x = ((lng + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
  return [x, y];
}

export function clusterPlaces(points: readonly PlacePoint[], zoom: number, options: ClusterOptions = {}): ClusterResult {
  const { cellPx = CLUSTER_CELL_PX, maxZoom = CLUSTER_MAX_ZOOM, groupOf = () => 'all', keepSingle = () => false } = options;
  const z = Math.floor(zoom);
  if (z >= maxZoom) return { singles: [...points], clusters: [] };
  const cells = new Map<string, PlacePoint[]>();
  const singles: PlacePoint[] = [];
  for (const p of points) {
    if (keepSingle(p)) {
      singles.push(p);
      continue;
    }
    const [x, y] = worldPixel(p.position, z);
    const key = `${groupOf(p)}:${Math.floor(x / cellPx)}:${Math.floor(y / cellPx)}`;
    const cell = cells.get(key);
    if (cell) cell.push(p);
    else cells.set(key, [p]);
  }
  const clusters: PlaceCluster[] = [];
  for (const [key, members] of cells) {
    if (members.length === 1) {
      singles.push(members[0]);
      continue;
    }
    const xs = members.map((m) => m.position[0]);
    const ys = members.map((m) => m.position[1]);
    clusters.push({
      id: `cluster:${z}:${key}`,
      position: [xs.reduce((a, b) => a + b, 0) / xs.length, ys.reduce((a, b) => a + b, 0) / ys.length],
      count: members.length,
      ids: members.map((m) => m.id),
      bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      group: key.slice(0, key.indexOf(':')),
    });
  }
  // Keep the input order for singles, so that layer data is stable between zooms.
  const order = new Map(points.map((p, i) => [p.id, i]));
  singles.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { singles, clusters };
}

/** The zoom to ease to when a cluster is clicked: enough to split it, at least one level deeper. */
export function expansionZoom(cluster: PlaceCluster, zoom: number, options: ClusterOptions = {}): number {
  const maxZoom = options.maxZoom ?? CLUSTER_MAX_ZOOM;
  for (let z = Math.floor(zoom) + 1; z < maxZoom; z++) {
    const [w, s, e, n] = cluster.bounds;
    const [x0, y0] = worldPixel([w, n], z);
    const [x1, y1] = worldPixel([e, s], z);
    // Split when the members span more than one cell at that zoom.
    if (Math.max(x1 - x0, y1 - y0) > (options.cellPx ?? CLUSTER_CELL_PX)) return z;
  }
  return maxZoom;
}
