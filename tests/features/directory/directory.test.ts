import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, directoryItems, sortItems, type Labels } from '../../../src/features/directory/items';
import { inBox, uncoveredBox } from '../../../src/features/directory/in-view';
import { ROWS } from '../export/fixture-rows';

const labels: Labels = {
  name: (n) => n.zh,
  nameOf: (id) => id.slice(id.indexOf(':') + 1),
  type: (k) => k,
  kind: (r) => [r.subKind, ...r.tracks].filter(Boolean).join(' · '),
  precision: (p) => p ?? '',
  separator: '、',
};
const zh = new Intl.Collator('zh-CN', { numeric: true });
const items = directoryItems(ROWS, labels);
const ids = (xs: typeof items) => xs.map((x) => x.row.id);

describe('directory items', () => {
  it('show each column as text', () => {
    expect(items[2].cells).toEqual({ name: '建设园区', type: 'action', plan: 'demo、other', zone: 'demo、cell', kind: '', precision: '' });
    expect(items[0].cells.kind).toBe('park · track:ai');
  });

  it('sort by type in the natural order (places first), both ways', () => {
    expect(ids(sortItems(items, DEFAULT_SORT, zh))).toEqual(['zone:demo', 'carrier:demo-park', 'action:demo-1']);
    expect(ids(sortItems(items, { column: 'type', dir: 'desc' }, zh))).toEqual(['action:demo-1', 'carrier:demo-park', 'zone:demo']);
  });

  it('sort by precision from exact to not on the map', () => {
    expect(ids(sortItems(items, { column: 'precision', dir: 'asc' }, zh))).toEqual(['zone:demo', 'carrier:demo-park', 'action:demo-1']);
  });

  it('sort names by pinyin (甲 jiǎ < 建 jiàn < 示 shì)', () => {
    expect(ids(sortItems(items, { column: 'name', dir: 'asc' }, zh))).toEqual(['carrier:demo-park', 'action:demo-1', 'zone:demo']);
    expect(ids(sortItems(items, { column: 'name', dir: 'desc' }, zh))).toEqual(['zone:demo', 'action:demo-1', 'carrier:demo-park']);
  });

  it('keep empty cells last in either direction', () => {
    expect(ids(sortItems(items, { column: 'kind', dir: 'asc' }, zh)).at(-1)).toBe('action:demo-1');
    expect(ids(sortItems(items, { column: 'kind', dir: 'desc' }, zh)).at(-1)).toBe('action:demo-1');
  });
});

describe('the part of the map in view', () => {
  const map = { left: 0, top: 50, right: 1000, bottom: 850 };
  it('is the whole map with no panel over it', () => {
    expect(uncoveredBox(map, null)).toEqual(map);
    expect(uncoveredBox(map, { left: 1000, top: 0, right: 1400, bottom: 900 })).toEqual(map);
  });
  it('is what a drawer on the left leaves', () => {
    expect(uncoveredBox(map, { left: 0, top: 50, right: 600, bottom: 850 })).toEqual({ left: 600, top: 50, right: 1000, bottom: 850 });
  });
  it('is what a sheet at the bottom leaves', () => {
    expect(uncoveredBox(map, { left: 0, top: 500, right: 1000, bottom: 850 })).toEqual({ left: 0, top: 50, right: 1000, bottom: 500 });
  });
  it('contains points inside only, and nothing when the panel covers it all', () => {
    expect(inBox(map, 10, 60)).toBe(true);
    expect(inBox(map, 10, 20)).toBe(false);
    expect(inBox(uncoveredBox(map, { left: -1, top: 0, right: 1001, bottom: 900 }), 500, 400)).toBe(false);
  });
});
