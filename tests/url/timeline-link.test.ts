/** The timeline's year in the share link: read strictly, written canonically, checked against the data's dated years. */
import { describe, expect, it } from 'vitest';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import { fromBundle } from '../../src/data/atlas-data';
import type { AtlasBundle } from '../../src/data/bundle';
import { checkLink } from '../../src/url/link-check';
import { parseLink, writeLink, type LinkView } from '../../src/url/link-schema';
import { NO_FILTERS } from '../../src/store/filters';
import { filterYear, withYear } from '../../src/store/timeline';

const data = fromBundle(JSON.parse(buildAtlasBundle()) as AtlasBundle);
const view = (over: Partial<LinkView>): LinkView => ({
  camera: { center: [121.46, 31.16], zoom: 10.2, bearing: 0, pitch: 0 }, selectedId: null, hiddenPlans: [], filters: NO_FILTERS,
  searchQuery: '', lang: 'zh', readerCitation: null, planViewId: null, directoryOpen: false, directoryInView: false, ...over,
});

describe('the year in a share link', () => {
  it('round-trips with the other filters', () => {
    const search = writeLink(view({ filters: withYear({ ...NO_FILTERS, kinds: ['target'] }, 2025) }), 'default');
    expect(search).toBe('?c=121.46,31.16,10.2&kinds=target&year=2025');
    const parsed = parseLink(search);
    expect(parsed.invalid).toEqual([]);
    expect(filterYear(parsed.view.filters!)).toBe(2025);
    expect(parsed.view.filters!.kinds).toEqual(['target']);
    expect(parseLink('?year=2025').view.filters).toEqual({ ...NO_FILTERS, years: ['2025'] });
  });

  it('leaves the link without a year alone', () => {
    expect(writeLink(view({}), '121.46,31.16,10.2')).toBe('');
    expect(parseLink('?kinds=zone').view.filters).toEqual({ ...NO_FILTERS, kinds: ['zone'] });
  });

  it('names a year that does not parse, or that no record is dated at, and drops only it', () => {
    for (const bad of ['20x5', '25', '2025,2023', '02025', '']) expect(parseLink(`?year=${bad}`).invalid).toEqual(['filters']);
    const checked = checkLink(parseLink('?year=1999&kinds=target'), data);
    expect(checked.invalid).toEqual(['filters']);
    expect(filterYear(checked.view.filters!)).toBeNull();
    expect(checked.view.filters!.kinds).toEqual(['target']);
    expect(checkLink(parseLink('?year=2025'), data)).toMatchObject({ invalid: [] });
  });
});
