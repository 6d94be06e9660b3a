/**
 * Clustering of place points with supercluster (the hierarchical greedy clusterer MapLibre itself
 * uses): one index per group, built once per set of points, queried per integer zoom. Points of
 * different groups (highlighted vs plain) never merge; kept points (the selection) stay single.
 */
import Supercluster from 'supercluster';
import type { PlacePoint } from './layers/place-layers';

/** At this zoom and above nothing is clustered. */
export const CLUSTER_MAX_ZOOM = 16;
/** Cluster radius in screen pixels (512-pixel tiles, as MapLibre draws them). */
export const CLUSTER_RADIUS_PX = 36;

export interface PlaceCluster {
  /** `cluster:<group>:<zoom>:<supercluster id>`: stable for a zoom, never a record id. */
  id: string;
  /** Position of the cluster (supercluster's weighted centre of its members), [lng, lat]. */
  position: [number, number];
  count: number;
  /** Member record ids. */
  ids: string[];
  /** [west, south, east, north] of the members. */
  bounds: [number, number, number, number];
  /** The group key the members share (e.g. "highlighted"). */
  group: string;
}

export interface ClusterResult {
  /** Points drawn on their own, in input order. */
  singles: PlacePoint[];
  clusters: PlaceCluster[];
}

export interface ClusterOptions {
  radiusPx?: number;
  /** Points with different groups never merge (e.g. highlighted vs. plain). Default: one group. */
  groupOf?: (p: PlacePoint) => string;
  /** Points that are never clustered (e.g. the selection). */
  keepSingle?: (p: PlacePoint) => boolean;
}

export interface PlaceClusterIndex {
  /** Singles and clusters at an integer zoom (fractions are floored). */
  at(zoom: number): ClusterResult;
  /** The zoom to ease to when a cluster is clicked: the first zoom at which it splits. */
  expansionZoom(cluster: PlaceCluster): number;
}

type Props = { i: number };
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

export function indexPlaces(points: readonly PlacePoint[], options: ClusterOptions = {}): PlaceClusterIndex {
  const { radiusPx = CLUSTER_RADIUS_PX, groupOf = () => 'all', keepSingle = () => false } = options;
  const kept: number[] = [];
  const byGroup = new Map<string, number[]>();
  points.forEach((p, i) => {
    if (keepSingle(p)) kept.push(i);
    else {
      const g = groupOf(p);
      const list = byGroup.get(g);
      if (list) list.push(i);
      else byGroup.set(g, [i]);
    }
  });
  const indexes = new Map<string, Supercluster<Props>>();
  for (const [group, members] of byGroup) {
    const sc = new Supercluster<Props>({ radius: radiusPx, extent: 512, maxZoom: CLUSTER_MAX_ZOOM - 1, minPoints: 2 });
    sc.load(members.map((i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: points[i].position } })));
    indexes.set(group, sc);
  }

  const memo = new Map<number, ClusterResult>();
  return {
    at(zoom) {
      const z = Math.max(0, Math.min(CLUSTER_MAX_ZOOM, Math.floor(zoom)));
      const hit = memo.get(z);
      if (hit) return hit;
      const single = [...kept];
      const clusters: PlaceCluster[] = [];
      for (const [group, sc] of indexes) {
        for (const f of sc.getClusters(WORLD, z)) {
          const p = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
          if (!p.cluster) {
            single.push(p.i!);
            continue;
          }
          const leaves = sc.getLeaves(p.cluster_id!, Infinity).map((l) => points[l.properties.i]);
          const xs = leaves.map((m) => m.position[0]);
          const ys = leaves.map((m) => m.position[1]);
          clusters.push({
            id: `cluster:${group}:${z}:${p.cluster_id}`,
            position: f.geometry.coordinates as [number, number],
            count: p.point_count!,
            ids: leaves.map((m) => m.id),
            bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
            group,
          });
        }
      }
      const result = { singles: single.sort((a, b) => a - b).map((i) => points[i]), clusters };
      memo.set(z, result);
      return result;
    },
    expansionZoom(cluster) {
      const sc = indexes.get(cluster.group);
      const scId = Number(cluster.id.slice(cluster.id.lastIndexOf(':') + 1));
      if (!sc) return CLUSTER_MAX_ZOOM;
      return Math.min(CLUSTER_MAX_ZOOM, sc.getClusterExpansionZoom(scId));
    },
  };
}
