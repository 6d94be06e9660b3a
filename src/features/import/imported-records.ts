/**
 * Imported features for the rest of the Atlas (issue 12): the search finds them by name or address,
 * the directory lists them, and either opens one (its card, the map framed on it). Small: the store,
 * the active map and the display datum only; the import's interface need not be loaded to read them.
 */
import { activeMap } from '../../map/active-map';
import { toDisplay } from '../../map/projection';
import { useImportStore } from './import-store';
import { representativePoint, type ImportLayer, type LayerFeature } from './model';

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

const hitOf = (l: ImportLayer, f: LayerFeature): ImportedHit => ({
  layerId: l.id, layerName: l.name, colour: l.colour, index: f.index, name: f.name,
  ...(f.address !== undefined ? { address: f.address } : {}), zone: f.zone, located: f.geometry !== null,
});

/** Case-insensitive substring of the name or the address, in the shown layers; at most `limit` hits and the total. */
export function searchImported(query: string, limit = 8): { hits: ImportedHit[]; total: number } {
  const q = query.trim().toLowerCase();
  const hits: ImportedHit[] = [];
  let total = 0;
  if (!q) return { hits, total };
  for (const l of useImportStore.getState().layers) {
    if (!l.visible) continue;
    for (const f of l.features) {
      if (!f.name.toLowerCase().includes(q) && !(f.address && f.address.toLowerCase().includes(q))) continue;
      total++;
      if (hits.length < limit) hits.push(hitOf(l, f));
    }
  }
  return { hits, total };
}

/** Every feature of the shown layers, for the directory (at most `limit`), and the total. */
export function importedRows(limit: number): { rows: ImportedHit[]; total: number } {
  const rows: ImportedHit[] = [];
  let total = 0;
  for (const l of useImportStore.getState().layers) {
    if (!l.visible) continue;
    total += l.features.length;
    for (const f of l.features) {
      if (rows.length >= limit) break;
      rows.push(hitOf(l, f));
    }
  }
  return { rows, total };
}

/** Opens an imported feature: its card, and the map centred on it when it is located. */
export function openImported(layerId: string, index: number): void {
  const store = useImportStore.getState();
  const f = store.layers.find((l) => l.id === layerId)?.features.find((x) => x.index === index);
  if (!f) return;
  store.select({ layerId, index });
  const p = representativePoint(f.geometry);
  const map = activeMap();
  if (p && map) map.easeTo({ center: toDisplay(p), zoom: Math.max(map.getZoom(), 15), duration: 500 });
}

export { useImportStore };
