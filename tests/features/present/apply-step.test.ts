import { beforeEach, describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../../src/data/assemble';
import { deriveMapData } from '../../../src/data/derive';
import { fromBundle } from '../../../src/data/atlas-data';
import { ATLAS_BUNDLE_VERSION } from '../../../src/data/bundle';
import { useAtlasStore } from '../../../src/store';
import { cameraHeldFor } from '../../../src/map/camera';
import { applyStep, frameBoundsOf, stepCamera, zoomToShow } from '../../../src/features/present/apply-step';
import type { TourStep } from '../../../src/data/tour-types';
import { makeFiles } from '../../fixtures/atlas';

const atlas = assembleAtlas(makeFiles()).atlas;
const data = fromBundle({ version: ATLAS_BUNDLE_VERSION, atlas, derived: deriveMapData(atlas) } as never);

/** A map that records camera calls and reports idle at once. */
function fakeMap() {
  const calls: { name: string; arg: Record<string, unknown> }[] = [];
  let moving = false;
  const listeners = new Map<string, (() => void)[]>();
  const fire = (e: string) => { const l = listeners.get(e) ?? []; listeners.set(e, []); l.forEach((f) => f()); };
  const map = {
    calls,
    isMoving: () => moving,
    once: (e: string, f: () => void) => { listeners.set(e, [...(listeners.get(e) ?? []), f]); },
    triggerRepaint: () => queueMicrotask(() => fire('idle')),
    getZoom: () => 10,
    getContainer: () => ({ clientWidth: 1280, clientHeight: 720 }),
    cameraForBounds: (b: unknown, o: unknown) => { calls.push({ name: 'cameraForBounds', arg: { b, o } as never }); return { center: { lng: 121.405, lat: 31.205 }, zoom: 14 }; },
    jumpTo: (arg: Record<string, unknown>) => { calls.push({ name: 'jumpTo', arg }); },
    easeTo: (arg: Record<string, unknown>) => { calls.push({ name: 'easeTo', arg }); },
    flyTo: (arg: Record<string, unknown>) => {
      calls.push({ name: 'flyTo', arg });
      moving = true;
      setTimeout(() => { moving = false; fire('moveend'); }, 5);
    },
  };
  return map;
}

const step = (over: Partial<TourStep>): TourStep => ({
  id: 's', title: { zh: '标题', en: 'Title' }, caption: { zh: '说明', en: 'Caption' },
  citation: { seed: '000', quote: '示范区' }, view: { frame: ['zone:demo'] }, highlight: ['zone:demo-cell'], ...over,
});

describe('applyStep', () => {
  beforeEach(() => useAtlasStore.setState({ selectedId: null, trail: [], spotlight: null, filters: { kinds: [], carrierKinds: [], tracks: [], precisions: [] }, hiddenPlans: [] }));

  it('frames the step, lights its highlights, opens its focus without re-framing, then resolves', async () => {
    const map = fakeMap();
    await applyStep(map as never, data, step({ focus: 'target:demo-firms' }), { animate: false, padding: { bottom: 300 } });
    const s = useAtlasStore.getState();
    expect(s.spotlight).toEqual(['zone:demo-cell']);
    expect(s.selectedId).toBe('target:demo-firms');
    expect(cameraHeldFor('target:demo-firms')).toBe(true);
    const fit = map.calls.find((c) => c.name === 'cameraForBounds')!.arg as { b: number[][]; o: { padding: { bottom: number; top: number } } };
    const [w, s0, e, n] = data.derived.bounds['zone:demo'];
    expect(fit.b).toEqual([[w, s0], [e, n]]);
    expect(fit.o.padding.bottom).toBeGreaterThan(300);
    expect(map.calls.at(-1)).toMatchObject({ name: 'jumpTo', arg: { zoom: 14, bearing: 0, pitch: 0 } });
  });

  it('a step without focus clears the selection; a camera step jumps there, offset above a covered band', async () => {
    useAtlasStore.setState({ selectedId: 'zone:demo', trail: [] });
    const map = fakeMap();
    await applyStep(map as never, data, step({ view: { camera: '121.4,31.2,13,10,20' } }), { animate: false, padding: { bottom: 200 } });
    // (bearing and pitch set: the camera is kept as written)
    expect(useAtlasStore.getState().selectedId).toBeNull();
    expect(map.calls.at(-1)).toMatchObject({ name: 'easeTo', arg: { center: [121.4, 31.2], zoom: 13, bearing: 10, pitch: 20, duration: 0, offset: [0, -100] } });
  });

  it('a camera step zooms out just enough to show its highlights on a small screen, never in', () => {
    const b: [number, number, number, number] = [121.3, 31.0, 121.6, 31.3];
    // The box, 0.3° each way, centred in a 1000 px square: its height (0.3° of latitude, stretched by
    // Mercator at 31° by about 1/cos 31°) decides: 512·2^z·(0.3/360)/cos(31.15°) ≤ 1000.
    const z = zoomToShow([121.45, 31.15], 14, b, 1000, 1000);
    expect(z).toBeCloseTo(Math.log2((1000 * Math.cos((31.15 * Math.PI) / 180)) / ((512 * 0.3) / 360)), 1);
    expect(zoomToShow([121.45, 31.15], 8, b, 1000, 1000)).toBe(8);
    // Off-centre bounds need a wider view.
    expect(zoomToShow([121.3, 31.15], 14, b, 1000, 1000)).toBeLessThan(z);
  });

  it('flies when animated and resolves only after the flight ends', async () => {
    const map = fakeMap();
    await applyStep(map as never, data, step({}), { animate: true });
    expect(map.calls.at(-1)?.name).toBe('flyTo');
    expect(map.isMoving()).toBe(false);
  });

  it('frames a schematic place by its zone even when filters hide it', () => {
    useAtlasStore.setState({ hiddenPlans: ['plan:demo'] });
    expect(frameBoundsOf(data, ['carrier:demo-park'])).toEqual(data.derived.bounds['zone:demo']);
  });

  it('names a camera that does not read', () => {
    expect(() => stepCamera({ camera: 'x' })).toThrow(/does not read/);
    expect(stepCamera({ frame: [] })).toBeNull();
  });
});
