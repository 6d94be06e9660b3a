/**
 * Basemaps (issue 11), with every request outside the app's origin blocked (aborted by the browser,
 * or left hanging): nothing is asked of an online host before the reader picks one; picking each
 * online basemap from the map toolbar tries only its own hosts, and within 3 s the offline basemap
 * is back with a notice (Chinese, then English), its layers visible and the zones drawn. While AMap
 * is on (its tiles hanging until the fallback's timeout), the zones are drawn shifted into GCJ-02.
 * Each test starts from a fresh page whose context blocks every outside request from the start; after
 * each, no host outside the listed ones was tried and no error but the blocked requests' was logged.
 * The warnings a blocked basemap makes the map log are expected in that test only, for its hosts.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { foreignRequests, freshPages, mapPixel, screenshot, waitForMapIdle, type FreshPage } from './browser';
import { ONLINE_BASEMAP_HOSTS, ONLINE_BASEMAPS, type BasemapId } from '../../src/features/basemaps/catalog';

const baseUrl = inject('baseUrl');
// Not strict: the tests send requests outside the origin on purpose (blocked or answered by stand-ins);
// afterEach checks them.
const pages = freshPages(baseUrl);
/** The current test's page (each test opens its own; the helpers below read it). */
let s!: FreshPage;

/** How requests to online hosts are blocked: aborted (a network error) or never answered. */
let block: 'abort' | 'hang' = 'abort';
/** While set, satellite tiles are answered with this test image (a stand-in for EOX's server). */
let servedTile: Buffer | null = null;

/** A 256×256 PNG of one colour, made here (no image file in the repository). */
function solidPng([r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(256, 0);
  ihdr.writeUInt32BE(256, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 256 }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: 256 }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
const TILE_COLOUR: [number, number, number] = [30, 120, 60];
/** While true, OpenFreeMap's style, TileJSON and tiles are answered by stand-ins (a style much like Liberty's in shape). */
let servedOfm = false;
const OFM_BACKGROUND: [number, number, number] = [171, 205, 239];
const OFM_STYLE = {
  version: 8,
  glyphs: 'https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf',
  sprite: 'https://tiles.openfreemap.org/sprites/ofm_f384/ofm',
  sources: { openmaptiles: { type: 'vector', url: 'https://tiles.openfreemap.org/planet' } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': `rgb(${OFM_BACKGROUND.join(',')})` } },
    { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water', paint: { 'fill-color': '#8ab' } },
    { id: 'poi', type: 'symbol', source: 'openmaptiles', 'source-layer': 'poi', layout: { 'icon-image': 'x', 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'] } },
  ],
};
const OFM_TILEJSON = { tilejson: '3.0.0', tiles: ['https://tiles.openfreemap.org/planet/stand-in/{z}/{x}/{y}.pbf'], minzoom: 0, maxzoom: 14 };
function ofmStandIn(url: URL): { contentType: string; body: string | Buffer } {
  if (url.pathname === '/styles/liberty') return { contentType: 'application/json', body: JSON.stringify(OFM_STYLE) };
  if (url.pathname === '/planet') return { contentType: 'application/json', body: JSON.stringify(OFM_TILEJSON) };
  return { contentType: 'application/x-protobuf', body: Buffer.alloc(0) }; // an empty vector tile
}
/** Blocks (or answers with stand-ins) every request of the page's context that leaves the origin. */
async function blockOutside(page: Page): Promise<void> {
  const origin = new URL(baseUrl).origin;
  await page.context().route((url) => url.origin !== origin && url.protocol.startsWith('http'), (route) => {
    const url = new URL(route.request().url());
    if (servedTile && url.host === 'tiles.maps.eox.at') void route.fulfill({ status: 200, contentType: 'image/png', body: servedTile });
    else if (servedOfm && url.host === 'tiles.openfreemap.org' && !/^\/(fonts|sprites)\//.test(url.pathname)) void route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, ...ofmStandIn(url) });
    else if (block === 'abort') void route.abort('internetdisconnected');
    // 'hang': never answered (the test's context is closed at its end).
  });
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What the map logs of a blocked tile of these hosts (src/map/map-view.tsx), and nothing else. */
const tileWarnings = (hosts: readonly string[]) => new RegExp(`^map: AJAXError: Failed to fetch \\(0\\): https://(${hosts.map(escapeRe).join('|')})/`);
/** What the basemap switcher logs when a blocked host's style cannot be fetched (src/features/basemaps/switcher.ts). */
const STYLE_WARNING = /^basemap: Failed to fetch$/;

/**
 * A fresh page, outside requests blocked from its first request on, its map idle; `expectedWarnings`:
 * what a basemap this test blocks on purpose makes the map log.
 */
async function fresh(expectedWarnings: RegExp[] = []): Promise<void> {
  block = 'abort';
  servedTile = null;
  servedOfm = false;
  s = await pages.open({ before: blockOutside, expectedWarnings, idle: true });
}

afterEach(() => {
  // Every test: no host outside the listed ones was tried, and no error was logged but the blocked requests'.
  if (!s) return;
  for (const h of hostsOf(s.requests)) expect(ONLINE_BASEMAP_HOSTS).toContain(h);
  expect(unexpectedErrors()).toEqual([]);
});

/** The browser's own report of a blocked request, and MapLibre's tile errors (warnings, kept for the record). */
const EXPECTED = /Failed to load resource|net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/;
const unexpectedErrors = () => s.errors.filter((e) => !EXPECTED.test(e));

const onlineHosts = (id: BasemapId) => ONLINE_BASEMAPS.find((b) => b.id === id)!.hosts;
const hostsOf = (urls: string[]) => [...new Set(foreignRequests(urls, baseUrl).map((u) => new URL(u).host))].sort();

const toolbarButton = () => s.page.locator('[data-testid="map-tool-basemaps"]');

/** Whether the map toolbar shows the 底图 button (it loads after the first screen). */
async function chooserAvailable(): Promise<boolean> {
  return toolbarButton().waitFor({ timeout: 15_000 }).then(() => true, () => false);
}

/** Skips the test (saying why) without the button; else opens the chooser. */
async function openChooser(ctx: { skip: (note?: string) => void }): Promise<void> {
  if (!(await chooserAvailable())) {
    const why = 'the map toolbar (src/features/map-tools) with its 底图 button is not mounted in this build';
    console.log(`SKIP basemaps e2e: ${why}`);
    ctx.skip(why);
  }
  if ((await s.page.getByTestId('basemap-panel').count()) === 0) await toolbarButton().click();
  await s.page.getByTestId('basemap-panel').waitFor();
}

async function offlineBack() {
  return s.page.evaluate(() => {
    const map = window.__atlasMap!;
    const style = map.getStyle();
    return {
      online: style.layers.filter((l) => l.id.startsWith('basemap-online-')).length,
      roadsVisible: map.getLayoutProperty('roads-major', 'visibility') !== 'none',
      districtsVisible: map.getLayoutProperty('district-labels', 'visibility') !== 'none',
      zones: map.queryRenderedFeatures({ layers: ['zones-fill'] }).length,
    };
  });
}

/** The label point of 上海硅巷 as the zones source draws it (display coordinates). */
async function drawnLabelPoint(): Promise<[number, number]> {
  return s.page.evaluate(() => {
    const map = window.__atlasMap!;
    const f = map.querySourceFeatures('atlas-zones', { filter: ['all', ['==', ['get', 'label'], true], ['==', ['get', 'id'], 'zone:silicon-alley']] })[0];
    return (f!.geometry as GeoJSON.Point).coordinates as [number, number];
  });
}
/** Where that label point is on screen (CSS pixels in the map). */
async function labelOnScreen(): Promise<[number, number]> {
  const p = await drawnLabelPoint();
  return s.page.evaluate((q) => {
    const xy = window.__atlasMap!.project(q);
    return [xy.x, xy.y] as [number, number];
  }, p);
}
const metres = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * 95_200, (a[1] - b[1]) * 111_200);

/** Picks a basemap; returns the page's clock (performance.now) just before the click. */
async function choose(id: BasemapId): Promise<number> {
  const started = await s.page.evaluate(() => performance.now());
  // click, not check(): a blocked basemap may already have fallen back (offline checked again) when check() looks
  await s.page.locator(`[data-testid="basemap-${id}"]`).click();
  return started;
}

describe('basemaps, with every request outside the app blocked', () => {
  it('the policy (header and meta) allows exactly the online basemaps’ hosts, in img-src and connect-src only', async () => {
    await fresh();
    const header = (await fetch(baseUrl)).headers.get('content-security-policy') ?? '';
    const meta = (await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    for (const policy of [header, meta]) {
      const directives = policy.split(';').map((d) => d.trim().split(/\s+/));
      for (const [name, ...sources] of directives) {
        const outside = sources.filter((x) => /^https?:/.test(x)).map((x) => x.replace(/^https:\/\//, '')).sort();
        expect(outside, name).toEqual(name === 'img-src' || name === 'connect-src' ? [...ONLINE_BASEMAP_HOSTS].sort() : []);
      }
    }
  });

  it('the chooser opens from the map toolbar and says which hosts the policy allows; nothing was requested from them', async (ctx) => {
    await fresh();
    expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
    await openChooser(ctx);
    const policy = (await s.page.getByTestId('basemap-policy').textContent()) ?? '';
    for (const h of ONLINE_BASEMAP_HOSTS) expect(policy).toContain(h);
    expect(policy).toMatch(/选中对应的底图之前，不会向它们发出任何请求/);
    expect(await s.page.locator('[data-testid="basemap-offline"]').isChecked()).toBe(true);
    expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
    await screenshot(s.page, 'basemaps-01-chooser');
  });

  it('satellite, its tiles answered by a stand-in: drawn under the zones, credited, and taken away again', async (ctx) => {
    await fresh();
    await openChooser(ctx);
    servedTile = solidPng(TILE_COLOUR);
    try {
      await choose('satellite');
      await expect.poll(() => s.page.getByTestId('basemap-status').getAttribute('data-status')).toBe('ready');
      await waitForMapIdle(s.page);
      const order = await s.page.evaluate(() => window.__atlasMap!.getStyle().layers.map((l) => l.id));
      expect(order.indexOf('basemap-online-satellite')).toBeGreaterThan(0);
      expect(order.indexOf('basemap-online-satellite')).toBeLessThan(order.indexOf('zones-fill'));
      expect(await s.page.evaluate(() => window.__atlasMap!.getLayoutProperty('roads-major', 'visibility'))).toBe('none');
      // A corner of the map with no zone shows the imagery; the zones are still drawn over it.
      const box = (await s.page.getByTestId('map').boundingBox())!;
      const corner = await mapPixel(s.page, { x: box.x + 20, y: box.y + 20 });
      corner.forEach((c, i) => expect(Math.abs(c - TILE_COLOUR[i]!)).toBeLessThan(12));
      expect(await s.page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['zones-fill'] }).length)).toBeGreaterThan(5);
      const credit = (await s.page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
      expect(credit).toMatch(/Sentinel-2 cloudless.*EOX IT Services GmbH.*Copernicus Sentinel 2016/);
      expect(credit).not.toMatch(/OpenStreetMap 贡献者/);
      expect(await s.page.getByTestId('basemap-notice').count()).toBe(0);
      await screenshot(s.page, 'basemaps-02-satellite-stand-in');
      await choose('offline');
      await waitForMapIdle(s.page);
      expect(await offlineBack()).toMatchObject({ online: 0, roadsVisible: true, districtsVisible: true });
    } finally {
      servedTile = null;
    }
  });

  it('OpenFreeMap, answered by stand-ins: its style merged under the zones, asking for no glyphs or sprite', async (ctx) => {
    await fresh();
    await openChooser(ctx);
    servedOfm = true;
    const before = s.requests.length;
    try {
      await choose('openfreemap');
      await expect.poll(() => s.page.getByTestId('basemap-status').getAttribute('data-status')).toBe('ready');
      await waitForMapIdle(s.page);
      const order = await s.page.evaluate(() => window.__atlasMap!.getLayersOrder());
      const online = order.filter((id) => id.startsWith('basemap-online-'));
      expect(online).toEqual(['basemap-online-background', 'basemap-online-water', 'basemap-online-poi']);
      expect(order.indexOf('basemap-online-poi')).toBeLessThan(order.indexOf('zones-fill'));
      const box = (await s.page.getByTestId('map').boundingBox())!;
      const corner = await mapPixel(s.page, { x: box.x + 20, y: box.y + 20 });
      corner.forEach((c, i) => expect(Math.abs(c - OFM_BACKGROUND[i]!)).toBeLessThan(8));
      expect(await s.page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['zones-fill'] }).length)).toBeGreaterThan(5);
      expect(await s.page.locator('.maplibregl-ctrl-attrib').textContent()).toMatch(/OpenFreeMap © OpenMapTiles 数据来自 OpenStreetMap/);
      const asked = foreignRequests(s.requests.slice(before), baseUrl).map((u) => new URL(u).pathname);
      expect(asked).toContain('/styles/liberty');
      expect(asked.filter((p) => /^\/(fonts|sprites)\//.test(p))).toEqual([]);
      await screenshot(s.page, 'basemaps-02-openfreemap-stand-in');
      await choose('offline');
      await waitForMapIdle(s.page);
      expect(await offlineBack()).toMatchObject({ online: 0, roadsVisible: true, districtsVisible: true });
    } finally {
      servedOfm = false;
    }
  });

  for (const b of ONLINE_BASEMAPS) {
    it(`${b.id}: only its hosts are tried; the offline basemap is back within 3 s with a notice`, async (ctx) => {
      // Its blocked tiles (OpenFreeMap: its style) make the map warn: expected here, for its hosts only.
      await fresh([tileWarnings(b.hosts), ...(b.id === 'openfreemap' ? [STYLE_WARNING] : [])]);
      await openChooser(ctx);
      const before = s.requests.length;
      const started = await choose(b.id);
      const notice = s.page.locator(`[data-testid="basemap-notice"][data-failed="${b.id}"]`);
      await notice.waitFor({ timeout: 3000 });
      const elapsed = Number(await notice.getAttribute('data-shown-at')) - started;
      expect(elapsed).toBeLessThan(3000);
      expect(await notice.textContent()).toMatch(/无法加载，已换回离线底图/);
      expect(await s.page.locator('[data-testid="basemap-offline"]').isChecked()).toBe(true);
      const tried = hostsOf(s.requests.slice(before));
      expect(tried.length).toBeGreaterThan(0);
      for (const h of tried) expect(b.hosts).toContain(h);
      await waitForMapIdle(s.page);
      expect(await offlineBack()).toMatchObject({ online: 0, roadsVisible: true, districtsVisible: true });
      expect((await offlineBack()).zones).toBeGreaterThan(5);
      // The attribution is the embedded basemap's again.
      expect(await s.page.locator('.maplibregl-ctrl-attrib').textContent()).toMatch(/OpenStreetMap 贡献者/);
      console.log(`basemap ${b.id}: fell back in ${Math.round(elapsed)} ms, tried ${tried.join(', ')}`);
      await screenshot(s.page, `basemaps-03-fallback-${b.id}`);
    });
  }

  it('the notice follows the language, and is dismissed', async (ctx) => {
    // AMap picked with its hosts blocked, for the notice.
    await fresh([tileWarnings(onlineHosts('amap'))]);
    await openChooser(ctx);
    await choose('amap');
    const notice = s.page.getByTestId('basemap-notice');
    await notice.filter({ hasText: /高德地图无法加载/ }).waitFor({ timeout: 3000 });
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => notice.textContent()).toMatch(/AMap could not be loaded: back to the offline basemap/);
    await screenshot(s.page, 'basemaps-04-notice-english');
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => notice.textContent()).toMatch(/高德地图无法加载/);
    await notice.getByRole('button').click();
    expect(await notice.count()).toBe(0);
  });

  it('AMap with tiles that never come: zones drawn shifted into GCJ-02 meanwhile, then back (timeout) within 3 s', async (ctx) => {
    // Hanging tiles are cut when the page closes: the map may warn of them then.
    await fresh([tileWarnings(onlineHosts('amap'))]);
    await openChooser(ctx);
    block = 'hang';
    const wgs = await drawnLabelPoint();
    const screenBefore = await labelOnScreen();
    const started = await choose('amap');
    await expect.poll(async () => metres(await drawnLabelPoint(), wgs), { timeout: 2000, interval: 50 }).toBeGreaterThan(300);
    const shifted = metres(await drawnLabelPoint(), wgs);
    expect(shifted).toBeLessThan(800);
    // The camera moved with the overlays: the zone stays where it was on screen.
    const screenNow = await labelOnScreen();
    expect(Math.hypot(screenNow[0] - screenBefore[0], screenNow[1] - screenBefore[1])).toBeLessThan(2);
    expect(await s.page.locator('.maplibregl-ctrl-attrib').textContent()).toMatch(/高德地图/);
    const notice = s.page.locator('[data-testid="basemap-notice"][data-failed="amap"][data-reason="timeout"]');
    await notice.waitFor({ timeout: 3000 });
    const elapsed = Number(await notice.getAttribute('data-shown-at')) - started;
    expect(elapsed).toBeLessThan(3000);
    expect(await notice.textContent()).toMatch(/没有送来图块，已换回离线底图/);
    await expect.poll(async () => metres(await drawnLabelPoint(), wgs), { timeout: 2000, interval: 50 }).toBeLessThan(10);
    await waitForMapIdle(s.page);
    expect(await offlineBack()).toMatchObject({ online: 0, roadsVisible: true });
    console.log(`basemap amap (hanging): drawn ${Math.round(shifted)} m shifted while on, fell back in ${Math.round(elapsed)} ms`);
    await screenshot(s.page, 'basemaps-05-amap-timeout');
  });
});
