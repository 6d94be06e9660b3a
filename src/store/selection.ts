/**
 * What the user has picked. `selectedId` is any record id (`zone:…`, `carrier:…`, `action:…`); its
 * kind is read from the prefix. `trail` keeps the ids walked through links, for the panel's Back button.
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from './index';

export interface SelectionSlice {
  /** The selected record's id, or null. */
  selectedId: string | null;
  /** The record under the pointer on the map, or null. */
  hoveredId: string | null;
  /** Previously selected ids, most recent last. */
  trail: string[];
  /** Select a record (null clears the selection and the trail). */
  select: (id: string | null) => void;
  /** Go back to the previously selected record. */
  back: () => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  trail: [],
  select: (id) =>
    set((s) => {
      if (id === s.selectedId) return {};
      if (id === null) return { selectedId: null, trail: [] };
      return { selectedId: id, trail: s.selectedId ? [...s.trail, s.selectedId] : s.trail };
    }),
  back: () =>
    set((s) => {
      if (!s.trail.length) return { selectedId: null };
      return { selectedId: s.trail[s.trail.length - 1], trail: s.trail.slice(0, -1) };
    }),
  hover: (id) => set((s) => (s.hoveredId === id ? {} : { hoveredId: id })),
});
