import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { assembleAtlas } from '../../src/data/assemble';
import { buildIndex } from '../../src/data/links';
import { deriveMapData } from '../../src/data/derive';
import { boundsOf, highlightedFor, placePoints, visibleZones } from '../../src/map/map-data';
import { makeFiles } from '../fixtures/atlas';

const atlas = assembleAtlas(makeFiles()).atlas;
const index = buildIndex(atlas);
const derived = deriveMapData(atlas);

describe('map data', () => {
  it('draws larger zones first and hides hidden plans', () => {
    expect(visibleZones(atlas, derived, []).map((z) => z.properties.id)).toEqual(['zone:demo', 'zone:demo-cell']);
    expect(visibleZones(atlas, derived, ['plan:demo'])).toEqual([]);
  });

  it('places an unlocated record schematically inside its zone', () => {
    const [place] = placePoints(atlas, derived, new Set());
    expect(place).toMatchObject({ id: 'carrier:demo-park', kind: 'carrier', schematic: true, zone: 'zone:demo' });
    expect(booleanPointInPolygon(place.position, atlas.zones[0] as GeoJSON.Feature<GeoJSON.Polygon>)).toBe(true);
  });

  it('leaves a record off the map when its zone is hidden', () => {
    expect(placePoints(atlas, derived, new Set(['zone:demo']))).toEqual([]);
  });

  it('frames a schematic place by its zone, not by its invented point', () => {
    const places = new Map(placePoints(atlas, derived, new Set()).map((p) => [p.id, p]));
    expect(boundsOf(['carrier:demo-park'], derived, places)).toEqual(derived.bounds['zone:demo']);
  });

  it('highlights where an action lands, and a department\'s actions\' places', () => {
    expect([...highlightedFor(index, 'action:demo-1')].sort()).toEqual(['carrier:demo-park', 'zone:demo']);
    expect([...highlightedFor(index, 'department:demo-kewei')].sort()).toEqual(['carrier:demo-park', 'zone:demo']);
    expect(highlightedFor(index, null).size).toBe(0);
  });
});
