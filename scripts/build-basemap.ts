/**
 * `npm run build:basemap`: derives the embedded offline basemap's layers, scripts/basemap/layers/*.geojson,
 * from the OpenStreetMap files in ../shared/reference-geodata/ (ODbL) and the hand-authored inputs in
 * scripts/basemap/, then cuts them into the vector tiles the app ships (public/basemap/tiles/, by
 * scripts/build-basemap-tiles.ts). Without the reference it says so, keeps the committed layers and
 * only rebuilds the tiles. Check-only reference files are never read here. See docs/BASEMAP.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBasemapTiles, printStats } from './build-basemap-tiles';
import { bboxClip, buffer, distance, lineString, pointToLineDistance, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Polygon, Position } from 'geojson';

const root = join(import.meta.dirname, '..');
const REFERENCE_DIR = process.env.ATLAS_REFERENCE_DIR ?? join(root, '..', 'shared', 'reference-geodata');
const AUTHORED_DIR = join(root, 'scripts', 'basemap');
const OUT_DIR = join(root, 'scripts', 'basemap', 'layers');

/** Central Shanghai down to Minhang/the Songpu bridge: [west, south, east, north]. */
const BASEMAP_BBOX: [number, number, number, number] = [121.22, 30.9, 121.72, 31.42];
const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL-1.0)';
const DECIMALS = 5;

type Props = Record<string, string | number | boolean | null>;

function readReference(name: string): FeatureCollection {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, name), 'utf8'));
}
function readAuthored(name: string): FeatureCollection {
  return JSON.parse(readFileSync(join(AUTHORED_DIR, name), 'utf8'));
}

const round = (x: number) => Number(x.toFixed(DECIMALS));
const roundPos = (p: Position): Position => [round(p[0]), round(p[1])];
const inBbox = ([x, y]: Position) =>
  x >= BASEMAP_BBOX[0] && x <= BASEMAP_BBOX[2] && y >= BASEMAP_BBOX[1] && y <= BASEMAP_BBOX[3];

/** Clip to the bbox, simplify (tolerance in degrees), round, drop degenerate parts. */
function lineParts(geometry: LineString | MultiLineString, tolerance: number): Position[][] {
  const clipped = bboxClip(geometry, BASEMAP_BBOX).geometry as LineString | MultiLineString;
  const parts: Position[][] = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  return parts
    .filter((part) => part.length >= 2)
    .map((part) => {
      const simple: Position[] = tolerance > 0 ? simplify(lineString(part), { tolerance, highQuality: true }).geometry.coordinates : part;
      return simple.map(roundPos).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
    })
    .filter((part) => part.length >= 2);
}

function lineFeature(properties: Props, parts: Position[][]): Feature<MultiLineString> {
  return { type: 'Feature', properties, geometry: { type: 'MultiLineString', coordinates: parts } };
}

// ---------------------------------------------------------------- metro

function buildMetroLines(): FeatureCollection {
  const src = readReference('metro-lines.geojson');
  const features: Feature[] = [];
  for (const f of src.features) {
    const line = String(f.properties?.line);
    // "network" is OSM track not assigned to a line (depots, sidings, other rail): not drawn.
    if (line === 'network') continue;
    const parts = lineParts(f.geometry as MultiLineString, 0);
    if (parts.length === 0) continue;
    if (line === '3-4') {
      // The shared Line 3/4 section is drawn twice, side by side, in both line colours.
      features.push(lineFeature({ line: '3', name_zh: '上海地铁3号线', shared: '3-4', offset: -1 }, parts));
      features.push(lineFeature({ line: '4', name_zh: '上海地铁4号线', shared: '3-4', offset: 1 }, parts));
    } else {
      features.push(lineFeature({ line, name_zh: String(f.properties?.name), offset: 0 }, parts));
    }
  }
  return collection('metro-lines', 'metro-lines.geojson (OSM via Geofabrik 2026-07-28, simplified 5 m upstream)', features);
}

/** Distance in metres from a point to the nearest metro line (OSM). */
function metroDistance(lines: FeatureCollection, p: Position): number {
  let best = Infinity;
  for (const f of lines.features) {
    if (f.properties?.line === 'network') continue;
    for (const part of (f.geometry as MultiLineString).coordinates) {
      if (part.length < 2) continue;
      best = Math.min(best, pointToLineDistance(p, lineString(part), { units: 'meters' }));
    }
  }
  return best;
}

/**
 * Stations: named OSM stations from metro-stations.geojson (the Amap-sourced records are check-only
 * and skipped), plus unnamed OSM subway nodes from rail-stations-osm.geojson that lie on a line and
 * away from every named OSM station (drawn as dots without a label; no names are invented).
 */
function buildMetroStations(): FeatureCollection {
  const lines = readReference('metro-lines.geojson');
  const merged = readReference('metro-stations.geojson');
  const features: Feature<Point>[] = [];
  for (const f of merged.features) {
    const p = f.properties ?? {};
    const source = String(p.coord_source);
    if (!source.startsWith('osm-') || source.includes('unnamed') || !p.name) continue;
    const pos = (f.geometry as Point).coordinates;
    if (!inBbox(pos) || metroDistance(lines, pos) > 300) continue;
    const served = (p.lines_osm_within_150m as string[]).filter((l) => l !== 'network');
    features.push(stationFeature({ name_zh: String(p.name), lines: served.join(';'), interchange: served.length > 1, osm_node: p.osm_node ?? null }, pos));
  }
  const named = features.map((f) => f.geometry.coordinates);
  const unnamed: Position[] = [];
  for (const f of readReference('rail-stations-osm.geojson').features) {
    const p = f.properties ?? {};
    if (p.station !== 'subway' || p.name) continue;
    const pos = (f.geometry as Point).coordinates;
    if (!inBbox(pos) || metroDistance(lines, pos) > 100) continue;
    const near = (q: Position) => distance(pos, q, { units: 'meters' }) < 250;
    if (named.some(near) || unnamed.some(near)) continue;
    unnamed.push(pos);
    const served = (p.lines_within_150m as string[] | undefined ?? []).filter((l) => l !== 'network');
    features.push(stationFeature({ name_zh: null, lines: served.join(';'), interchange: served.length > 1, osm_node: null }, pos));
  }
  features.sort((a, b) => String(a.properties?.name_zh ?? '~').localeCompare(String(b.properties?.name_zh ?? '~')) || a.geometry.coordinates[0] - b.geometry.coordinates[0]);
  return collection('metro-stations', 'metro-stations.geojson (OSM-sourced records only) + unnamed subway nodes of rail-stations-osm.geojson (OSM, 2025-01-24)', features);
}

function stationFeature(properties: Props, pos: Position): Feature<Point> {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: roundPos(pos) } };
}

// ---------------------------------------------------------------- roads

/** Expressways, elevated roads and ring roads: the complete corridors only (not bridge fragments). */
function buildRoadsMajor(): FeatureCollection {
  const src = readReference('roads-elevated-major-osm.geojson');
  const features: Feature[] = [];
  for (const f of src.features) {
    const p = f.properties ?? {};
    if (p.note !== 'complete corridor') continue;
    const parts = lineParts(f.geometry as MultiLineString, 0.00004);
    if (parts.length === 0) continue;
    const name = String(p.name);
    // "其他…" are OSM elevated/expressway ways that carry no corridor name of their own.
    const named = !name.startsWith('其他');
    const cls = p.kind === 'expressway' ? 'expressway' : /环/.test(name) ? 'ring' : 'elevated';
    features.push(lineFeature({ name_zh: named ? name : null, class: cls }, parts));
  }
  return collection('roads-major', 'roads-elevated-major-osm.geojson (OSM, complete corridors)', features);
}

const MINOR_CLASSES: Record<string, string> = {
  trunk: 'primary', primary: 'primary', secondary: 'secondary', tertiary: 'secondary',
  unclassified: 'local', residential: 'local', living_street: 'local',
};

/**
 * Other named streets, ground level only: the OSM samples around Changning/Xinhua and People's Square, and
 * the 2025-08 OSM extract around the zones (江苏路, 愚园路, 长宁路, 南京西路, 苏河湾, south Yangpu: SOURCES §15.1).
 */
function buildRoadsMinor(): FeatureCollection {
  const byName = new Map<string, { cls: string; parts: Position[][] }>();
  const seen = new Set<string>();
  for (const file of MINOR_ROAD_FILES) {
    for (const f of readReference(file).features) {
      const p = f.properties ?? {};
      const cls = MINOR_CLASSES[String(p.highway)];
      const name = p.name ? String(p.name) : '';
      if (!cls || !name || /高架|匝道/.test(name) || p.bridge === 'yes' && Number(p.layer ?? 0) >= 2) continue;
      const id = String(p.osm_way_id);
      if (seen.has(id)) continue;
      seen.add(id);
      const parts = lineParts(f.geometry as LineString, 0.00002);
      const entry = byName.get(name) ?? { cls, parts: [] };
      if (rank(cls) < rank(entry.cls)) entry.cls = cls;
      entry.parts.push(...parts);
      byName.set(name, entry);
    }
  }
  const features = [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { cls, parts }]) => lineFeature({ name_zh: name, class: cls }, parts));
  return collection('roads-minor', `${MINOR_ROAD_FILES.join(' + ')} (OSM extracts, named ground streets)`, features);
}
const MINOR_ROAD_FILES = ['roads-osm-changning-xinhua.geojson', 'roads-osm-sample-peoples-square.geojson', 'roads-osm-center-2025-08-09.geojson'];
const rank = (cls: string) => ['primary', 'secondary', 'local'].indexOf(cls);

// ---------------------------------------------------------------- authored layers

/** Schematic rivers: each authored centreline buffered by half its nominal width; centrelines kept too. */
function buildWater(): FeatureCollection {
  const src = readAuthored('water-authored.geojson');
  const features: Feature[] = [];
  for (const f of src.features as Feature<LineString>[]) {
    const p = f.properties ?? {};
    const props = { id: p.id, name_zh: p.name_zh, name_en: p.name_en, width_m: p.width_m, precision: 'schematic' };
    const area = buffer(f, Number(p.width_m) / 2, { units: 'meters', steps: 4 }) as Feature<Polygon>;
    const rings = area.geometry.coordinates.map((ring) => ring.map(roundPos));
    features.push({ type: 'Feature', properties: { ...props, part: 'area' }, geometry: { type: 'Polygon', coordinates: rings } });
    features.push({ type: 'Feature', properties: { ...props, part: 'centreline' }, geometry: { type: 'LineString', coordinates: f.geometry.coordinates.map(roundPos) } });
  }
  return collection('water', 'scripts/basemap/water-authored.geojson (hand-authored schematic centrelines, buffered)', features, String((src as { _attribution?: string })._attribution));
}

function buildDistrictLabels(): FeatureCollection {
  const src = readAuthored('district-labels.geojson');
  return collection('district-labels', 'scripts/basemap/district-labels.geojson (hand-authored label points)', src.features, String((src as { _attribution?: string })._attribution));
}

// ---------------------------------------------------------------- output

function collection(name: string, source: string, features: Feature[], attribution = OSM_ATTRIBUTION): FeatureCollection {
  return { type: 'FeatureCollection', _name: name, _attribution: attribution, _source: source, _generated_by: 'scripts/build-basemap.ts', features } as FeatureCollection;
}

/** Pretty JSON with 2-space indent, but each coordinate array kept on one line (small, still diffable per feature). */
function formatGeoJson(fc: FeatureCollection): string {
  const text = JSON.stringify(fc, (key, value) => (key === 'coordinates' ? `@@${JSON.stringify(value)}@@` : value), 2);
  return text.replace(/"@@(.*?)@@"/g, '$1') + '\n';
}

function buildLayers(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const layers: Record<string, () => FeatureCollection> = {
    'metro-lines': buildMetroLines,
    'metro-stations': buildMetroStations,
    'roads-major': buildRoadsMajor,
    'roads-minor': buildRoadsMinor,
    water: buildWater,
    'district-labels': buildDistrictLabels,
  };
  let total = 0;
  for (const [name, build] of Object.entries(layers)) {
    const text = formatGeoJson(build());
    writeFileSync(join(OUT_DIR, `${name}.geojson`), text);
    total += Buffer.byteLength(text);
    console.log(`scripts/basemap/layers/${name}.geojson  ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
  }
  console.log(`total ${(total / 1024).toFixed(0)} KB`);
}

function main(): void {
  if (existsSync(join(REFERENCE_DIR, 'SOURCES.md'))) {
    buildLayers();
  } else {
    console.warn(`build-basemap: reference geodata not found at ${REFERENCE_DIR} ` +
      '(set ATLAS_REFERENCE_DIR to the folder holding SOURCES.md and the OSM *.geojson files).\n' +
      'The layers are NOT rebuilt: the committed scripts/basemap/layers/*.geojson are kept; only the tiles are rebuilt from them.');
  }
  printStats(buildBasemapTiles());
}

main();
