/**
 * What lies within a radius (issue 11, reach), in WGS84 and straight-line (geodesic, turf) metres.
 * The centre is a point (a clicked point or a metro station) or a zone. A zone's reach is its
 * boundary buffered by the radius — everything inside the zone or within the radius of its edge —
 * not a circle round its centre: the zones are areas of very different sizes (a street, a 1.48 km²
 * block, a whole subdistrict), and a circle round a centre would leave out most of a large zone's own
 * ground. Distances to a zone-centred reach are measured to the zone's edge (0 inside).
 *
 * Membership: a zone intersects the reach when its nearest point is within the radius (0 if the centre
 * lies in it); a place with its own point and a station are in when their point is. A place the texts
 * put only "in" a zone (no point of its own: schematic) is never given a distance: it is counted by its
 * zone, when that zone intersects the reach. Pure.
 */
import { booleanIntersects } from '@turf/turf';
import type { Atlas, Name, Zone } from '../../data/schema';
import { metresBetween, metresTo, type Station } from '../../data/stations';

export type LngLat = [number, number];
type Area = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

export type ReachCentre =
  | { kind: 'point'; position: LngLat }
  | { kind: 'station'; station: Station }
  | { kind: 'zone'; zone: Zone };

export type PlaceKind = 'carrier' | 'institution' | 'enterprise';

export interface ReachHit {
  id: string;
  kind: 'zone' | PlaceKind | 'station';
  name: Name;
  /** Straight-line metres from the centre (a zone: to its nearest point; 0 when it holds the centre). */
  metres: number;
  /** [lng, lat] of a point (places with their own point, stations); null for a zone. */
  position: LngLat | null;
  /** Stations: their lines. */
  lines?: string[];
}

export interface SchematicCount {
  zone: string;
  zoneName: Name;
  /** Places known only to lie somewhere in this zone, by kind. */
  ids: Record<PlaceKind, string[]>;
}

export interface ReachResult {
  radius: number;
  zones: ReachHit[];
  places: ReachHit[];
  stations: ReachHit[];
  schematic: SchematicCount[];
}

/** The vertices of a polygon or multipolygon. */
function vertices(a: Area): LngLat[] {
  const g = a.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return rings.flat() as LngLat[];
}

/**
 * Straight-line metres between two areas: 0 when they touch or overlap, else the least vertex-to-edge
 * distance either way (the nearest points of two disjoint polygons include a vertex of one of them).
 */
export function areaToArea(a: Area, b: Area): number {
  if (booleanIntersects(a, b)) return 0;
  let best = Infinity;
  for (const p of vertices(a)) best = Math.min(best, metresTo(p, b));
  for (const p of vertices(b)) best = Math.min(best, metresTo(p, a));
  return best;
}

export const centreName = (c: ReachCentre): Name =>
  c.kind === 'station' ? c.station.name : c.kind === 'zone' ? c.zone.properties.name : { zh: `${c.position[1].toFixed(5)}, ${c.position[0].toFixed(5)}` };

/** The centre's point (a zone has none: its reach is its buffered boundary). */
export const centrePoint = (c: ReachCentre): LngLat | null =>
  c.kind === 'point' ? c.position : c.kind === 'station' ? c.station.position : null;

/** Metres from the centre to a point. */
export function toPoint(c: ReachCentre, p: LngLat): number {
  return c.kind === 'zone' ? metresTo(p, c.zone as Area) : metresBetween(centrePoint(c)!, p);
}

/** Metres from the centre to a zone. */
export function toZone(c: ReachCentre, z: Zone): number {
  if (c.kind === 'zone') return c.zone.properties.id === z.properties.id ? 0 : areaToArea(c.zone as Area, z as Area);
  return metresTo(centrePoint(c)!, z as Area);
}

const byDistance = (a: ReachHit, b: ReachHit) => a.metres - b.metres || a.name.zh.localeCompare(b.name.zh, 'zh-Hans-CN') || a.id.localeCompare(b.id);

export function reachOf(atlas: Pick<Atlas, 'zones' | 'carriers' | 'institutions' | 'enterprises'>, stations: readonly Station[], centre: ReachCentre, radius: number): ReachResult {
  const zones: ReachHit[] = [];
  for (const z of atlas.zones) {
    const metres = toZone(centre, z);
    if (metres <= radius) zones.push({ id: z.properties.id, kind: 'zone', name: z.properties.name, metres, position: null });
  }
  zones.sort(byDistance);
  const inReach = new Set(zones.map((z) => z.id));
  const zoneName = new Map(atlas.zones.map((z) => [z.properties.id, z.properties.name]));

  const places: ReachHit[] = [];
  const schematic = new Map<string, SchematicCount>();
  const kinds: [PlaceKind, Atlas['carriers' | 'institutions' | 'enterprises']][] = [['carrier', atlas.carriers], ['institution', atlas.institutions], ['enterprise', atlas.enterprises]];
  for (const [kind, list] of kinds) {
    for (const f of list) {
      const p = f.properties;
      if (f.geometry) {
        const position = f.geometry.coordinates as LngLat;
        const metres = toPoint(centre, position);
        if (metres <= radius) places.push({ id: p.id, kind, name: p.name, metres, position });
        continue;
      }
      // No point of its own: counted in the first of its zones the reach meets, never placed.
      const zone = p.zones.find((z) => inReach.has(z));
      if (!zone) continue;
      let c = schematic.get(zone);
      if (!c) schematic.set(zone, (c = { zone, zoneName: zoneName.get(zone) ?? { zh: zone }, ids: { carrier: [], institution: [], enterprise: [] } }));
      c.ids[kind].push(p.id);
    }
  }
  places.sort(byDistance);

  const inStations: ReachHit[] = stations
    .map((s) => ({ id: s.id, kind: 'station' as const, name: s.name, metres: toPoint(centre, s.position), position: s.position, lines: s.lines }))
    .filter((s) => s.metres <= radius)
    .sort(byDistance);

  const order = zones.map((z) => z.id);
  return { radius, zones, places, stations: inStations, schematic: [...schematic.values()].sort((a, b) => order.indexOf(a.zone) - order.indexOf(b.zone)) };
}

/** Total counts, for the summary line. */
export function reachCounts(r: ReachResult) {
  const schematicOf = (k: PlaceKind) => r.schematic.reduce((n, c) => n + c.ids[k].length, 0);
  const own = (k: PlaceKind) => r.places.filter((p) => p.kind === k).length;
  return {
    zones: r.zones.length,
    carriers: own('carrier'), institutions: own('institution'), enterprises: own('enterprise'),
    schematic: schematicOf('carrier') + schematicOf('institution') + schematicOf('enterprise'),
    stations: r.stations.length,
  };
}
