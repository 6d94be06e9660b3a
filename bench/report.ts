/**
 * Writes the latest figures (bench/.out/latest.json) into docs/PERFORMANCE.md, between the markers
 * `<!-- bench:figures:start -->` and `<!-- bench:figures:end -->`; the rest of the page (machine,
 * method) is prose kept by hand. `npm run bench -- --doc` calls it after a run;
 * `npx tsx bench/report.ts` re-renders from the last JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './run';

export const DOC = join(import.meta.dirname, '..', 'docs', 'PERFORMANCE.md');
const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';

const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '—' : `${Math.round(v).toLocaleString('en')} ms`);
const s = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v / 1000).toFixed(2)} s`);
const kB = (b: number | null | undefined) => (b === null || b === undefined ? '—' : `${Math.round(b / 1000).toLocaleString('en')} kB`);
const x = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(2)}×`);
const mb = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v)} MB`);
const met = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? '**met**' : '**not met**');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function renderFigures(r: BenchResult): string {
  const A = r.cold.atlas;
  const F = r.cold.floor;
  const B = r.cold.before;
  const measuredBefore = r.before.measured;
  const ia = r.interactions.atlas && 'select' in r.interactions.atlas ? r.interactions.atlas : null;
  const ib = r.interactions.before && 'select' in r.interactions.before ? r.interactions.before : null;
  const scale = r.scale.ok ? r.scale.figures : [];
  const s100k = scale.find((f) => f.count === 100_000);
  const s1m = scale.find((f) => f.count === 1_000_000);
  const T = r.targets;
  const I = r.issueBefore;
  const out: string[] = [];

  out.push(`Run of ${r.date.slice(0, 16).replace('T', ' ')} UTC, commit \`${r.machine.commit}\`${r.machine.dirty ? ' with uncommitted changes in the working tree' : ''}; load average at the start ${r.machine.loadAverage} (other work was running on the machine).`);
  out.push(`Options: ${r.options.runs} cold rounds, ${r.options.interactions} zones, viewport ${r.options.viewport} @${r.options.dpr}x.`);
  out.push('');
  out.push('### Before / after');
  out.push('');
  out.push(row(['', 'before: issue 7', 'before: measured in this run', 'after: this run', 'target', 'after meets it']));
  out.push(row(['---', '---:', '---:', '---:', '---:', '---']));
  const ratio = A?.medianRatio ?? null;
  const selectMed = ia?.select.median ?? null;
  const filterMed = ia?.filter.median ?? null;
  const la = (f: typeof s100k) => (f ? f.loadMs + f.assignMs : null);
  const heap = s100k ? Math.max(s100k.heapMB, s100k.heapAfterMB) : null;
  const task = s1m ? Math.max(s1m.longestTaskLoadMs, s1m.longestTaskFilterMs) : null;
  out.push(row(['cold start, Atlas (median)', s(I.atlasMs), measuredBefore ? s(B?.medianMs) : '—', s(A?.medianMs), '', '']));
  out.push(row(['cold start, bare-MapLibre floor (median)', s(I.floorMs), measuredBefore ? s(F?.medianMs) : '—', s(F?.medianMs), '', '']));
  out.push(row(['cold start ratio Atlas / floor (median of per-round ratios)', x(I.ratio), measuredBefore ? x(B?.medianRatio) : '—', x(ratio), `≤ ${T.ratio}×`, met(ratio === null ? null : ratio <= T.ratio)]));
  out.push(row(['entry JS, gzip (entry chunk + static imports)', `${kB(I.entryGzip)} (one ${kB(I.jsRaw)} chunk)`, kB(r.entryJs.before?.total), kB(r.entryJs.atlas.total), `≤ ${kB(T.entryGzip)}`, met(r.entryJs.atlas.total <= T.entryGzip)]));
  out.push(row(['JS transferred before the zones are visible (as sent: the preview server gzips JS)', `${kB(I.jsRaw)} raw`, kB(B?.medianJsBytes), kB(A?.medianJsBytes), '', '']));
  out.push(row(['basemap transferred before the zones are visible (as sent)', `${kB(I.basemapBytes)} GeoJSON`, kB(B?.basemapBytes), kB(A?.basemapBytes), '', '']));
  out.push(row(['font faces declared when the figures are read, just after the zones are visible (`document.fonts.size`; the font loads after the first screen)', I.fontFaces, B?.fontFaces ?? '—', A?.fontFaces ?? '—', '', '']));
  out.push(row(['font bytes fetched before the zones are visible (font files and the prebuilt label glyphs, as sent)', '—', kB(B?.fontBytes), kB(A?.fontBytes), '', '']));
  out.push(row(['select → panel (median)', `~${ms(I.selectMs)}`, ms(ib?.select.median), ms(selectMed), `≤ ${ms(T.selectMs)}`, met(selectMed === null ? null : selectMed <= T.selectMs)]));
  out.push(row(['filter change (median)', '—', ms(ib?.filter.median), ms(filterMed), `≤ ${ms(T.filterMs)}`, met(filterMed === null ? null : filterMed <= T.filterMs)]));
  out.push(row(['100k points loaded + assigned to zones', '—', '—', ms(la(s100k)), `≤ ${ms(T.scale100kMs)}`, met(la(s100k) === null ? null : la(s100k)! <= T.scale100kMs)]));
  out.push(row(['100k points, JS heap (max of ready / after)', '—', '—', mb(heap), `≤ ${T.scale100kHeapMB} MB`, met(heap === null ? null : heap <= T.scale100kHeapMB)]));
  out.push(row(['1M points loaded + assigned (worker)', '—', '—', ms(la(s1m)), `≤ ${s(T.scale1MMs)}`, met(la(s1m) === null ? null : la(s1m)! <= T.scale1MMs)]));
  out.push(row(['1M points, longest main-thread task while loading / filtering', '—', '—', ms(task), `≤ ${ms(T.longTaskMs)}`, met(task === null ? null : task <= T.longTaskMs)]));
  out.push('');
  if (!measuredBefore) out.push(`The before build was not measured in this run (${'reason' in r.before ? r.before.reason : ''}): the issue's numbers stand in.`);
  else out.push(`"before: measured" is commit \`${'commit' in r.before ? r.before.commit : ''}\` built and served the same way, in the same rounds. Its signals differ from the Atlas's own marks (see the method); the issue's select → panel figure was taken another way, so compare the before and after columns of this run with each other.`);
  out.push('');

  out.push('### Cold start, round by round');
  out.push('');
  out.push(row(['round', 'floor', 'Atlas', 'Atlas / floor', ...(measuredBefore ? ['before', 'before / floor'] : [])]));
  out.push(row(['---:', '---:', '---:', '---:', ...(measuredBefore ? ['---:', '---:'] : [])]));
  r.cold.rounds.forEach((d, i) => {
    const b = d as { beforeMs?: number | null; beforeRatio?: number | null };
    out.push(row([i + 1, ms(d.floorMs), ms(d.atlasMs), x(d.ratio), ...(measuredBefore ? [ms(b.beforeMs), x(b.beforeRatio)] : [])]));
  });
  out.push(row(['**median**', ms(F?.medianMs), ms(A?.medianMs), x(A?.medianRatio), ...(measuredBefore ? [ms(B?.medianMs), x(B?.medianRatio)] : [])]));
  out.push('');
  out.push(`Ratio of the medians: Atlas ${x(A?.ratioOfMedians)}${measuredBefore ? `, before ${x(B?.ratioOfMedians)}` : ''}. Range: floor ${ms(F?.minMs)}–${ms(F?.maxMs)}, Atlas ${ms(A?.minMs)}–${ms(A?.maxMs)}.`);
  for (const f of r.cold.failures) out.push(`Failed run: ${f.page}, round ${f.round || 'warm-up'}: ${f.error}`);
  if (A && Object.keys(A.marks).length) {
    out.push('');
    out.push(`The Atlas's own marks (median ms since navigation): ${Object.entries(A.marks).map(([n, t]) => `\`${n}\` ${Math.round(t)}`).join(', ')}.`);
  }
  out.push('');

  out.push('### Entry JavaScript');
  out.push('');
  out.push(row(['file (Atlas build)', 'gzip -9']));
  out.push(row(['---', '---:']));
  for (const f of r.entryJs.atlas.files) out.push(row([`\`${f.file}\``, kB(f.gzip)]));
  out.push(row(['**total**', `**${kB(r.entryJs.atlas.total)}**`]));
  out.push('');
  const fetched = r.entryJs.atlasFetchedBeforeZones;
  out.push(`JS the Atlas actually fetched before its zones were visible: ${kB(fetched?.total)} gzip in ${fetched?.files.length ?? '—'} files. The floor page (MapLibre and the zones): ${kB(r.entryJs.floor.total)}.${r.entryJs.before ? ` Before: ${kB(r.entryJs.before.total)} in ${r.entryJs.before.files.length} files.` : ''}`);
  out.push('');

  out.push('### Interaction');
  out.push('');
  if (ia) {
    out.push(row(['', 'Atlas median', 'Atlas p95', 'n', ...(ib ? ['before median', 'before p95'] : [])]));
    out.push(row(['---', '---:', '---:', '---:', ...(ib ? ['---:', '---:'] : [])]));
    out.push(row(['select → panel', ms(ia.select.median), ms(ia.select.p95), ia.select.samples.length, ...(ib ? [ms(ib.select.median), ms(ib.select.p95)] : [])]));
    out.push(row(['filter (a plan off / on)', ms(ia.filter.median), ms(ia.filter.p95), ia.filter.samples.length, ...(ib ? [ms(ib.filter.median), ms(ib.filter.p95)] : [])]));
    out.push('');
    const dom = (xs: { domMs: number }[]) => Math.round(xs.map((v) => v.domMs).sort((a, b) => a - b)[xs.length >> 1] ?? NaN);
    out.push(`Atlas signal: ${ia.select.signal}. Of which the DOM alone (median): select ${ms(dom(ia.select.samples))}, filter ${ms(dom(ia.filter.samples))}.${ib ? ` Before signal: ${ib.select.signal}.` : ''}`);
    const timeouts = [...ia.select.timeouts, ...ia.filter.timeouts];
    if (timeouts.length) out.push(`Timed out (5 s): ${timeouts.join(', ')}.`);
  } else out.push(`Not measured: ${r.interactions.atlas && 'error' in r.interactions.atlas ? r.interactions.atlas.error : 'skipped'}.`);
  out.push('');

  out.push('### Scale (synthetic enterprises)');
  out.push('');
  if (r.scale.ok) {
    out.push(row(['points', 'source', 'load', 'assign', 'ready', 'filter median / max', 'frame, grid: median / p95', 'frame, points: median / p95', 'longest task: load / filter / whole page', 'heap: ready / after']));
    out.push(row(['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const f of scale) {
      out.push(row([f.count.toLocaleString('en'), f.source ?? '—', ms(f.loadMs), ms(f.assignMs), ms(f.readyMs), `${ms(f.filterMedianMs)} / ${ms(f.filterMaxMs)}`, `${ms(f.frameMedianGridMs)} / ${ms(f.frameP95GridMs)}`, `${ms(f.frameMedianPointsMs)} / ${ms(f.frameP95PointsMs)}`, `${ms(f.longestTaskLoadMs)} / ${ms(f.longestTaskFilterMs)} / ${ms(f.longestTaskPageMs)}`, `${mb(f.heapMB)} / ${mb(f.heapAfterMB)}`]));
    }
    out.push('');
    for (const f of r.scale.failed) out.push(`Failed: ${f}.`);
    out.push('');
    out.push('Frame times are reported, not targeted: WebGL is software (SwiftShader) here.');
  } else out.push(`Not measured in this run: ${r.scale.reason}.`);
  out.push('');

  out.push('### Search (per keystroke)');
  out.push('');
  if (r.search?.ok) {
    const sr = r.search.result;
    out.push(`${sr.method}; Node ${sr.node}; ${sr.rounds} rounds. Targets: p50 ≤ ${sr.targets.p50Ms} ms, p95 ≤ ${sr.targets.p95Ms} ms.`);
    out.push('');
    const f2 = (x: number) => `${x.toFixed(2)} ms`;
    out.push(row(['data', 'records', 'sentences', 'index build (records / sentences)', 'p50', 'p95', 'max', 'keystrokes', 'meets targets']));
    out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
    for (const c of sr.cases) {
      const ok = c.latency.p50Ms <= sr.targets.p50Ms && c.latency.p95Ms <= sr.targets.p95Ms;
      out.push(row([c.label, c.records.toLocaleString('en'), c.sentences, `${ms(c.buildMs.records)} / ${ms(c.buildMs.sentences)}`, f2(c.latency.p50Ms), f2(c.latency.p95Ms), f2(c.latency.maxMs), c.latency.keystrokes, ok ? '**met**' : '**not met**']));
    }
    out.push('');
    out.push('The synthetic records are generated (ids `synthetic:…`), never shown in the app: they only load the index.');
  } else out.push(`Not measured in this run: ${r.search ? r.search.reason : 'this run predates the search benchmark'}.`);
  return out.join('\n');
}

export function updatePerformanceDoc(r: BenchResult): void {
  const doc = readFileSync(DOC, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC}: markers ${START} … ${END} not found`);
  writeFileSync(DOC, `${doc.slice(0, a + START.length)}\n${renderFigures(r)}\n${doc.slice(b)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = JSON.parse(readFileSync(join(import.meta.dirname, '.out', 'latest.json'), 'utf8')) as BenchResult;
  updatePerformanceDoc(r);
  console.log(`updated ${DOC} from bench/.out/latest.json (${r.date})`);
}
