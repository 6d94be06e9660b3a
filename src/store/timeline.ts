/**
 * The timeline (issue 13): whether its strip is open, and the chosen year. The year is a filter like
 * the others (it narrows the map, the zone list, the directory and the counts: src/data/filter.ts), so
 * it is kept inside the store's `filters` object, not beside it: every reader of the filters follows
 * it, "Clear filters" and a presentation's clean start clear it, and a snapshot restores it. One
 * source of truth; `filterYear(filters)` reads it. It is a string list like the other filter values,
 * with at most one year in it.
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from './index';
import type { Filters } from './filters';

/** The filters with the timeline's year (`years`: [] or one 'YYYY'). */
export type YearFilters = Filters & { years?: string[] };

/** The chosen year, or null. */
export function filterYear(filters: Filters): number | null {
  const y = (filters as YearFilters).years?.[0];
  return y ? Number(y) : null;
}

/** The filters with the year set (null: removed). */
export function withYear(filters: Filters, year: number | null): Filters {
  const { years: _drop, ...rest } = filters as YearFilters;
  void _drop;
  return (year === null ? rest : { ...rest, years: [String(year)] }) as Filters;
}

export interface TimelineSlice {
  /** The strip is shown (it is shown too whenever a year is chosen, e.g. from a share link). */
  timelineOpen: boolean;
  setTimelineOpen: (open: boolean) => void;
  /** Chooses a year (null: the full map again). */
  setTimelineYear: (year: number | null) => void;
}

export const createTimelineSlice: StateCreator<AtlasState, [], [], TimelineSlice> = (set) => ({
  timelineOpen: false,
  setTimelineOpen: (open) => set((s) => (open ? { timelineOpen: true } : { timelineOpen: false, filters: withYear(s.filters, null) })),
  setTimelineYear: (year) => set((s) => (filterYear(s.filters) === year ? {} : { filters: withYear(s.filters, year) })),
});
