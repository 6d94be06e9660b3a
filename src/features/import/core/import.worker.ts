/**
 * The import worker: reads, decodes and converts one file (parseInProcess) off the page's thread, then
 * sends the features back in batches. One worker per import; the page ends it to cancel.
 */
/// <reference lib="webworker" />
import { WORKER_BATCH } from './limits';
import { parseInProcess } from './parse';
import type { FromWorker, ParseRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker) => scope.postMessage(m);

scope.addEventListener('message', async (e: MessageEvent<ParseRequest>) => {
  if (e.data?.type !== 'parse') return;
  const { file, columns, anchors } = e.data;
  let last = 0;
  const result = await parseInProcess(file, {
    ...(columns ? { columns } : {}),
    ...(anchors ? { anchors } : {}),
    onProgress: (fraction) => {
      const now = performance.now();
      if (now - last > 50 || fraction >= 0.95) { last = now; post({ type: 'progress', fraction: fraction * 0.95 }); }
    },
  });
  const { features, ...rest } = result;
  for (let i = 0; i < features.length; i += WORKER_BATCH) {
    post({ type: 'features', features: features.slice(i, i + WORKER_BATCH) });
    post({ type: 'progress', fraction: 0.95 + (0.05 * Math.min(features.length, i + WORKER_BATCH)) / features.length });
  }
  post({ type: 'done', result: rest });
});
