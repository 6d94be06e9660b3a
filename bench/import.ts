/**
 * Import throughput (issue 12), in Node via tsx, over the same converter code the app runs in its import
 * worker (src/features/import/core: parseInProcess is what the worker calls). Two inputs, both generated,
 * seeded, all points inside Shanghai:
 *   - CSV: the 50 MB file (tests/fixtures/imports/make-large.ts; `--import-mb N` changes it);
 *   - GeoJSON: a FeatureCollection of 100 000 points with three properties.
 * Each is parsed `runs` times (default 3) with the metro stations as CRS anchors; the median wall time
 * gives rows (features) per second. Reading the file, decoding, parsing, checking and the CRS guess are
 * included. The hand-over: the parsed features are then built into the layer's columnar table (WGS84,
 * chunks of core/table.ts, what the worker does after the review; its time is `buildMs`) and each chunk
 * is passed through structuredClone with its typed arrays transferred, as postMessage hands it to the
 * page: `handoverMaxMs` is the slowest chunk's clone (the page's share of a chunk's arrival; wall time).
 *
 *   npx tsx bench/import.ts [--import-mb 50] [--runs 3]     prints the figures
 *   runImportBench(opts): Promise<ImportBenchResult>          for bench/run.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tableBuilder } from '../src/features/import/core/columnar';
import { parseInProcess } from '../src/features/import/core/parse';
import { chunkBuffers } from '../src/features/import/core/table';
import { mulberry32 } from '../src/features/synthetic-enterprises/prng';
import { makeLargeCsvText } from '../tests/fixtures/imports/make-large';
import { median } from './util';

/** rowsPerSecond: by wall time (what a reader waits); cpuRowsPerSecond: by this process's CPU time (less sensitive to a busy machine). */
export interface ImportFigure { format: 'csv' | 'geojson'; bytes: number; rows: number; medianMs: number; medianCpuMs: number; rowsPerSecond: number; cpuRowsPerSecond: number; mbPerSecond: number; ok: boolean; buildMs: number; chunks: number; handoverMaxMs: number }
export interface ImportBenchResult { where: 'node'; node: string; runs: number; figures: ImportFigure[] }

const ROOT = join(import.meta.dirname, '..');

function geojsonText(n: number): string {
  const rnd = mulberry32(7);
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature', properties: { name: `企业 ${i + 1}`, sector: '人工智能', year: 1990 + (i % 35) },
    geometry: { type: 'Point', coordinates: [Number((121.25 + rnd() * 0.5).toFixed(6)), Number((30.95 + rnd() * 0.4).toFixed(6))] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function measure(format: ImportFigure['format'], name: string, text: string, runs: number, anchors: [number, number][]): Promise<ImportFigure> {
  const file = new File([text], name);
  const times: number[] = [];
  const cpu: number[] = [];
  let rows = 0;
  let ok = true;
  let last: Awaited<ReturnType<typeof parseInProcess>> | null = null;
  for (let i = 0; i < runs; i++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    const r = await parseInProcess(file, { anchors });
    times.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
    rows = r.features.length;
    ok &&= r.ok;
    last = r;
  }
  // The hand-over: the table built (the worker), each chunk cloned with its arrays transferred (postMessage).
  const tb = performance.now();
  const builder = tableBuilder(last!.features, last!.crs.crs, null);
  let handoverMaxMs = 0;
  for (let ch = builder.step(); ch; ch = builder.step()) {
    const t = performance.now();
    structuredClone(ch, { transfer: chunkBuffers(ch) });
    handoverMaxMs = Math.max(handoverMaxMs, performance.now() - t);
  }
  const buildMs = Math.round(performance.now() - tb);
  const chunks = builder.table.chunks.length;
  last = null;
  const ms = median(times) ?? NaN;
  const cpuMs = median(cpu) ?? NaN;
  return {
    format, bytes: file.size, rows, medianMs: Math.round(ms), medianCpuMs: Math.round(cpuMs),
    rowsPerSecond: Math.round(rows / (ms / 1000)), cpuRowsPerSecond: Math.round(rows / (cpuMs / 1000)), mbPerSecond: Math.round((file.size / 1e6 / (ms / 1000)) * 10) / 10, ok,
    buildMs, chunks, handoverMaxMs: Math.round(handoverMaxMs * 10) / 10,
  };
}

export async function runImportBench(opts: { csvMegabytes?: number; runs?: number } = {}): Promise<ImportBenchResult> {
  const runs = opts.runs ?? 3;
  const stations = JSON.parse(readFileSync(join(ROOT, 'scripts/basemap/layers/metro-stations.geojson'), 'utf8')) as { features: { geometry: { coordinates: [number, number] } }[] };
  const anchors = stations.features.map((f) => f.geometry.coordinates);
  const figures = [
    await measure('csv', 'large.csv', makeLargeCsvText((opts.csvMegabytes ?? 50) * 1e6), runs, anchors),
    await measure('geojson', 'points.geojson', geojsonText(100_000), runs, anchors),
  ];
  return { where: 'node', node: process.version, runs, figures };
}

export function formatImportBench(r: ImportBenchResult): string {
  return r.figures.map((f) => `import ${f.format.padEnd(7)} ${(f.bytes / 1e6).toFixed(1)} MB, ${f.rows} rows: ${f.medianMs} ms median → ${f.rowsPerSecond.toLocaleString('en')} rows/s (${f.mbPerSecond} MB/s); CPU ${f.medianCpuMs} ms → ${f.cpuRowsPerSecond.toLocaleString('en')} rows/s; table ${f.buildMs} ms (${f.chunks} chunks), slowest chunk hand-over ${f.handoverMaxMs} ms${f.ok ? '' : ' NOT OK'}`).join('\n') + `\n(in Node ${r.node}, the import worker's code in-process, median of ${r.runs})`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : undefined; };
  console.log(formatImportBench(await runImportBench({ csvMegabytes: arg('import-mb'), runs: arg('runs') })));
}
