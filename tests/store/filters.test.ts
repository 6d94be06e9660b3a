import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore } from '../../src/store';
import { activeFilterCount, NO_FILTERS } from '../../src/store/filters';
import { withYear } from '../../src/store/timeline';

const initial = useAtlasStore.getState();
beforeEach(() => useAtlasStore.setState(initial, true));

describe('the filters slice', () => {
  it('toggles values per key, keeps the other keys, and clears everything (plans too) in one call', () => {
    const s = () => useAtlasStore.getState();
    s().toggleFilter('tracks', 'track:ai');
    s().toggleFilter('kinds', 'carrier');
    s().toggleFilter('tracks', 'track:fintech');
    s().togglePlan('plan:x');
    expect(s().filters).toEqual({ ...NO_FILTERS, tracks: ['track:ai', 'track:fintech'], kinds: ['carrier'] });
    s().toggleFilter('tracks', 'track:ai');
    expect(s().filters.tracks).toEqual(['track:fintech']);
    s().setFilters({ precisions: ['schematic'] });
    expect(s().filters).toEqual({ ...NO_FILTERS, tracks: ['track:fintech'], kinds: ['carrier'], precisions: ['schematic'] });
    expect(s().hiddenPlans).toEqual(['plan:x']);
    s().clearFilters();
    expect(s().filters).toEqual(NO_FILTERS);
    expect(s().hiddenPlans).toEqual([]);
  });

  it('counts every value, hidden plan and the timeline year as active filters', () => {
    expect(activeFilterCount({ filters: NO_FILTERS, hiddenPlans: [] })).toBe(0);
    expect(activeFilterCount({ filters: withYear(NO_FILTERS, 2025), hiddenPlans: [] })).toBe(1);
    expect(activeFilterCount({ filters: withYear({ ...NO_FILTERS, tracks: ['track:ai', 'track:fintech'] }, 2025), hiddenPlans: ['plan:x'] })).toBe(4);
  });
});
