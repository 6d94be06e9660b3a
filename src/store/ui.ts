/** Interface state: language, search text, and which panels are open. */
import type { StateCreator } from 'zustand';
import type { AtlasState } from './index';
import type { Citation } from '../data/schema';
import type { Lang } from '../i18n';

export interface UiSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The citation open in the source reader, or null when it is closed. */
  readerCitation: Citation | null;
  openReader: (citation: Citation) => void;
  closeReader: () => void;
  /** The plan whose outline is open, or null. */
  planViewId: string | null;
  openPlanView: (planId: string) => void;
  closePlanView: () => void;
  /** The text in the search box (part of a share link). */
  searchQuery: string;
  setSearchQuery: (query: string) => void;
  /** The directory (table of the filtered records) is open; `directoryInView` limits it to the map's view. */
  directoryOpen: boolean;
  directoryInView: boolean;
  setDirectory: (open: boolean, inView?: boolean) => void;
  /**
   * Zones and places lit on their own (a tour step's highlights): drawn like a selection's linked
   * records, beside them; the camera never moves for it. Not part of a share link.
   */
  spotlight: string[] | null;
  setSpotlight: (ids: readonly string[] | null) => void;
  /**
   * A map tool that owns the pointer (measuring, picking a reach centre): while one is active a click
   * on the map does not select and hovering does not pick. Null: the map selects as usual.
   */
  mapTool: string | null;
  setMapTool: (tool: string | null) => void;
}

export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  lang: 'zh',
  setLang: (lang) => set({ lang }),
  readerCitation: null,
  openReader: (citation) => set({ readerCitation: citation }),
  closeReader: () => set({ readerCitation: null }),
  planViewId: null,
  openPlanView: (planId) => set({ planViewId: planId }),
  closePlanView: () => set({ planViewId: null }),
  searchQuery: '',
  setSearchQuery: (query) => set({ searchQuery: query }),
  directoryOpen: false,
  directoryInView: false,
  setDirectory: (open, inView) => set((s) => ({ directoryOpen: open, directoryInView: inView ?? s.directoryInView })),
  spotlight: null,
  setSpotlight: (ids) => set({ spotlight: ids && ids.length ? [...ids] : null }),
  mapTool: null,
  setMapTool: (tool) => set({ mapTool: tool }),
});
