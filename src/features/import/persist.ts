/**
 * Imported layers kept in the browser (IndexedDB through idb: small, promise-based, well kept): they
 * survive a reload and a restart until the user removes them. A layer is its meta record plus its
 * table's chunks (core/table.ts: typed arrays and one string per column, so IndexedDB clones a few
 * objects, not a million; each chunk in its own transaction, so a large layer never blocks the page
 * for long); the meta is written last, so a half-written layer is never read back.
 * Errors (a full quota above all) reject with a message the interface shows: never swallowed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FeatureChunk, FeatureTable, LayerFeature } from './core/table';
import type { ImportLayer, LayerMeta } from './model';
import { yieldToPage } from './slices';

const DB_NAME = 'innovation-atlas-import';

/** The meta record; `v: 2`: the chunks are the table's (columnar); no v: an earlier version's features as objects, 1 000 a chunk. */
interface StoredMeta extends LayerMeta {
  chunks: number;
  v?: 2;
  table?: Omit<FeatureTable, 'chunks'>;
}

interface ImportDb extends DBSchema {
  layers: { key: string; value: StoredMeta };
  chunks: { key: [string, number]; value: FeatureChunk | LayerFeature[] };
}

let dbPending: Promise<IDBPDatabase<ImportDb>> | null = null;

function db(): Promise<IDBPDatabase<ImportDb>> {
  dbPending ??= openDB<ImportDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('layers', { keyPath: 'id' });
      d.createObjectStore('chunks');
    },
  }).catch((e: unknown) => {
    dbPending = null;
    throw e;
  });
  return dbPending;
}

/** True for the browser's "storage is full" errors (names differ between engines). */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String((e as Error)?.message ?? ''));
}

function metaOf(layer: ImportLayer): StoredMeta {
  const { table: { chunks, ...table }, saved: _s, saveError: _e, ...meta } = layer;
  return { ...meta, chunks: chunks.length, v: 2, table };
}

/** Writes a whole layer (replacing any earlier copy), a chunk per transaction. On failure the partial copy is deleted and the error rethrown. */
export async function saveLayer(layer: ImportLayer): Promise<void> {
  const d = await db();
  try {
    const { chunks } = layer.table;
    for (let n = 0; n < chunks.length; n++) {
      await d.put('chunks', chunks[n], [layer.id, n]);
      await yieldToPage();
    }
    await d.put('layers', metaOf(layer));
  } catch (e) {
    await deleteLayer(layer.id).catch(() => undefined);
    throw e;
  }
}

/** Writes the meta only (colour, visibility). */
export async function saveMeta(layer: ImportLayer): Promise<void> {
  const d = await db();
  const old = await d.get('layers', layer.id);
  if (!old || old.v !== 2) return; // not saved (yet): saveLayer writes it whole
  await d.put('layers', metaOf(layer));
}

export async function deleteLayer(id: string): Promise<void> {
  const d = await db();
  const tx = d.transaction(['layers', 'chunks'], 'readwrite');
  await Promise.all([
    tx.objectStore('layers').delete(id),
    tx.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity])),
    tx.done,
  ]);
}

/** Every saved layer, oldest first, a chunk at a time; a layer saved by an earlier version (features as objects) is made columnar and saved again. */
export async function loadLayers(): Promise<ImportLayer[]> {
  const d = await db();
  const metas = (await d.getAll('layers')).sort((a, b) => a.createdAt - b.createdAt);
  const out: ImportLayer[] = [];
  for (const { chunks: n, v, table: head, ...meta } of metas) {
    const parts: (FeatureChunk | LayerFeature[])[] = [];
    for (let i = 0; i < n; i++) {
      const part = await d.get('chunks', [meta.id, i]);
      if (part) parts.push(part);
    }
    if (v === 2 && head) {
      out.push({ ...meta, table: { ...head, chunks: parts as FeatureChunk[] }, saved: 'saved' });
      continue;
    }
    const { buildTable } = await import('./core/columnar');
    const features = (parts as LayerFeature[][]).flat();
    const layer: ImportLayer = { ...meta, table: buildTable(features, 'wgs84', (_x, _y, f) => f.zone ?? null), saved: 'saved' };
    // Saved again under a new id; the old copy goes only once the new one is whole (else it stays as it was).
    const fresh = { ...layer, id: `${meta.id}c` };
    try {
      await saveLayer(fresh);
      await deleteLayer(meta.id);
      out.push(fresh);
    } catch {
      out.push(layer);
    }
  }
  return out;
}
