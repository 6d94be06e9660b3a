/**
 * What is being compared: zone A (the one whose panel opened the comparison), zone B (picked from the
 * list or on the map), and whether a click on the map is picking B. Not part of a share link (the
 * issue does not ask for it); it lives with the feature, outside the app's store.
 */
import { create } from 'zustand';

export interface CompareState {
  a: string | null;
  b: string | null;
  /** True while a click on the map picks zone B (the store's mapTool is 'compare' meanwhile). */
  picking: boolean;
  open: (a: string) => void;
  setB: (b: string | null) => void;
  setPicking: (picking: boolean) => void;
  swap: () => void;
  close: () => void;
}

export const useCompareStore = create<CompareState>((set) => ({
  a: null,
  b: null,
  picking: false,
  open: (a) => set((s) => ({ a, b: s.b === a ? null : s.b, picking: false })),
  setB: (b) => set({ b, picking: false }),
  setPicking: (picking) => set({ picking }),
  swap: () => set((s) => ({ a: s.b, b: s.a })),
  close: () => set({ a: null, b: null, picking: false }),
}));
