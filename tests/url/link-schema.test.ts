import { describe, expect, it } from 'vitest';
import { coordinateDecimals, parseLink, writeCamera, writeLink, MAX_QUERY_CHARS, type LinkView } from '../../src/url/link-schema';
import { MAX_LINK_CHARS, readStart } from '../../src/url/link-start';
import { readStartupParams } from '../../src/url/startup-params';
import { NO_FILTERS } from '../../src/store/filters';

const DEFAULT_CAMERA = writeCamera({ center: [121.46, 31.16], zoom: 10.2, bearing: 0, pitch: 0 });

const full: LinkView = {
  camera: { center: [121.431234, 31.221987], zoom: 14.257, bearing: -12.5, pitch: 30 },
  selectedId: 'zone:silicon-alley',
  hiddenPlans: ['plan:yangpu-14th-fyp', 'plan:dalinghaowan'],
  filters: { kinds: ['carrier', 'zone'], carrierKinds: ['incubator'], tracks: ['track:ai', 'track:integrated-circuits'], precisions: ['exact'] },
  searchQuery: '硅巷 & <b>x</b> 100%',
  lang: 'en',
  readerCitation: { seed: '001', quote: '打造“上海硅巷”，建设“硅巷”科创街区。' },
  planViewId: 'plan:changning-silicon-alley',
  directoryOpen: true,
  directoryInView: true,
};

const defaults: LinkView = {
  camera: { center: [121.46, 31.16], zoom: 10.2, bearing: 0, pitch: 0 },
  selectedId: null, hiddenPlans: [], filters: NO_FILTERS, searchQuery: '', lang: 'zh',
  readerCitation: null, planViewId: null, directoryOpen: false, directoryInView: false,
};

const parse = (search: string) => parseLink(search);

describe('share link schema: round trip', () => {
  it('writes and reads back every field', () => {
    const search = writeLink(full, DEFAULT_CAMERA);
    const { view, invalid } = parse(search);
    expect(invalid).toEqual([]);
    expect(view).toEqual(full);
  });

  it('round-trips each field alone (and leaves the others out)', () => {
    for (const key of Object.keys(full) as (keyof LinkView)[]) {
      const one = { ...defaults, [key]: full[key] } as LinkView;
      const search = writeLink(one, DEFAULT_CAMERA);
      expect(search, key).not.toBe('');
      const { view, invalid } = parse(search);
      expect(invalid, key).toEqual([]);
      expect({ ...defaults, ...view }, key).toEqual(one);
    }
  });

  it('writes nothing for the default view', () => {
    expect(writeLink(defaults, DEFAULT_CAMERA)).toBe('');
    expect(parse('')).toEqual({ view: {}, invalid: [] });
  });

  it('directory flags: open, in view, or both', () => {
    for (const [open, inView] of [[true, false], [false, true], [true, true]]) {
      const v = { ...defaults, directoryOpen: open, directoryInView: inView };
      expect(parse(writeLink(v, DEFAULT_CAMERA)).view).toEqual({ directoryOpen: open, directoryInView: inView });
    }
  });

  it('keeps ids readable and the Chinese percent-encoded', () => {
    const search = writeLink(full, DEFAULT_CAMERA);
    expect(search).toContain('sel=zone:silicon-alley');
    expect(search).toContain('hide=plan:yangpu-14th-fyp,plan:dalinghaowan');
    expect(search).toContain('tracks=track:ai,track:integrated-circuits');
    expect(search).toContain('read=001:%E6%89%93');
    expect(search).not.toMatch(/[<>"\s]/);
  });

  it('rounds the camera to a tenth of a pixel, and leaves out bearing and pitch when 0', () => {
    expect(coordinateDecimals(10)).toBe(5);
    expect(coordinateDecimals(15)).toBe(6);
    expect(writeCamera({ center: [121.4312345678, 31.2219876543], zoom: 10.23456, bearing: 0, pitch: 0 })).toBe('121.43123,31.22199,10.235');
    expect(writeCamera({ center: [121.4312345678, 31.2219876543], zoom: 16, bearing: 0, pitch: 0 })).toBe('121.431235,31.221988,16');
    expect(writeCamera({ center: [121.5, 31.2], zoom: 12, bearing: 0, pitch: 45 })).toBe('121.5,31.2,12,0,45');
    expect(writeCamera({ center: [121.5, 31.2], zoom: 12, bearing: 33.333, pitch: 0 })).toBe('121.5,31.2,12,33.33');
    // Written from a restored camera, the text is the same (the URL does not drift).
    const c = parse(`?c=${writeCamera(full.camera)}`).view.camera!;
    expect(writeCamera(c)).toBe(writeCamera(full.camera));
  });

  it('keeps parameters it does not own (?synthetic=, ?tiles=, others), after its own', () => {
    const search = writeLink({ ...defaults, selectedId: 'zone:silicon-alley' }, DEFAULT_CAMERA, '?synthetic=100000&sel=zone:old&tiles=./x.pmtiles&utm=a%20b');
    expect(search).toBe('?sel=zone:silicon-alley&synthetic=100000&tiles=./x.pmtiles&utm=a%20b');
    expect(readStartupParams(search, 'http://127.0.0.1:4173/')).toEqual({ synthetic: 100000, tiles: 'http://127.0.0.1:4173/x.pmtiles' });
    expect(parse(search)).toEqual({ view: { selectedId: 'zone:silicon-alley' }, invalid: [] });
  });
});

describe('share link schema: tampering', () => {
  it('drops unknown-shaped ids and names the part', () => {
    expect(parse('?sel=<script>alert(1)</script>')).toEqual({ view: {}, invalid: ['selection'] });
    expect(parse('?sel=zone:Silicon_Alley')).toEqual({ view: {}, invalid: ['selection'] });
    expect(parse('?plan=zone:silicon-alley')).toEqual({ view: {}, invalid: ['plan'] });
    expect(parse('?hide=plan:a,<img src=x onerror=alert(1)>')).toEqual({ view: {}, invalid: ['filters'] });
    expect(parse('?kinds=zone,"><svg/onload=alert(1)>')).toEqual({ view: {}, invalid: ['filters'] });
  });

  it('drops junk numbers: NaN, Infinity, exponents, hex, out of range, wrong arity', () => {
    for (const c of ['NaN,31.2,12', '121.4,Infinity,12', '121.4,31.2,1e1', '0x79,31.2,12', '121.4,31.2,23', '121.4,31.2,-1',
      '121.4,31.2', '121.4,31.2,12,0,0,0', '121.4,31.2,12,181', '121.4,31.2,12,0,86', '-121.4,31.2,12', '121.4,91,12',
      '121.4,,12', ' 121.4,31.2,12', '121.4,31.2,12,', '0,0,3', '121.4000000000001,31.2,12']) {
      expect(parse(`?c=${encodeURIComponent(c)}`), c).toEqual({ view: {}, invalid: ['camera'] });
      expect(readStart(`?c=${encodeURIComponent(c)}`).camera, c).toBeUndefined();
    }
    expect(parse('?c=121.4,31.2,12').view.camera).toEqual({ center: [121.4, 31.2], zoom: 12, bearing: 0, pitch: 0 });
  });

  it('drops huge strings, and ignores a huge link altogether', () => {
    expect(parse(`?q=${'硅'.repeat(MAX_QUERY_CHARS + 1)}`)).toEqual({ view: {}, invalid: ['search'] });
    expect(parse(`?read=001:${'a'.repeat(2000)}`)).toEqual({ view: {}, invalid: ['reader'] });
    expect(parse(`?sel=zone:${'a'.repeat(500)}`)).toEqual({ view: {}, invalid: ['selection'] });
    expect(parse(`?kinds=${Array.from({ length: 100 }, (_, i) => `k${i}`).join(',')}`)).toEqual({ view: {}, invalid: ['filters'] });
    const huge = `?sel=zone:silicon-alley&x=${'a'.repeat(MAX_LINK_CHARS)}`;
    expect(parse(huge)).toEqual({ view: {}, invalid: ['link'] });
    expect(readStart(huge)).toEqual({});
  });

  it('keeps markup in the search text as text (it is never rendered as markup)', () => {
    expect(parse(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`).view.searchQuery).toBe('<img src=x onerror=alert(1)>');
    expect(parse('?q=a%00b')).toEqual({ view: {}, invalid: ['search'] });
    expect(parse('?q=a%0Ab')).toEqual({ view: {}, invalid: ['search'] });
  });

  it('survives bad percent-encoding without throwing, dropping only that parameter', () => {
    for (const bad of ['%E0%A4%A', '%', '%zz', '%C0%AF', '%ED%A0%80']) {
      expect(() => parse(`?q=${bad}&sel=zone:silicon-alley`)).not.toThrow();
      expect(parse(`?q=${bad}&sel=zone:silicon-alley`), bad).toEqual({ view: { selectedId: 'zone:silicon-alley' }, invalid: ['search'] });
      expect(() => readStart(`?c=${bad}&lang=${bad}`)).not.toThrow();
    }
    expect(parse('?%E0%A4%A=1&sel=zone:a')).toEqual({ view: { selectedId: 'zone:a' }, invalid: [] });
  });

  it('treats a repeated parameter as unreadable', () => {
    expect(parse('?sel=zone:a&sel=zone:b')).toEqual({ view: {}, invalid: ['selection'] });
    expect(readStart('?lang=en&lang=zh')).toEqual({ camera: undefined, lang: undefined });
  });

  it('rejects unknown languages, seeds, directory flags and reader shapes', () => {
    expect(parse('?lang=fr')).toEqual({ view: {}, invalid: ['language'] });
    expect(parse('?read=009:quote')).toEqual({ view: {}, invalid: ['reader'] });
    expect(parse('?read=001quote')).toEqual({ view: {}, invalid: ['reader'] });
    expect(parse('?read=001:')).toEqual({ view: {}, invalid: ['reader'] });
    expect(parse('?dir=open,admin')).toEqual({ view: {}, invalid: ['directory'] });
  });

  it('ignores unknown parameters, including object-prototype names', () => {
    expect(parse('?utm_source=x&__proto__=1&constructor=2&toString=3&hasOwnProperty=4&sel=zone:a')).toEqual({ view: { selectedId: 'zone:a' }, invalid: [] });
    expect(parse('?&&=&sel&').invalid).toEqual(['selection']);
  });

  it('keeps the good parts of a partly bad link', () => {
    const { view, invalid } = parse('?c=121.43,31.22,14&sel=zone:<x>&lang=en&q=%E0');
    expect(view).toEqual({ camera: { center: [121.43, 31.22], zoom: 14, bearing: 0, pitch: 0 }, lang: 'en' });
    expect(invalid.sort()).toEqual(['search', 'selection']);
  });
});
