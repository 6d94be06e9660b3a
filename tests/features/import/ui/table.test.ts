/**
 * The columnar layer (issue 12): features in, the same features out (featureAt) across chunk
 * boundaries, converted to WGS84 with their zones; the search and the directory read it by position.
 */
import { describe, expect, it } from 'vitest';
import { buildTable, type SourceFeature } from '../../../../src/features/import/core/columnar';
import { positionToWgs84 } from '../../../../src/features/import/core/crs';
import { featureAt, nameAt, pointAt, zoneAt, textColumn, textAt } from '../../../../src/features/import/core/table';
import { importedCount, importedRowAt, searchImported } from '../../../../src/features/import/imported-records';
import { useImportStore } from '../../../../src/features/import/import-store';
import type { ImportLayer } from '../../../../src/features/import/model';

const FEATURES: SourceFeature[] = [
  { name: '甲公司', geometry: { type: 'Point', coordinates: [121.47, 31.23] }, address: '浦东新区 1 号', properties: { 名称: '甲公司', n: 3, ok: true, none: null } },
  { name: 'B & <b>Co</b>', geometry: null, address: '徐汇区', properties: { 名称: 'B & <b>Co</b>', n: 'x' } },
  { name: '丙', geometry: { type: 'Polygon', coordinates: [[[121.4, 31.1], [121.5, 31.1], [121.5, 31.2], [121.4, 31.1]]] }, properties: { 名称: '丙' } },
  { name: 'İstanbul Ltd', geometry: { type: 'Point', coordinates: [121.6, 31.3, 12] }, properties: { 名称: 'İstanbul Ltd', extra: 'only here' } },
  { name: '丁', geometry: { type: 'Point', coordinates: [121.3, 31.0] }, properties: { 名称: '丁' } },
];

const zoneOf = (lng: number) => (lng > 121.45 ? 'zone:east' : null);

describe('the columnar table', () => {
  it('joins strings and reads them back', () => {
    const c = textColumn(['', 'ab', '', 'c', '企业']);
    expect([0, 1, 2, 3, 4].map((j) => textAt(c, j))).toEqual(['', 'ab', '', 'c', '企业']);
  });

  it('gives back every feature as it came in (WGS84), across chunk boundaries, with its zone', () => {
    const t = buildTable(FEATURES, 'wgs84', zoneOf, 2);
    expect(t.chunks).toHaveLength(3);
    expect(t).toMatchObject({ count: 5, located: 4, allPoints: false, keys: ['名称', 'n', 'ok', 'none', 'extra'], plain: [true, false, false, false, false] });
    expect(t.bounds).toEqual([121.3, 31.0, 121.6, 31.3]);
    FEATURES.forEach((f, i) => {
      const back = featureAt(t, i)!;
      expect(back.index).toBe(i);
      expect(back.name).toBe(f.name);
      expect(back.geometry).toEqual(f.geometry);
      expect(back.address).toBe(f.address);
      expect(back.properties).toEqual(f.properties);
    });
    expect([0, 1, 2, 3, 4].map((i) => zoneAt(t, i))).toEqual(['zone:east', null, null, 'zone:east', null]);
    expect(pointAt(t, 1)).toBeNull();
    expect(pointAt(t, 2)).toEqual([121.45, 31.15]);
    expect(featureAt(t, 5)).toBeNull();
    expect(nameAt(t, 4)).toBe('丁');
  });

  it('converts GCJ-02 points and shapes to WGS84 as the converters do', () => {
    const t = buildTable(FEATURES, 'gcj02', null, 2);
    expect(featureAt(t, 0)!.geometry).toEqual({ type: 'Point', coordinates: positionToWgs84([121.47, 31.23], 'gcj02') });
    const poly = featureAt(t, 2)!.geometry as GeoJSON.Polygon;
    expect(poly.coordinates[0][1]).toEqual(positionToWgs84([121.5, 31.1], 'gcj02'));
    expect((featureAt(t, 3)!.geometry as GeoJSON.Point).coordinates[2]).toBe(12);
  });
});

describe('imported features for the search and the directory', () => {
  const layer = (id: string, visible = true): ImportLayer => {
    const table = buildTable(FEATURES, 'wgs84', zoneOf, 2);
    return { id, name: `${id}.csv`, colour: '#d6336c', visible, format: 'csv', crs: 'wgs84', createdAt: 0, count: table.count, located: table.located, notes: [], table, saved: 'saved' };
  };

  it('finds names and addresses case-insensitively, each feature once, in shown layers only', () => {
    useImportStore.setState({ layers: [layer('a'), layer('b', false)] });
    expect(searchImported('公司').total).toBe(1);
    expect(searchImported('<B>co').hits.map((h) => h.name)).toEqual(['B & <b>Co</b>']);
    // In the address only; in both name and address is one hit.
    expect(searchImported('徐汇').hits.map((h) => h.index)).toEqual([1]);
    expect(searchImported('区').total).toBe(2);
    // In a chunk whose lower case is longer (İ → i̇), each value is compared on its own.
    expect(searchImported('LTD').hits.map((h) => h.index)).toEqual([3]);
    expect(searchImported('丙').hits.map((h) => h.index)).toEqual([2]);
    // No match across two values joined in the column.
    expect(searchImported('Co</b>丙').total).toBe(0);
    expect(searchImported('丁').hits[0]).toMatchObject({ layerId: 'a', index: 4, located: true, zone: null });
  });

  it('lists every feature of the shown layers by position', () => {
    useImportStore.setState({ layers: [layer('a'), layer('b', false), layer('c')] });
    expect(importedCount()).toBe(10);
    expect(importedRowAt(0)).toMatchObject({ layerId: 'a', index: 0, name: '甲公司', zone: 'zone:east' });
    expect(importedRowAt(6)).toMatchObject({ layerId: 'c', index: 1, located: false, address: '徐汇区' });
    expect(importedRowAt(10)).toBeNull();
  });
});
