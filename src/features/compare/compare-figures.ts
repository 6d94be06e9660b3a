/**
 * The figures of two zones side by side (pure): the area the document states and the area of the
 * drawn polygon (the build's derived.areaKm2, as the zone panel shows it), how many carriers,
 * institutions, enterprises, actions and targets are linked to each (the link index, both ways, as the
 * zone panel lists them), the departments responsible for those actions, and the metro stations inside
 * the zone and within 800 m of its edge. Everything in WGS84, geodesic.
 */
import type { AtlasData } from '../../data/atlas-data';
import type { Station } from '../../data/stations';
import type { Zone } from '../../data/schema';
import { zoneCatchment, type ZoneCatchment } from '../metro-access/zone-catchment';

export const COUNTED_KINDS = ['carrier', 'institution', 'enterprise', 'action', 'target'] as const;
export type CountedKind = (typeof COUNTED_KINDS)[number];

export interface ZoneFigures {
  id: string;
  statedAreaKm2: number | undefined;
  computedAreaKm2: number;
  counts: Record<CountedKind, number>;
  /** Departments responsible for the zone's actions, each once, in order of first appearance. */
  departments: string[];
  /** Null while the stations have not loaded. */
  stations: ZoneCatchment | null;
}

export function zoneOf(data: AtlasData, id: string): Zone {
  const r = data.index.get(id);
  if (r?.kind !== 'zone') throw new Error(`${id} is not a zone`);
  return r.record;
}

export function zoneFigures(data: AtlasData, id: string, stations: readonly Station[] | null): ZoneFigures {
  const zone = zoneOf(data, id);
  const related = data.index.related(id);
  const counts = Object.fromEntries(COUNTED_KINDS.map((k) => [k, related[k]?.length ?? 0])) as Record<CountedKind, number>;
  const departments: string[] = [];
  for (const actionId of related.action ?? []) {
    const r = data.index.get(actionId);
    if (r?.kind !== 'action') continue;
    for (const d of r.record.departments) if (!departments.includes(d)) departments.push(d);
  }
  return {
    id,
    statedAreaKm2: zone.properties.statedAreaKm2,
    computedAreaKm2: data.derived.areaKm2[id],
    counts,
    departments,
    stations: stations ? zoneCatchment(stations, zone) : null,
  };
}

/** Departments both zones share, then those of only one (for the "in common" line). */
export function sharedDepartments(a: ZoneFigures, b: ZoneFigures): string[] {
  return a.departments.filter((d) => b.departments.includes(d));
}

/** Zones that can be compared with `id`: every other zone, by plan and then by the order given. */
export function comparableZones(data: AtlasData, id: string): Zone[] {
  return data.atlas.zones.filter((z) => z.properties.id !== id);
}
