/**
 * The PMTiles layer's loader (src/features/tile-layer): a file that is not PMTiles, or an archive
 * that is unreachable, shows a message in the reader's language and leaves the map untouched; a
 * real archive (written by the project's packer, served through a fetch stub that honours Range)
 * adds one vector source and its layers, the synthetic label, and unmounts cleanly. No network,
 * no GDAL, no browser: the map and the DOM are small fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const maplibre = vi.hoisted(() => ({ addProtocol: vi.fn(), removeProtocol: vi.fn() }));
vi.mock('maplibre-gl', () => maplibre);

import { mountPmtilesLayer } from '../../../src/features/tile-layer';
import { buildTileLayers, ENTERPRISE_SCHEMA, readArchiveInfo } from '../../../src/features/tile-layer/style';
import { translate } from '../../../src/i18n';
import { useAtlasStore } from '../../../src/store';
import { Compression, PmtilesWriter, TileType } from '../../../scripts/pmtiles/pmtiles-writer';

class FakeElement {
  children: FakeElement[] = [];
  parent: FakeElement | null = null;
  textContent = '';
  className = '';
  style = { cssText: '' };
  attributes: Record<string, string> = {};
  listeners: Record<string, () => void> = {};
  constructor(readonly tagName: string, readonly ownerDocument: { createElement: (t: string) => FakeElement }) {}
  setAttribute(k: string, v: string) {
    this.attributes[k] = v;
  }
  addEventListener(type: string, f: () => void) {
    this.listeners[type] = f;
  }
  append(...els: FakeElement[]) {
    for (const e of els) {
      e.parent = this;
      this.children.push(e);
    }
  }
  replaceChildren() {
    for (const c of this.children) c.parent = null;
    this.children = [];
  }
  querySelector(tag: string): FakeElement | null {
    for (const c of this.children) {
      if (c.tagName === tag) return c;
      const d = c.querySelector(tag);
      if (d) return d;
    }
    return null;
  }
  remove() {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
    this.parent = null;
  }
  text(): string {
    return this.textContent + this.children.map((c) => c.text()).join('');
  }
}

function fakeMap() {
  const doc = { createElement: (t: string): FakeElement => new FakeElement(t, doc) };
  const container = new FakeElement('div', doc);
  const sources = new Map<string, unknown>();
  const layers: { id: string; type: string }[] = [{ id: 'water', type: 'fill' }, { id: 'district-labels', type: 'symbol' }];
  const map = {
    container,
    sources,
    layers,
    getContainer: () => container,
    getLayersOrder: () => layers.map((l) => l.id),
    addSource: vi.fn((id: string, spec: unknown) => void sources.set(id, spec)),
    removeSource: vi.fn((id: string) => void sources.delete(id)),
    getSource: (id: string) => sources.get(id),
    addLayer: vi.fn((layer: { id: string; type: string }, before?: string) => {
      const i = before ? layers.findIndex((l) => l.id === before) : -1;
      layers.splice(i < 0 ? layers.length : i, 0, { id: layer.id, type: layer.type });
    }),
    removeLayer: vi.fn((id: string) => void layers.splice(layers.findIndex((l) => l.id === id), 1)),
    getLayer: (id: string) => layers.find((l) => l.id === id),
    once: vi.fn(),
  };
  return map;
}

/** A fetch that serves `bytes` for `url` with Range support (206), and 404 for anything else. */
function serve(url: string, data: Uint8Array) {
  const bytes = new Uint8Array(data); // an ArrayBuffer-backed copy: a valid Response body
  return vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const u = String(input instanceof Request ? input.url : input);
    if (u !== url) return new Response('not found', { status: 404 });
    const range = new Headers(init?.headers).get('range');
    const m = range ? /bytes=(\d+)-(\d+)/.exec(range) : null;
    if (!m) return new Response(bytes, { status: 200, headers: { 'content-length': String(bytes.length) } });
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), bytes.length - 1);
    const slice = bytes.slice(start, end + 1);
    return new Response(slice, { status: 206, headers: { 'content-length': String(slice.length), 'content-range': `bytes ${start}-${end}/${bytes.length}` } });
  });
}

function archive(metadata: Record<string, unknown>): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'tile-layer-test-'));
  try {
    const w = new PmtilesWriter(join(dir, 'spool'), true);
    w.addTile(10, 857, 418, new TextEncoder().encode('not a real tile; the loader never reads tiles'));
    const out = join(dir, 'x.pmtiles');
    w.finish(out, { tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: [121, 31, 122, 32], center: [121.5, 31.2, 10], metadata });
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const URL_ = 'http://atlas.test/x.pmtiles';
const META = {
  schema: ENTERPRISE_SCHEMA,
  synthetic: true,
  generator: { source: 'atlas', count: 1234, seed: 1 },
  layers: { points: 'enterprises', cells: 'cells', cellMaxZoom: 9, pointMinZoom: 10 },
  tracks: [{ zh: '人工智能', en: 'Artificial intelligence', color: [230, 85, 13] }, { zh: '集成电路', en: 'Integrated circuits', color: [49, 130, 189] }],
  vector_layers: [{ id: 'cells' }, { id: 'enterprises' }],
};

beforeEach(() => {
  maplibre.addProtocol.mockClear();
  maplibre.removeProtocol.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('mountPmtilesLayer: errors', () => {
  it('says in Chinese that a non-PMTiles file is not an archive, and leaves the map alone', async () => {
    // What a static server's SPA fallback sends for a missing file: the app's own index.html.
    vi.stubGlobal('fetch', serve(URL_, new TextEncoder().encode('<!doctype html><html><body>Atlas</body></html>')));
    const map = fakeMap();
    const unmount = await mountPmtilesLayer(map as never, { url: URL_, lang: 'zh' });
    expect(map.addSource).not.toHaveBeenCalled();
    expect(map.addLayer).not.toHaveBeenCalled();
    expect(maplibre.addProtocol).not.toHaveBeenCalled();
    const [box] = map.container.children;
    expect(box.attributes.role).toBe('alert');
    expect(box.text()).toContain(translate('zh', 'tiles.notPmtiles', { url: '/x.pmtiles' }));
    unmount();
    expect(map.container.children).toHaveLength(0);
  });

  it('follows the reader when the language changes', async () => {
    vi.stubGlobal('fetch', serve(URL_, new TextEncoder().encode('<!doctype html>')));
    useAtlasStore.getState().setLang('zh');
    const map = fakeMap();
    const unmount = await mountPmtilesLayer(map as never, { url: URL_, lang: 'zh' });
    useAtlasStore.getState().setLang('en');
    expect(map.container.children[0].text()).toContain(translate('en', 'tiles.notPmtiles', { url: '/x.pmtiles' }));
    unmount();
    useAtlasStore.getState().setLang('zh');
    expect(map.container.children).toHaveLength(0);
  });

  it('says in English that an unreachable archive could not be read', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('gone', { status: 404 })));
    const map = fakeMap();
    await mountPmtilesLayer(map as never, { url: URL_, lang: 'en' });
    expect(map.addSource).not.toHaveBeenCalled();
    const text = map.container.children[0].text();
    expect(text).toContain('could not be read (/x.pmtiles)');
    expect(text).toContain('404');
    expect(text).toContain('The rest of the map is unaffected.');
  });

  it('refuses an archive of raster tiles', async () => {
    const bytes = archive(META);
    bytes[99] = TileType.Png; // the header's tile type byte
    vi.stubGlobal('fetch', serve(URL_, bytes));
    const map = fakeMap();
    await mountPmtilesLayer(map as never, { url: URL_, lang: 'en' });
    expect(map.addSource).not.toHaveBeenCalled();
    expect(map.container.children[0].text()).toContain(translate('en', 'tiles.notVector', { url: '/x.pmtiles' }));
  });
});

describe('mountPmtilesLayer: an archive', () => {
  it('adds the pmtiles source and layers under the labels, labels synthetic data, and unmounts cleanly', async () => {
    vi.stubGlobal('fetch', serve(URL_, archive(META)));
    const map = fakeMap();
    const unmount = await mountPmtilesLayer(map as never, { url: URL_, lang: 'zh' });
    expect(maplibre.addProtocol).toHaveBeenCalledWith('pmtiles', expect.any(Function));
    expect(map.addSource).toHaveBeenCalledWith('pmtiles-enterprises', expect.objectContaining({ type: 'vector', url: `pmtiles://${URL_}` }));
    expect(map.layers.map((l) => l.id)).toEqual(['water', 'pmtiles-enterprises-cells', 'pmtiles-enterprises-points', 'district-labels']);
    const legend = map.container.children[0];
    expect(legend.text()).toContain('合成数据（非真实企业）');
    expect(legend.text()).toContain('人工智能');
    useAtlasStore.getState().setLang('en');
    expect(legend.text()).toContain('Synthetic data (not real enterprises)');
    expect(legend.text()).toContain('Artificial intelligence');
    useAtlasStore.getState().setLang('zh');
    unmount();
    expect(map.layers.map((l) => l.id)).toEqual(['water', 'district-labels']);
    expect(map.sources.size).toBe(0);
    expect(map.container.children).toHaveLength(0);
    expect(maplibre.removeProtocol).toHaveBeenCalledWith('pmtiles');
  });

  it('shows no synthetic label when the metadata does not say synthetic', async () => {
    vi.stubGlobal('fetch', serve(URL_, archive({ ...META, synthetic: false })));
    const map = fakeMap();
    const unmount = await mountPmtilesLayer(map as never, { url: URL_, lang: 'en' });
    expect(map.container.children[0].text()).not.toContain(translate('en', 'tiles.synthetic'));
    unmount();
  });
});

describe('layer styles', () => {
  it('colours by track from the metadata, cells below the point zoom and points from it', () => {
    const info = readArchiveInfo(META);
    const [cells, points] = buildTileLayers(info, { minZoom: 5, maxZoom: 14 });
    expect(cells).toMatchObject({ 'source-layer': 'cells', maxzoom: 10 });
    expect(points).toMatchObject({ 'source-layer': 'enterprises', minzoom: 10 });
    expect(points.paint?.['circle-color']).toEqual(['match', ['to-number', ['get', 'track'], -1], 0, '#e6550d', 1, '#3182bd', '#6b6b6b']);
  });

  it('draws any other vector archive with one neutral layer per vector layer, ignoring malformed metadata', () => {
    const info = readArchiveInfo({ vector_layers: [{ id: 'pois' }, { nope: 1 }], tracks: 'x', synthetic: 'yes' });
    expect(info.synthetic).toBe(false);
    expect(info.enterprise).toBeUndefined();
    expect(buildTileLayers(info, { minZoom: 3, maxZoom: 12 }).map((l) => l['source-layer'])).toEqual(['pois']);
  });
});

describe('filters on tiled data', () => {
  it('filters points by track, size and founding year with a MapLibre expression', async () => {
    const { pointFilter } = await import('../../../src/features/tile-layer/style');
    expect(pointFilter({})).toBe(true);
    expect(pointFilter({ tracks: [0, 2], yearFrom: 2015 })).toEqual([
      'all', ['in', ['to-number', ['get', 'track'], -1], ['literal', [0, 2]]], ['>=', ['to-number', ['get', 'year'], 0], 2015],
    ]);
  });

  it('recounts aggregated cells from their per-track counts', async () => {
    const { cellCountExpression } = await import('../../../src/features/tile-layer/style');
    expect(cellCountExpression(undefined)).toEqual(['to-number', ['get', 'count'], 0]);
    expect(cellCountExpression([3])).toEqual(['to-number', ['get', 'n3'], 0]);
    expect(cellCountExpression([0, 5])).toEqual(['+', ['to-number', ['get', 'n0'], 0], ['to-number', ['get', 'n5'], 0]]);
  });

  it('gives valid MapLibre style expressions', async () => {
    const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
    const { pointFilter, cellCountExpression } = await import('../../../src/features/tile-layer/style');
    const layers = buildTileLayers(readArchiveInfo(META), { minZoom: 5, maxZoom: 16 });
    layers[1].filter = pointFilter({ tracks: [1], sizes: [0, 1], yearFrom: 2000, yearTo: 2020 });
    layers[0].filter = ['>', cellCountExpression([0, 1]), 0];
    const style = {
      version: 8 as const,
      sources: { 'pmtiles-enterprises': { type: 'vector' as const, url: 'pmtiles://x' } },
      layers,
    };
    expect(validateStyleMin(style)).toEqual([]);
  });
});
