/**
 * What the map and the lists show. Plans are hidden one by one (the plan checkboxes); the other
 * filters are positive: an empty list means "no constraint", a non-empty one keeps only the records
 * that match one of its values. Filters combine with AND across keys, OR within a key.
 * The pure matching and counting live in src/data/filter.ts.
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from './index';
import { filterYear } from './timeline';

/**
 * - kinds: record kinds (`zone`, `carrier`, `institution`, `enterprise`, `action`, `target`, `department`, `plan`);
 * - carrierKinds: `CARRIER_KINDS` values (only carriers have them);
 * - tracks: industry track ids (geodata/shared/tracks.json);
 * - precisions: `PRECISIONS` values of a record's location.
 */
export const FILTER_KEYS = ['kinds', 'carrierKinds', 'tracks', 'precisions'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string[]>;

export const NO_FILTERS: Filters = { kinds: [], carrierKinds: [], tracks: [], precisions: [] };

/**
 * How many filters are set, as the filter bar counts them: every value, every hidden plan, and the
 * timeline's year (a filter too: Clear filters clears it, so a year alone still offers Clear).
 */
export function activeFilterCount(s: Pick<FiltersSlice, 'filters' | 'hiddenPlans'>): number {
  return FILTER_KEYS.reduce((n, k) => n + s.filters[k].length, 0) + s.hiddenPlans.length + (filterYear(s.filters) === null ? 0 : 1);
}

export interface FiltersSlice {
  /** Plan ids whose records are hidden from the map and the lists. */
  hiddenPlans: string[];
  togglePlan: (planId: string) => void;
  filters: Filters;
  toggleFilter: (key: FilterKey, value: string) => void;
  /** Replaces the given keys (e.g. from a share link); keys not given are kept. */
  setFilters: (filters: Partial<Filters>, hiddenPlans?: string[]) => void;
  /** Clears every filter and shows every plan. */
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<AtlasState, [], [], FiltersSlice> = (set) => ({
  hiddenPlans: [],
  togglePlan: (planId) =>
    set((s) => ({
      hiddenPlans: s.hiddenPlans.includes(planId) ? s.hiddenPlans.filter((p) => p !== planId) : [...s.hiddenPlans, planId],
    })),
  filters: NO_FILTERS,
  toggleFilter: (key, value) =>
    set((s) => {
      const list = s.filters[key];
      return { filters: { ...s.filters, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] } };
    }),
  setFilters: (filters, hiddenPlans) => set((s) => ({ filters: { ...s.filters, ...filters }, ...(hiddenPlans ? { hiddenPlans } : {}) })),
  clearFilters: () => set({ filters: NO_FILTERS, hiddenPlans: [] }),
});
