/**
 * Pure derivations from the atlas, its build-time map data and the store for the map: visible zones
 * in drawing order, place points (own or schematic), which ids to emphasise for a selection, and the
 * bounds to frame it. Nothing here runs turf: the geometry work was done at build (src/data/derive.ts).
 */
import type { Atlas, Zone } from '../data/schema';
import type { AtlasIndex } from '../data/links';
import type { Bounds, MapDerived } from '../data/derive';
import type { PlaceKind } from './layers/place-colors';
import type { AtlasData } from '../data/atlas-data';
import type { Filters } from '../store/filters';
import { hasFilters, matchesFilters, recordRows, shownZoneIds } from '../data/filter';

/** A located record as the map draws it. */
export interface PlacePoint {
  id: string;
  kind: PlaceKind;
  /** [lng, lat]. */
  position: [number, number];
  /** True when the position is schematic (derived from the zone, not from the record). */
  schematic: boolean;
  /** For a schematic position: the zone it stands for ("somewhere in this zone"). */
  zone?: string;
}

/** Zones of visible plans, largest first (smaller zones are drawn on top and win picking). */
export function visibleZones(atlas: Atlas, derived: MapDerived, hiddenPlans: readonly string[]): Zone[] {
  const hidden = new Set(hiddenPlans);
  const byId = new Map(atlas.zones.map((z) => [z.properties.id, z]));
  return derived.zoneOrder.map((id) => byId.get(id)!).filter((z) => z && !hidden.has(z.properties.plan));
}

/**
 * Every carrier, institution and enterprise that can be shown: at its own point, or schematically
 * inside its first zone when it has none. A schematic position never moves: when that zone is hidden
 * (its plan or a filter), the place is hidden with it rather than moved to another of its zones.
 * Records with neither are left off the map.
 */
export function placePoints(atlas: Atlas, derived: MapDerived, hiddenZoneIds: ReadonlySet<string>): PlacePoint[] {
  const out: PlacePoint[] = [];
  const add = (kind: PlaceKind, f: Atlas['carriers'][number] | Atlas['institutions'][number] | Atlas['enterprises'][number]) => {
    const p = f.properties;
    if (f.geometry) {
      out.push({ id: p.id, kind, position: f.geometry.coordinates as [number, number], schematic: false });
      return;
    }
    const spots = derived.schematic[p.id];
    const zoneId = p.zones.find((z) => spots?.[z]);
    if (zoneId && !hiddenZoneIds.has(zoneId)) out.push({ id: p.id, kind, position: spots[zoneId], schematic: true, zone: zoneId });
  };
  atlas.carriers.forEach((f) => add('carrier', f));
  atlas.institutions.forEach((f) => add('institution', f));
  atlas.enterprises.forEach((f) => add('enterprise', f));
  return out;
}
/**
 * Zones the map fades out: those of hidden plans and, while a filter is set, every zone the filters
 * do not show (a zone is shown when it matches or holds a matching record: src/data/filter.ts).
 */
export function hiddenZonesFor(data: AtlasData, filters: Filters, hiddenPlans: readonly string[]): Set<string> {
  const ids = data.atlas.zones.map((z) => z.properties.id);
  if (!hasFilters(filters)) return new Set(data.atlas.zones.filter((z) => hiddenPlans.includes(z.properties.plan)).map((z) => z.properties.id));
  const shown = shownZoneIds(recordRows(data), filters, hiddenPlans);
  return new Set(ids.filter((id) => !shown.has(id)));
}

/**
 * The places the map draws: with no filter set, every place that can be shown outside the hidden
 * zones (placePoints); with a filter, only those that match it too.
 */
export function placesFor(data: AtlasData, hiddenZoneIds: ReadonlySet<string>, filters: Filters, hiddenPlans: readonly string[]): PlacePoint[] {
  const all = placePoints(data.atlas, data.derived, hiddenZoneIds);
  if (!hasFilters(filters)) return all;
  const keep = new Set(recordRows(data).filter((r) => matchesFilters(r, filters, hiddenPlans)).map((r) => r.id));
  return all.filter((p) => keep.has(p.id));
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
  // Issue 13: a grouping lights its member zones and those of the groupings it is made of ("20+4+4+1").
  if (selectedId.startsWith('grouping:')) {
    const seen = new Set([selectedId]);
    const walk = (id: string) => {
      const r = index.get(id);
      if (r?.kind !== 'grouping') return;
      r.record.zones.forEach((z) => out.add(z));
      for (const g of r.record.groupings) if (!seen.has(g)) { seen.add(g); walk(g); }
    };
    walk(selectedId);
  }
  return out;
}

/** [west, south, east, north] around the given ids' geometries (zones and places), or null. */
export function boundsOf(ids: Iterable<string>, derived: MapDerived, places: ReadonlyMap<string, PlacePoint>): Bounds | null {
  let b: Bounds | null = null;
  const grow = (w: number, s: number, e: number, n: number) => {
    b = b ? [Math.min(b[0], w), Math.min(b[1], s), Math.max(b[2], e), Math.max(b[3], n)] : [w, s, e, n];
  };
  for (const id of ids) {
    const zb = derived.bounds[id];
    if (zb) {
      grow(...zb);
    } else if (places.has(id)) {
      // A schematic place stands for "somewhere in its zone": frame the zone, not an invented point.
      const place = places.get(id)!;
      const zone = place.zone ? derived.bounds[place.zone] : undefined;
      if (zone) grow(...zone);
      else grow(place.position[0], place.position[1], place.position[0], place.position[1]);
    }
  }
  return b;
}
