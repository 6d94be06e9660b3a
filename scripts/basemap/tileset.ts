/**
 * How the basemap's vector tiles are cut: which layer goes into which zooms, and geojson-vt's
 * parameters. Shared by scripts/build-basemap-tiles.ts and its test. See docs/BASEMAP.md.
 */
import type { BasemapSource } from '../../src/map/basemap';

/**
 * Tile zooms per source-layer. A layer is only written where the style can show it (the style layer's
 * minzoom/maxzoom in src/map/basemap.ts): no minor roads below z13, no stations below z11, no district
 * labels at z14 (their layer stops below 14). Above the tileset's max zoom MapLibre overzooms.
 */
export const TILE_LAYER_ZOOMS: Record<BasemapSource, { minzoom: number; maxzoom: number }> = {
  water: { minzoom: 0, maxzoom: 14 },
  'roads-major': { minzoom: 9, maxzoom: 14 },
  'roads-minor': { minzoom: 13, maxzoom: 14 },
  'metro-lines': { minzoom: 0, maxzoom: 14 },
  'metro-stations': { minzoom: 11, maxzoom: 14 },
  'district-labels': { minzoom: 0, maxzoom: 13 },
};

/** One-line descriptions for the TileJSON's vector_layers. */
export const TILE_LAYER_DESCRIPTIONS: Record<BasemapSource, string> = {
  water: 'Schematic rivers (authored): part=area polygons and part=centreline lines',
  'roads-major': 'Expressways, elevated and ring roads (OSM, complete corridors)',
  'roads-minor': 'Named ground-level streets of the two OSM samples (新华路/长宁, 人民广场)',
  'metro-lines': 'Metro lines 1–18 (OSM); the shared Line 3/4 section twice, offset ±1',
  'metro-stations': 'Metro stations (OSM); unnamed ones have no name_zh',
  'district-labels': 'One authored label point per district',
};

/**
 * geojson-vt parameters. extent 4096 at z14 is ~0.5 m per unit in Shanghai; geojson-vt does not simplify
 * at its maxZoom, so z14 keeps the layers' own (already simplified) vertices, and below z14 it simplifies
 * by `tolerance` units (3/4096 of a tile, well under a pixel). The buffer (in tile units, on each side)
 * carries lines past the tile edge so round joins and line offsets meet seamlessly at tile seams and
 * line labels near an edge still have their line; 128/4096 = 16 px of a 512 px tile.
 */
export const TILE_OPTIONS = { extent: 4096, buffer: 128, tolerance: 3 } as const;
