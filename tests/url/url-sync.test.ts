/**
 * The URL sync against a fake window, history and map (no browser): what is pushed, what replaced,
 * what a popstate restores, and that nothing is written before the opened link is restored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import { fromBundle } from '../../src/data/atlas-data';
import type { AtlasBundle } from '../../src/data/bundle';
import { SEED_FILES } from '../../src/data/seeds';

const data = fromBundle(JSON.parse(buildAtlasBundle()) as AtlasBundle);
/** How long the fake data load takes (ms of fake time). */
let dataDelay = 0;
vi.mock('../../src/data/atlas-data', async (orig) => ({
  ...(await orig<typeof import('../../src/data/atlas-data')>()),
  loadAtlasData: () => new Promise((resolve) => setTimeout(() => resolve(data), dataDelay)),
  loadSeedText: (seed: keyof typeof SEED_FILES) => Promise.resolve(readFileSync(join(import.meta.dirname, '..', '..', 'seeds', SEED_FILES[seed]), 'utf8')),
}));

const { useAtlasStore } = await import('../../src/store');
const { setActiveMap } = await import('../../src/map/active-map');
const { cameraHeldFor, holdCamera } = await import('../../src/map/camera');
const { startUrlSync, WRITE_DELAY_MS } = await import('../../src/url/url-sync');
const { droppedParts, dismissLinkNotice } = await import('../../src/url/link-notice');

/** A history of entries, with the browser's push / replace / back semantics. */
class FakeHistory {
  entries: { url: string; state: unknown }[] = [];
  index = 0;
  pushes = 0;
  replaces = 0;
  constructor(private win: EventTarget, url: string) {
    this.entries = [{ url, state: null }];
  }
  get state() {
    return this.entries[this.index].state;
  }
  get url() {
    return this.entries[this.index].url;
  }
  pushState(state: unknown, _: string, url: string) {
    this.entries = [...this.entries.slice(0, this.index + 1), { url, state: structuredClone(state) }];
    this.index++;
    this.pushes++;
  }
  replaceState(state: unknown, _: string, url: string) {
    this.entries[this.index] = { url, state: structuredClone(state) };
    this.replaces++;
  }
  go(delta: number) {
    this.index += delta;
    this.win.dispatchEvent(Object.assign(new Event('popstate'), { state: this.state }));
  }
}

/** The few map calls the sync makes; jumpTo fires moveend like MapLibre. */
class FakeMap {
  center = { lng: 121.46, lat: 31.16 };
  zoom = 10.2;
  jumps = 0;
  private handlers = new Set<() => void>();
  getCenter() { return this.center; }
  getZoom() { return this.zoom; }
  getBearing() { return 0; }
  getPitch() { return 0; }
  on(_: string, h: () => void) { this.handlers.add(h); }
  off(_: string, h: () => void) { this.handlers.delete(h); }
  jumpTo(c: { center: [number, number]; zoom: number }) {
    this.center = { lng: c.center[0], lat: c.center[1] };
    this.zoom = c.zoom;
    this.jumps++;
    this.moveEnd();
  }
  moveEnd() { this.handlers.forEach((h) => h()); }
}

const initial = useAtlasStore.getState();
let history: FakeHistory;
let map: FakeMap;
let stop: (() => void) | null = null;
let sync: import('../../src/url/url-sync').UrlSync | null = null;

function open(search: string) {
  const win = new EventTarget();
  history = new FakeHistory(win, `/${search}`);
  const location = {
    get pathname() { return '/'; },
    get search() { const u = history.url; const i = u.indexOf('?'); return i < 0 ? '' : u.slice(i); },
    get hash() { return ''; },
    get href() { return `http://atlas.test${history.url}`; },
  };
  vi.stubGlobal('window', win);
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  map = new FakeMap();
  setActiveMap(map as never);
  sync = startUrlSync();
  stop = sync.stop;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await vi.runOnlyPendingTimersAsync();
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const params = () => Object.fromEntries(new URLSearchParams(location.search));

beforeEach(() => {
  vi.useFakeTimers();
  dataDelay = 0;
  useAtlasStore.setState(initial, true);
  dismissLinkNotice();
});

afterEach(() => {
  stop?.();
  setActiveMap(null);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('URL sync', () => {
  it('restores the opened link after the data load, drops what the data lack, and writes it back clean', async () => {
    dataDelay = 1000;
    open('?sel=zone:silicon-alley&plan=plan:nope&c=121.43,31.22,14&synthetic=1000');
    // Before the data: the map moves, the reader switches language: nothing is written (it would drop the link's parts).
    map.moveEnd();
    useAtlasStore.getState().setLang('en');
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS * 2);
    expect(useAtlasStore.getState().selectedId).toBeNull();
    expect(history.replaces + history.pushes).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: 'zone:silicon-alley', planViewId: null });
    expect(droppedParts()).toEqual(['plan']);
    expect(cameraHeldFor('zone:silicon-alley')).toBe(true); // the link's camera is the view
    expect(map.jumps).toBe(0); // the opened link's camera is set when the map is made, not here
    expect(history.url).toBe('/?sel=zone:silicon-alley&lang=en&synthetic=1000'); // the fake map is at the default camera
    expect(history.pushes).toBe(0);
  });

  it('pushes an entry per selection, replaces (debounced) for the rest of the view and the camera', async () => {
    open('');
    await settle();
    const s = useAtlasStore.getState();
    s.select('zone:silicon-alley');
    expect(history.pushes).toBe(1);
    expect(params()).toEqual({ sel: 'zone:silicon-alley' });
    s.toggleFilter('kinds', 'carrier');
    s.setSearchQuery('硅');
    s.setSearchQuery('硅巷');
    const replaces = history.replaces;
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS - 10);
    expect(history.replaces).toBe(replaces);
    await vi.advanceTimersByTimeAsync(20);
    expect(history.replaces).toBe(replaces + 1);
    expect(params()).toEqual({ sel: 'zone:silicon-alley', kinds: 'carrier', q: '硅巷' });
    map.center = { lng: 121.431, lat: 31.2201 };
    map.zoom = 14.5;
    map.moveEnd();
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 10);
    expect(params().c).toBe('121.431,31.2201,14.5');
    expect(history.pushes).toBe(1);
  });

  it('paused (a presentation), writes nothing; resuming writes the view as it then is, once', async () => {
    open('?sel=zone:silicon-alley');
    await settle();
    const before = { pushes: history.pushes, replaces: history.replaces };
    const resume = sync!.pause();
    const s = useAtlasStore.getState();
    s.select('zone:daning');
    s.select('zone:silicon-alley');
    s.toggleFilter('kinds', 'carrier');
    map.moveEnd();
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS * 4);
    expect(history).toMatchObject(before);
    s.toggleFilter('kinds', 'carrier'); // the presenter's view is put back
    resume();
    resume(); // a second call does nothing
    expect(history.pushes).toBe(before.pushes);
    expect(params()).toEqual({ sel: 'zone:silicon-alley' });
  });

  it('gives the link of the view on screen even while paused (for a QR code)', async () => {
    open('');
    await settle();
    const resume = sync!.pause();
    useAtlasStore.getState().select('zone:daning');
    expect(new URL(sync!.link()).searchParams.get('sel')).toBe('zone:daning');
    expect(params()).toEqual({});
    resume();
  });

  it('a selection made with its camera held keeps that camera (holdCamera, then select)', async () => {
    open('');
    await settle();
    holdCamera('zone:daning');
    useAtlasStore.getState().select('zone:daning');
    expect(cameraHeldFor('zone:daning')).toBe(true);
    useAtlasStore.getState().select('zone:silicon-alley');
    expect(cameraHeldFor('zone:silicon-alley')).toBe(false);
  });

  it('Back restores the previous entry whole (selection, trail, camera, filters) without writing', async () => {
    open('');
    await settle();
    const s = useAtlasStore.getState();
    s.select('zone:silicon-alley');
    map.jumpTo({ center: [121.43, 31.22], zoom: 14 });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 10);
    const child = data.index.childrenOf('zone:silicon-alley')[0];
    s.select(child);
    s.toggleFilter('kinds', 'zone');
    map.jumpTo({ center: [121.42, 31.21], zoom: 15 });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 10);
    expect(useAtlasStore.getState().trail).toEqual(['zone:silicon-alley']);
    expect(history.entries.map((e) => e.url)).toEqual(['/', '/?c=121.43,31.22,14&sel=zone:silicon-alley', `/?c=121.42,31.21,15&sel=${child}&kinds=zone`]);

    const writes = history.pushes + history.replaces;
    history.go(-1);
    await settle();
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: 'zone:silicon-alley', trail: [], filters: { kinds: [] } });
    expect(map.center).toEqual({ lng: 121.43, lat: 31.22 });
    expect(cameraHeldFor('zone:silicon-alley')).toBe(true);
    expect(history.pushes + history.replaces).toBe(writes);

    history.go(1);
    await settle();
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: child, trail: ['zone:silicon-alley'], filters: { kinds: ['zone'] } });
    history.go(-2);
    await settle();
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: null, trail: [] });
    expect(map.center).toEqual({ lng: 121.46, lat: 31.16 });

    // A new selection after Back releases the hold (the camera frames it) and cuts the forward entries.
    useAtlasStore.getState().select(child);
    expect(cameraHeldFor(child)).toBe(false);
    expect(history.entries).toHaveLength(2);
  });

  it('opens the reader only when its quote is in its seed', async () => {
    const c = data.atlas.zones[0].properties.citations[0];
    open(`?read=${c.seed}:${encodeURIComponent(c.quote)}`);
    await settle();
    expect(useAtlasStore.getState().readerCitation).toEqual(c);
    expect(droppedParts()).toEqual([]);
    stop!();
    useAtlasStore.setState(initial, true);
    open(`?read=${c.seed}:${encodeURIComponent(`${c.quote}伪造`)}`);
    await settle();
    expect(useAtlasStore.getState().readerCitation).toBeNull();
    expect(droppedParts()).toEqual(['reader']);
    expect(history.url).toBe('/');
  });

  it('a tampered history entry falls back to the default view with the notice', async () => {
    open('');
    await settle();
    useAtlasStore.getState().select('zone:silicon-alley');
    history.entries[0] = { url: '/?sel=zone:nope&c=NaN,1,1', state: { atlasView: { trail: ['zone:<x>'] } } };
    history.go(-1);
    await settle();
    expect(useAtlasStore.getState()).toMatchObject({ selectedId: null, trail: [] });
    expect([...droppedParts()].sort()).toEqual(['camera', 'selection']);
    expect(map.center).toEqual({ lng: 121.46, lat: 31.16 });
  });
});
