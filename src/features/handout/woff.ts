/**
 * WOFF 1.0 → TrueType (sfnt): each table is zlib-compressed on its own, so unwrapping is a matter of
 * inflating the tables and writing the sfnt table directory again (W3C WOFF 1.0, §4–5). The browser's
 * DecompressionStream does the inflating: no library, no wasm. jsPDF embeds TrueType, not WOFF.
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function readEntries(view: DataView, count: number): TableEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((d) => view.getUint32(at + d));
    return { tag, offset, compLength, origLength, checksum };
  });
}

const pad4 = (n: number) => (n + 3) & ~3;

export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const entries = readEntries(view, view.getUint16(12)).sort((a, b) => a.tag - b.tag);
  const tables = await Promise.all(entries.map((e) => {
    const raw = woff.subarray(e.offset, e.offset + e.compLength);
    return e.compLength < e.origLength ? inflate(raw) : Promise.resolve(raw);
  }));
  const dirSize = SFNT_HEADER + SFNT_ENTRY * entries.length;
  const out = new Uint8Array(dirSize + tables.reduce((n, t) => n + pad4(t.length), 0));
  const sfnt = new DataView(out.buffer);
  const n = entries.length;
  const log2 = Math.floor(Math.log2(n));
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, n);
  sfnt.setUint16(6, 2 ** log2 * 16);
  sfnt.setUint16(8, log2);
  sfnt.setUint16(10, n * 16 - 2 ** log2 * 16);
  let offset = dirSize;
  entries.forEach((e, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    if (tables[i].length !== e.origLength) throw new Error('WOFF table has the wrong length once inflated');
    sfnt.setUint32(at, e.tag);
    sfnt.setUint32(at + 4, e.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, e.origLength);
    out.set(tables[i], offset);
    offset += pad4(tables[i].length);
  });
  return out;
}
