import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore } from '../../src/store';

const initial = useAtlasStore.getState();
beforeEach(() => useAtlasStore.setState(initial, true));

describe('store', () => {
  it('selects, walks links and goes back', () => {
    const { select } = useAtlasStore.getState();
    select('zone:a');
    select('carrier:b');
    select('action:c');
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: 'action:c', trail: ['zone:a', 'carrier:b'] });
    useAtlasStore.getState().back();
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: 'carrier:b', trail: ['zone:a'] });
  });

  it('clearing the selection clears the trail', () => {
    const { select } = useAtlasStore.getState();
    select('zone:a');
    select('zone:b');
    select(null);
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: null, trail: [] });
  });

  it('selecting the same record twice does not grow the trail', () => {
    const { select } = useAtlasStore.getState();
    select('zone:a');
    select('zone:a');
    expect(useAtlasStore.getState().trail).toEqual([]);
  });

  it('toggles a plan\'s visibility', () => {
    useAtlasStore.getState().togglePlan('plan:x');
    expect(useAtlasStore.getState().hiddenPlans).toEqual(['plan:x']);
    useAtlasStore.getState().togglePlan('plan:x');
    expect(useAtlasStore.getState().hiddenPlans).toEqual([]);
  });

  it('opens and closes the source reader', () => {
    useAtlasStore.getState().openReader({ seed: '000', quote: '上海硅巷' });
    expect(useAtlasStore.getState().readerCitation).toEqual({ seed: '000', quote: '上海硅巷' });
    useAtlasStore.getState().closeReader();
    expect(useAtlasStore.getState().readerCitation).toBeNull();
  });

  it('opens and closes a plan outline', () => {
    useAtlasStore.getState().openPlanView('plan:x');
    expect(useAtlasStore.getState().planViewId).toBe('plan:x');
    useAtlasStore.getState().closePlanView();
    expect(useAtlasStore.getState().planViewId).toBeNull();
  });
});
