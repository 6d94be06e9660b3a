/**
 * parseImportFile on the page: the work runs in a module worker (the page never freezes); the features
 * arrive in batches. Cancelling ends the worker. Where there is no Worker (Node: tests, bench), or the
 * worker cannot start, the same code runs in-process.
 */
import type { FileLike } from './parse';
import type { FromWorker, ParseRequest } from './protocol';
import { cancelled, failed } from './result';
import type { ImportedFeature, ParsedImport, ParseOptions } from './types';

/** The converters themselves, loaded on the page only when the worker cannot run (they are the worker's code). */
const inProcess = async (file: FileLike, options: ParseOptions) => (await import('./parse')).parseInProcess(file, options);

export function parseImportFile(file: File | FileLike, options: ParseOptions = {}): Promise<ParsedImport> {
  if (typeof Worker === 'undefined') return inProcess(file, options);
  return parseInWorker(file, options).catch(() => inProcess(file, options));
}

function parseInWorker(file: FileLike, options: ParseOptions): Promise<ParsedImport> {
  const name = file.name || 'file';
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.resolve(cancelled(name));
  return new Promise<ParsedImport>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    } catch (e) {
      reject(e);
      return;
    }
    const features: ImportedFeature[] = [];
    let heard = false;
    const finish = (r: ParsedImport) => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      resolve(r);
    };
    const abort = () => finish(cancelled(name));
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      heard = true;
      const m = e.data;
      if (m.type === 'progress') onProgress?.(m.fraction);
      else if (m.type === 'features') for (const f of m.features) features.push(f);
      else if (m.type === 'done') finish({ ...m.result, features });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (!heard) { worker.terminate(); signal?.removeEventListener('abort', abort); reject(new Error(e.message)); return; }
      finish(failed(name, 'internal-error', { detail: e.message || 'worker error' }));
    };
    const req: ParseRequest = {
      type: 'parse', file,
      ...(options.columns ? { columns: options.columns } : {}),
      ...(options.anchors ? { anchors: options.anchors.map((a) => [a[0], a[1]] as [number, number]) } : {}),
    };
    worker.postMessage(req);
  });
}
