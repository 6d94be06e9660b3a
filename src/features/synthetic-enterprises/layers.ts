/**
 * The deck.gl layers of the synthetic enterprises, on binary attributes (no per-point JS objects):
 * zoomed out, a GridLayer aggregates the points on the GPU into cells of about CELL_PIXELS; from
 * AGGREGATE_BELOW_ZOOM on, a ScatterplotLayer draws each point in its track's colour. Both filter on
 * the GPU with DataFilterExtension over [track, year, size], so a filter change only changes uniforms.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import { GridLayer } from '@deck.gl/aggregation-layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { filterRange, type SyntheticFilter } from './filters';

export const AGGREGATE_BELOW_ZOOM = 12;
export const CELL_PIXELS = 24;

export interface BinaryPoints {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    getFillColor: { value: Uint8Array; size: 3; normalized: true };
    getFilterValue: { value: Float32Array; size: 3 };
  };
}

export function binaryPoints(positions: Float32Array, colors: Uint8Array, filterValues: Float32Array): BinaryPoints {
  return {
    length: positions.length / 2,
    attributes: {
      getPosition: { value: positions, size: 2 },
      getFillColor: { value: colors, size: 3, normalized: true },
      getFilterValue: { value: filterValues, size: 3 },
    },
  };
}

/** Grid cell size in metres for an integer zoom: CELL_PIXELS at Shanghai's latitude (512-px tiles). */
export function cellSizeMetres(zoom: number, lat = 31.2): number {
  const metresPerPixel = (40_075_016.7 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** Math.floor(zoom));
  return Math.round(CELL_PIXELS * metresPerPixel);
}

const filterExtension = new DataFilterExtension({ filterSize: 3 });

/** Blue → purple, light to dark: a count scale distinct from the plan colours. */
const COUNT_RANGE: [number, number, number][] = [
  [222, 235, 247], [158, 202, 225], [107, 174, 214], [66, 146, 198], [33, 113, 181], [8, 69, 148],
];

export function buildSyntheticLayers(data: BinaryPoints, filter: SyntheticFilter, zoom: number): Layer[] {
  const aggregate = zoom < AGGREGATE_BELOW_ZOOM;
  const range = filterRange(filter);
  return [
    new GridLayer({
      id: 'synthetic-grid',
      data: data as never,
      visible: aggregate,
      gpuAggregation: true,
      cellSize: cellSizeMetres(Math.min(zoom, AGGREGATE_BELOW_ZOOM - 1)),
      colorRange: COUNT_RANGE,
      colorAggregation: 'SUM',
      opacity: 0.55,
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
