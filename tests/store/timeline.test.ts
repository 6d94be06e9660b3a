/** The timeline's slice: the year lives in the filters, so clearing the filters clears it and closing the strip does too. */
import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore } from '../../src/store';
import { NO_FILTERS } from '../../src/store/filters';
import { filterYear } from '../../src/store/timeline';

const s = () => useAtlasStore.getState();

describe('timeline slice', () => {
  beforeEach(() => useAtlasStore.setState({ filters: NO_FILTERS, hiddenPlans: [], timelineOpen: false }));

  it('sets and clears the year inside the filters, keeping the other filters', () => {
    s().toggleFilter('kinds', 'target');
    s().setTimelineYear(2025);
    expect(filterYear(s().filters)).toBe(2025);
    expect(s().filters.kinds).toEqual(['target']);
    s().toggleFilter('kinds', 'zone');
    expect(filterYear(s().filters)).toBe(2025); // other filter changes keep the year
    s().setTimelineYear(null);
    expect(filterYear(s().filters)).toBeNull();
    expect(s().filters.kinds).toEqual(['target', 'zone']);
  });

  it('is cleared by "clear filters" and by closing the strip', () => {
    s().setTimelineOpen(true);
    s().setTimelineYear(2023);
    s().clearFilters();
    expect(filterYear(s().filters)).toBeNull();
    expect(s().timelineOpen).toBe(true);
    s().setTimelineYear(2023);
    s().setTimelineOpen(false);
    expect(filterYear(s().filters)).toBeNull();
    expect(s().timelineOpen).toBe(false);
  });

  it('does not replace the filters when the year is the same', () => {
    s().setTimelineYear(2025);
    const before = s().filters;
    s().setTimelineYear(2025);
    expect(s().filters).toBe(before);
  });
});
