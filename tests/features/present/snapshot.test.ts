import { describe, expect, it } from 'vitest';
import { useAtlasStore } from '../../../src/store';
import { cameraHeldFor } from '../../../src/map/camera';
import { presentingPatch, restoreView, sameView, takeSnapshot } from '../../../src/features/present/snapshot';

const map = (camera = { lng: 121.41, lat: 31.22, zoom: 12.5, bearing: 15, pitch: 30 }) => {
  const jumps: unknown[] = [];
  return {
    jumps,
    getCenter: () => ({ lng: camera.lng, lat: camera.lat }),
    getZoom: () => camera.zoom,
    getBearing: () => camera.bearing,
    getPitch: () => camera.pitch,
    jumpTo: (c: unknown) => { jumps.push(c); },
  };
};

const before = {
  selectedId: 'action:jingan-13', trail: ['zone:silicon-alley', 'plan:jingan'], spotlight: null, hiddenPlans: ['plan:yangpu'],
  filters: { kinds: ['carrier'], carrierKinds: [], tracks: ['track:ai'], precisions: [] }, planViewId: 'plan:jingan',
  readerCitation: { seed: '003' as const, quote: '静安' }, directoryOpen: true, directoryInView: true, lang: 'en' as const,
};

describe('present snapshot', () => {
  it('keeps the camera and every field a presentation changes, as copies', () => {
    useAtlasStore.setState(before);
    const m = map();
    const snap = takeSnapshot(useAtlasStore.getState(), m);
    expect(snap.camera).toEqual({ center: [121.41, 31.22], zoom: 12.5, bearing: 15, pitch: 30 });
    expect(snap.store).toEqual(before);
    // Presenting changes the store (in place or not): the snapshot does not follow.
    useAtlasStore.getState().filters.kinds.push('zone');
    useAtlasStore.setState(presentingPatch());
    expect(snap.store.filters.kinds).toEqual(['carrier']);
    expect(sameView(useAtlasStore.getState(), snap)).toBe(false);
  });

  it('presenting starts with nothing selected, every plan shown, no filter and the panels closed', () => {
    useAtlasStore.setState(before);
    useAtlasStore.setState(presentingPatch());
    const s = useAtlasStore.getState();
    expect(s).toMatchObject({ selectedId: null, trail: [], spotlight: null, hiddenPlans: [], planViewId: null, readerCitation: null, directoryOpen: false });
    expect(Object.values(s.filters).flat()).toEqual([]);
    expect(s.lang).toBe('en'); // the language stays as the presenter chose it
  });

  it('restores the whole view: store, selection held against re-framing, and the camera', () => {
    useAtlasStore.setState({ ...before, filters: { ...before.filters, kinds: ['carrier'] } });
    const m = map();
    const snap = takeSnapshot(useAtlasStore.getState(), m);
    useAtlasStore.setState({ ...presentingPatch(), selectedId: 'target:x', spotlight: ['zone:a'], lang: 'zh' });
    restoreView(snap, (p) => useAtlasStore.setState(p), m);
    expect(sameView(useAtlasStore.getState(), snap)).toBe(true);
    expect(useAtlasStore.getState().trail).toEqual(['zone:silicon-alley', 'plan:jingan']);
    expect(cameraHeldFor('action:jingan-13')).toBe(true);
    expect(m.jumps).toEqual([{ center: [121.41, 31.22], zoom: 12.5, bearing: 15, pitch: 30 }]);
  });

  it('without a map there is no camera to put back', () => {
    const snap = takeSnapshot(useAtlasStore.getState(), null);
    expect(snap.camera).toBeNull();
    expect(() => restoreView(snap, (p) => useAtlasStore.setState(p), null)).not.toThrow();
  });
});
