/** Messages between the page and the import worker. */
import type { ColumnChoice, ImportedFeature, ParsedImport } from './types';

export interface ParseRequest {
  type: 'parse';
  file: Blob & { name?: string };
  columns?: ColumnChoice;
  anchors?: [number, number][];
}

export type FromWorker =
  | { type: 'progress'; fraction: number }
  /** The features, a batch at a time (each message small enough to clone without a long task). */
  | { type: 'features'; features: ImportedFeature[] }
  /** The result without its features (they came in batches before it). */
  | { type: 'done'; result: Omit<ParsedImport, 'features'> };
