/**
 * The import on the page: `readImportFile` reads a file in a module worker (the page never freezes)
 * and says what it found; the features stay in the worker until `build` turns them into the layer's
 * columnar table (WGS84, with zones), which arrives a chunk at a time, its typed arrays transferred.
 * Cancelling or `dispose` ends the worker. Where there is no Worker (Node: tests, bench), or the worker
 * cannot start, the same code runs in-process (the build then in slices that let the page breathe).
 * `parseImportFile` is the converters' whole result with its features (tests, bench).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { tableBuilder } from './columnar';
import type { FileLike } from './parse';
import { createZoneIndex } from './zones';
import type { BuildRequest, FromWorker, ParseRequest, ReadSummary } from './protocol';
import { cancelled, failed } from './result';
import type { FeatureChunk, FeatureTable } from './table';
import type { CrsId, ParsedImport, ParseOptions } from './types';

export type ZoneInput = { id: string; geometry: Polygon | MultiPolygon };
export interface BuildOptions { signal?: AbortSignal; onProgress?: (fraction: number) => void }

/** A read file: what the dialog shows, and the way to the layer's table. */
export interface ReadImport extends ReadSummary {
  /** The features in WGS84 (from `crs`) with their zones; null when cancelled. At most once. */
  build(crs: CrsId, zones: ZoneInput[], options?: BuildOptions): Promise<FeatureTable | null>;
  /** Lets go of the features (ends the worker). */
  dispose(): void;
}

const loadParse = () => import('./parse');

export async function parseImportFile(file: File | FileLike, options: ParseOptions = {}): Promise<ParsedImport> {
  return (await loadParse()).parseInProcess(file, options);
}

const summaryOf = ({ features, ...rest }: ParsedImport): ReadSummary => ({ ...rest, count: features.length, located: features.reduce((n, f) => n + (f.geometry ? 1 : 0), 0) });
const inert = (r: ReadSummary): ReadImport => ({ ...r, build: () => Promise.resolve(null), dispose: () => undefined });

export function readImportFile(file: File | FileLike, options: ParseOptions = {}): Promise<ReadImport> {
  if (typeof Worker === 'undefined') return readInProcess(file, options);
  return readInWorker(file, options).catch(() => readInProcess(file, options));
}

/** Yields to the page between slices. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readInProcess(file: FileLike, options: ParseOptions): Promise<ReadImport> {
  const parsed = await parseImportFile(file, options);
  if (!parsed.ok) return inert(summaryOf(parsed));
  let features = parsed.features;
  return {
    ...summaryOf(parsed),
    async build(crs, zones, { signal, onProgress } = {}) {
      const zone = createZoneIndex(zones);
      const b = tableBuilder(features, crs, (lng, lat) => zone(lng, lat), 2048);
      for (let c = b.step(); c; c = b.step()) {
        if (signal?.aborted) return null;
        onProgress?.((c.start + c.count) / Math.max(1, features.length));
        await yieldToPage();
      }
      features = [];
      return b.table;
    },
    dispose() { features = []; },
  };
}

function readInWorker(file: FileLike, options: ParseOptions): Promise<ReadImport> {
  const name = file.name || 'file';
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.resolve(inert(summaryOf(cancelled(name))));
  return new Promise<ReadImport>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    } catch (e) {
      reject(e);
      return;
    }
    let heard = false;
    let settled = false;
    let onBuild: ((m: FromWorker) => void) | null = null;
    let onFail: ((detail: string) => void) | null = null;
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const settle = (r: ReadImport) => {
      settled = true;
      signal?.removeEventListener('abort', abort);
      resolve(r);
    };
    const abort = () => { end(); settle(inert(summaryOf(cancelled(name)))); };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      heard = true;
      const m = e.data;
      if (onBuild) return onBuild(m);
      if (m.type === 'progress') onProgress?.(m.fraction);
      else if (m.type === 'read') {
        if (!m.result.ok) { end(); settle(inert(m.result)); return; }
        let used = false;
        settle({
          ...m.result,
          build: (crs, zones, { signal: stop, onProgress: progress } = {}) => new Promise<FeatureTable | null>((done, fail) => {
            if (used) return done(null);
            used = true;
            const chunks: FeatureChunk[] = [];
            const quit = () => { end(); done(null); };
            if (stop?.aborted) return quit();
            stop?.addEventListener('abort', quit, { once: true });
            onFail = (detail) => { end(); fail(new Error(detail || 'worker error')); };
            onBuild = (b) => {
              if (b.type === 'chunk') chunks.push(b.chunk);
              else if (b.type === 'progress') progress?.(b.fraction);
              else if (b.type === 'built') {
                stop?.removeEventListener('abort', quit);
                end();
                done({ ...b.table, chunks });
              }
            };
            const req: BuildRequest = { type: 'build', crs, zones };
            worker.postMessage(req);
          }),
          dispose: end,
        });
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (onFail) return onFail(e.message);
      end();
      if (!heard) { reject(new Error(e.message)); return; }
      if (!settled) settle(inert(summaryOf(failed(name, 'internal-error', { detail: e.message || 'worker error' }))));
    };
    const req: ParseRequest = {
      type: 'parse', file,
      ...(options.columns ? { columns: options.columns } : {}),
      ...(options.anchors ? { anchors: options.anchors.map((a) => [a[0], a[1]] as [number, number]) } : {}),
    };
    worker.postMessage(req);
  });
}
