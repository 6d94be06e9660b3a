import { describe, expect, it } from 'vitest';
import { badgeFeatures } from '../../src/map/layers/atlas-style';
import { BADGE_IMAGES } from '../../src/map/layers/place-icons';
import type { PlacePoint } from '../../src/map/map-data';

const at = (id: string, kind: PlacePoint['kind'], zone: string): PlacePoint => ({ id, kind, position: [121.4, 31.2], schematic: true, zone });
const labelPoint = { 'zone:a': [121.41, 31.21] as [number, number], 'zone:b': [121.5, 31.3] as [number, number] };
const places = [at('carrier:1', 'carrier', 'zone:a'), at('carrier:2', 'carrier', 'zone:a'), at('enterprise:1', 'enterprise', 'zone:a'), at('institution:1', 'institution', 'zone:b')];

describe('zone badges (schematic places counted on their zone, never pinned)', () => {
  it('count the places per zone and kind, at the zone\'s label point', () => {
    const fc = badgeFeatures(places, new Set(), new Set(), labelPoint);
    expect(fc.features).toHaveLength(2);
    const a = fc.features.find((f) => f.properties.zone === 'zone:a')!;
    expect(a.geometry.coordinates).toEqual(labelPoint['zone:a']);
    expect(a.properties).toMatchObject({ kinds: 'carrier,enterprise', t_carrier: '2', t_institution: '', t_enterprise: '1', icon: BADGE_IMAGES.plain, ids: 'carrier:1,carrier:2,enterprise:1' });
    expect(fc.features.find((f) => f.properties.zone === 'zone:b')!.properties.kinds).toBe('institution');
  });

  it('show how many are linked to the selection, and which badge holds the selected or hovered place', () => {
    const fc = badgeFeatures(places, new Set(['carrier:2']), new Set(['institution:1']), labelPoint);
    const a = fc.features.find((f) => f.properties.zone === 'zone:a')!.properties;
    expect(a.t_carrier).toBe('1/2');
    expect(a.icon).toBe(BADGE_IMAGES.lit);
    expect(fc.features.find((f) => f.properties.zone === 'zone:b')!.properties.icon).toBe(BADGE_IMAGES.selected);
  });

  it('leave out zones with no label point and places with no zone', () => {
    const fc = badgeFeatures([at('carrier:9', 'carrier', 'zone:none'), { ...at('carrier:8', 'carrier', 'zone:a'), zone: undefined }], new Set(), new Set(), labelPoint);
    expect(fc.features).toEqual([]);
  });
});
