import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_TIMEOUT_MS, watchTiles } from '../../../src/features/basemaps/fallback';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the fallback watch of an online basemap', () => {
  it('gives up after the timeout when no tile arrived, in time to be back within 3 s', () => {
    expect(FALLBACK_TIMEOUT_MS).toBeLessThanOrEqual(2000);
    const onFail = vi.fn();
    watchTiles({ onFail });
    vi.advanceTimersByTime(FALLBACK_TIMEOUT_MS - 1);
    expect(onFail).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFail).toHaveBeenCalledExactlyOnceWith('timeout');
    vi.advanceTimersByTime(10_000);
    expect(onFail).toHaveBeenCalledTimes(1);
  });

  it('gives up at once on an error before any tile arrived, and only once', () => {
    const onFail = vi.fn();
    const w = watchTiles({ onFail });
    vi.advanceTimersByTime(100);
    w.failed();
    w.failed();
    expect(onFail).toHaveBeenCalledExactlyOnceWith('error');
    vi.advanceTimersByTime(FALLBACK_TIMEOUT_MS);
    expect(onFail).toHaveBeenCalledTimes(1);
  });

  it('keeps a source that delivered a tile: no timeout, a stray tile error tolerated', () => {
    const onFail = vi.fn();
    const w = watchTiles({ onFail, maxLaterErrors: 3 });
    vi.advanceTimersByTime(800);
    w.loaded();
    vi.advanceTimersByTime(FALLBACK_TIMEOUT_MS * 4);
    w.failed();
    w.failed();
    w.loaded(); // a tile between resets the run
    w.failed();
    w.failed();
    expect(onFail).not.toHaveBeenCalled();
    w.failed();
    expect(onFail).toHaveBeenCalledExactlyOnceWith('error');
  });

  it('says nothing once disposed (another basemap was chosen)', () => {
    const onFail = vi.fn();
    const w = watchTiles({ onFail });
    w.dispose();
    w.failed();
    vi.advanceTimersByTime(FALLBACK_TIMEOUT_MS * 2);
    expect(onFail).not.toHaveBeenCalled();
  });
});
