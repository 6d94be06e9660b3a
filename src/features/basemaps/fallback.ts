/**
 * When an online basemap is given up (pure timing logic, tested with fake timers): as soon as one of
 * its tiles (or its style) fails before any tile has arrived, or when no tile has arrived within
 * `timeoutMs`. Once a tile has arrived the source is working: a later single tile error (a tile
 * missing at some zoom) is not a reason to leave it, but `maxLaterErrors` errors in a row with no
 * tile between them are (the network went away).
 */
export type FailReason = 'error' | 'timeout';

export interface TileWatch {
  /** A tile of the watched source arrived. */
  loaded(): void;
  /** A tile (or the style) of the watched source failed. */
  failed(): void;
  /** Stop watching (the reader chose another basemap, or the fallback ran). */
  dispose(): void;
}

export interface WatchOptions {
  /** Give up when no tile has arrived by then (the fallback must be done within 3 s). */
  timeoutMs?: number;
  maxLaterErrors?: number;
  onFail: (reason: FailReason) => void;
}

/** 2 s: tiles of a working source arrive well within it; the fallback's own work fits in the 3 s left. */
export const FALLBACK_TIMEOUT_MS = 2000;

export function watchTiles({ timeoutMs = FALLBACK_TIMEOUT_MS, maxLaterErrors = 3, onFail }: WatchOptions): TileWatch {
  let done = false;
  let anyLoaded = false;
  let errorsInRow = 0;
  const fail = (reason: FailReason) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    onFail(reason);
  };
  const timer = setTimeout(() => fail('timeout'), timeoutMs);
  return {
    loaded() {
      if (done) return;
      errorsInRow = 0;
      if (!anyLoaded) {
        anyLoaded = true;
        clearTimeout(timer);
      }
    },
    failed() {
      if (done) return;
      if (!anyLoaded) return fail('error');
      if (++errorsInRow >= maxLaterErrors) fail('error');
    },
    dispose() {
      done = true;
      clearTimeout(timer);
    },
  };
}
