/**
 * The deck.gl layers of the synthetic enterprises, on binary attributes (no per-point JS objects):
 * zoomed out, a GridLayer aggregates the points on the GPU into cells of about 24 px (grid.ts); from
 * AGGREGATE_BELOW_ZOOM on, a ScatterplotLayer draws each point in its track's colour. Both filter on
 * the GPU with DataFilterExtension over [track, year, size], so a filter change only changes uniforms.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import { GridLayer } from '@deck.gl/aggregation-layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { filterRange, type SyntheticFilter } from './filters';
import { AGGREGATE_BELOW_ZOOM, cellSizeMetres, domainFor, gridZoom } from './grid';

export { AGGREGATE_BELOW_ZOOM };

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

export function buildSyntheticLayers(data: BinaryPoints, filter: SyntheticFilter, zoom: number, countDomains: [number, number][]): Layer[] {
  const aggregate = zoom < AGGREGATE_BELOW_ZOOM;
  const range = filterRange(filter);
  const domain = domainFor(countDomains, zoom);
  return [
    new GridLayer({
      id: 'synthetic-grid',
      data: data as never,
      visible: aggregate,
      gpuAggregation: true,
      cellSize: cellSizeMetres(gridZoom(zoom)),
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
    new ScatterplotLayer({
      id: 'synthetic-points',
      data: data as never,
      visible: !aggregate,
      radiusUnits: 'meters',
      getRadius: 12,
      radiusMinPixels: 1.5,
      radiusMaxPixels: 6,
      stroked: false,
      opacity: 0.85,
      pickable: false,
      extensions: [filterExtension],
      filterRange: range,
    } as never),
  ];
}
