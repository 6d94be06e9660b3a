/** The run-time loader of data/tours.json: fetched once, the version checked, a clear error, a retry after a failure. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTours, resetTours, toursOf } from '../../src/features/tours/load-tours';

const TOUR = { id: 'tour:x', plan: null, title: { zh: '总览', en: 'Overview' }, steps: [] };

function respond(...responses: (() => Response)[]) {
  const fetch = vi.fn(async (_url: string) => (responses.shift() ?? (() => new Response('', { status: 500 })))());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  resetTours();
  vi.stubGlobal('document', { baseURI: 'http://atlas.test/app/index.html' });
});
afterEach(() => vi.unstubAllGlobals());

describe('loadTours', () => {
  it('fetches data/tours.json next to the page, once', async () => {
    const fetch = respond(() => Response.json({ version: 1, tours: [TOUR] }));
    expect(await loadTours()).toEqual([TOUR]);
    expect(await loadTours()).toEqual([TOUR]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe('http://atlas.test/app/data/tours.json');
  });

  it('rejects with the HTTP status, then fetches again on the next call', async () => {
    const fetch = respond(() => new Response('nope', { status: 404 }), () => Response.json({ version: 1, tours: [TOUR] }));
    await expect(loadTours()).rejects.toThrow('data/tours.json: HTTP 404');
    expect(await loadTours()).toEqual([TOUR]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects a bundle of another version, or not JSON, or a network failure, naming the file', async () => {
    respond(() => Response.json({ version: 2, tours: [] }));
    await expect(loadTours()).rejects.toThrow('data/tours.json is not a tours bundle of version 1');
    respond(() => new Response('<html>', { status: 200 }));
    await expect(loadTours()).rejects.toThrow('data/tours.json is not JSON');
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(loadTours()).rejects.toThrow('data/tours.json: could not be fetched (Failed to fetch)');
  });

  it('toursOf refuses anything but a version-1 bundle with a list of tours', () => {
    expect(() => toursOf(null)).toThrow(/not a tours bundle of version 1/);
    expect(() => toursOf({ version: 1 })).toThrow(/not a tours bundle/);
    expect(toursOf({ version: 1, tours: [] })).toEqual([]);
  });
});
