/**
 * How the basemap's vector tiles are cut: which layer goes into which zooms, and geojson-vt's
 * parameters. Shared by scripts/build-basemap-tiles.ts and its test. See docs/BASEMAP.md.
 */
import type { BasemapSource } from '../../src/map/basemap';

/**
 * Tile zooms per source-layer. A layer is only written from the zoom the style first draws it (the style
 * layer's minzoom in src/map/basemap.ts): no major roads below z9, no stations below z11, no minor roads
 * below z13. Every layer runs to the tileset's max zoom (z13); above it MapLibre overzooms.
 */
export const TILE_LAYER_ZOOMS: Record<BasemapSource, { minzoom: number; maxzoom: number }> = {
  water: { minzoom: 0, maxzoom: 13 },
  'roads-major': { minzoom: 9, maxzoom: 13 },
  'roads-minor': { minzoom: 13, maxzoom: 13 },
  'metro-lines': { minzoom: 0, maxzoom: 13 },
  'metro-stations': { minzoom: 11, maxzoom: 13 },
  'district-labels': { minzoom: 0, maxzoom: 13 },
};

/** One-line descriptions for the TileJSON's vector_layers. */
export const TILE_LAYER_DESCRIPTIONS: Record<BasemapSource, string> = {
  water: 'Schematic rivers (authored): part=area polygons and part=centreline lines',
  'roads-major': 'Expressways, elevated and ring roads (OSM, complete corridors)',
  'roads-minor': 'Named ground-level streets of the OSM extracts (新华路/长宁, 人民广场, and the 2025-08 extract around the zones: 江苏路, 愚园路, 长宁路, 南京西路, 苏河湾, south Yangpu)',
  'metro-lines': 'Metro lines 1–18 (OSM); the shared Line 3/4 section twice, offset ±1',
  'metro-stations': 'Metro stations (OSM); unnamed ones have no name_zh',
  'district-labels': 'One authored label point per district',
};

/**
 * geojson-vt parameters. The max zoom is z13 with an extent of 8192 (MapLibre's own internal extent):
 * ~0.5 m per unit in Shanghai, as fine as z14 at the usual 4096, with a quarter of the files. geojson-vt
 * does not simplify at its maxZoom, so z13 keeps the layers' own (already simplified) vertices; below it,
 * it simplifies by `tolerance` units (6/8192 of a tile = 0.375 px of a 512 px tile, MapLibre's default
 * for GeoJSON sources). The buffer (tile units, each side) carries lines past the tile edge so round joins,
 * casings and line offsets meet seamlessly at tile seams and line labels near an edge keep their line:
 * 256/8192 = 16 px of a 512 px tile.
 */
export const TILE_OPTIONS = { extent: 8192, buffer: 256, tolerance: 6 } as const;
