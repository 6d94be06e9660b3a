/**
 * Shanghai Metro stations at run time (issue 11: measure, reach, compare, metro access): the named
 * stations of the embedded basemap's `metro-stations` layer, shipped as `data/stations.json` (made at
 * build by scripts/stations-bundle.ts from scripts/basemap/layers/metro-stations.geojson: © OpenStreetMap
 * contributors, ODbL — docs/BASEMAP.md). Fetched once, on demand: the first screen never loads it.
 * The browser checks only the format version, like src/data/atlas-data.ts.
 *
 * Distances are geodesic (turf, great-circle on the WGS84 mean radius) between WGS84 positions.
 */
import { bbox, distance, pointToPolygonDistance } from '@turf/turf';
import { onceDataFile } from './fetch-data';

export const STATIONS_BUNDLE_PATH = 'data/stations.json';
export const STATIONS_BUNDLE_VERSION = 1;

export interface Station {
  /** `station:<slug>`, the slug from the name's pinyin (unique). */
  id: string;
  /** `en` only where a source gives an English name (none does yet): never an invented translation. */
  name: { zh: string; en?: string };
  /** The Chinese name's pinyin, toneless syllables separated by spaces (`zhong shan gong yuan`): a romanisation, not a translation. */
  pinyin: string;
  /** Lines as OSM names them (`2`, `3-4` for the shared 3/4 trunk), in natural order. */
  lines: string[];
  interchange: boolean;
  /** [lng, lat], WGS84. */
  position: [number, number];
}

export interface StationsBundle {
  version: typeof STATIONS_BUNDLE_VERSION;
  attribution: string;
  stations: Station[];
}

/** The stations of a fetched bundle, or an Error naming the file when it is not a bundle of this version. */
export function stationsOf(bundle: unknown): Station[] {
  const b = bundle as Partial<StationsBundle> | null;
  if (b?.version !== STATIONS_BUNDLE_VERSION || !Array.isArray(b.stations)) {
    throw new Error(`${STATIONS_BUNDLE_PATH} is not a stations bundle of version ${STATIONS_BUNDLE_VERSION}`);
  }
  return b.stations;
}

let loaded: Station[] | null = null;

const file = onceDataFile(STATIONS_BUNDLE_PATH, (body) => (loaded = stationsOf(body)));

/**
 * The stations, by name order of the bundle. Fetched once (a second call returns the same promise); a
 * failed load rejects with an Error naming the file and the problem, and the next call fetches again.
 */
export function loadStations(): Promise<Station[]> {
  return file.load();
}

/** The stations if they have loaded already (for a synchronous render), else null. */
export function loadedStations(): Station[] | null {
  return loaded;
}

/** For unit tests: forget the loaded stations. */
export function resetStations(): void {
  file.reset();
  loaded = null;
}

/** Geodesic distance between two [lng, lat] positions, metres. */
export function metresBetween(a: readonly [number, number] | number[], b: readonly [number, number] | number[]): number {
  return distance(a as number[], b as number[], { units: 'meters' });
}

export interface StationDistance {
  station: Station;
  /** Straight-line (geodesic) metres; 0 for a station inside an area. */
  metres: number;
}

/** The `n` stations nearest `point` ([lng, lat]), nearest first, optionally only those within `maxMetres`. */
export function nearestStations(stations: readonly Station[], point: readonly [number, number], n: number, maxMetres = Infinity): StationDistance[] {
  return stations
    .map((station) => ({ station, metres: metresBetween(point, station.position) }))
    .filter((d) => d.metres <= maxMetres)
    .sort((a, b) => a.metres - b.metres || a.station.id.localeCompare(b.station.id))
    .slice(0, n);
}

type Area = GeoJSON.Polygon | GeoJSON.MultiPolygon | GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/**
 * The `n` stations nearest to an area (0 inside it, else to its edge), exactly, without measuring
 * every station against every edge: stations are taken in order of their distance to the area's box
 * (never more than the distance to the area), and the search stops once that bound passes the n-th best.
 */
export function nearestStationsToArea(stations: readonly Station[], area: Area, n: number): StationDistance[] {
  const [w, s, e, nn] = bbox(area);
  const toBox = (p: [number, number]) => metresBetween(p, [Math.min(Math.max(p[0], w), e), Math.min(Math.max(p[1], s), nn)]);
  const order = stations.map((station) => ({ station, bound: toBox(station.position) })).sort((a, b) => a.bound - b.bound);
  const best: StationDistance[] = [];
  for (const { station, bound } of order) {
    if (best.length >= n && bound > best[n - 1].metres) break;
    best.push({ station, metres: metresTo(station.position, area) });
    best.sort((a, b) => a.metres - b.metres || a.station.id.localeCompare(b.station.id));
  }
  return best.slice(0, n);
}

/**
 * Straight-line metres from `point` to a place: a point, or an area (0 inside it, else the distance
 * to its nearest edge).
 */
export function metresTo(point: readonly [number, number], place: readonly [number, number] | Area): number {
  if (Array.isArray(place)) return metresBetween(point, place as [number, number]);
  return Math.max(0, pointToPolygonDistance([point[0], point[1]], place as Area, { units: 'meters' }));
}

/**
 * The stations within `metres` of a point or of an area (inside it or within `metres` of its edge),
 * nearest first, with their distances.
 */
export function stationsWithin(stations: readonly Station[], place: readonly [number, number] | Area, metres: number): StationDistance[] {
  // The exact distance to an area is costly (every edge): only stations in its box grown by `metres`
  // can be that close (a degree of latitude is ~111 km; of longitude, that times the cosine of the latitude).
  const candidates = Array.isArray(place) ? stations : stations.filter(inGrownBox(bbox(place as Area), metres));
  return candidates
    .map((station) => ({ station, metres: metresTo(station.position, place) }))
    .filter((d) => d.metres <= metres)
    .sort((a, b) => a.metres - b.metres || a.station.id.localeCompare(b.station.id));
}

/** Whether a station lies in the box [w, s, e, n] grown by `metres` (5 % to spare). */
function inGrownBox([w, s, e, n]: number[], metres: number): (station: Station) => boolean {
  const dLat = (metres / 111_000) * 1.05;
  const dLng = dLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
  return ({ position: [x, y] }) => x >= w - dLng && x <= e + dLng && y >= s - dLat && y <= n + dLat;
}
