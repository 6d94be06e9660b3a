/**
 * Long work in slices, so that the page never freezes (no task much over a frame): `eachSlice` runs a
 * function over a list in pieces and gives the page a turn between them.
 */

/** Lets the browser paint and handle input before the work goes on. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `fn` on consecutive slices of `items` (`size` at most), yielding to the page once ~16 ms have
 * been spent; `progress` gets the fraction done; a signal that aborts stops it (it rejects with the reason).
 */
export async function eachSlice<T>(items: readonly T[], size: number, fn: (slice: readonly T[], start: number) => void, progress?: (f: number) => void, signal?: AbortSignal): Promise<void> {
  let started = performance.now();
  for (let i = 0; i < items.length; i += size) {
    signal?.throwIfAborted();
    fn(items.slice(i, i + size), i);
    if (performance.now() - started > 16) {
      progress?.(Math.min(1, (i + size) / items.length));
      await yieldToPage();
      started = performance.now();
    }
  }
  progress?.(1);
}
