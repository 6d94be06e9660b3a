/**
 * The import worker: reads, decodes and converts one file (parseInProcess) off the page's thread and
 * says what it found (without the features); once the reader has confirmed the coordinate system, it
 * converts the features to WGS84, finds their Atlas zones and sends them as a columnar table, a chunk
 * at a time, its typed arrays transferred. One worker per import; the page ends it when done or cancelled.
 */
/// <reference lib="webworker" />
import { tableBuilder } from './columnar';
import { parseInProcess } from './parse';
import type { BuildRequest, FromWorker, ParseRequest } from './protocol';
import { chunkBuffers } from './table';
import type { ImportedFeature } from './types';
import { createZoneIndex } from './zones';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

let features: readonly ImportedFeature[] = [];

async function parse({ file, columns, anchors }: ParseRequest) {
  let last = 0;
  const result = await parseInProcess(file, {
    ...(columns ? { columns } : {}),
    ...(anchors ? { anchors } : {}),
    onProgress: (fraction) => {
      const now = performance.now();
      if (now - last > 50 || fraction >= 1) { last = now; post({ type: 'progress', fraction }); }
    },
  });
  const { features: all, ...rest } = result;
  features = all;
  let located = 0;
  for (const f of all) if (f.geometry) located++;
  post({ type: 'read', result: { ...rest, count: all.length, located } });
}

function build({ crs, zones }: BuildRequest) {
  const zone = createZoneIndex(zones);
  const b = tableBuilder(features, crs, (lng, lat) => zone(lng, lat));
  for (let c = b.step(); c; c = b.step()) {
    post({ type: 'chunk', chunk: c }, chunkBuffers(c));
    post({ type: 'progress', fraction: Math.min(1, (c.start + c.count) / Math.max(1, features.length)) });
  }
  const { chunks: _c, ...table } = b.table;
  features = [];
  post({ type: 'built', table });
}

scope.addEventListener('message', (e: MessageEvent<ParseRequest | BuildRequest>) => {
  if (e.data?.type === 'parse') void parse(e.data);
  else if (e.data?.type === 'build') build(e.data);
});
