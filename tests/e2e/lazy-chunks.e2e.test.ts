/**
 * A feature loaded on demand whose chunk fails to load (issue 14), one test per kind — a panel (the
 * record panel), a map tool (measure), the search, the plan outline — each on a fresh page: the chunk is
 * aborted as a lost network would, from the page's start (so the idle-time preload fails too); opening
 * the feature shows a message with Retry where it would be, the map still works; the network back,
 * Retry loads it. The chunk's file is read from the build's manifest; without it the test skips, saying so.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { freshPages, screenshot } from './browser';
import { ABORTED, failUntilReleased, REACT_REPORT, readManifest } from './fail-requests';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl, { strict: true });
const manifest = readManifest();
const panelId = (page: Page) => page.getByTestId('details-panel').getAttribute('data-id');

/** Each kind of feature loaded on demand: what opens it, where its message appears, what shows once it is here. */
const LAZY_KINDS: {
  kind: string;
  module: string;
  open: (page: Page) => Promise<void>;
  where: string;
  loaded: (page: Page) => Promise<boolean>;
}[] = [
  {
    kind: 'a panel (the record panel)',
    module: 'src/features/details-panel/index.ts',
    open: (page) => page.locator('.zone-button[data-id="zone:silicon-alley"]').click(),
    where: '.side-panel',
    loaded: async (page) => (await panelId(page)) === 'zone:silicon-alley',
  },
  {
    kind: 'a map tool (measure)',
    module: 'src/features/measure/index.ts',
    open: (page) => page.getByTestId('map-tool-measure').click(),
    where: '[data-testid="map-tools"]',
    loaded: async (page) => (await page.getByTestId('measure-panel').count()) === 1,
  },
  {
    kind: 'the search',
    module: 'src/features/search/search-results.tsx',
    open: async (page) => {
      await page.getByTestId('search-input').click();
      await page.keyboard.type('硅巷');
    },
    where: '.search-box',
    loaded: async (page) => (await page.locator('#search-listbox [role="option"][data-id="zone:silicon-alley"]').count()) > 0,
  },
  {
    kind: 'the plan outline',
    module: 'src/features/plan-view/index.ts',
    open: (page) => page.locator('.zone-browser .plan-outline-button[data-plan="plan:changning-silicon-alley"]').click(),
    where: '.app-main',
    loaded: async (page) => (await page.getByTestId('plan-view').getAttribute('data-plan').catch(() => null)) === 'plan:changning-silicon-alley',
  },
];

describe('a feature whose chunk fails to load', () => {
  for (const { kind, module, open, where, loaded } of LAZY_KINDS) {
    it(`${kind}: a message with Retry where it would be; Retry loads it`, async (ctx) => {
      const file = manifest?.[module]?.file;
      if (!file) {
        console.log(`skipped: no chunk for ${module} in the build's manifest (${process.env.E2E_DIST ?? 'dist-e2e'}/.vite/manifest.json)`);
        ctx.skip();
        return;
      }
      const chunk = failUntilReleased(`/${file}`);
      const name = file.replace(/[.]/g, '\\.');
      // The boundary's report (a warning) and React's (an error) of the failed import, naming this chunk.
      const { page } = await pages.open({
        idle: true,
        before: chunk.install,
        expectedErrors: [ABORTED, REACT_REPORT, new RegExp(`^ChunkLoadError: Failed to fetch dynamically imported module: \\S*${name}\\s`)],
        expectedWarnings: [new RegExp(`^render error: Failed to fetch dynamically imported module: .*${name}$`)],
      });
      // The map toolbar is itself loaded after the first screen.
      await page.locator('[data-testid^="map-tool-"]').first().waitFor();
      await open(page);
      const error = page.locator(`${where} [data-testid="region-error"]`);
      await expect.poll(() => error.count(), { timeout: 15_000 }).toBe(1);
      expect(chunk.failed).toBeGreaterThan(0);
      expect(await error.getAttribute('data-error')).toBe('chunk');
      expect(await error.textContent()).toMatch(/这部分界面的程序没能载入，网络可能中断了。详情：Failed to fetch/);
      expect(await page.getByTestId('map').getAttribute('data-status')).toBe('ready');
      await screenshot(page, `46-chunk-failed-${module.split('/')[2]}`);
      chunk.release();
      await error.getByRole('button', { name: '重试' }).click();
      await expect.poll(() => loaded(page), { timeout: 15_000 }).toBe(true);
      expect(await error.count()).toBe(0);
    });
  }
});

