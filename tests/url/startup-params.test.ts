import { describe, expect, it } from 'vitest';
import { MAX_SYNTHETIC_POINTS, readStartupParams } from '../../src/url/startup-params';

const ORIGIN = 'http://127.0.0.1:4173/';

describe('start-up URL parameters', () => {
  it('reads a synthetic layer size and a same-origin PMTiles archive', () => {
    expect(readStartupParams('?synthetic=100000&tiles=./x.pmtiles', ORIGIN)).toEqual({ synthetic: 100000, tiles: 'http://127.0.0.1:4173/x.pmtiles' });
  });

  it('drops a bad value and keeps the rest', () => {
    expect(readStartupParams('?synthetic=abc&tiles=./x.pmtiles', ORIGIN)).toEqual({ tiles: 'http://127.0.0.1:4173/x.pmtiles' });
    expect(readStartupParams(`?synthetic=${MAX_SYNTHETIC_POINTS + 1}`, ORIGIN)).toEqual({});
    expect(readStartupParams('?synthetic=-5&synthetic=2', ORIGIN)).toEqual({});
  });

  it('never points the app at another origin, or at something that is not a .pmtiles archive', () => {
    expect(readStartupParams('?tiles=https://tiles.example.com/x.pmtiles', ORIGIN)).toEqual({});
    expect(readStartupParams('?tiles=//evil.example/x.pmtiles', ORIGIN)).toEqual({});
    expect(readStartupParams('?tiles=./data/atlas.json', ORIGIN)).toEqual({});
    expect(readStartupParams('?tiles=javascript:alert(1)//.pmtiles', ORIGIN)).toEqual({});
  });
});
