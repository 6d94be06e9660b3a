/**
 * Pure derivations from the atlas and the store for the map: visible zones in drawing order, place
 * points (own or schematic), which ids to emphasise for a selection, and the bounds to frame it.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Atlas, Zone } from '../data/schema';
import type { AtlasIndex } from '../data/links';
import { zoneAreaKm2, zoneLabelPoint } from '../data/geometry';
import type { PlacePoint, PlaceKind } from './layers/place-layers';

/** Zones of visible plans, largest first (smaller zones are drawn on top and win picking). */
export function visibleZones(atlas: Atlas, hiddenPlans: readonly string[]): Zone[] {
  const hidden = new Set(hiddenPlans);
  return atlas.zones
    .filter((z) => !hidden.has(z.properties.plan))
    .map((z) => ({ z, area: zoneAreaKm2(z) }))
    .sort((a, b) => b.area - a.area)
    .map(({ z }) => z);
}

/** Label anchors, one per zone, [lng, lat]. */
export function zoneLabelPoints(atlas: Atlas): Map<string, [number, number]> {
  return new Map(atlas.zones.map((z) => [z.properties.id, zoneLabelPoint(z)]));
}

/** The i-th point of a sunflower spiral around a centre (degrees; ~35 m between neighbours). */
function spiral([x, y]: [number, number], i: number): [number, number] {
  const angle = i * 2.399963; // golden angle
  const r = 0.00032 * Math.sqrt(i);
  return [x + Math.cos(angle) * r, y + Math.sin(angle) * r * 0.86];
}

/**
 * Every carrier, institution and enterprise that can be shown: at its own point, or schematically
 * inside its first zone when it has none. Records with neither are left off the map.
 */
export function placePoints(atlas: Atlas, labelPoints: ReadonlyMap<string, [number, number]>, hiddenZoneIds: ReadonlySet<string>): PlacePoint[] {
  const perZone = new Map<string, number>();
  const zoneById = new Map(atlas.zones.map((z) => [z.properties.id, z]));
  const out: PlacePoint[] = [];
  const add = (kind: PlaceKind, f: Atlas['carriers'][number] | Atlas['institutions'][number] | Atlas['enterprises'][number]) => {
    const p = f.properties;
    if (f.geometry) {
      out.push({ id: p.id, kind, position: f.geometry.coordinates as [number, number], schematic: false });
      return;
    }
    const zoneId = p.zones.find((z) => labelPoints.has(z) && !hiddenZoneIds.has(z));
    if (!zoneId) return;
    // Walk the spiral from the zone's label point, keeping only spots inside the zone.
    const zone = zoneById.get(zoneId)! as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
    let i = perZone.get(zoneId) ?? 8; // start a little out, leaving the zone label readable
    let position = spiral(labelPoints.get(zoneId)!, i);
    for (let tries = 0; tries < 400 && !booleanPointInPolygon(position, zone); tries++) position = spiral(labelPoints.get(zoneId)!, ++i);
    perZone.set(zoneId, i + 1);
    out.push({ id: p.id, kind, position, schematic: true });
  };
  atlas.carriers.forEach((f) => add('carrier', f));
  atlas.institutions.forEach((f) => add('institution', f));
  atlas.enterprises.forEach((f) => add('enterprise', f));
  return out;
}

/** Ids to emphasise on the map for a selection: what it links to, and for a department its actions' places. */
export function highlightedFor(index: AtlasIndex, selectedId: string | null): Set<string> {
  const out = new Set<string>();
  if (!selectedId) return out;
  const addRelated = (id: string) => {
    const rel = index.related(id);
    for (const kind of ['zone', 'carrier', 'institution', 'enterprise'] as const) rel[kind]?.forEach((x) => out.add(x));
    return rel;
  };
  const rel = addRelated(selectedId);
  if (selectedId.startsWith('department:') || selectedId.startsWith('target:')) rel.action?.forEach(addRelated);
  if (selectedId.startsWith('zone:')) index.childrenOf(selectedId).forEach((c) => out.add(c));
  return out;
}

/** [west, south, east, north] around the given ids' geometries (zones and places), or null. */
export function boundsOf(ids: Iterable<string>, index: AtlasIndex, places: ReadonlyMap<string, PlacePoint>): [number, number, number, number] | null {
  let b: [number, number, number, number] | null = null;
  const grow = (w: number, s: number, e: number, n: number) => {
    b = b ? [Math.min(b[0], w), Math.min(b[1], s), Math.max(b[2], e), Math.max(b[3], n)] : [w, s, e, n];
  };
  for (const id of ids) {
    const r = index.get(id);
    if (r?.kind === 'zone') {
      const [w, s, e, n] = bbox(r.record as GeoJSON.Feature);
      grow(w, s, e, n);
    } else if (places.has(id)) {
      const [x, y] = places.get(id)!.position;
      grow(x, y, x, y);
    }
  }
  return b;
}
