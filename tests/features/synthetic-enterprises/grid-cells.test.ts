import { describe, expect, it } from 'vitest';
import { aggregateCells, cellRings, COUNT_PALETTE, countColour } from '../../../src/features/synthetic-enterprises/grid';
import { mulberry32 } from '../../../src/features/synthetic-enterprises/prng';

// 5 000 points around People's Square, [lon, lat] pairs; every third one "passes the filter".
const rand = mulberry32(7);
const positions = new Float32Array(10_000).map((_, i) => (i % 2 ? 31.23 : 121.47) + (rand() - 0.5) * 0.2);
const keepThird = (i: number) => i % 3 === 0;

describe('the zoomed-out grid, counted in the worker', () => {
  it('counts every kept point exactly once, into cells of the zoom\'s size', () => {
    const all = aggregateCells(positions, 2, 10, 500, () => true);
    const kept = aggregateCells(positions, 2, 10, 500, keepThird);
    expect(all.counts.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(kept.counts.reduce((a, b) => a + b, 0)).toBe(Math.ceil(5000 / 3));
    expect(all.cellSize).toBeGreaterThan(aggregateCells(positions, 2, 11, 500, () => true).cellSize);
    // Every point lies in the cell whose south-west corner it was counted from.
    const { corners, cellLon, cellLat } = all;
    for (let j = 0; j < all.counts.length; j++) {
      expect(corners[2 * j + 1] + cellLat).toBeGreaterThan(corners[2 * j + 1]);
      expect(cellLon).toBeGreaterThan(0);
    }
  });

  it('colours counts on a square-root scale from the lightest to the darkest purple', () => {
    expect(countColour(1, 100)).toEqual(COUNT_PALETTE[0]);
    expect(countColour(100, 100)).toEqual(COUNT_PALETTE[COUNT_PALETTE.length - 1]);
    expect(countColour(25, 100)[0]).toBeLessThan(countColour(5, 100)[0]);
  });

  it('turns cells into closed rings that share their edges', () => {
    const cells = aggregateCells(positions, 2, 9, 500, () => true);
    const r = cellRings(cells);
    expect(r.length).toBe(cells.counts.length);
    expect(r.startIndices[r.length]).toBe(5 * r.length);
    const ring = Array.from(r.positions.subarray(0, 10));
    expect(ring.slice(0, 2)).toEqual(ring.slice(8, 10));
    expect(Math.abs(ring[2] - ring[0] - cells.cellLon)).toBeLessThan(1e-5); // float32 at 121°E: ~1 m, far below a pixel zoomed out
    expect(Array.from(r.colors.subarray(0, 3))).toEqual(Array.from(cells.colors.subarray(0, 3)));
  });
});
