/**
 * The one app store: selection, filters and UI, one slice per concern. It holds ids and flags only;
 * records live in the loaded atlas, the camera lives in the map, and derived views are computed.
 */
import { create } from 'zustand';
import { createSelectionSlice, type SelectionSlice } from './selection';
import { createFiltersSlice, type FiltersSlice } from './filters';
import { createUiSlice, type UiSlice } from './ui';
import { createTimelineSlice, type TimelineSlice } from './timeline';

export type AtlasState = SelectionSlice & FiltersSlice & UiSlice & TimelineSlice;

export const useAtlasStore = create<AtlasState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFiltersSlice(...a),
  ...createUiSlice(...a),
  ...createTimelineSlice(...a),
}));
