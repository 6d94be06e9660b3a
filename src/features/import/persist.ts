/**
 * Imported layers kept in the browser (IndexedDB through idb: small, promise-based, well kept): they
 * survive a reload and a restart until the user removes them. A layer is its meta record plus its
 * features in chunks (each written and read in its own transaction, so that a large layer never
 * blocks the page for long); the meta is written last, so a half-written layer is never read back.
 * Errors (a full quota above all) reject with a message the interface shows: never swallowed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportLayer, LayerFeature, LayerMeta } from './model';
import { yieldToPage } from './slices';

const DB_NAME = 'innovation-atlas-import';
/** Features per stored chunk: each is cloned by IndexedDB in one task, so a chunk stays small. */
export const CHUNK = 1000;

interface StoredMeta extends LayerMeta {
  chunks: number;
}

interface ImportDb extends DBSchema {
  layers: { key: string; value: StoredMeta };
  chunks: { key: [string, number]; value: LayerFeature[] };
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

function metaOf(layer: ImportLayer, chunks: number): StoredMeta {
  const { features: _f, saved: _s, saveError: _e, ...meta } = layer;
  return { ...meta, chunks };
}

/** Writes a whole layer (replacing any earlier copy). On failure the partial copy is deleted and the error rethrown. */
export async function saveLayer(layer: ImportLayer): Promise<void> {
  const d = await db();
  const chunks = Math.ceil(layer.features.length / CHUNK);
  try {
    for (let n = 0; n < chunks; n++) {
      await d.put('chunks', layer.features.slice(n * CHUNK, (n + 1) * CHUNK), [layer.id, n]);
      await yieldToPage();
    }
    await d.put('layers', metaOf(layer, chunks));
  } catch (e) {
    await deleteLayer(layer.id).catch(() => undefined);
    throw e;
  }
}

/** Writes the meta only (colour, visibility). */
export async function saveMeta(layer: ImportLayer): Promise<void> {
  const d = await db();
  const old = await d.get('layers', layer.id);
  if (!old) return; // not saved (yet): saveLayer writes it whole
  await d.put('layers', metaOf(layer, old.chunks));
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

/** Every saved layer, oldest first, its features read a chunk at a time. */
export async function loadLayers(): Promise<ImportLayer[]> {
  const d = await db();
  const metas = (await d.getAll('layers')).sort((a, b) => a.createdAt - b.createdAt);
  const out: ImportLayer[] = [];
  for (const { chunks, ...meta } of metas) {
    const features: LayerFeature[] = [];
    for (let n = 0; n < chunks; n++) {
      const part = await d.get('chunks', [meta.id, n]);
      if (part) for (const f of part) features.push(f);
    }
    out.push({ ...meta, features, saved: 'saved' });
  }
  return out;
}
