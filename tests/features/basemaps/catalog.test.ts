import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { ONLINE_BASEMAP_HOSTS, ONLINE_BASEMAPS } from '../../../src/features/basemaps/catalog';
import { mergeableStyle, ONLINE_PREFIX } from '../../../src/features/basemaps/switcher';

const hostOf = (url: string) => new URL(url.replace(/\{[a-z]\}/g, '0')).host;

describe('the online basemaps', () => {
  it('ask only the hosts they list (which the CSP and the chooser name)', () => {
    for (const b of ONLINE_BASEMAPS) {
      const urls = b.source.kind === 'style' ? [b.source.url] : [...b.source.tiles];
      for (const u of urls) {
        expect(u.startsWith('https://')).toBe(true);
        expect(b.hosts).toContain(hostOf(u));
      }
    }
    expect(new Set(ONLINE_BASEMAP_HOSTS).size).toBe(ONLINE_BASEMAP_HOSTS.length);
  });

  it('credit each basemap in both languages; AMap alone is GCJ-02', () => {
    for (const b of ONLINE_BASEMAPS) {
      expect(b.credit.zh.length).toBeGreaterThan(5);
      expect(b.credit.en.length).toBeGreaterThan(5);
    }
    expect(ONLINE_BASEMAPS.filter((b) => b.datum === 'gcj02').map((b) => b.id)).toEqual(['amap']);
    expect(ONLINE_BASEMAPS.find((b) => b.id === 'amap')!.credit.zh).toContain('高德地图');
    expect(ONLINE_BASEMAPS.find((b) => b.id === 'openfreemap')!.credit.en).toMatch(/OpenFreeMap.*OpenMapTiles.*OpenStreetMap/);
    expect(ONLINE_BASEMAPS.find((b) => b.id === 'satellite')!.credit.en).toMatch(/EOX IT Services GmbH.*Copernicus Sentinel data 2016/);
  });
});

describe('merging a vector style under the Atlas', () => {
  const style = {
    version: 8,
    glyphs: 'https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf',
    sprite: 'https://tiles.openfreemap.org/sprites/ofm_f384/ofm',
    sources: { openmaptiles: { type: 'vector', url: 'https://tiles.openfreemap.org/planet' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f8f4f0' } },
      { id: 'park', type: 'fill', source: 'openmaptiles', 'source-layer': 'park', paint: { 'fill-color': '#d8e8c8' } },
      { id: 'wetland', type: 'fill', source: 'openmaptiles', 'source-layer': 'landcover', paint: { 'fill-pattern': 'wetland_bg_11' } },
      { id: 'road', type: 'line', source: 'openmaptiles', 'source-layer': 'transportation', paint: { 'line-color': '#fff' } },
      { id: 'poi', type: 'symbol', source: 'openmaptiles', 'source-layer': 'poi', layout: { 'icon-image': 'x', 'text-field': '{name}', 'text-font': ['Noto Sans Regular'] } },
      { id: 'shield', type: 'symbol', source: 'openmaptiles', 'source-layer': 'transportation_name', layout: { 'icon-image': 'road_{ref_length}' } },
    ],
  } as unknown as StyleSpecification;

  it('renames sources and layers, draws labels in the Atlas font, and needs no sprite or glyphs', () => {
    const { sources, layers } = mergeableStyle(style, ['Noto Sans SC']);
    expect(Object.keys(sources)).toEqual([`${ONLINE_PREFIX}openmaptiles`]);
    expect(layers.map((l) => l.id)).toEqual(['background', 'park', 'road', 'poi'].map((id) => ONLINE_PREFIX + id));
    for (const l of layers) if ('source' in l) expect(l.source).toBe(`${ONLINE_PREFIX}openmaptiles`);
    const poi = layers.find((l) => l.id.endsWith('poi'))!;
    expect(poi.layout).toEqual({ 'text-field': '{name}', 'text-font': ['Noto Sans SC'] });
    expect(JSON.stringify(layers)).not.toMatch(/icon-image|fill-pattern/);
    // The input is left as it was.
    expect(style.layers[4]!.id).toBe('poi');
  });
});
