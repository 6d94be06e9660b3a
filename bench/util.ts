/** Shared pieces of the benchmark: statistics, builds, the static server, the browser, the machine. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
// @ts-expect-error plain ESM helper shared with the e2e tests and scripts/ensure-chromium.mjs
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

export const ROOT = join(import.meta.dirname, '..');
export const OUT = join(ROOT, 'bench', '.out');
export const VIEWPORT = { width: 1400, height: 900 };

// ---------- statistics ----------

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

// ---------- builds ----------

export function run(cmd: string, args: string[], cwd: string, timeoutMs = 300_000): { ok: boolean; output: string; ms: number } {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const ok = r.status === 0 && !r.error;
  return { ok, output: r.error ? `${output}\n${r.error.message}` : output, ms: Date.now() - t0 };
}

/** `npx vite build` of the project at `cwd` into `outDir` (never into the project's own dist/). */
export function viteBuild(cwd: string, outDir: string, extra: string[] = []): void {
  const r = run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn', ...extra], cwd);
  if (!r.ok) throw new Error(`vite build in ${cwd} failed:\n${r.output.slice(-4000)}`);
}

/** Whether any JS file of a build mentions `needle` (how we learn which marks an app sets). */
export function buildMentions(distDir: string, needle: string): boolean {
  const assets = join(distDir, 'assets');
  if (!existsSync(assets)) return false;
  return readdirSync(assets).some((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes(needle));
}

// ---------- server and browser ----------

/** Vite's own static preview server (the same one the e2e tests and `npm start` use) over bench/.out. */
export async function serveOut(): Promise<{ server: PreviewServer; baseUrl: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT },
    preview: { port: 0, host: '127.0.0.1', open: false, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  return { server, baseUrl, close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())) };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` (or apt-get install chromium)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * A fresh context (own empty HTTP cache, no storage): 1400×900 at DPR 1. tsx compiles with
 * esbuild's keepNames, which wraps functions passed to page.evaluate in `__name(…)`: define it.
 */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

// ---------- machine ----------

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  webglRenderer: string | null;
  loadAverage: string;
  commit: string;
  dirty: boolean;
}

export function machineBasics(): Omit<Machine, 'chromium' | 'webglRenderer'> {
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
  } catch {
    /* not a git checkout */
  }
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverage: existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'n/a',
    commit,
    dirty,
  };
}
