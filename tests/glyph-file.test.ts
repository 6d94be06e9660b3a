import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeGlyphs, encodeGlyphs, type PlainGlyph } from '../src/map/glyph-file';
import { gunzipped, PREBUILT_GLYPHS_PATH } from '../src/map/prebuilt-glyphs';

const glyph = (id: number, width: number, height: number, advance: number): PlainGlyph => ({
  id,
  bitmap: { width, height, data: Uint8Array.from({ length: width * height }, (_, i) => (i * 7 + id) % 256) },
  metrics: { width: width / 2 - 6, height: height / 2 - 6, left: -0.5, top: -10.5, advance, isDoubleResolution: true },
});

describe('glyph file', () => {
  it('decodes what it encodes, sorted by code point, metrics exact', () => {
    const glyphs = [glyph(0x5927, 60, 58, 24), glyph(0x41, 36, 44, 13.34765625), glyph(0x20, 12, 12, 6.66796875)];
    const back = decodeGlyphs(encodeGlyphs(glyphs).buffer as ArrayBuffer);
    expect(back.map((g) => g.id)).toEqual([0x20, 0x41, 0x5927]);
    const byId = new Map(glyphs.map((g) => [g.id, g]));
    for (const g of back) {
      expect(g.metrics).toEqual(byId.get(g.id)!.metrics);
      expect([g.bitmap.width, g.bitmap.height]).toEqual([byId.get(g.id)!.bitmap.width, byId.get(g.id)!.bitmap.height]);
      expect(Array.from(g.bitmap.data)).toEqual(Array.from(byId.get(g.id)!.bitmap.data));
    }
  });

  it('refuses a foreign, a truncated or a padded file, and a bitmap of the wrong size', () => {
    const bytes = encodeGlyphs([glyph(0x4e00, 20, 20, 24)]);
    expect(() => decodeGlyphs(new TextEncoder().encode('{"not":"glyphs"}').buffer as ArrayBuffer)).toThrow('not a glyph file');
    expect(() => decodeGlyphs(bytes.slice(0, bytes.length - 1).buffer as ArrayBuffer)).toThrow('truncated');
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes);
    expect(() => decodeGlyphs(padded.buffer as ArrayBuffer)).toThrow('trailing');
    const otherVersion = bytes.slice();
    otherVersion[4] = 9;
    expect(() => decodeGlyphs(otherVersion.buffer as ArrayBuffer)).toThrow('version 9');
    const bad = glyph(0x4e00, 20, 20, 24);
    bad.bitmap.data = bad.bitmap.data.subarray(1);
    expect(() => encodeGlyphs([bad])).toThrow('399 bytes for 20×20');
  });

  it('the shipped file (npm run build:glyphs) holds the district labels and the digits, drawn at double resolution', () => {
    const file = gunzipSync(readFileSync(join(import.meta.dirname, '..', 'public', PREBUILT_GLYPHS_PATH)));
    const glyphs = decodeGlyphs(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const chars = new Set(glyphs.map((g) => String.fromCodePoint(g.id)));
    for (const c of '黄浦区徐汇长宁静安普陀虹口杨闵行0123456789') expect(chars.has(c), c).toBe(true);
    expect(glyphs.every((g) => g.metrics.isDoubleResolution)).toBe(true);
    // A drawn CJK glyph is not blank (an empty box would mean the font was missing when it was made).
    const da = glyphs.find((g) => g.id === '区'.codePointAt(0))!;
    expect(new Set(da.bitmap.data).size).toBeGreaterThan(20);
  });

  it('is read whether the server sent it as stored (gzip) or already decoded (Content-Encoding: gzip)', async () => {
    const bytes = encodeGlyphs([glyph(0x4e00, 20, 20, 24)]);
    const gz = gzipSync(bytes);
    const fromGz = await gunzipped(gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) as ArrayBuffer);
    expect(decodeGlyphs(fromGz)[0].id).toBe(0x4e00);
    const plain = bytes.buffer as ArrayBuffer;
    expect(await gunzipped(plain)).toBe(plain);
  });
});
