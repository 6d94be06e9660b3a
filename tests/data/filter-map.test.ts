/** The map follows the filters: which zones it fades out and which places it draws (src/map/map-data.ts). */
import { describe, expect, it } from 'vitest';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import { fromBundle } from '../../src/data/atlas-data';
import { hiddenZonesFor, placePoints, placesFor } from '../../src/map/map-data';
import { NO_FILTERS } from '../../src/store/filters';

const data = fromBundle(JSON.parse(buildAtlasBundle()));
const { atlas } = data;
const allZones = atlas.zones.map((z) => z.properties.id);

describe('the map under filters', () => {
  it('with no filter: hides exactly the zones of hidden plans, and draws what placePoints draws', () => {
    expect(hiddenZonesFor(data, NO_FILTERS, []).size).toBe(0);
    const plan = 'plan:jingan-2023-2025';
    const hidden = hiddenZonesFor(data, NO_FILTERS, [plan]);
    expect([...hidden].sort()).toEqual(atlas.zones.filter((z) => z.properties.plan === plan).map((z) => z.properties.id).sort());
    expect(placesFor(data, hidden, NO_FILTERS, [plan])).toEqual(placePoints(atlas, data.derived, hidden));
  });

  it('with a track and a record type: keeps the matching places and the zones they lie in', () => {
    const filters = { ...NO_FILTERS, tracks: ['track:blockchain'], kinds: ['carrier'] };
    const carriers = atlas.carriers.filter((c) => atlas.trackTags.some((t) => t.track === 'track:blockchain' && t.record === c.properties.id));
    const zones = new Set(carriers.flatMap((c) => c.properties.zones));
    const hidden = hiddenZonesFor(data, filters, []);
    expect(allZones.filter((id) => !hidden.has(id)).sort()).toEqual([...zones].sort());
    const drawn = placesFor(data, hidden, filters, []).map((p) => p.id);
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(carriers.map((c) => c.properties.id)).toContain(id);
  });

  it('a filter that nothing matches hides every zone and place', () => {
    const filters = { ...NO_FILTERS, kinds: ['department'], precisions: ['exact'] };
    const hidden = hiddenZonesFor(data, filters, []);
    expect(hidden.size).toBe(allZones.length);
    expect(placesFor(data, hidden, filters, [])).toEqual([]);
  });
});
