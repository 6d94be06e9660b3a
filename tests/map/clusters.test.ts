import { describe, expect, it } from 'vitest';
import { CLUSTER_MAX_ZOOM, clusterPlaces, expansionZoom, worldPixel } from '../../src/map/clusters';
import type { PlacePoint } from '../../src/map/layers/place-layers';

const pt = (id: string, lng: number, lat: number): PlacePoint => ({ id, kind: 'carrier', position: [lng, lat], schematic: true });

// Three places ~30 m apart (mid-cell at zoom 12, away from grid lines), one ~5 km away.
const near = [pt('carrier:a', 121.4170, 31.2200), pt('carrier:b', 121.4173, 31.2201), pt('carrier:c', 121.4171, 31.2203)];
const far = pt('carrier:far', 121.4700, 31.2200);

describe('place clustering', () => {
  it('projects like MapLibre: 512-pixel world at zoom 0', () => {
    expect(worldPixel([0, 0], 0)).toEqual([256, 256]);
    const [x, y] = worldPixel([180, 0], 1);
    expect([x, y]).toEqual([1024, 512]);
  });

  it('merges nearby places into one counted cluster at low zoom and keeps a lone place single', () => {
    const { singles, clusters } = clusterPlaces([...near, far], 12);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ count: 3, ids: ['carrier:a', 'carrier:b', 'carrier:c'], group: 'all' });
    expect(clusters[0].id).toMatch(/^cluster:12:all:/);
    expect(clusters[0].position[0]).toBeCloseTo(121.41713, 4);
    expect(clusters[0].bounds).toEqual([121.417, 31.22, 121.4173, 31.2203]);
    expect(singles.map((p) => p.id)).toEqual(['carrier:far']);
  });

  it('splits clusters as the zoom grows, and clusters nothing from the max zoom on', () => {
    expect(clusterPlaces([...near, far], 8).clusters[0].count).toBe(4);
    expect(clusterPlaces([...near, far], CLUSTER_MAX_ZOOM).clusters).toEqual([]);
    expect(clusterPlaces([...near, far], CLUSTER_MAX_ZOOM + 0.7).singles).toHaveLength(4);
  });

  it('never merges different groups, and leaves kept places single', () => {
    const grouped = clusterPlaces(near, 12, { groupOf: (p) => (p.id === 'carrier:a' ? 'highlighted' : 'plain') });
    expect(grouped.clusters.map((c) => [c.group, c.count])).toEqual([['plain', 2]]);
    expect(grouped.singles.map((p) => p.id)).toEqual(['carrier:a']);
    const kept = clusterPlaces(near, 12, { keepSingle: (p) => p.id === 'carrier:b' });
    expect(kept.singles.map((p) => p.id)).toEqual(['carrier:b']);
    expect(kept.clusters[0].ids).toEqual(['carrier:a', 'carrier:c']);
  });

  it('a click on a cluster zooms at least one level and far enough to split it', () => {
    const [cluster] = clusterPlaces(near, 10).clusters;
    const z = expansionZoom(cluster, 10.4);
    expect(z).toBeGreaterThanOrEqual(11);
    expect(z).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM);
    const [w, s, e, n] = cluster.bounds;
    expect(worldPixel([e, s], z)[0] - worldPixel([w, n], z)[0]).toBeGreaterThan(36 * 0.5);
  });
});
