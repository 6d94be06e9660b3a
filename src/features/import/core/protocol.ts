/** Messages between the page and the import worker. */
import type { MultiPolygon, Polygon } from 'geojson';
import type { FeatureChunk, FeatureTable } from './table';
import type { ColumnChoice, CrsId, ParsedImport } from './types';

export interface ParseRequest {
  type: 'parse';
  file: Blob & { name?: string };
  columns?: ColumnChoice;
  anchors?: [number, number][];
}

/** After the review: convert the features kept in the worker to WGS84 (`crs` is the reader's choice), find their zones. */
export interface BuildRequest {
  type: 'build';
  crs: CrsId;
  zones: { id: string; geometry: Polygon | MultiPolygon }[];
}

/** What a read says, without its features (they stay in the worker until the build). */
export type ReadSummary = Omit<ParsedImport, 'features'> & { count: number; located: number };

export type FromWorker =
  | { type: 'progress'; fraction: number }
  | { type: 'read'; result: ReadSummary }
  /** One chunk of the table, its typed arrays transferred (not copied). */
  | { type: 'chunk'; chunk: FeatureChunk }
  /** The table without its chunks (they came before it). */
  | { type: 'built'; table: Omit<FeatureTable, 'chunks'> };
