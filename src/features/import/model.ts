/** An imported layer as the Atlas keeps it (issue 12): its features as a columnar table (WGS84, each point with its Atlas zone). */
import type { FeatureTable } from './core/table';
import type { CrsId, ImportFormat, ImportMessage, TextEncoding } from './core/types';

export type { FeatureTable, LayerFeature } from './core/table';

export interface LayerMeta {
  id: string;
  /** The file's name, as the user gave it. */
  name: string;
  colour: string;
  visible: boolean;
  format: ImportFormat;
  encoding?: TextEncoding;
  /** The coordinate system the file was read in (converted to WGS84). */
  crs: CrsId;
  createdAt: number;
  count: number;
  located: number;
  notes: ImportMessage[];
}

export interface ImportLayer extends LayerMeta {
  /** The features, columnar (core/table.ts): a feature object is made only when one is shown. */
  table: FeatureTable;
  /** In the browser's storage: saved, being saved, or failed (the reason is shown). */
  saved: 'saved' | 'saving' | 'failed';
  saveError?: string;
}

/** A feature's id across layers: `<layer id>/<index>` (the search and the directory use it). */
export const featureKey = (layerId: string, index: number) => `${layerId}/${index}`;

/** Distinct colours that read over the basemap and the zones' fills (none is a plan's colour). */
export const LAYER_COLOURS = ['#d6336c', '#0b7285', '#e8590c', '#5f3dc4', '#2b8a3e', '#1864ab', '#862e9c', '#a61e4d'];

export function nextColour(used: readonly string[]): string {
  return LAYER_COLOURS.find((c) => !used.includes(c)) ?? LAYER_COLOURS[used.length % LAYER_COLOURS.length];
}

/** Only http(s) links are links; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(v: unknown): string | null {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v.trim())) return null;
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
