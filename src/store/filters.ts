/** Which plans' zones and places are shown on the map. */
import type { StateCreator } from 'zustand';
import type { AtlasState } from './index';

export interface FiltersSlice {
  /** Plan ids whose records are hidden from the map. */
  hiddenPlans: string[];
  togglePlan: (planId: string) => void;
}

export const createFiltersSlice: StateCreator<AtlasState, [], [], FiltersSlice> = (set) => ({
  hiddenPlans: [],
  togglePlan: (planId) =>
    set((s) => ({
      hiddenPlans: s.hiddenPlans.includes(planId) ? s.hiddenPlans.filter((p) => p !== planId) : [...s.hiddenPlans, planId],
    })),
});
