/**
 * A PMTiles v3 archive writer (the format the `pmtiles` npm package reads; spec:
 * https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md). npm has readers but no kept
 * writer for Node, so this follows the spec directly:
 *
 *   header (127 bytes) | root directory | JSON metadata | leaf directories | tile data
 *
 * Tiles may be added in any order: their bytes go to a spool file at once (nothing but a small
 * entry per tile stays in memory), and `finish` writes them in Hilbert TileID order ("clustered"),
 * storing identical contents once (identical neighbours become one run-length entry). Directories
 * and metadata are gzip-compressed; a root directory that would not fit in the first 16 KiB is
 * split into leaf directories, as the reference writer does.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId, Compression, TileType } from 'pmtiles';

export { Compression, TileType };

export const HEADER_BYTES = 127;
/** The reader fetches the first 16 KiB at once: header and root directory must fit in it. */
export const ROOT_MAX_BYTES = 16_384 - HEADER_BYTES;

export interface DirectoryEntry {
  tileId: number;
  /** Offset in the tile data section (or, for a leaf pointer, in the leaf directory section). */
  offset: number;
  length: number;
  /** Number of consecutive TileIDs sharing this content; 0 marks a pointer to a leaf directory. */
  runLength: number;
}

export interface ArchiveInfo {
  tileType: TileType;
  /** The compression the tiles are stored with; `finish` gzips tiles that are not gzip yet when this is Gzip. */
  tileCompression: Compression;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** JSON metadata (TileJSON-like: name, vector_layers, attribution, …). */
  metadata: Record<string, unknown>;
  /** Defaults to the zooms of the tiles added. */
  minZoom?: number;
  maxZoom?: number;
  /** For tests: a smaller root budget forces leaf directories. */
  rootMaxBytes?: number;
}

export interface ArchiveStats {
  bytes: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  leafDirectories: number;
  rootDirectoryBytes: number;
  tileDataBytes: number;
  minZoom: number;
  maxZoom: number;
}

function writeVarint(out: number[], value: number): void {
  // Values can exceed 2^32 (TileIDs at z ≥ 16, offsets in large archives): no bitwise ops.
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory's uncompressed bytes: count, TileID deltas, run lengths, lengths, offsets (0 = contiguous). */
export function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    if (i > 0 && e.offset === prev.offset + prev.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return Uint8Array.from(out);
}

function gzip(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes, { level: 9 }));
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Root and leaf directories (gzip) for sorted entries: one root if it fits, else leaves of growing size. */
export function buildDirectories(entries: readonly DirectoryEntry[], rootMaxBytes = ROOT_MAX_BYTES): { root: Uint8Array; leaves: Uint8Array; leafCount: number } {
  const whole = gzip(serializeDirectory(entries));
  if (whole.length <= rootMaxBytes) return { root: whole, leaves: new Uint8Array(0), leafCount: 0 };
  let leafSize = 4096;
  for (;;) {
    const rootEntries: DirectoryEntry[] = [];
    const chunks: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      chunks.push(leaf);
      offset += leaf.length;
    }
    const root = gzip(serializeDirectory(rootEntries));
    if (root.length <= rootMaxBytes || leafSize >= entries.length) {
      if (root.length > rootMaxBytes) throw new Error(`root directory of ${root.length} bytes does not fit in ${rootMaxBytes}`);
      const leaves = new Uint8Array(offset);
      let at = 0;
      for (const c of chunks) {
        leaves.set(c, at);
        at += c.length;
      }
      return { root, leaves, leafCount: chunks.length };
    }
    leafSize = Math.ceil(leafSize * 1.2);
  }
}

export function serializeHeader(h: {
  rootOffset: number; rootLength: number; metadataOffset: number; metadataLength: number;
  leafOffset: number; leafLength: number; tileDataOffset: number; tileDataLength: number;
  addressedTiles: number; tileEntries: number; tileContents: number; clustered: boolean;
  internalCompression: Compression; tileCompression: Compression; tileType: TileType;
  minZoom: number; maxZoom: number; bounds: [number, number, number, number]; center: [number, number, number];
}): Uint8Array {
  const buf = new Uint8Array(HEADER_BYTES);
  const v = new DataView(buf.buffer);
  buf.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  const u64 = [h.rootOffset, h.rootLength, h.metadataOffset, h.metadataLength, h.leafOffset, h.leafLength,
    h.tileDataOffset, h.tileDataLength, h.addressedTiles, h.tileEntries, h.tileContents];
  u64.forEach((n, i) => v.setBigUint64(8 + i * 8, BigInt(n), true));
  v.setUint8(96, h.clustered ? 1 : 0);
  v.setUint8(97, h.internalCompression);
  v.setUint8(98, h.tileCompression);
  v.setUint8(99, h.tileType);
  v.setUint8(100, h.minZoom);
  v.setUint8(101, h.maxZoom);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  v.setInt32(102, e7(h.bounds[0]), true);
  v.setInt32(106, e7(h.bounds[1]), true);
  v.setInt32(110, e7(h.bounds[2]), true);
  v.setInt32(114, e7(h.bounds[3]), true);
  v.setUint8(118, h.center[2]);
  v.setInt32(119, e7(h.center[0]), true);
  v.setInt32(123, e7(h.center[1]), true);
  return buf;
}

interface Spooled { tileId: number; spoolOffset: number; length: number; hash: string; z: number }

export class PmtilesWriter {
  private readonly spoolFd: number;
  private spoolBytes = 0;
  private readonly tiles: Spooled[] = [];
  private readonly seenIds = new Set<number>();

  /** `spoolPath`: a scratch file for tile bytes (removed by `finish`). */
  constructor(private readonly spoolPath: string, private readonly gzipTiles: boolean) {
    this.spoolFd = openSync(spoolPath, 'w+');
  }

  get tileCount(): number {
    return this.tiles.length;
  }

  addTile(z: number, x: number, y: number, data: Uint8Array): void {
    const tileId = zxyToTileId(z, x, y);
    if (this.seenIds.has(tileId)) throw new Error(`tile ${z}/${x}/${y} added twice`);
    this.seenIds.add(tileId);
    const bytes = this.gzipTiles && !isGzip(data) ? gzip(data) : data;
    writeSync(this.spoolFd, bytes, 0, bytes.length, this.spoolBytes);
    const hash = createHash('sha256').update(bytes).digest('base64');
    this.tiles.push({ tileId, spoolOffset: this.spoolBytes, length: bytes.length, hash, z });
    this.spoolBytes += bytes.length;
  }

  /** Writes the archive to `outPath` (via `outPath + '.part'`, renamed when complete). */
  finish(outPath: string, info: ArchiveInfo): ArchiveStats {
    if (this.tiles.length === 0) throw new Error('no tiles to write');
    const sorted = [...this.tiles].sort((a, b) => a.tileId - b.tileId);
    // Tile data layout: each distinct content once, at its first TileID's place.
    const entries: DirectoryEntry[] = [];
    const offsetOf = new Map<string, number>();
    const copyOrder: Spooled[] = [];
    let tileDataBytes = 0;
    for (const t of sorted) {
      let offset = offsetOf.get(t.hash);
      if (offset === undefined) {
        offset = tileDataBytes;
        offsetOf.set(t.hash, offset);
        copyOrder.push(t);
        tileDataBytes += t.length;
      }
      const last = entries[entries.length - 1];
      if (last && last.offset === offset && last.tileId + last.runLength === t.tileId) last.runLength += 1;
      else entries.push({ tileId: t.tileId, offset, length: t.length, runLength: 1 });
    }
    const { root, leaves, leafCount } = buildDirectories(entries, info.rootMaxBytes);
    const metadata = gzip(new TextEncoder().encode(JSON.stringify(info.metadata)));
    // Loops, not Math.min(...): an archive can hold millions of tiles.
    let lowZ = 32;
    let highZ = 0;
    for (const t of sorted) {
      lowZ = Math.min(lowZ, t.z);
      highZ = Math.max(highZ, t.z);
    }
    const minZoom = info.minZoom ?? lowZ;
    const maxZoom = info.maxZoom ?? highZ;

    const rootOffset = HEADER_BYTES;
    const metadataOffset = rootOffset + root.length;
    const leafOffset = metadataOffset + metadata.length;
    const tileDataOffset = leafOffset + leaves.length;
    const header = serializeHeader({
      rootOffset, rootLength: root.length, metadataOffset, metadataLength: metadata.length,
      leafOffset, leafLength: leaves.length, tileDataOffset, tileDataLength: tileDataBytes,
      addressedTiles: sorted.length, tileEntries: entries.length, tileContents: copyOrder.length, clustered: true,
      internalCompression: Compression.Gzip, tileCompression: info.tileCompression, tileType: info.tileType,
      minZoom, maxZoom, bounds: info.bounds, center: info.center,
    });

    const partPath = `${outPath}.part`;
    const out = openSync(partPath, 'w');
    try {
      let at = 0;
      for (const part of [header, root, metadata, leaves]) {
        writeSync(out, part, 0, part.length, at);
        at += part.length;
      }
      const buf = Buffer.alloc(copyOrder.reduce((m, t) => Math.max(m, t.length), 0));
      for (const t of copyOrder) {
        readSync(this.spoolFd, buf, 0, t.length, t.spoolOffset);
        writeSync(out, buf, 0, t.length, at);
        at += t.length;
      }
    } finally {
      closeSync(out);
      closeSync(this.spoolFd);
      rmSync(this.spoolPath, { force: true });
    }
    renameSync(partPath, outPath);
    return {
      bytes: tileDataOffset + tileDataBytes, addressedTiles: sorted.length, tileEntries: entries.length,
      tileContents: copyOrder.length, leafDirectories: leafCount, rootDirectoryBytes: root.length, tileDataBytes, minZoom, maxZoom,
    };
  }
}
