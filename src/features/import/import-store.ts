/**
 * The import's own state (issue 12): the imported layers with their features, the dialog's job and
 * the feature whose card is open. Not in the shared store (which holds ids and flags only).
 */
import { create } from 'zustand';
import type { ColumnChoice, CrsId } from './core/types';
import type { ReadImport } from './core/worker-client';
import type { ImportLayer } from './model';

export type ImportJob =
  | { stage: 'reading'; file: File; progress: number; abort: AbortController }
  | { stage: 'columns'; file: File; parsed: ReadImport }
  | { stage: 'review'; file: File; parsed: ReadImport; crs: CrsId }
  | { stage: 'adding'; file: File; parsed: ReadImport; crs: CrsId; progress: number }
  | { stage: 'failed'; file: File; parsed: ReadImport }
  | { stage: 'cancelled'; file: File };

export interface ImportState {
  layers: ImportLayer[];
  job: ImportJob | null;
  /** Files waiting for the dialog (one at a time). */
  queue: File[];
  /** The feature whose card is open. */
  selected: { layerId: string; index: number } | null;
  /** The last thing done, for a live region (added, removed, a storage problem). */
  status: string | null;
  /** Layers restored from the browser have been read (or failed to). */
  restored: boolean;
  setJob: (job: ImportJob | null) => void;
  setLayers: (update: (layers: ImportLayer[]) => ImportLayer[]) => void;
  patchLayer: (id: string, patch: Partial<ImportLayer>) => void;
  select: (s: { layerId: string; index: number } | null) => void;
  setStatus: (s: string | null) => void;
}

export const useImportStore = create<ImportState>((set) => ({
  layers: [],
  job: null,
  queue: [],
  selected: null,
  status: null,
  restored: false,
  setJob: (job) => set((s) => {
    // A read file that no job carries any more lets go of its features (its worker ends).
    const old = s.job && 'parsed' in s.job ? s.job.parsed : null;
    if (old && !(job && 'parsed' in job && job.parsed === old)) old.dispose();
    return { job };
  }),
  setLayers: (update) => set((s) => ({ layers: update(s.layers) })),
  patchLayer: (id, patch) => set((s) => ({ layers: s.layers.map((l) => (l.id === id ? { ...l, ...patch } : l)) })),
  select: (selected) => set({ selected }),
  setStatus: (status) => set({ status }),
}));

export type { ColumnChoice };
