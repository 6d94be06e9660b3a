/**
 * The embedded basemap: the style is valid and fully offline and reads one vector tileset; the tiles
 * hold every source-layer the style names, with the properties it reads, accurate to a metre or two and
 * up to date with the committed layer GeoJSON; the layers are attributed and ship no check-only data;
 * and the hand-authored rivers and district labels agree with the check-only reference.
 */
import { zhCN } from '../../src/i18n/zh-CN';
import { en } from '../../src/i18n/en';
import { SHARED_PROGRAM_PROPERTY } from '../../src/map/layers/shared-programs';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { area, booleanPointInPolygon, distance, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import {
  BASEMAP_ATTRIBUTION, BASEMAP_SOURCE_ID, BASEMAP_SOURCES, BASEMAP_TILESET, buildBasemapStyle, type BasemapSource,
} from '../../src/map/basemap';
import { buildBasemapTiles, inputHash, tileAt as tileOf, tileRange } from '../../scripts/build-basemap-tiles';
import { TILE_OPTIONS } from '../../scripts/basemap/tileset';
import { REFERENCE_MISSING, loadReference, referenceAvailable } from '../helpers/reference-geodata';

const BASE = 'http://localhost:5173/atlas/';
const ROOT = join(import.meta.dirname, '..', '..');
const PUBLIC_DIR = join(ROOT, 'public', 'basemap');
const TILES_DIR = join(PUBLIC_DIR, 'tiles');
const LAYERS_DIR = join(ROOT, 'scripts', 'basemap', 'layers');
const OSM_CREDIT = '© OpenStreetMap contributors';
const OSM_DERIVED = ['metro-lines', 'metro-stations', 'roads-major', 'roads-minor'];

const readLayer = (name: string): FeatureCollection & Record<string, unknown> =>
  JSON.parse(readFileSync(join(LAYERS_DIR, `${name}.geojson`), 'utf8'));

interface TileMetadata {
  tilejson: string; attribution: string; tiles: string[]; minzoom: number; maxzoom: number;
  bounds: [number, number, number, number]; input_sha256: string; tile_count: number; total_bytes: number;
  vector_layers: { id: string; minzoom: number; maxzoom: number; fields: Record<string, string> }[];
}
const metadata: TileMetadata = JSON.parse(readFileSync(join(TILES_DIR, 'metadata.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
}
const tileFiles = filesUnder(TILES_DIR).filter((f) => f.endsWith('.pbf'));
const tileCoords = tileFiles.map((f) => f.replace(/\.pbf$/, '').split('/').map(Number) as [number, number, number]);

const decoded = new Map<string, VectorTile>();
function tile(z: number, x: number, y: number): VectorTile | null {
  const key = `${z}/${x}/${y}`;
  if (!decoded.has(key)) {
    const path = join(TILES_DIR, `${key}.pbf`);
    if (!existsSync(path)) return null;
    decoded.set(key, new VectorTile(new Pbf(readFileSync(path))));
  }
  return decoded.get(key)!;
}

const tileAt = ([lng, lat]: Position, z: number) => tileOf(lng, lat, z);
/** The tileset's max zoom: the most detailed tiles. */
const Z = BASEMAP_TILESET.maxzoom;

function layerFeatures(t: VectorTile | null, layer: BasemapSource, z: number, x: number, y: number): Feature[] {
  const l = t?.layers[layer];
  if (!l) return [];
  return Array.from({ length: l.length }, (_, i) => l.feature(i).toGeoJSON(x, y, z) as Feature);
}

function positions(geometry: Feature['geometry']): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'LineString': case 'MultiPoint': return geometry.coordinates;
    case 'Polygon': case 'MultiLineString': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    default: return [];
  }
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

type DataLayer = Exclude<LayerSpecification, { type: 'background' }>;
const dataLayers = (lang: 'zh' | 'en' = 'zh') =>
  buildBasemapStyle({ lang, baseUrl: BASE }).layers.filter((l): l is DataLayer => l.type !== 'background');

describe('basemap style', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`validates against the MapLibre style spec (${lang})`, () => {
      const errors = validateStyleMin(buildBasemapStyle({ lang, baseUrl: BASE }));
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }

  it('is offline: no glyphs, no sprite, one tile URL under the base URL', () => {
    const style = buildBasemapStyle({ lang: 'en', baseUrl: BASE });
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    const urls = allStrings(style).filter((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^\/\//.test(s));
    expect(urls).toEqual([`${BASE}basemap/tiles/{z}/{x}/{y}.pbf`]);
    expect(allStrings(style).filter((s) => /https?:/.test(s) && !s.startsWith(BASE))).toEqual([]);
  });

  it('has one vector source with the tileset\'s zooms and bounds, resolved against the base URL', () => {
    const style = buildBasemapStyle({ lang: 'zh', baseUrl: 'http://127.0.0.1:4173/' });
    expect(Object.keys(style.sources)).toEqual([BASEMAP_SOURCE_ID]);
    expect(style.sources[BASEMAP_SOURCE_ID]).toEqual({
      type: 'vector',
      // The braces stay literal: MapLibre substitutes them.
      tiles: ['http://127.0.0.1:4173/basemap/tiles/{z}/{x}/{y}.pbf'],
      minzoom: metadata.minzoom,
      maxzoom: metadata.maxzoom,
      bounds: metadata.bounds,
    });
  });

  it('every data layer reads a source-layer of the tileset', () => {
    const names = new Set<string>(BASEMAP_SOURCES);
    for (const layer of dataLayers()) {
      expect(layer.source, layer.id).toBe(BASEMAP_SOURCE_ID);
      expect(names.has(String(layer['source-layer'])), layer.id).toBe(true);
    }
    expect(new Set(dataLayers().map((l) => l['source-layer']))).toEqual(names);
  });

  it('uses kebab-case layer ids and the shipped web font for every label', () => {
    const style = buildBasemapStyle({ lang: 'zh', baseUrl: BASE });
    for (const layer of style.layers) {
      expect(layer.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual(['Noto Sans SC']);
    }
    expect(new Set(style.layers.map((l) => l.id)).size).toBe(style.layers.length);
  });

  it('shows English district names only in English mode', () => {
    const label = (lang: 'zh' | 'en') =>
      JSON.stringify(buildBasemapStyle({ lang, baseUrl: BASE }).layers.find((l) => l.id === 'district-labels'));
    expect(label('zh')).not.toContain('name_en');
    expect(label('en')).toContain('name_en');
    expect(label('en')).toContain('name_zh');
  });

  it('every property the style reads is a field of its source-layer', () => {
    for (const layer of dataLayers('en')) {
      const read = new Set<string>();
      const walk = (e: unknown): void => {
        if (!Array.isArray(e)) { if (e && typeof e === 'object') Object.values(e).forEach(walk); return; }
        if ((e[0] === 'get' || e[0] === 'has') && typeof e[1] === 'string') read.add(e[1]);
        e.forEach(walk);
      };
      walk([layer.filter, layer.layout, layer.paint]);
      const fields = metadata.vector_layers.find((v) => v.id === layer['source-layer'])!.fields;
      read.delete(SHARED_PROGRAM_PROPERTY); // read on purpose, never present (layers/shared-programs.ts)
      for (const key of read) expect(fields, `${layer.id} reads ${key}`).toHaveProperty(key);
    }
  });

  it('the tiles hold each layer at every zoom its style layers are drawn at', () => {
    for (const layer of dataLayers()) {
      const tiled = metadata.vector_layers.find((v) => v.id === layer['source-layer'])!;
      // Drawn from max(minzoom, tileset min) up to (not including) maxzoom; above the tileset's max it overzooms.
      expect(tiled.minzoom, layer.id).toBeLessThanOrEqual(Math.max(Math.floor(layer.minzoom ?? 0), metadata.minzoom));
      const lastZoom = Math.min(Math.ceil(layer.maxzoom ?? 24) - 1, metadata.maxzoom);
      expect(tiled.maxzoom, layer.id).toBeGreaterThanOrEqual(lastZoom);
    }
  });
});

describe('basemap vector tiles in public/basemap/tiles', () => {
  it('metadata.json is TileJSON that agrees with the style and the directory', () => {
    expect(metadata.tilejson).toBe('3.0.0');
    expect(metadata.attribution).toBe(BASEMAP_ATTRIBUTION);
    expect(metadata.tiles).toEqual([BASEMAP_TILESET.template]);
    expect([metadata.minzoom, metadata.maxzoom, metadata.bounds]).toEqual([BASEMAP_TILESET.minzoom, BASEMAP_TILESET.maxzoom, BASEMAP_TILESET.bounds]);
    expect(metadata.vector_layers.map((l) => l.id)).toEqual([...BASEMAP_SOURCES]);
    expect(metadata.tile_count).toBe(tileFiles.length);
    expect(metadata.total_bytes).toBe(tileFiles.reduce((sum, f) => sum + statSync(join(TILES_DIR, f)).size, 0));
  });

  it('are up to date with the committed layers (same input hash, byte-identical rebuild)', () => {
    expect(inputHash(LAYERS_DIR), 'run `npm run build:basemap-tiles`').toBe(metadata.input_sha256);
    const dir = mkdtempSync(join(tmpdir(), 'basemap-tiles-'));
    try {
      buildBasemapTiles(LAYERS_DIR, dir);
      const rebuilt = filesUnder(dir);
      expect(rebuilt).toEqual(filesUnder(TILES_DIR));
      const differing = rebuilt.filter((f) => !readFileSync(join(dir, f)).equals(readFileSync(join(TILES_DIR, f))));
      expect(differing, 'run `npm run build:basemap-tiles`').toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);

  it('every tile MapLibre may request exists (no 404), and no other', () => {
    const expected: string[] = [];
    for (let z = metadata.minzoom; z <= metadata.maxzoom; z++) {
      const [x0, y0, x1, y1] = tileRange(z, metadata.bounds);
      for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) expected.push(`${z}/${x}/${y}.pbf`);
    }
    expect(tileFiles).toEqual(expected.sort());
  });

  it('each source-layer is somewhere, only in its zooms, with the tileset extent; an empty file only where no layer has a feature', () => {
    const seen = new Set<string>();
    for (const [z, x, y] of tileCoords) {
      const layers = Object.keys(tile(z, x, y)!.layers);
      if (layers.length === 0) expect(statSync(join(TILES_DIR, `${z}/${x}/${y}.pbf`)).size).toBe(0);
      for (const l of layers) {
        seen.add(l);
        const zooms = metadata.vector_layers.find((v) => v.id === l)!;
        expect(z >= zooms.minzoom && z <= zooms.maxzoom, `${l} in ${z}/${x}/${y}`).toBe(true);
        expect(tile(z, x, y)!.layers[l].extent).toBe(TILE_OPTIONS.extent);
        expect(tile(z, x, y)!.layers[l].length, `${l} in ${z}/${x}/${y}`).toBeGreaterThan(0);
      }
    }
    expect([...seen].sort()).toEqual([...BASEMAP_SOURCES].sort());
  });

  it('stays modest: under 600 files and 600 KB', () => {
    expect(tileFiles.length).toBeLessThan(600);
    expect(metadata.total_bytes).toBeLessThan(600_000);
  });

  it('every station is in its max-zoom tile, within 1 m, with its name and interchange flag', () => {
    const stations = readLayer('metro-stations').features as Feature<Point>[];
    for (const station of stations) {
      const pos = station.geometry.coordinates;
      const [x, y] = tileAt(pos, Z);
      const near = layerFeatures(tile(Z, x, y), 'metro-stations', Z, x, y)
        .map((f) => ({ f, d: distance(pos, positions(f.geometry)[0], { units: 'meters' }) }))
        .sort((a, b) => a.d - b.d)[0];
      expect(near, JSON.stringify(station.properties)).toBeDefined();
      expect(near.d).toBeLessThan(1);
      expect(near.f.properties?.name_zh).toBe(station.properties?.name_zh ?? undefined);
      expect(near.f.properties?.interchange).toBe(station.properties?.interchange);
      expect(typeof near.f.properties?.interchange).toBe('boolean');
    }
  });

  it('the shared Line 3/4 section is there twice, offset -1 and +1, at 中山公园', () => {
    const zhongshan = (readLayer('metro-stations').features as Feature<Point>[]).find((f) => f.properties?.name_zh === '中山公园')!;
    const [x, y] = tileAt(zhongshan.geometry.coordinates, Z);
    const lines = layerFeatures(tile(Z, x, y), 'metro-lines', Z, x, y).map((f) => f.properties);
    expect(lines).toContainEqual(expect.objectContaining({ line: '3', shared: '3-4', offset: -1 }));
    expect(lines).toContainEqual(expect.objectContaining({ line: '4', shared: '3-4', offset: 1 }));
    expect(lines).toContainEqual(expect.objectContaining({ line: '2', offset: 0 }));
  });

  it('minor roads only from z13, with name and class, near 人民广场', () => {
    const square: Position = [121.4737, 31.2304];
    for (const z of [11, 12]) {
      const [x, y] = tileAt(square, z);
      expect(tile(z, x, y)?.layers['roads-minor'], `z${z}`).toBeUndefined();
    }
    const [x, y] = tileAt(square, 13);
    const roads = layerFeatures(tile(13, x, y), 'roads-minor', 13, x, y);
    expect(roads.length).toBeGreaterThan(10);
    for (const r of roads) {
      expect(String(r.properties?.name_zh)).toMatch(/[\u4e00-\u9fff]/);
      expect(['primary', 'secondary', 'local']).toContain(r.properties?.class);
    }
    const major = layerFeatures(tile(13, x, y), 'roads-major', 13, x, y);
    expect(major.map((f) => f.properties?.name_zh)).toContain('南北高架路');
    for (const f of major) expect(['expressway', 'ring', 'elevated']).toContain(f.properties?.class);
  });

  it('rivers as area and centreline with both names; district labels in both languages', () => {
    const [x, y] = tileAt([121.46, 31.16], 10);
    const water = layerFeatures(tile(10, x, y), 'water', 10, x, y);
    expect(new Set(water.map((f) => f.properties?.part))).toEqual(new Set(['area', 'centreline']));
    const huangpu = water.find((f) => f.properties?.name_zh === '黄浦江' && f.properties?.part === 'area')!;
    expect(huangpu.properties).toMatchObject({ name_en: 'Huangpu River', precision: 'schematic' });
    expect(huangpu.geometry.type).toMatch(/Polygon/);
    const labels = tileCoords.filter(([z]) => z === 10).flatMap(([z, tx, ty]) => layerFeatures(tile(z, tx, ty), 'district-labels', z, tx, ty));
    // A point in a neighbour's buffer is in both tiles.
    expect(new Set(labels.map((l) => l.properties?.name_zh)).size).toBe(16);
    for (const l of labels) expect(l.properties).toMatchObject({ name_zh: expect.stringMatching(/区$/), name_en: expect.any(String) });
    const atMax = tileCoords.filter(([z]) => z === Z).flatMap(([z, tx, ty]) => layerFeatures(tile(z, tx, ty), 'district-labels', z, tx, ty));
    expect(new Set(atMax.map((l) => l.properties?.name_zh)).size).toBe(16);
  });
});

describe('basemap layers (scripts/basemap/layers, the tiles\' input) and what is shipped', () => {
  it('ships only the tiles: no GeoJSON left in public/basemap', () => {
    expect(filesUnder(PUBLIC_DIR).filter((f) => !f.startsWith('tiles/'))).toEqual([]);
    expect(filesUnder(PUBLIC_DIR).filter((f) => f.endsWith('.geojson'))).toEqual([]);
  });

  it('every layer exists and parses as a FeatureCollection', () => {
    for (const name of BASEMAP_SOURCES) {
      const fc = readLayer(name);
      expect(fc.type, name).toBe('FeatureCollection');
      expect(fc.features.length, name).toBeGreaterThan(0);
    }
  });

  it('every OSM-derived layer carries the OSM attribution, and so do the style and the tileset', () => {
    for (const name of OSM_DERIVED) expect(String(readLayer(name)._attribution), name).toContain(OSM_CREDIT);
    expect(BASEMAP_ATTRIBUTION).toContain(OSM_CREDIT);
    expect(metadata.attribution).toContain('ODbL');
    // What the map shows, in each UI language.
    for (const text of [zhCN['map.attribution'], en['map.attribution']]) {
      expect(text).toContain('© OpenStreetMap');
      expect(text).toContain('ODbL');
    }
  });

  it('coordinates are [lng, lat] in Shanghai with at most 6 decimals, inside the tileset bounds', () => {
    const [w, s, e, n] = BASEMAP_TILESET.bounds;
    for (const name of BASEMAP_SOURCES) {
      for (const f of readLayer(name).features) {
        for (const [lng, lat] of positions(f.geometry)) {
          expect(lng >= w && lng <= e && lat >= s && lat <= n, `${name} ${lng},${lat}`).toBe(true);
          expect(String(lng).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
          expect(String(lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
        }
      }
    }
  });

  it('ships no check-only data: no Amap station, no shroad road, no copied reference file', () => {
    for (const f of ['districts.geojson', 'roads-major-shroad-wgs84.geojson', 'water-huangpu-suzhou-yunzaobang.geojson']) {
      expect(existsSync(join(PUBLIC_DIR, f))).toBe(false);
      expect(existsSync(join(LAYERS_DIR, f))).toBe(false);
    }
    const layers = readdirSync(LAYERS_DIR).map((f) => readFileSync(join(LAYERS_DIR, f), 'utf8')).join('\n');
    // Tile strings (keys, values) are stored as plain UTF-8 in the protobuf.
    const tiles = filesUnder(PUBLIC_DIR).map((f) => readFileSync(join(PUBLIC_DIR, f)).toString('latin1')).join('\n');
    expect(layers).not.toMatch(/amap|autonavi|shroad|datav/i);
    expect(tiles).not.toMatch(/amap|autonavi|shroad|datav/i);
  });

  it('the water layer is marked schematic', () => {
    for (const f of readLayer('water').features) expect(f.properties?.precision).toBe('schematic');
  });

  it('station names are Chinese from OSM; no English station name is invented', () => {
    for (const f of readLayer('metro-stations').features) {
      expect(f.properties).not.toHaveProperty('name_en');
      const name = f.properties?.name_zh;
      if (name !== null) expect(String(name)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(metadata.vector_layers.find((l) => l.id === 'metro-stations')!.fields).not.toHaveProperty('name_en');
  });
});

describe.skipIf(!referenceAvailable())('authored layers against the check-only reference', () => {
  if (!referenceAvailable()) console.warn(REFERENCE_MISSING);

  const authoredWater = (): Feature<LineString>[] =>
    JSON.parse(readFileSync(join(ROOT, 'scripts', 'basemap', 'water-authored.geojson'), 'utf8')).features;
  const referenceRiver = (zh: string) =>
    loadReference('water-huangpu-suzhou-yunzaobang').features.find((f) => f.properties?.name === zh) as Feature<Polygon>;

  it('every authored river centreline vertex lies inside the reference river', () => {
    for (const line of authoredWater()) {
      const river = referenceRiver(String(line.properties?.name_zh));
      const outside = line.geometry.coordinates.filter((p) => !booleanPointInPolygon(p, river));
      expect(outside, String(line.properties?.name_zh)).toEqual([]);
    }
  });

  // The Huangpu is drawn at a nominal 360 m, the creek at 70 m around a schematic centreline.
  const minOverlap: Record<string, number> = { 黄浦江: 0.7, 苏州河: 0.55 };
  it('most of each shipped river area overlaps the reference river', () => {
    for (const f of readLayer('water').features.filter((x) => x.properties?.part === 'area')) {
      const zh = String(f.properties?.name_zh);
      const shape = f as Feature<Polygon>;
      const overlap = intersect(featureCollection([shape, referenceRiver(zh)]));
      const share = overlap ? area(overlap) / area(shape) : 0;
      expect(share, zh).toBeGreaterThanOrEqual(minOverlap[zh]);
    }
  });

  it('each district label point lies inside its district', () => {
    const districts = loadReference('districts').features as Feature<MultiPolygon>[];
    const labels = readLayer('district-labels').features;
    expect(labels).toHaveLength(16);
    for (const label of labels) {
      const district = districts.find((d) => d.properties?.name === label.properties?.name_zh);
      expect(district, String(label.properties?.name_zh)).toBeDefined();
      expect(booleanPointInPolygon(positions(label.geometry)[0], district!), String(label.properties?.name_zh)).toBe(true);
    }
  });
});
