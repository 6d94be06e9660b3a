import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { validateAtlas } from '../../src/data/validate';
import { FIXTURE_SEEDS, makeFiles } from '../fixtures/atlas';

function problems(files: Record<string, unknown>) {
  const { atlas, issues, fileOf } = assembleAtlas(files);
  return [...issues, ...validateAtlas(atlas, FIXTURE_SEEDS, fileOf)];
}

const zonesOf = (files: Record<string, unknown>) =>
  (files['geodata/demo/zones.geojson'] as { features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[] }).features;

describe('validator', () => {
  it('accepts the fixture', () => {
    expect(problems(makeFiles())).toEqual([]);
  });

  it('names the file and record for a schema error', () => {
    const files = makeFiles();
    zonesOf(files)[0].properties.zoneType = 'blob';
    const [issue] = problems(files);
    expect(issue).toMatchObject({ file: 'geodata/demo/zones.geojson', record: 'zone:demo' });
    expect(issue.message).toMatch(/zoneType/);
  });

  it('reports a dangling link', () => {
    const files = makeFiles();
    (files['geodata/demo/actions.json'] as { zones: string[] }[])[0].zones.push('zone:nowhere');
    expect(problems(files)).toEqual([
      expect.objectContaining({ record: 'action:demo-1', message: 'zones: link to unknown id "zone:nowhere"' }),
    ]);
  });

  it('reports a duplicate id', () => {
    const files = makeFiles();
    files['geodata/other/departments.json'] = files['geodata/demo/departments.json'];
    expect(problems(files)).toEqual([
      expect.objectContaining({ file: 'geodata/other/departments.json', record: 'department:demo-kewei', message: expect.stringMatching(/duplicate id/) }),
    ]);
  });

  it('reports a quote that is not in its seed', () => {
    const files = makeFiles();
    (files['geodata/demo/targets.json'] as { citations: { quote: string }[] }[])[0].citations[0].quote = '到2025年,企业达200家';
    expect(problems(files)).toEqual([
      expect.objectContaining({ record: 'target:demo-firms', message: expect.stringMatching(/not an exact substring of seed 000/) }),
    ]);
  });

  it('reports a self-intersecting polygon', () => {
    const files = makeFiles();
    zonesOf(files)[1].geometry.coordinates = [[[121.40, 31.20], [121.41, 31.21], [121.41, 31.20], [121.40, 31.21], [121.40, 31.20]]];
    expect(problems(files)).toEqual([expect.objectContaining({ record: 'zone:demo-cell', message: expect.stringMatching(/intersects itself/) })]);
  });

  it('reports an unclosed ring', () => {
    const files = makeFiles();
    zonesOf(files)[1].geometry.coordinates[0].pop();
    zonesOf(files)[1].geometry.coordinates[0].push([121.401, 31.2]);
    expect(problems(files)[0].message).toMatch(/not closed/);
  });

  it('reports coordinates in the wrong order', () => {
    const files = makeFiles();
    zonesOf(files)[1].geometry.coordinates = [zonesOf(files)[1].geometry.coordinates[0].map(([x, y]) => [y, x])];
    expect(problems(files)[0].message).toMatch(/wrong order/);
  });

  it('reports coordinates outside Shanghai', () => {
    const files = makeFiles();
    zonesOf(files)[1].geometry.coordinates = [zonesOf(files)[1].geometry.coordinates[0].map(([x, y]) => [x + 5, y])];
    expect(problems(files)[0].message).toMatch(/outside Shanghai/);
  });

  it('reports a point without its precision and source', () => {
    const files = makeFiles();
    const carrier = (files['geodata/demo/carriers.geojson'] as { features: { geometry: unknown }[] }).features[0];
    carrier.geometry = { type: 'Point', coordinates: [121.405, 31.205] };
    expect(problems(files)).toEqual([expect.objectContaining({ record: 'carrier:demo-park', message: expect.stringMatching(/no location/) })]);
  });

  it('reports an action in a group its plan does not have', () => {
    const files = makeFiles();
    (files['geodata/demo/actions.json'] as { group: string }[])[0].group = 'g9';
    expect(problems(files)[0].message).toMatch(/group "g9"/);
  });
});
