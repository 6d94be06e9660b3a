/**
 * The shapes shared by the import's converters (`core/`, pure, worker-safe) and its UI (the rest of
 * `features/import/`). Issue 12. Converters never throw past their boundary: every problem is an
 * `ImportMessage` in `errors` (nothing usable) or `notes` (imported, with a caveat).
 */
import type { Geometry } from 'geojson';

export type ImportFormat = 'geojson' | 'csv' | 'tsv' | 'kml' | 'shapefile';

/** The coordinate systems common in China. Everything the Atlas keeps is WGS84. */
export type CrsId = 'wgs84' | 'gcj02' | 'bd09';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/**
 * A message for the reader: a code and its parameters; `formatImportMessage` (core/messages.ts) words
 * it in zh and en, naming the file, the row or feature and what is wrong.
 */
export interface ImportMessage {
  /** e.g. 'invalid-json', 'empty-file', 'binary-file', 'missing-coordinate-column', 'row-bad-coordinate'. */
  code: string;
  severity: 'error' | 'note';
  /** The file's name as the user gave it. */
  file: string;
  /** 1-based line of a CSV/TSV as a spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** 1-based index of a feature (GeoJSON, KML, Shapefile). */
  feature?: number;
  params?: Record<string, string | number>;
}

/** A feature's attributes, kept as plain values: never interpreted as markup or links. */
export type ImportProperties = Record<string, string | number | boolean | null>;

/** One imported record. In a `ParsedImport` its geometry is in the source's coordinates; after `toWgs84`, WGS84. */
export interface ImportedFeature {
  /** 0-based position in the file's records (stable: the UI builds ids from it). */
  index: number;
  /** From a name column or property (名称, 企业名称, name, title, …), else "<file> #<n>". */
  name: string;
  /** Null: not located (an address only, or coordinates that could not be read): listed, never dropped. */
  geometry: Geometry | null;
  address?: string;
  properties: ImportProperties;
  /** CSV/TSV: the record's row as a spreadsheet numbers it (header = row 1). Added by I1 (additive). */
  row?: number;
}

/** The columns a CSV's points are read from (detected by name, or chosen by the user). */
export interface ColumnChoice {
  lng: string;
  lat: string;
  name?: string;
  address?: string;
}

export interface CrsGuess {
  crs: CrsId;
  /** declared: said by the file (a column name such as "gcj02_lng", a crs member, a .prj); anchors: nearest to known points; default: nothing to go on. */
  basis: 'declared' | 'anchors' | 'default';
  /** Median distance in metres from each candidate's points (converted to WGS84) to the nearest anchor. */
  scores?: Partial<Record<CrsId, number>>;
  /**
   * basis 'anchors' only: false when the evidence is thin (fewer than 5 points, or the best score is not
   * clearly better than the next): show the guess as a suggestion to confirm. Added by I1 (additive).
   */
  confident?: boolean;
}

export interface ParsedImport {
  /** False: nothing usable; `errors` says why. */
  ok: boolean;
  fileName: string;
  format: ImportFormat | null;
  encoding?: TextEncoding;
  /** In the source's coordinates. */
  features: ImportedFeature[];
  /** A CSV's header, for the user to choose the coordinate columns from. */
  columns?: string[];
  /** The columns used (detected or given). */
  columnChoice?: ColumnChoice;
  /** The coordinate columns could not be detected: ask the user (`columns` lists the choices). */
  needsColumns?: boolean;
  crs: CrsGuess;
  notes: ImportMessage[];
  errors: ImportMessage[];
  /** Data rows / features read. */
  rowCount: number;
}

export interface ParseOptions {
  columns?: ColumnChoice;
  /** Known WGS84 points (the metro stations) to guess the coordinate system against. */
  anchors?: readonly (readonly [number, number])[];
  signal?: AbortSignal;
  /** 0..1, called often enough for a progress bar on large files. */
  onProgress?: (fraction: number) => void;
}
