/**
 * Panels behave (issue 9): a record panel opened from low in the zone list opens at its top with
 * focus on its heading; Escape closes it and focus returns to the list item that opened it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAtlas, screenshot, waitForMapIdle, type AtlasSession } from './browser';

const baseUrl = inject('baseUrl');
let s: AtlasSession;

beforeAll(async () => {
  s = await openAtlas(baseUrl);
  await waitForMapIdle(s.page);
});

afterAll(async () => {
  await s?.close();
});

describe('record panels', () => {
  it('open at the top with focus on the heading, and Escape returns focus to the list', async () => {
    const last = s.page.locator('.zone-button').last();
    const id = await last.getAttribute('data-id');
    expect(id).toMatch(/^zone:/);
    await last.scrollIntoViewIfNeeded();
    await last.focus();
    await s.page.keyboard.press('Enter');

    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe(id);
    const heading = s.page.locator('#details-title');
    await expect.poll(() => heading.evaluate((h) => document.activeElement === h)).toBe(true);
    // The heading is inside the visible part of the panel's scroll container.
    const inView = await heading.evaluate((h) => {
      const box = h.getBoundingClientRect();
      const port = h.closest('.side-panel')!.getBoundingClientRect();
      return box.top >= port.top && box.bottom <= port.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(s.page, '20-panel-opened-from-list-bottom');

    await s.page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-id') ?? null)).toBe(id);
    expect(s.errors).toEqual([]);
  });
});
