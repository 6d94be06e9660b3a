/** Messages between the main thread (index.ts) and the worker (worker.ts). */
import type { GridCells, TileIndex } from './grid';
import type { SyntheticFilter } from './filters';

export interface LoadRequest {
  type: 'load';
  count: number;
  seed: number;
  /** Absolute URL of the binary data file; when it is absent or invalid the worker generates the points. */
  url: string;
  /** Absolute URL of the app's data (`data/atlas.json`): the zones the points are assigned to. */
  atlasUrl: string;
}

/** Zoomed out, the grid is counted in the worker (it keeps the points): the main thread only draws cells. */
export interface AggregateRequest {
  type: 'aggregate';
  /** Integer zoom of the grid (grid.ts gridZoom). */
  zoom: number;
  filter: SyntheticFilter;
  /** Echoed back, so that an answer to an older request can be ignored. */
  seq: number;
}

/** The worker's answer to an AggregateRequest: the counted cells (grid.ts GridCells). */
export type CellsMessage = { type: 'cells'; seq: number; zoom: number } & GridCells;

export type Phase = 'fetch' | 'generate' | 'assign';

export interface ProgressMessage {
  type: 'progress';
  phase: Phase;
  done: number;
  total: number;
}

/** Everything the layers need, as transferable typed arrays, every per-point array in tile order. Times are epoch milliseconds (timeOrigin + now). */
export interface LoadResult {
  type: 'result';
  count: number;
  source: 'file' | 'generated';
  /** [lon, lat, 0] float32 triples (GridLayer's aggregation reads positions as size 3). */
  positions: Float32Array;
  /** [track, year, size] per point, float32, for DataFilterExtension (filterSize 3). */
  filterValues: Float32Array;
  /** [r, g, b] per point (the track's colour). */
  colors: Uint8Array;
  /** Smallest containing zone per point, index into zoneIds, -1 for none. */
  zone: Int16Array;
  zoneIds: string[];
  /** Counts per (track, year − YEAR_MIN, size), for the panel's "shown" figure without a GPU read-back. */
  histogram: Uint32Array;
  /** The arrays are in this tile order (grid.ts tileOrder). */
  tiles: TileIndex;
  /** Points in at least one zone. */
  inZones: number;
  times: { loadStart: number; loadEnd: number; assignStart: number; assignEnd: number };
}

export interface ErrorMessage {
  type: 'error';
  message: string;
}

export type WorkerMessage = ProgressMessage | LoadResult | ErrorMessage | CellsMessage;
