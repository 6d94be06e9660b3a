import { expect, it, vi } from 'vitest';
vi.mock('../../../../src/data/atlas-data', () => ({ atlasData: () => ({ atlas: { zones: [{ properties: { id: 'zone:east', name: { zh: '东区' } } }] } }) }));
import { buildTable } from '../../../../src/features/import/core/columnar';
import { layerCsvParts, layerGeojsonParts } from '../../../../src/features/import/layer-export';
/** A layer's export written in steps (issue 12): the same file as in one piece, header once, every row. */
it('exports a layer as GeoJSON and CSV in parts that join into the whole file', async () => {
  const feats = Array.from({ length: 4500 }, (_, i) => ({ name: `n${i}`, geometry: i % 2 ? null : { type: 'Point' as const, coordinates: [121.5, 31.2] }, properties: { a: `=x${i}` } }));
  const table = buildTable(feats, 'wgs84', () => 'zone:east');
  const layer = { table } as never;
  const g = JSON.parse((await layerGeojsonParts(layer)).join(''));
  expect(g.features).toHaveLength(4500);
  expect(g.features[0].properties).toMatchObject({ name: 'n0', atlas_zone: 'zone:east', atlas_zone_name: '东区' });
  const csv = (await layerCsvParts(layer)).join('');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('\uFEFFname,address,lng,lat,geometry,atlas_zone,atlas_zone_name,a');
  expect(lines).toHaveLength(4501);
  expect(lines[4500]).toBe(`n4499,,,,,,,"'=x4499"`); // a formula-like cell escaped
  expect(lines[2001]).toMatch(/^n2000,,121.5,31.2,,zone:east,东区,/); // across a step
  const empty = { table: buildTable([], 'wgs84', null) } as never;
  expect(JSON.parse((await layerGeojsonParts(empty)).join('')).features).toEqual([]);
  expect((await layerCsvParts(empty)).join('').trimEnd()).toBe('\uFEFFname,address,lng,lat,geometry,atlas_zone,atlas_zone_name');
});
