/**
 * The Atlas as a person uses it: the map draws, a zone opens its panel, links can be followed, the
 * language switches, the source opens at the sentence — with no request leaving the app's origin
 * and no console errors. Each test starts from a fresh page, opened at the state it needs (a link).
 * Screenshots go to test-results/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import { booleanPointInPolygon, area as turfArea } from '@turf/turf';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  freshPages, mapColourCount, mapPixel, screenPoint, screenshot, waitForMapIdle,
} from './browser';
import type { Zone } from '../../src/data/schema';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');
const zones: Zone[] = readdirSync(join(root, 'geodata'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      return JSON.parse(readFileSync(join(root, 'geodata', d.name, 'zones.geojson'), 'utf8')).features as Zone[];
    } catch {
      return [];
    }
  });

/** The zone a click at [lng, lat] should pick: the smallest zone containing the point. */
function zoneAt(point: [number, number]): Zone | undefined {
  return zones
    .filter((z) => booleanPointInPolygon(point, z as GeoJSON.Feature<GeoJSON.Polygon>))
    .sort((a, b) => turfArea(a as GeoJSON.Feature) - turfArea(b as GeoJSON.Feature))[0];
}

// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });
/** A fresh page at `path` (a link holding the state the test starts from), its map idle. */
const fresh = (path = '') => pages.open({ path, idle: true });

describe('the Atlas in a browser', () => {
  it('draws the basemap and the zones (pixels, not just the DOM)', async () => {
    const s = await fresh();
    expect(s.requests.length).toBeGreaterThan(3);
    await screenshot(s.page, '01-overview');
    expect(await mapColourCount(s.page)).toBeGreaterThan(40);
    const plans = [...new Set(zones.map((z) => z.properties.plan))];
    expect(plans.length).toBe(4);
    // Each plan's largest zone tints the map towards the plan's colour at a point inside it.
    const tint: Record<string, (c: [number, number, number]) => boolean> = {
      'plan:changning-silicon-alley': ([r, g]) => r - g > 20,
      'plan:dalinghaowan': ([r, , b]) => b - r > 20,
      'plan:yangpu-14th-fyp': ([r, , b]) => r - b > 20,
      'plan:jingan-2023-2025': ([r, g, b]) => g - r > 8 && g - b > 8,
    };
    for (const plan of plans) {
      // The plan's main area: its largest top-level zone (the radiation area is drawn faintly on purpose).
      const largest = zones.filter((z) => z.properties.plan === plan && !z.properties.parent && z.properties.zoneType !== 'radiation')
        .sort((a, b) => turfArea(b as GeoJSON.Feature) - turfArea(a as GeoJSON.Feature))[0];
      const [w, so, e, n] = bboxOf(largest);
      await s.page.evaluate(([w, so, e, n]) => window.__atlasMap!.fitBounds([[w, so], [e, n]], { padding: 40, duration: 0 }), [w, so, e, n]);
      await waitForMapIdle(s.page);
      await screenshot(s.page, `02-plan-${plan.slice(5)}`);
      const inside = interiorPoint(largest);
      const colour = await mapPixel(s.page, await screenPoint(s.page, inside), 3);
      expect(tint[plan](colour), `${plan}: colour ${colour.map(Math.round)} at ${inside}`).toBe(true);
    }
  });

  it('a click on a zone opens its panel with stated and computed area and its quote', async () => {
    const s = await fresh();
    const alley = zones.find((z) => z.properties.id === 'zone:silicon-alley')!;
    await s.page.evaluate(([w, so, e, n]) => window.__atlasMap!.fitBounds([[w, so], [e, n]], { padding: 80, duration: 0 }), bboxOf(alley));
    await waitForMapIdle(s.page);
    const point = interiorPoint(alley);
    const expected = zoneAt(point)!;
    const at = await screenPoint(s.page, point);
    await s.page.mouse.move(at.x, at.y);
    await s.page.mouse.click(at.x, at.y);
    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe(expected.properties.id);
    await expect.poll(() => panel.locator('h2').textContent()).toContain(expected.properties.name.zh);
    expect(await panel.getByTestId('computed-area').textContent()).toMatch(/平方公里/);
    const { boundaryQuote, citations } = expected.properties;
    expect(await panel.locator('blockquote').first().textContent()).toBe((boundaryQuote ?? citations[0]).quote);
    await screenshot(s.page, '03-zone-panel');
  });

  it('a linked item can be followed, shown on the map, and walked back', async () => {
    const s = await fresh();
    await s.page.locator('.zone-button[data-id="zone:silicon-alley"]').click();
    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe('zone:silicon-alley');
    await waitForMapIdle(s.page);
    const centreBefore = await s.page.evaluate(() => window.__atlasMap!.getCenter().toArray());
    const link = panel.getByTestId('related').locator('.record-link:not(.kind-plan)').first();
    const target = await link.getAttribute('data-id');
    await link.click();
    await expect.poll(() => panel.getAttribute('data-id')).toBe(target);
    await waitForMapIdle(s.page);
    const centreAfter = await s.page.evaluate(() => window.__atlasMap!.getCenter().toArray());
    expect(centreAfter).not.toEqual(centreBefore);
    await screenshot(s.page, '04-followed-link');
    await panel.getByRole('button', { name: /返回/ }).click();
    await expect.poll(() => panel.getAttribute('data-id')).toBe('zone:silicon-alley');
  });

  it('opens the source text at the cited sentence, highlighted', async () => {
    const s = await fresh(`?sel=${encodeURIComponent('zone:silicon-alley')}`);
    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe('zone:silicon-alley');
    const quote = await panel.locator('blockquote').first().textContent();
    await panel.locator('.open-source').first().click();
    const mark = s.page.getByTestId('reader-highlight');
    await expect.poll(() => mark.textContent()).toBe(quote);
    expect(await mark.isVisible()).toBe(true);
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = el.closest('.reader-text')!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(s.page, '05-source-reader');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByTestId('source-reader').count()).toBe(0);
  });

  it('switches the interface to English and back', async () => {
    const s = await fresh(`?sel=${encodeURIComponent('zone:silicon-alley')}`);
    await expect.poll(() => s.page.getByTestId('details-panel').getAttribute('data-id')).toBe('zone:silicon-alley');
    // The button is found by what it shows (its accessible name contains its visible text: WCAG 2.5.3).
    await s.page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Shanghai Innovation Atlas');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await s.page.getByTestId('details-panel').locator('.close').click();
    expect(await s.page.getByTestId('zone-browser').locator('h2').textContent()).toBe('Zones');
    await waitForMapIdle(s.page);
    await screenshot(s.page, '06-english');
    expect(await s.page.getByTestId('lang-switch').getAttribute('lang')).toBe('zh-CN');
    await s.page.getByRole('button', { name: '中文', exact: true }).click();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('上海科创图谱');
  });
});

describe('without WebGL', () => {
  // A browser of its own, started without WebGL (the flags are the browser's, not a page's).
  const noGlPages = freshPages(baseUrl, { strict: true, extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
  it('says so clearly and keeps every zone reachable in the panel', async () => {
    const noGl = await noGlPages.open();
    await noGl.page.waitForSelector('[data-testid="map"][data-status="no-webgl"]');
    expect(await noGl.page.getByRole('alert').first().textContent()).toMatch(/WebGL/);
    await noGl.page.locator('.zone-button[data-id="zone:silicon-alley"]').click();
    await expect.poll(() => noGl.page.getByTestId('details-panel').getAttribute('data-id')).toBe('zone:silicon-alley');
    await screenshot(noGl.page, '07-no-webgl');
    expect(noGl.errors).toEqual([]);
  });
});

function bboxOf(z: Zone): [number, number, number, number] {
  const pts = (z.geometry.type === 'Polygon' ? z.geometry.coordinates : z.geometry.coordinates.flat()).flat() as [number, number][];
  return [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
}

/** A point well inside a zone and away from its label (which sits at the centroid). */
function interiorPoint(z: Zone): [number, number] {
  const [w, so, e, n] = bboxOf(z);
  for (const [fx, fy] of [[0.3, 0.35], [0.7, 0.35], [0.3, 0.65], [0.7, 0.65], [0.5, 0.3], [0.4, 0.5]]) {
    const p: [number, number] = [w + (e - w) * fx, so + (n - so) * fy];
    if (booleanPointInPolygon(p, z as GeoJSON.Feature<GeoJSON.Polygon>)) return p;
  }
  throw new Error(`no interior sample point for ${z.properties.id}`);
}
