/**
 * Imported features for the rest of the Atlas (issue 12): the search finds them by name or address,
 * the directory lists them (every one: it asks for rows by position), and either opens one (its card,
 * the map framed on it). Read from the layers' columnar tables (core/table.ts): a search looks through
 * one lower-cased string per column and chunk, not a million objects; a hit is made into an object only
 * when it is shown. Small: the store, the active map and the display datum only; the import's
 * interface need not be loaded to read them.
 */
import { activeMap } from '../../map/active-map';
import { toDisplay } from '../../map/projection';
import { pointAt, textAt, type FeatureChunk, type TextColumn } from './core/table';
import { useImportStore } from './import-store';
import type { ImportLayer } from './model';

export interface ImportedHit {
  layerId: string;
  layerName: string;
  colour: string;
  index: number;
  name: string;
  address?: string;
  zone: string | null;
  located: boolean;
}

function hitOf(l: ImportLayer, c: FeatureChunk, j: number): ImportedHit {
  const address = textAt(c.addresses, j);
  const z = c.zone[j];
  return {
    layerId: l.id, layerName: l.name, colour: l.colour, index: c.start + j, name: textAt(c.names, j),
    ...(address ? { address } : {}), zone: z >= 0 ? l.table.zoneIds[z] : null, located: c.kind[j] !== 0,
  };
}

const lowered = new WeakMap<TextColumn, string | null>();
/** The column's text lower-cased, or null when lower-casing changes its length (then each value is compared on its own). */
function lowerOf(c: TextColumn): string | null {
  let l = lowered.get(c);
  if (l === undefined) {
    const t = c.text.toLowerCase();
    l = t.length === c.text.length ? t : null;
    lowered.set(c, l);
  }
  return l;
}

/** Rows (0-based, within the chunk) of a column whose value contains `q` (lower-case), marked in `hit`. */
function markMatches(c: TextColumn, q: string, hit: Uint8Array): void {
  const text = lowerOf(c);
  if (text === null) {
    for (let j = 0; j < c.ends.length; j++) if (!hit[j] && textAt(c, j).toLowerCase().includes(q)) hit[j] = 1;
    return;
  }
  let j = 0;
  for (let p = text.indexOf(q); p >= 0; p = text.indexOf(q, p + 1)) {
    while (j < c.ends.length && c.ends[j] <= p) j++; // the value the match starts in
    if (j >= c.ends.length) break;
    if (p + q.length <= c.ends[j]) {
      hit[j] = 1;
      p = c.ends[j] - 1; // on to the next value
    }
  }
}

/** Case-insensitive substring of the name or the address, in the shown layers; at most `limit` hits and the total. */
export function searchImported(query: string, limit = 8): { hits: ImportedHit[]; total: number } {
  const q = query.trim().toLowerCase();
  const hits: ImportedHit[] = [];
  let total = 0;
  if (!q) return { hits, total };
  for (const l of useImportStore.getState().layers) {
    if (!l.visible) continue;
    for (const c of l.table.chunks) {
      const hit = new Uint8Array(c.count);
      markMatches(c.names, q, hit);
      if (c.addresses.text) markMatches(c.addresses, q, hit);
      for (let j = 0; j < c.count; j++) {
        if (!hit[j]) continue;
        total++;
        if (hits.length < limit) hits.push(hitOf(l, c, j));
      }
    }
  }
  return { hits, total };
}

/** How many features the shown layers hold (the directory's rows). */
export function importedCount(layers: readonly ImportLayer[] = useImportStore.getState().layers): number {
  return layers.reduce((n, l) => n + (l.visible ? l.table.count : 0), 0);
}

/** The directory's row at `position` over the shown layers, in order, or null. */
export function importedRowAt(position: number, layers: readonly ImportLayer[] = useImportStore.getState().layers): ImportedHit | null {
  let p = position;
  for (const l of layers) {
    if (!l.visible) continue;
    if (p < l.table.count) {
      const t = l.table;
      const c = t.chunks[Math.floor(p / t.chunkRows)];
      return c ? hitOf(l, c, p - c.start) : null;
    }
    p -= l.table.count;
  }
  return null;
}

/** Opens an imported feature: its card, and the map centred on it when it is located. */
export function openImported(layerId: string, index: number): void {
  const store = useImportStore.getState();
  const layer = store.layers.find((l) => l.id === layerId);
  if (!layer || index < 0 || index >= layer.table.count) return;
  store.select({ layerId, index });
  const p = pointAt(layer.table, index);
  const map = activeMap();
  if (p && map) map.easeTo({ center: toDisplay(p), zoom: Math.max(map.getZoom(), 15), duration: 500 });
}

export { useImportStore };
