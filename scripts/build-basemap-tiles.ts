/**
 * `npm run build:basemap-tiles`: cuts the committed basemap layers (scripts/basemap/layers/*.geojson) into
 * one static vector tileset, public/basemap/tiles/{z}/{x}/{y}.pbf (Mapbox Vector Tile 2.1, one
 * source-layer per layer), plus public/basemap/tiles/metadata.json (TileJSON 3.0.0). Needs no reference
 * geodata. geojson-vt does the slicing and simplification (the same code MapLibre runs on GeoJSON
 * sources in the browser, run here once), vt-pbf the protobuf encoding. Every tile inside the bounds
 * exists: a tile with no feature is an empty file (a valid MVT with no layer), because a missing one
 * would be a 404 in the browser's console. Deterministic: the same layers give byte-identical tiles;
 * metadata.json records a hash of the inputs. See docs/BASEMAP.md.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import geojsonvt from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_ATTRIBUTION, BASEMAP_SOURCES, BASEMAP_TILESET, type BasemapSource } from '../src/map/basemap';
import { TILE_LAYER_DESCRIPTIONS, TILE_LAYER_ZOOMS, TILE_OPTIONS } from './basemap/tileset';

const root = join(import.meta.dirname, '..');
export const LAYERS_DIR = join(root, 'scripts', 'basemap', 'layers');
export const TILES_DIR = join(root, 'public', 'basemap', 'tiles');

const packageVersion = (name: string): string =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

export interface TileStats {
  /** Every file, the empty ones included. */
  tileCount: number;
  emptyCount: number;
  totalBytes: number;
  inputSha256: string;
  perZoom: Record<string, { tiles: number; empty: number; bytes: number }>;
}

/** The XYZ tile holding [lng, lat] at zoom z (Web Mercator). */
export function tileAt(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const x = Math.floor(((lng + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(x, n - 1), Math.min(y, n - 1)];
}

/** The tiles MapLibre may request at zoom z: those that intersect the bounds, [x0, y0, x1, y1] inclusive. */
export function tileRange(z: number, [w, s, e, n] = BASEMAP_TILESET.bounds): [number, number, number, number] {
  return [...tileAt(w, n, z), ...tileAt(e, s, z)] as [number, number, number, number];
}

/** sha256 over the layer files (in BASEMAP_SOURCES order), the tiling parameters and the tool versions. */
export function inputHash(layersDir = LAYERS_DIR): string {
  const hash = createHash('sha256');
  for (const name of BASEMAP_SOURCES) {
    hash.update(`${name}\n`);
    hash.update(readFileSync(join(layersDir, `${name}.geojson`)));
  }
  hash.update(JSON.stringify({ TILE_OPTIONS, TILE_LAYER_ZOOMS, BASEMAP_TILESET }));
  hash.update(`geojson-vt ${packageVersion('geojson-vt')} vt-pbf ${packageVersion('vt-pbf')}`);
  return hash.digest('hex');
}

type FieldType = 'String' | 'Number' | 'Boolean';

function fieldsOf(fc: FeatureCollection): Record<string, FieldType> {
  const fields: Record<string, FieldType> = {};
  for (const f of fc.features) {
    for (const [key, value] of Object.entries(f.properties ?? {})) {
      if (value === null) continue; // not encoded in the tiles (a missing key reads as null)
      fields[key] = typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
    }
  }
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
}

/** Builds every tile that has a feature into `outDir` (emptied first); returns the counts. */
export function buildBasemapTiles(layersDir = LAYERS_DIR, outDir = TILES_DIR): TileStats {
  const layers = {} as Record<BasemapSource, FeatureCollection>;
  for (const name of BASEMAP_SOURCES) layers[name] = JSON.parse(readFileSync(join(layersDir, `${name}.geojson`), 'utf8'));

  // One index per layer, pre-generated down to the max zoom (indexMaxPoints 0: split every tile).
  const byTile = new Map<string, Partial<Record<BasemapSource, geojsonvt.Tile>>>();
  for (const name of BASEMAP_SOURCES) {
    const { minzoom, maxzoom } = TILE_LAYER_ZOOMS[name];
    const index = geojsonvt(layers[name], {
      maxZoom: BASEMAP_TILESET.maxzoom, indexMaxZoom: BASEMAP_TILESET.maxzoom, indexMaxPoints: 0, ...TILE_OPTIONS,
    });
    for (const { z, x, y } of index.tileCoords) {
      if (z < minzoom || z > maxzoom || z < BASEMAP_TILESET.minzoom) continue;
      const tile = index.getTile(z, x, y);
      if (!tile || tile.features.length === 0) continue;
      const key = `${z}/${x}/${y}`;
      byTile.set(key, { ...byTile.get(key), [name]: tile });
    }
  }

  rmSync(outDir, { recursive: true, force: true });
  const perZoom: TileStats['perZoom'] = {};
  let totalBytes = 0;
  let tileCount = 0;
  let emptyCount = 0;
  for (let z = BASEMAP_TILESET.minzoom; z <= BASEMAP_TILESET.maxzoom; z++) {
    const [x0, y0, x1, y1] = tileRange(z);
    const zoom = (perZoom[z] = { tiles: 0, empty: 0, bytes: 0 });
    for (let x = x0; x <= x1; x++) {
      mkdirSync(join(outDir, String(z), String(x)), { recursive: true });
      for (let y = y0; y <= y1; y++) {
        const entry = byTile.get(`${z}/${x}/${y}`);
        byTile.delete(`${z}/${x}/${y}`);
        // Layers in a fixed order, so the bytes depend only on the input.
        const layerMap: Record<string, geojsonvt.Tile> = {};
        for (const name of BASEMAP_SOURCES) if (entry?.[name]) layerMap[name] = entry[name]!;
        const pbf = entry ? fromGeojsonVt(layerMap, { version: 2, extent: TILE_OPTIONS.extent }) : new Uint8Array(0);
        writeFileSync(join(outDir, String(z), String(x), `${y}.pbf`), pbf);
        zoom.tiles += 1;
        if (!entry) zoom.empty += 1;
        zoom.bytes += pbf.byteLength;
      }
    }
    tileCount += zoom.tiles;
    emptyCount += zoom.empty;
    totalBytes += zoom.bytes;
  }
  // Tiles left over lie outside the bounds. geojson-vt clips with a buffer, so a neighbour of the bounds may
  // hold a feature's buffer part; a feature inside such a tile proper means the bounds are too tight.
  const outside = [...byTile.entries()].filter(([, entry]) =>
    Object.values(entry).some((t) => t!.features.some((f) => insideTile(f, TILE_OPTIONS.extent))));
  if (outside.length > 0) {
    throw new Error(`build-basemap-tiles: features outside BASEMAP_TILESET.bounds (tiles ${outside.map(([k]) => k).join(', ')}); widen the bounds`);
  }

  const inputSha256 = inputHash(layersDir);
  const metadata = {
    tilejson: '3.0.0',
    name: 'Innovation Atlas basemap',
    description: 'The embedded offline basemap of Innovation Atlas (上海科创图谱). See docs/BASEMAP.md.',
    attribution: BASEMAP_ATTRIBUTION,
    scheme: 'xyz',
    format: 'pbf',
    // Relative to this file; the app builds absolute URLs itself (src/map/basemap.ts).
    tiles: [BASEMAP_TILESET.template],
    minzoom: BASEMAP_TILESET.minzoom,
    maxzoom: BASEMAP_TILESET.maxzoom,
    bounds: BASEMAP_TILESET.bounds,
    vector_layers: BASEMAP_SOURCES.map((name) => ({
      id: name, description: TILE_LAYER_DESCRIPTIONS[name], ...TILE_LAYER_ZOOMS[name], fields: fieldsOf(layers[name]),
    })),
    generator: `scripts/build-basemap-tiles.ts (geojson-vt ${packageVersion('geojson-vt')}, vt-pbf ${packageVersion('vt-pbf')})`,
    extent: TILE_OPTIONS.extent,
    buffer: TILE_OPTIONS.buffer,
    input_sha256: inputSha256,
    tile_count: tileCount,
    empty_tile_count: emptyCount,
    total_bytes: totalBytes,
    tiles_per_zoom: perZoom,
  };
  writeFileSync(join(outDir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
  return { tileCount, emptyCount, totalBytes, inputSha256, perZoom };
}

/** Whether a geojson-vt feature has a vertex inside the tile proper (not only in its buffer). */
function insideTile(feature: geojsonvt.Feature, extent: number): boolean {
  const points = (feature.type === 1 ? feature.geometry : (feature.geometry as unknown as [number, number][][]).flat()) as [number, number][];
  return points.some(([x, y]) => x >= 0 && x <= extent && y >= 0 && y <= extent);
}

export function printStats(stats: TileStats, outDir = TILES_DIR): void {
  for (const [z, { tiles, empty, bytes }] of Object.entries(stats.perZoom)) {
    console.log(`  z${z.padStart(2)}  ${String(tiles).padStart(4)} tiles (${String(empty).padStart(3)} empty)  ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
  }
  console.log(`${outDir.replace(root + '/', '')}: ${stats.tileCount} tiles (${stats.emptyCount} empty), ${(stats.totalBytes / 1024).toFixed(0)} KB, inputs ${stats.inputSha256.slice(0, 12)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printStats(buildBasemapTiles());
}
