/**
 * The deck.gl layers of the synthetic enterprises, on binary attributes (no per-point JS objects):
 * zoomed out, the worker counts the points into cells of about 24 px (grid.ts aggregateCells) and a
 * SolidPolygonLayer draws just those cells (deck.gl's GPU grid ends each aggregation with a synchronous
 * read-back, which under software WebGL blocked the page for ~0.35 s at 1M points); from
 * zoom 12 (14 above 200 000 points: grid.ts pointsFromZoom) on, ScatterplotLayers draw each point in its track's colour, one layer per
 * tile of the worker's spatial order, only for the tiles in view (a layer per tile, made the first
 * time its tile is seen and hidden, not dropped, when it leaves the view: no re-upload). Both filter
 * on the GPU with DataFilterExtension over [track, year, size], so zoomed in a filter change only
 * changes uniforms; zoomed out the worker recounts the cells.
 */
import { ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { filterRange, type SyntheticFilter } from './filters';
import { cellRings, tilesInView, type GridCells, type TileIndex } from './grid';

/** Drawn under the Atlas's zones (interleaved in MapLibre's layer order), so zones, places and labels stay on top. */
const UNDER_LAYER = 'zones-fill';


export interface BinaryPoints {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 3 };
    getFillColor: { value: Uint8Array; size: 3; normalized: true };
    getFilterValue: { value: Float32Array; size: 3 };
  };
}

/** `positions` are [lon, lat, 0] triples: GridLayer's aggregation reads its `positions` attribute as size 3. */
export function binaryPoints(positions: Float32Array, colors: Uint8Array, filterValues: Float32Array): BinaryPoints {
  return {
    length: positions.length / 3,
    attributes: {
      getPosition: { value: positions, size: 3 },
      getFillColor: { value: colors, size: 3, normalized: true },
      getFilterValue: { value: filterValues, size: 3 },
    },
  };
}

/** All points (for the grid) and per-tile views of the same arrays (for the points), no copies. */
export interface SyntheticData {
  all: BinaryPoints;
  tiles: TileIndex;
  tileData: Map<number, BinaryPoints>;
  /** Tiles that have had a layer, drawn or hidden. */
  seen: Set<number>;
}

export function syntheticData(positions: Float32Array, colors: Uint8Array, filterValues: Float32Array, tiles: TileIndex): SyntheticData {
  return { all: binaryPoints(positions, colors, filterValues), tiles, tileData: new Map(), seen: new Set() };
}

function tileData(d: SyntheticData, k: number): BinaryPoints {
  let t = d.tileData.get(k);
  if (!t) {
    const [s, e] = [d.tiles.offsets[k], d.tiles.offsets[k + 1]];
    const a = d.all.attributes;
    t = binaryPoints(a.getPosition.value.subarray(3 * s, 3 * e), a.getFillColor.value.subarray(3 * s, 3 * e), a.getFilterValue.value.subarray(3 * s, 3 * e));
    d.tileData.set(k, t);
  }
  return t;
}

const filterExtension = new DataFilterExtension({ filterSize: 3 });

/** `view`: [west, south, east, north] of the map, with a margin. */
/** The zoomed-out grid: the worker's cells as quads (exact shared edges), or an empty layer (kept, so its shaders stay compiled). */
export function gridLayer(cells: GridCells | null, visible = true): Layer {
  const r = cells ? cellRings(cells) : null;
  return new SolidPolygonLayer({
    id: 'synthetic-grid',
    beforeId: UNDER_LAYER,
    data: r ? { length: r.length, startIndices: r.startIndices, attributes: { getPolygon: { value: r.positions, size: 2 }, getFillColor: { value: r.colors, size: 3, normalized: true } } } : [],
    _normalize: false,
    visible: visible && r !== null,
    opacity: 0.5,
    pickable: false,
  } as never);
}

export function buildSyntheticLayers(
  d: SyntheticData, filter: SyntheticFilter, zoom: number, pointsZoom: number, cells: GridCells | null, view: [number, number, number, number],
): Layer[] {
  const aggregate = zoom < pointsZoom;
  const inView = new Set(aggregate ? [] : tilesInView(d.tiles, view));
  for (const k of inView) d.seen.add(k);
  const range = filterRange(filter);
  return [
    gridLayer(cells, aggregate),
    ...[...d.seen].sort((a, b) => a - b).map((k) => new ScatterplotLayer({
      id: `synthetic-points-${k}`,
      beforeId: UNDER_LAYER,
      data: tileData(d, k) as never,
      visible: inView.has(k),
      radiusUnits: 'meters',
      getRadius: 12,
      radiusMinPixels: 1.5,
      radiusMaxPixels: 6,
      stroked: false,
      opacity: 0.85,
      pickable: false,
      extensions: [filterExtension],
      filterRange: range,
    } as never)),
  ];
}
