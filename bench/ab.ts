/**
 * A/B of builds' cold start, side by side: each build's first screen against the bare-MapLibre floor
 * (bench/.out/floor, built by `npm run bench`) in interleaved rounds (order rotated per round, as in
 * `npm run bench`), with counts that do not depend on how busy the machine is, read at the page's own
 * "zones visible" mark: MapLibre worker messages by type and source (`LT:<source>` = a tile job),
 * frames drawn (WebGL `clear` calls: one per MapLibre frame) and shader programs linked.
 *
 *   npx tsx bench/ab.ts [--runs 7] <name>=<built dist folder> …
 *   e.g. npx vite build --outDir /tmp/a … ; npx tsx bench/ab.ts a=/tmp/a b=/tmp/b
 *
 * Prints per build the median time, the median of the per-round ratios to the floor, the same for the
 * CPU time Chromium spent until the mark (all its processes, from /proc: less stretched by other work on
 * the machine than the wall time), the counts, and the load average (the machine is shared: compare builds measured in the same run only).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { launchBrowser, median, OUT, VIEWPORT } from './util';

interface Counts { msgs: Record<string, number>; programs: number; frames: number }
interface Run { ms: number; marks: Record<string, number>; at: Counts; cpuMs: number; cpu: Record<string, number> }

/**
 * CPU time (user + system, ms) of every process Chromium runs for this bench (the descendants of this
 * Node process: browser, renderers, GPU process, with the reaped children's times), from /proc. Its
 * difference over a run is the work the page cost, which the other helpers' load stretches much less
 * than the wall time (it includes the ~50 ms polling after the mark, the same for every build).
 */
function chromiumCpuMs(): Record<string, number> {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
      parent.set(Number(entry), Number(f[1]));
      ticks.set(Number(entry), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
    } catch { /* gone meanwhile */ }
  }
  const isOurs = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && hops < 64; p = parent.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  const byType: Record<string, number> = { total: 0 };
  for (const [pid, t] of ticks) {
    if (!isOurs(pid)) continue;
    let type = 'browser';
    try { type = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser'; } catch { /* gone */ }
    const ms = (t * 1000) / CLOCK_TICKS;
    byType[type] = (byType[type] ?? 0) + ms;
    byType.total += ms;
  }
  return byType;
}
const cpuDiff = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(Object.keys({ ...a, ...b }).map((k) => [k, (b[k] ?? 0) - (a[k] ?? 0)]));
const CLOCK_TICKS = 100;

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(argv[runsAt + 1]) : 7;
const builds = argv.filter((a, i) => a.includes('=') && argv[i - 1] !== '--runs').map((a) => a.split('=') as [string, string]);
if (!builds.length || !existsSync(join(OUT, 'floor', 'index.html'))) {
  console.error('usage: npx tsx bench/ab.ts [--runs 7] <name>=<dist folder> … (needs bench/.out/floor: run `npm run bench` once)');
  process.exit(2);
}

// One served folder: the floor and each build under its name.
const root = mkdtempSync(join(tmpdir(), 'atlas-ab-'));
cpSync(join(OUT, 'floor'), join(root, 'floor'), { recursive: true });
for (const [name, dir] of builds) cpSync(dir, join(root, name), { recursive: true });
const server = await preview({ configFile: false, root, logLevel: 'warn', build: { outDir: root }, preview: { port: 0, host: '127.0.0.1' } });
const address = server.httpServer.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await launchBrowser();

/** Runs in the page before its scripts: counts worker messages, frames and programs until the mark. */
function probe() {
  (window as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  const p = { msgs: {} as Record<string, number>, programs: 0, frames: 0, at: null as Counts | null };
  (window as unknown as { __probe: typeof p }).__probe = p;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const m = message as { type?: string; data?: { source?: string } } | null;
    if (m && typeof m === 'object' && m.type) {
      const key = `${m.type}:${m.data?.source ?? ''}`;
      p.msgs[key] = (p.msgs[key] ?? 0) + 1;
    }
    return (post as (...a: unknown[]) => void).call(this, message, ...rest);
  } as typeof Worker.prototype.postMessage;
  for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
    const link = C.prototype.linkProgram;
    C.prototype.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
      p.programs++;
      return link.call(this, program);
    };
    const clear = C.prototype.clear;
    C.prototype.clear = function (this: WebGLRenderingContext, mask: number) {
      p.frames++;
      return clear.call(this, mask);
    };
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.endsWith(':zones-visible') && !p.at) p.at = { msgs: { ...p.msgs }, programs: p.programs, frames: p.frames };
  }).observe({ type: 'mark' });
}

async function once(name: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const cpuStart = chromiumCpuMs();
    await page.goto(`http://127.0.0.1:${port}/${name}/${name === 'floor' ? '?w=1020&h=840' : ''}`, { waitUntil: 'commit' });
    const mark = name === 'floor' ? 'floor:zones-visible' : 'atlas:zones-visible';
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0 && Boolean((window as unknown as { __probe: { at: unknown } }).__probe.at), mark, { timeout: 60_000, polling: 50 });
    const cpu = cpuDiff(cpuStart, chromiumCpuMs());
    const run = await page.evaluate((n) => {
      const marks: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) if (!(m.name in marks)) marks[m.name] = Math.round(m.startTime);
      return { ms: performance.getEntriesByName(n)[0].startTime, marks, at: (window as unknown as { __probe: { at: Counts } }).__probe.at };
    }, mark);
    return { ...run, cpuMs: cpu.total, cpu };
  } finally {
    await context.close();
  }
}

const names = ['floor', ...builds.map(([n]) => n)];
const results: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
try {
  await once(names[1]);
  await once('floor');
  for (let round = 0; round < RUNS; round++) {
    for (const n of names.map((_, i) => names[(i + round) % names.length])) results[n].push(await once(n));
    console.error(`round ${round + 1}: ${names.map((n) => `${n} ${results[n].at(-1)!.ms.toFixed(0)} ms (cpu ${results[n].at(-1)!.cpuMs.toFixed(0)})`).join(', ')}`);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
}
const loadAtEnd = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${RUNS} rounds; load average ${loadAtStart} at the start, ${loadAtEnd} at the end`);
for (const n of names) {
  const rs = results[n];
  const ratio = median(rs.map((r, i) => r.ms / results.floor[i].ms)) ?? NaN;
  const jobs = rs.map((r) => Object.entries(r.at.msgs).filter(([k]) => k.startsWith('LT:')).reduce((s, [, v]) => s + v, 0));
  const cpuRatio = median(rs.map((r, i) => r.cpuMs / results.floor[i].cpuMs)) ?? NaN;
  console.log(`${n.padEnd(12)} median ${median(rs.map((r) => r.ms))!.toFixed(0)} ms, ratio to floor ${ratio.toFixed(2)}; CPU ${median(rs.map((r) => r.cpuMs))!.toFixed(0)} ms, ratio ${cpuRatio.toFixed(2)}; tile jobs ${median(jobs)}, frames ${median(rs.map((r) => r.at.frames))}, programs ${median(rs.map((r) => r.at.programs))}`);
  const types = [...new Set(rs.flatMap((r) => Object.keys(r.cpu)))].filter((k) => k !== 'total').sort();
  console.log(`             CPU by process (median ms): ${types.map((k) => `${k} ${median(rs.map((r) => r.cpu[k] ?? 0))!.toFixed(0)}`).join(', ')}`);
  const tiles = Object.entries(rs[0].at.msgs).filter(([k]) => k.startsWith('LT:')).map(([k, v]) => `${k.slice(3)} ${v}`).join(', ');
  console.log(`             tile jobs by source (first round): ${tiles}`);
}
