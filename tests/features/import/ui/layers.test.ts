/** The import's UI helpers (issue 12): links only for http(s), colours, bounds, the big layer's grid, the hand-over queue. */
import { describe, expect, it } from 'vitest';
import { buildBigLayer, isBig, nearFeatures, BIG_FROM } from '../../../../src/features/import/big-layer';
import { requestImport, takeImportRequests } from '../../../../src/features/import/import-queue';
import { buildTable, type SourceFeature } from '../../../../src/features/import/core/columnar';
import { LAYER_COLOURS, nextColour, safeHttpUrl, type ImportLayer } from '../../../../src/features/import/model';

const point = (index: number, x: number, y: number): SourceFeature => ({ name: `p${index}`, geometry: { type: 'Point', coordinates: [x, y] }, properties: {} });

function layerOf(features: SourceFeature[]): ImportLayer {
  const table = buildTable(features, 'wgs84', null);
  return {
    id: 'l1', name: 'a.csv', colour: '#d6336c', visible: true, format: 'csv', crs: 'wgs84', createdAt: 0, count: table.count,
    located: table.located, notes: [], table, saved: 'saved',
  };
}

describe('import UI helpers', () => {
  it('only http(s) values are links', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
    for (const v of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example', 'ftp://x', 12, null]) expect(safeHttpUrl(v)).toBeNull();
  });

  it('gives each new layer a colour not yet used, then cycles', () => {
    expect(nextColour([])).toBe(LAYER_COLOURS[0]);
    expect(nextColour([LAYER_COLOURS[0]])).toBe(LAYER_COLOURS[1]);
    expect(LAYER_COLOURS).toContain(nextColour(LAYER_COLOURS));
  });

  it('bounds skip features that are not located', () => {
    expect(buildTable([point(0, 121.4, 31.2), { ...point(1, 0, 0), geometry: null }, point(2, 121.5, 31.1)], 'wgs84', null).bounds).toEqual([121.4, 31.1, 121.5, 31.2]);
    expect(buildTable([{ ...point(0, 0, 0), geometry: null }], 'wgs84', null).bounds).toBeNull();
  });

  it('a big layer counts every point once in its cells, and from zoom 14 draws the points in view (or their cells when too many)', async () => {
    const features: SourceFeature[] = [];
    for (let i = 0; i < BIG_FROM + 500; i++) features.push(point(i, 121.3 + (i % 400) * 0.001, 31.1 + Math.floor(i / 400) * 0.001));
    features.push({ ...point(features.length, 0, 0), geometry: null });
    const layer = layerOf(features);
    expect(isBig(layer)).toBe(true);
    const big = await buildBigLayer(layer);
    const counted = big.coarse.features.reduce((n, f) => n + Number(f.properties?.count), 0);
    expect(counted).toBe(layer.located);
    // A small view: its points themselves, each with its index and name.
    const few = nearFeatures(layer, big, [121.3, 31.1, 121.3035, 31.1035]);
    expect(few.features.length).toBeGreaterThan(0);
    expect(few.features.every((f) => f.geometry.type === 'Point' && typeof f.properties?.i === 'number' && !f.properties?.cell)).toBe(true);
    // The whole layer in view: too many points, so cells with counts that add up.
    const all = nearFeatures(layer, big, [121, 31, 122, 32]);
    expect(all.features.every((f) => f.properties?.cell)).toBe(true);
    expect(all.features.reduce((n, f) => n + Number(f.properties?.count), 0)).toBe(layer.located);
  });

  it('files picked before the interface mounts wait for it; none is lost', () => {
    const a = new File(['x'], 'a.csv');
    const b = new File(['y'], 'b.csv');
    requestImport([a]);
    const got: string[] = [];
    const stop = takeImportRequests((files) => got.push(...files.map((f) => f.name)));
    requestImport([b]);
    expect(got).toEqual(['a.csv', 'b.csv']);
    stop();
  });
});
