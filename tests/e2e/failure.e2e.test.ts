/**
 * Failure never blanks the app (issue 14): the CSP is sent as a header and written in the page; a render
 * error in one region (the side panel, the map) shows a message with Retry while the rest keeps working;
 * a lost WebGL context says so and the map draws again when the browser gives it back.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { fileSession, foreignRequests, screenshot, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');
const s = fileSession(baseUrl);

/** React reports each error a boundary caught on the console: those of the failures made here are expected. */
const unexpectedErrors = () => s.errors.filter((e) => !/test: (panel|map) made to fail|The above error occurred/.test(e));

const zonesDrawn = () => s.page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['zones-fill'] }).length);

describe('the content security policy', () => {
  it('is sent as a header and written into the page: self only, no eval, no plugins, no <base>', async () => {
    const res = await fetch(baseUrl);
    const header = res.headers.get('content-security-policy') ?? '';
    const meta = (await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    for (const policy of [header, meta]) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
      expect(policy).toMatch(/script-src 'self'(;|$)/);
    }
    expect(header).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** A region is made to fail on its next render: arm it only once the shell has stopped re-rendering on its own. */
async function failRegion(id: 'panel' | 'map'): Promise<void> {
  // The parts mounted after the first screen (legend, map toolbar) are a re-render of the whole shell.
  await s.page.getByTestId('map-legend').waitFor();
  await s.page.locator('[data-testid^="map-tool-"]').first().waitFor();
  await s.page.evaluate((region) => { window.__atlasFailRegion = region; }, id);
}

afterEach(async () => {
  // A failed test must not leave a region armed for the next one.
  await s.page.evaluate(() => { window.__atlasFailRegion = undefined; });
});

describe('a render error in one region', () => {
  it('in the side panel: a message and Retry there; the map and the header keep working', async () => {
    await failRegion('panel');
    await s.page.locator('.zone-button[data-id="zone:silicon-alley"]').click();
    const error = s.page.locator('.side-panel [data-testid="region-error"]');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/侧栏出错/);
    expect(await s.page.getByTestId('map').getAttribute('data-status')).toBe('ready');
    expect(await s.page.getByRole('combobox').count()).toBe(1);
    await screenshot(s.page, '40-panel-render-error');
    await s.page.evaluate(() => { window.__atlasFailRegion = undefined; });
    await error.getByRole('button').click();
    await expect.poll(() => s.page.getByTestId('details-panel').getAttribute('data-id')).toBe('zone:silicon-alley');
    await s.page.getByTestId('details-panel').locator('.close').click();
  });

  it('in the map: a message and Retry there; the zone list keeps working; Retry draws the map again', async () => {
    await failRegion('map');
    await s.page.getByTestId('lang-switch').click(); // any re-render of the shell
    const error = s.page.locator('.app-main > [data-testid="region-error"]');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/map failed/);
    await s.page.locator('.zone-button[data-id="zone:daning"]').click();
    await expect.poll(() => s.page.getByTestId('details-panel').getAttribute('data-id')).toBe('zone:daning');
    await screenshot(s.page, '41-map-render-error');
    await s.page.evaluate(() => { window.__atlasFailRegion = undefined; });
    await error.getByRole('button').click();
    await waitForMapIdle(s.page);
    expect(await zonesDrawn()).toBeGreaterThan(0);
    await s.page.getByTestId('details-panel').locator('.close').click();
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });
});

describe('a lost WebGL context', () => {
  it('is announced, and the map draws again once the browser restores it, the selection still shown', async () => {
    await waitForMapIdle(s.page);
    await s.page.locator('.zone-button[data-id="zone:silicon-alley"]').click();
    await expect.poll(() => s.page.getByTestId('details-panel').getAttribute('data-id')).toBe('zone:silicon-alley');
    await waitForMapIdle(s.page);
    const lost = await s.page.evaluate(() => {
      const gl = (window.__atlasMap!.getCanvas().getContext('webgl2') ?? window.__atlasMap!.getCanvas().getContext('webgl')) as WebGLRenderingContext | null;
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = ext;
      ext.loseContext();
      return true;
    });
    // Chromium offers WEBGL_lose_context with software WebGL too: without it this test could not run at all.
    expect(lost, 'WEBGL_lose_context is available').toBe(true);
    const notice = s.page.getByTestId('map-context-lost');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/图形上下文丢失/);
    await screenshot(s.page, '42-webgl-context-lost');
    await s.page.evaluate(() => (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext());
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(0);
    await waitForMapIdle(s.page);
    await expect.poll(zonesDrawn).toBeGreaterThan(0);
    // The restored style lost every feature-state: the Atlas's layers were installed again with the current state.
    expect(await s.page.evaluate(() => window.__atlasMap!.getFeatureState({ source: 'atlas-zones', id: 'zone:silicon-alley' }).selected)).toBe(true);
    await screenshot(s.page, '43-webgl-context-restored');
    await s.page.getByTestId('details-panel').locator('.close').click();
  });

  it('made no request outside its own origin and logged no other errors', () => {
    expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
    expect(unexpectedErrors()).toEqual([]);
  });
});
