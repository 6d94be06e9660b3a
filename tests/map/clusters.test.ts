import { describe, expect, it } from 'vitest';
import { CLUSTER_MAX_ZOOM, indexPlaces } from '../../src/map/clusters';
import type { PlacePoint } from '../../src/map/layers/place-layers';

const pt = (id: string, lng: number, lat: number): PlacePoint => ({ id, kind: 'carrier', position: [lng, lat], schematic: true });

// Three places ~30 m apart, one ~5 km away.
const near = [pt('carrier:a', 121.4170, 31.2200), pt('carrier:b', 121.4173, 31.2201), pt('carrier:c', 121.4171, 31.2203)];
const far = pt('carrier:far', 121.4700, 31.2200);

describe('place clustering', () => {
  it('merges nearby places into one counted cluster at low zoom and keeps a lone place single', () => {
    const { singles, clusters } = indexPlaces([...near, far]).at(12);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ count: 3, group: 'all' });
    expect([...clusters[0].ids].sort()).toEqual(['carrier:a', 'carrier:b', 'carrier:c']);
    expect(clusters[0].id).toMatch(/^cluster:all:12:/);
    expect(clusters[0].position[0]).toBeCloseTo(121.41713, 4);
    expect(clusters[0].bounds).toEqual([121.417, 31.22, 121.4173, 31.2203]);
    expect(singles.map((p) => p.id)).toEqual(['carrier:far']);
  });

  it('splits clusters as the zoom grows, and clusters nothing from the max zoom on', () => {
    const index = indexPlaces([...near, far]);
    expect(index.at(8).clusters[0].count).toBe(4);
    expect(index.at(CLUSTER_MAX_ZOOM).clusters).toEqual([]);
    expect(index.at(CLUSTER_MAX_ZOOM + 0.7).singles).toHaveLength(4);
  });

  it('never merges different groups, and leaves kept places single', () => {
    const grouped = indexPlaces(near, { groupOf: (p) => (p.id === 'carrier:a' ? 'highlighted' : 'plain') }).at(12);
    expect(grouped.clusters.map((c) => [c.group, c.count])).toEqual([['plain', 2]]);
    expect(grouped.singles.map((p) => p.id)).toEqual(['carrier:a']);
    const kept = indexPlaces(near, { keepSingle: (p) => p.id === 'carrier:b' }).at(12);
    expect(kept.singles.map((p) => p.id)).toEqual(['carrier:b']);
    expect([...kept.clusters[0].ids].sort()).toEqual(['carrier:a', 'carrier:c']);
  });

  it('a click on a cluster zooms to the first zoom that splits it', () => {
    const index = indexPlaces(near);
    const [cluster] = index.at(10).clusters;
    const z = index.expansionZoom(cluster);
    expect(z).toBeGreaterThanOrEqual(11);
    expect(z).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM);
    expect(index.at(z).clusters.every((c) => c.count < cluster.count)).toBe(true);
    expect(index.at(z - 1).clusters.some((c) => c.count === cluster.count)).toBe(true);
  });
});
