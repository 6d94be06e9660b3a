/**
 * The deck.gl layers of the synthetic enterprises, on binary attributes (no per-point JS objects):
 * zoomed out, a GridLayer aggregates the points on the GPU into cells of about 24 px (grid.ts); from
 * zoom 12 (14 above 200 000 points: grid.ts pointsFromZoom) on, ScatterplotLayers draw each point in its track's colour, one layer per
 * tile of the worker's spatial order, only for the tiles in view (a layer per tile, made the first
 * time its tile is seen and hidden, not dropped, when it leaves the view: no re-upload). Both filter
 * on the GPU with DataFilterExtension over [track, year, size], so a filter change only changes uniforms.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import { GridLayer } from '@deck.gl/aggregation-layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { filterRange, type SyntheticFilter } from './filters';
import { cellSizeMetres, domainFor, gridZoom, tilesInView, type TileIndex } from './grid';

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

/** Light to dark purple (ColorBrewer "Purples"): a count scale apart from the plans' colours. */
const COUNT_PALETTE: [number, number, number][] = [
  [218, 218, 235], [188, 189, 220], [158, 154, 200], [128, 125, 186], [106, 81, 163], [74, 20, 134],
];
const RANGE_STEPS = 64;
const rangeCache = new Map<number, [number, number, number][]>();

/**
 * Counts are heavy-tailed (points crowd on roads and stations): a square-root colour scale, built as a
 * fine quantize range over the linear domain [1, max] (GridLayer's GPU path has no such scale).
 */
export function sqrtColorRange(max: number): [number, number, number][] {
  const cached = rangeCache.get(max);
  if (cached) return cached;
  const out: [number, number, number][] = [];
  for (let i = 0; i < RANGE_STEPS; i++) {
    const v = 1 + ((i + 0.5) / RANGE_STEPS) * (max - 1);
    const t = Math.sqrt((v - 1) / (max - 1));
    const x = t * (COUNT_PALETTE.length - 1);
    const k = Math.min(COUNT_PALETTE.length - 2, Math.floor(x));
    const f = x - k;
    const [a, b] = [COUNT_PALETTE[k], COUNT_PALETTE[k + 1]];
    out.push([0, 1, 2].map((c) => Math.round(a[c] + (b[c] - a[c]) * f)) as [number, number, number]);
  }
  rangeCache.set(max, out);
  return out;
}

/** `view`: [west, south, east, north] of the map, with a margin. */
export function buildSyntheticLayers(
  d: SyntheticData, filter: SyntheticFilter, zoom: number, pointsZoom: number, countDomains: [number, number][], view: [number, number, number, number],
): Layer[] {
  const aggregate = zoom < pointsZoom;
  const inView = new Set(aggregate ? [] : tilesInView(d.tiles, view));
  for (const k of inView) d.seen.add(k);
  const range = filterRange(filter);
  const domain = domainFor(countDomains, zoom);
  return [
    new GridLayer({
      id: 'synthetic-grid',
      beforeId: UNDER_LAYER,
      data: d.all as never,
      visible: aggregate,
      gpuAggregation: true,
      cellSize: cellSizeMetres(gridZoom(zoom, pointsZoom)),
      colorRange: sqrtColorRange(domain[1]),
      colorAggregation: 'SUM',
      // A fixed domain per zoom from the worker (all points): filtered cells get lighter, and the GPU
      // grid needs no read-back of its cells (a quantile scale would read them all per aggregation).
      colorScaleType: 'quantize',
      colorDomain: domain,
      opacity: 0.5,
      extruded: false,
      pickable: false,
      extensions: [filterExtension],
      filterRange: range,
    } as never),
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
