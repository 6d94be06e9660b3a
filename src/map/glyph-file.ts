/**
 * The prebuilt label glyphs' file format (`public/glyphs/`, made by scripts/build-glyphs.ts): the
 * signed-distance-field glyphs MapLibre draws for the first screen's labels, stored so that the app
 * need not draw them on the main thread (./prebuilt-glyphs.ts). Pure: encoded in Node, decoded in the page.
 *
 * Little-endian: "AGLY", u16 version, u16 count; then `count` records of 52 bytes (u32 code point,
 * u16 bitmap width, u16 bitmap height, f64 width, height, left, top, advance — MapLibre's glyph
 * metrics, exactly as its glyph manager made them — u8 flags: bit 0 = double resolution, 3 bytes
 * padding); then the records' one-byte-per-pixel bitmaps, in record order.
 */

export interface GlyphMetrics {
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
  isDoubleResolution?: boolean;
}

/** One glyph as MapLibre's glyph manager holds it (`StyleGlyph`), with a plain bitmap. */
export interface PlainGlyph {
  id: number;
  bitmap: { width: number; height: number; data: Uint8Array };
  metrics: GlyphMetrics;
}

const MAGIC = 'AGLY';
export const GLYPH_FILE_VERSION = 1;
const HEADER = 8;
const RECORD = 52;

export function encodeGlyphs(glyphs: readonly PlainGlyph[]): Uint8Array {
  const sorted = [...glyphs].sort((a, b) => a.id - b.id);
  const pixels = sorted.reduce((n, g) => n + g.bitmap.data.length, 0);
  const out = new Uint8Array(HEADER + RECORD * sorted.length + pixels);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint16(4, GLYPH_FILE_VERSION, true);
  view.setUint16(6, sorted.length, true);
  let at = HEADER + RECORD * sorted.length;
  sorted.forEach((g, i) => {
    const { width, height, data } = g.bitmap;
    if (data.length !== width * height) throw new Error(`glyph U+${g.id.toString(16)}: ${data.length} bytes for ${width}×${height}`);
    const r = HEADER + RECORD * i;
    view.setUint32(r, g.id, true);
    view.setUint16(r + 4, width, true);
    view.setUint16(r + 6, height, true);
    const m = g.metrics;
    [m.width, m.height, m.left, m.top, m.advance].forEach((v, k) => view.setFloat64(r + 8 + 8 * k, v, true));
    out[r + 48] = m.isDoubleResolution ? 1 : 0;
    out.set(data, at);
    at += data.length;
  });
  return out;
}

/** Throws on anything that is not a glyph file of this version (a truncated or foreign file). */
export function decodeGlyphs(buffer: ArrayBuffer): PlainGlyph[] {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  if (bytes.length < HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a glyph file');
  const version = view.getUint16(4, true);
  if (version !== GLYPH_FILE_VERSION) throw new Error(`glyph file version ${version}, expected ${GLYPH_FILE_VERSION}`);
  const count = view.getUint16(6, true);
  let at = HEADER + RECORD * count;
  const glyphs: PlainGlyph[] = [];
  for (let i = 0; i < count; i++) {
    const r = HEADER + RECORD * i;
    if (r + RECORD > bytes.length) throw new Error('glyph file truncated');
    const width = view.getUint16(r + 4, true);
    const height = view.getUint16(r + 6, true);
    const end = at + width * height;
    if (end > bytes.length) throw new Error('glyph file truncated');
    const [w, h, left, top, advance] = [0, 1, 2, 3, 4].map((k) => view.getFloat64(r + 8 + 8 * k, true));
    glyphs.push({
      id: view.getUint32(r, true),
      bitmap: { width, height, data: bytes.slice(at, end) },
      metrics: { width: w, height: h, left, top, advance, isDoubleResolution: (bytes[r + 48] & 1) === 1 },
    });
    at = end;
  }
  if (at !== bytes.length) throw new Error('glyph file has trailing bytes');
  return glyphs;
}
