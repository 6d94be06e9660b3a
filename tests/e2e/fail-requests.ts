/**
 * Failing the app's own requests on purpose, for the failure e2e tests: a request aborted as a lost
 * network would (page.route), until the test releases it; the build's chunk file for a source module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** What Chromium logs for a request the test aborted (page.route → abort). */
export const ABORTED = /Failed to load resource: net::ERR_FAILED/;
/** React's report of an error a boundary caught (it follows every render error). */
export const REACT_REPORT = /The above error occurred|error boundary/i;

/** The chunk files of this build, by source module (the build's manifest, beside the served files). */
export function readManifest(): Record<string, { file: string }> | null {
  const dist = process.env.E2E_DIST ?? 'dist-e2e';
  const path = [join(import.meta.dirname, '..', '..', dist, '.vite', 'manifest.json'), join(dist, '.vite', 'manifest.json')].find(existsSync);
  return path ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string }>) : null;
}

/**
 * Fails every request for one file (a path ending) until released, as a lost network does; counts them.
 * Installed before the page loads, so that the idle-time preloads of the panels fail too.
 */
export function failUntilReleased(pathEnd: string | RegExp) {
  let blocked = true;
  let failed = 0;
  const matches = (url: URL) => (typeof pathEnd === 'string' ? url.pathname.endsWith(pathEnd) : pathEnd.test(url.pathname));
  return {
    install: (page: Page) => page.route(matches, (route) => {
      if (!blocked) return route.continue();
      failed++;
      return route.abort('failed');
    }),
    release: () => { blocked = false; },
    get failed() { return failed; },
  };
}

