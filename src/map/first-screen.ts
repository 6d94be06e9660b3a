/**
 * "The first screen is drawn": the map's `atlas:zones-visible` mark (map-view.tsx). Work that must not
 * compete with it — the UI font, the panels' code — waits for it. Without WebGL the mark never comes:
 * after `fallbackMs` the callback runs anyway.
 */
const MARK = 'atlas:zones-visible';

export function onFirstScreen(callback: () => void, fallbackMs = 6000): () => void {
  return onMark(MARK, callback, fallbackMs);
}

/** Runs `callback` once the User Timing mark `mark` exists (at once if it does), or after `fallbackMs`. */
export function onMark(mark: string, callback: () => void, fallbackMs: number): () => void {
  const MARK = mark;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    callback();
  };
  if (performance.getEntriesByName(MARK).length) {
    run();
    return () => undefined;
  }
  const observer = typeof PerformanceObserver === 'undefined' ? null : new PerformanceObserver((list) => {
    if (list.getEntriesByName(MARK).length) run();
  });
  observer?.observe({ type: 'mark' });
  const timer = setTimeout(run, fallbackMs);
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}
