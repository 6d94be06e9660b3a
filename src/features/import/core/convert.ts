/** Features in the source's coordinates to WGS84: at once (small imports) or in slices that let the page breathe. */
import { featuresToWgs84 } from './crs';
import type { CrsId, ImportMessage, ImportedFeature, ParsedImport } from './types';

export function toWgs84(parsed: ParsedImport, crs: CrsId): { features: ImportedFeature[]; notes: ImportMessage[] } {
  return { features: featuresToWgs84(parsed.features, crs), notes: [] };
}

/** Yields to the page: a MessageChannel round trip (not clamped to 4 ms like a nested setTimeout). */
const yieldToPage = () => new Promise<void>((resolve) => {
  if (typeof MessageChannel === 'undefined') { setTimeout(resolve, 0); return; }
  const ch = new MessageChannel();
  ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
  ch.port2.postMessage(null);
});

/** As toWgs84, 2 000 features per task (no long task on the page for the 50 MB CSV). Resolves null when cancelled. */
export async function toWgs84Async(
  parsed: ParsedImport, crs: CrsId, options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<{ features: ImportedFeature[]; notes: ImportMessage[] } | null> {
  const out: ImportedFeature[] = [];
  const all = parsed.features;
  const slice = 2000;
  for (let i = 0; i < all.length; i += slice) {
    if (options.signal?.aborted) return null;
    for (const f of featuresToWgs84(all.slice(i, i + slice), crs)) out.push(f);
    options.onProgress?.(Math.min(1, (i + slice) / all.length));
    if (i + slice < all.length) await yieldToPage();
  }
  return { features: out, notes: [] };
}
