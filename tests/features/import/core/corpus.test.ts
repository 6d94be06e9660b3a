/**
 * Every file of the import corpus through parseImportFile (in-process: Node has no Worker): the main
 * message's code, ok, and the located count are what expected.json says; every message formats in zh and
 * en naming the file. The GBK GCJ-02 file lands within 30 m of its stations after conversion.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLocated, formatImportMessage, mainMessage, parseImportFile, toWgs84 } from '../../../../src/features/import/core';
import { metres } from '../../../../src/features/import/core/geo';

const DIR = join(import.meta.dirname, '../../../fixtures/imports');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, {
  ok: boolean; code: string; row?: number; feature?: number; located?: number; count?: number; encoding?: string; crs?: string; basis?: string;
}>;
const stations = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../scripts/basemap/layers/metro-stations.geojson'), 'utf8')) as {
  features: { properties: { name_zh: string | null }; geometry: { coordinates: [number, number] } }[];
};
const anchors = stations.features.map((f) => f.geometry.coordinates);

const load = (name: string) => new File([readFileSync(join(DIR, name))], name);

describe('import corpus', () => {
  it('holds at least 30 malformed or hostile files, each listed in expected.json', () => {
    const files = readdirSync(DIR).filter((f) => !f.endsWith('.ts') && f !== 'expected.json' && f !== 'tools');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    const bad = Object.entries(expected).filter(([name, e]) => !e.ok || name.startsWith('hostile-') || e.code !== 'imported');
    expect(bad.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, e] of Object.entries(expected)) {
    it(`${name}: ${e.ok ? 'imports' : 'is refused'} with ${e.code}`, async () => {
      const r = await parseImportFile(load(name), { anchors });
      const m = mainMessage(r);
      expect({ ok: r.ok, code: m.code }).toEqual({ ok: e.ok, code: e.code });
      if (e.row !== undefined) expect(m.row).toBe(e.row);
      if (e.feature !== undefined) expect(m.feature).toBe(e.feature);
      if (e.located !== undefined) expect(countLocated(r.features)).toBe(e.located);
      if (e.count !== undefined) expect(r.features.length).toBe(e.count);
      if (e.encoding) expect(r.encoding).toBe(e.encoding);
      if (e.crs) expect(r.crs.crs).toBe(e.crs);
      if (e.basis) expect(r.crs.basis).toBe(e.basis);
      if (!r.ok) expect(r.features).toEqual([]);
      for (const msg of [...r.errors, ...r.notes, m]) {
        for (const lang of ['zh', 'en'] as const) {
          const text = formatImportMessage(msg, lang);
          expect(text).toContain(name);
          expect(text).not.toMatch(/\{\w+\}|undefined|Unknown problem|未知问题/);
        }
      }
    });
  }

  it('gbk-gcj02-near-stations.csv: guessed GCJ-02 by the stations, each point within 30 m of its station in WGS84', async () => {
    const r = await parseImportFile(load('gbk-gcj02-near-stations.csv'), { anchors });
    expect(r.crs.crs).toBe('gcj02');
    expect(r.crs.scores!.gcj02).toBeLessThan(30);
    expect(r.crs.scores!.wgs84).toBeGreaterThan(300);
    const { features } = toWgs84(r, r.crs.crs);
    expect(features.length).toBeGreaterThanOrEqual(8);
    for (const f of features) {
      const station = stations.features.find((s) => `${s.properties.name_zh}站` === f.name)!;
      expect(station, f.name).toBeTruthy();
      const p = (f.geometry as { coordinates: number[] }).coordinates;
      expect(metres(p, station.geometry.coordinates), f.name).toBeLessThan(30);
    }
  });

  it('hostile text stays text, byte for byte (markup, javascript: URLs, prototype keys)', async () => {
    const markup = await parseImportFile(load('hostile-markup-names.geojson'));
    expect(markup.features[0].name).toBe('<img src=x onerror="alert(1)">');
    expect(markup.features[0].properties.note).toBe('<script>alert(document.cookie)</script>');
    const link = await parseImportFile(load('hostile-javascript-url.geojson'));
    expect(link.features[0].properties.url).toBe('javascript:alert(1)');
    const proto = await parseImportFile(load('hostile-proto-keys.geojson'));
    const props = proto.features[0].properties;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.keys(props)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const long = await parseImportFile(load('hostile-long-name.csv'));
    expect(long.features[0].name).toHaveLength(10000);
    const lone = await parseImportFile(load('hostile-lone-surrogates.geojson'));
    expect(lone.features[0].name).toBe('bad \uFFFD half');
    expect(encodeURIComponent(lone.features[0].name)).toBe('bad%20%EF%BF%BD%20half');
  });
});
