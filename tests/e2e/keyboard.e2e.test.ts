/**
 * The keyboard alone (issue 14): Tab reaches every header tool, the map and the zone list, each with a
 * visible focus ring; the map takes focus and its arrows pan, + and - zoom (MapLibre's keyboard
 * handler); the zones are a list of buttons (a screen reader reads them as a list) that Enter opens;
 * Escape closes the panel and gives the focus back. Each test starts from a fresh page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, freshPages, screenshot, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl);
const WAIT = { timeout: 20_000 };

/** What has the focus, and whether it shows a ring (an outline or a box shadow) a sighted user can see. */
async function focused(page: Page): Promise<{ label: string; ring: boolean; inView: boolean } | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || (style.boxShadow !== 'none' && style.boxShadow !== '');
    const r = el.getBoundingClientRect();
    const label = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    return { label, ring, inView: r.width > 0 && r.height > 0 };
  });
}

describe('by keyboard', () => {
  it('Tab walks the header, the map tools, the map and the zone list, each with a visible focus ring', async () => {
    const s = await pages.open();
    await waitForMapIdle(s.page);
    await s.page.locator('[data-testid^="map-tool-"]').first().waitFor(WAIT);
    const seen: string[] = [];
    const noRing: string[] = [];
    for (let i = 0; i < 40; i++) {
      await s.page.keyboard.press('Tab');
      const f = await focused(s.page);
      if (!f) continue;
      seen.push(f.label);
      if (!f.ring && f.inView) noRing.push(f.label);
    }
    expect(noRing, 'focused without a visible ring').toEqual([]);
    const all = seen.join('\n');
    for (const part of ['search-input', 'directory-button', 'present-button', 'lang-switch', 'map-tool-', 'canvas', 'zone-button']) expect(all, `Tab reaches ${part}`).toContain(part);
    await screenshot(s.page, 'keyboard-01-focus-ring');
    expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('the map takes the focus: arrows pan, + and - zoom', async () => {
    const s = await pages.open();
    await waitForMapIdle(s.page);
    const canvas = s.page.locator('.maplibregl-canvas');
    expect(await canvas.getAttribute('tabindex')).toBe('0');
    expect(await canvas.getAttribute('aria-label')).toBeTruthy();
    await canvas.focus();
    expect((await focused(s.page))?.ring, 'the map shows a focus ring').toBe(true);
    const camera = () => s.page.evaluate(() => { const m = window.__atlasMap!; return { ...m.getCenter(), zoom: m.getZoom(), moving: m.isMoving() }; });
    const settled = async () => { await expect.poll(async () => (await camera()).moving, WAIT).toBe(false); return camera(); };
    const before = await settled();
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera()).lng, WAIT).toBeGreaterThan(before.lng);
    const panned = await settled();
    await s.page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await camera()).lat, WAIT).toBeGreaterThan(panned.lat);
    const up = await settled();
    await s.page.keyboard.press('+');
    await expect.poll(async () => (await camera()).zoom, WAIT).toBeGreaterThan(up.zoom + 0.5);
    const zoomed = await settled();
    await s.page.keyboard.press('-');
    await expect.poll(async () => (await camera()).zoom, WAIT).toBeLessThan(zoomed.zoom - 0.5);
    await screenshot(s.page, 'keyboard-02-map-focused');
    expect(s.errors).toEqual([]);
  });

  it('the zones are a list of buttons: Enter opens one, Escape closes it and the focus is not lost', async () => {
    const s = await pages.open();
    const first = s.page.locator('.zone-button[data-id="zone:silicon-alley"]');
    await first.waitFor(WAIT);
    // Lists a screen reader announces as lists, one per plan, with every zone an item.
    const lists = await s.page.evaluate(() => {
      const trees = [...document.querySelectorAll('.zone-browser ul')];
      return { lists: trees.length, itemsWithButtons: trees.flatMap((u) => [...u.children]).filter((li) => li.tagName === 'LI' && li.querySelector(':scope > .zone-button')).length, buttons: document.querySelectorAll('.zone-browser .zone-button').length };
    });
    expect(lists.lists).toBeGreaterThan(3);
    expect(lists.itemsWithButtons).toBe(lists.buttons);
    await first.focus();
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Shift+Tab');
    expect((await focused(s.page))?.label).toContain('zone-button');
    await s.page.keyboard.press('Enter');
    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id'), WAIT).toBe('zone:silicon-alley');
    // The record links in the panel are reachable by Tab and open by Enter.
    const link = panel.locator('.record-link').first();
    const target = await link.getAttribute('data-id');
    await link.focus();
    expect((await focused(s.page))?.ring).toBe(true);
    await s.page.keyboard.press('Enter');
    await expect.poll(() => panel.getAttribute('data-id'), WAIT).toBe(target);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => panel.count(), WAIT).toBe(0);
    // The focus is not lost to the page (src/ui/focus-return.ts puts it back where the panel was opened from, or on the map).
    await expect.poll(async () => (await focused(s.page))?.label ?? 'body', WAIT).toMatch(/zone-button|record-link|canvas/);
    expect(s.errors).toEqual([]);
  });
});
