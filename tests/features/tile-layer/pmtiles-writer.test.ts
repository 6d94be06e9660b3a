/**
 * The PMTiles v3 writer (scripts/pmtiles/pmtiles-writer.ts), proved against the reader the app uses
 * (the `pmtiles` npm package): header, metadata and every tile read back equal what went in.
 * Hand-made tiles only (geojson-vt + vt-pbf for real MVT bytes): no GDAL, no network.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import geojsonvt from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { PMTiles, type Source, zxyToTileId } from 'pmtiles';
import { PmtilesWriter, Compression, TileType, serializeDirectory } from '../../../scripts/pmtiles/pmtiles-writer';

/** A pmtiles Source over bytes in memory (the reader's own FetchSource needs HTTP). */
class BufferSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return 'memory';
  }
  async getBytes(offset: number, length: number) {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

function mvtTile(z: number, x: number, y: number): Uint8Array {
  // A point at the tile's centre, in lon/lat, with the attributes the real layer carries.
  const n = 2 ** z;
  const lon = ((x + 0.5) / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (y + 0.5)) / n))) * 180) / Math.PI;
  const index = geojsonvt(
    { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { track: 'ai', year: 2000 + z, size: 2 }, geometry: { type: 'Point', coordinates: [lon, lat] } }] },
    { maxZoom: z, indexMaxZoom: z, indexMaxPoints: 0 },
  );
  const tile = index.getTile(z, x, y);
  if (!tile) throw new Error(`no tile ${z}/${x}/${y}`);
  return vtpbf.fromGeojsonVt({ enterprises: tile }, { version: 2 });
}

const META = { name: 'test', synthetic: true, vector_layers: [{ id: 'enterprises', fields: { track: 'String' } }] };
const INFO = {
  tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: [121, 31, 122, 32] as [number, number, number, number],
  center: [121.47, 31.23, 10] as [number, number, number], metadata: META,
};

function build(tiles: { z: number; x: number; y: number; data: Uint8Array }[], rootMaxBytes?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'pmtiles-test-'));
  try {
    const writer = new PmtilesWriter(join(dir, 'spool'), true);
    for (const t of tiles) writer.addTile(t.z, t.x, t.y, t.data);
    const out = join(dir, 'out.pmtiles');
    const stats = writer.finish(out, { ...INFO, rootMaxBytes });
    return { bytes: new Uint8Array(readFileSync(out)), stats };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readBack(bytes: Uint8Array, z: number, x: number, y: number): Promise<Uint8Array | undefined> {
  // The reader decompresses gzip tiles itself; an identity decompressor shows the stored bytes.
  const p = new PMTiles(new BufferSource(bytes));
  const r = await p.getZxy(z, x, y);
  return r ? new Uint8Array(r.data) : undefined;
}

describe('PMTiles writer', () => {
  const hand = [
    { z: 0, x: 0, y: 0 }, { z: 1, x: 1, y: 0 }, { z: 2, x: 3, y: 1 }, { z: 10, x: 857, y: 418 }, { z: 14, x: 13717, y: 6692 },
  ].map((t) => ({ ...t, data: mvtTile(t.z, t.x, t.y) }));

  it('writes a header, metadata and tiles the pmtiles reader reads back unchanged', async () => {
    // Added out of order on purpose: the writer sorts by Hilbert TileID.
    const { bytes, stats } = build([...hand].reverse());
    expect(new TextDecoder().decode(bytes.slice(0, 7))).toBe('PMTiles');
    const p = new PMTiles(new BufferSource(bytes));
    const h = await p.getHeader();
    expect(h.specVersion).toBe(3);
    expect(h.tileType).toBe(TileType.Mvt);
    expect(h.tileCompression).toBe(Compression.Gzip);
    expect(h.internalCompression).toBe(Compression.Gzip);
    expect(h.clustered).toBe(true);
    expect([h.minZoom, h.maxZoom]).toEqual([0, 14]);
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([121, 31, 122, 32]);
    expect([h.centerLon, h.centerLat, h.centerZoom]).toEqual([121.47, 31.23, 10]);
    expect(h.numAddressedTiles).toBe(hand.length);
    expect(h.numTileContents).toBe(hand.length);
    expect(stats.bytes).toBe(bytes.length);
    expect(await p.getMetadata()).toEqual(META);
    for (const t of hand) expect(await readBack(bytes, t.z, t.x, t.y)).toEqual(t.data);
    expect(await readBack(bytes, 3, 0, 0)).toBeUndefined();
  });

  it('stores the tiles gzip-compressed and the TileJSON lists the zooms', async () => {
    const { bytes } = build(hand);
    const p = new PMTiles(new BufferSource(bytes), undefined, async (buf) => buf);
    // With an identity decompressor the stored tile bytes show: gzip, and they inflate to the input.
    const raw = await p.getZxy(14, 13717, 6692);
    const stored = new Uint8Array(raw!.data);
    expect([stored[0], stored[1]]).toEqual([0x1f, 0x8b]);
    expect(new Uint8Array(gunzipSync(stored))).toEqual(hand[4].data);
    const tj = (await new PMTiles(new BufferSource(bytes)).getTileJson('pmtiles://x')) as { minzoom: number; maxzoom: number; vector_layers: unknown[] };
    expect([tj.minzoom, tj.maxzoom]).toEqual([0, 14]);
    expect(tj.vector_layers).toEqual(META.vector_layers);
  });

  it('stores identical tiles once, as one run for neighbours', async () => {
    const same = new TextEncoder().encode('identical tile');
    const other = new TextEncoder().encode('other tile');
    // Every z3 tile: 64 TileIDs in a row, all the same bytes except one.
    const tiles = [];
    for (let x = 0; x < 8; x++) for (let y = 0; y < 8; y++) tiles.push({ z: 3, x, y, data: x === 5 && y === 2 ? other : same });
    const { bytes, stats } = build(tiles);
    expect(stats.addressedTiles).toBe(64);
    expect(stats.tileContents).toBe(2);
    expect(stats.tileEntries).toBe(3);
    for (const t of tiles) expect(await readBack(bytes, t.z, t.x, t.y)).toEqual(t.data);
  });

  it('splits a large directory into leaf directories the reader follows', async () => {
    const tiles = [];
    // Every z7 tile (16 384), of uneven lengths so that the directory does not compress away.
    const text = (x: number, y: number) => `tile ${x}/${y} ${'.'.repeat((x * 7 + y * 13) % 61)}`;
    for (let x = 0; x < 128; x++) for (let y = 0; y < 128; y++) tiles.push({ z: 7, x, y, data: new TextEncoder().encode(text(x, y)) });
    const { bytes, stats } = build(tiles, 1000);
    expect(stats.leafDirectories).toBeGreaterThan(1);
    expect(stats.rootDirectoryBytes).toBeLessThanOrEqual(1000);
    for (const [x, y] of [[0, 0], [127, 127], [17, 40], [40, 17], [63, 64], [100, 3]]) {
      expect(new TextDecoder().decode(await readBack(bytes, 7, x, y))).toBe(text(x, y));
    }
  });

  it('encodes directories as the spec says (varint deltas, 0 for contiguous offsets)', () => {
    const bytes = serializeDirectory([
      { tileId: zxyToTileId(1, 0, 0), offset: 0, length: 10, runLength: 1 },
      { tileId: zxyToTileId(1, 0, 1), offset: 10, length: 300, runLength: 2 },
      { tileId: zxyToTileId(1, 1, 0), offset: 0, length: 10, runLength: 1 },
    ]);
    // count 3 | ids 1, 2, 4 (deltas 1, 1, 2) | runs 1,2,1 | lengths 10, 300 (0xac 0x02), 10 | offsets 1, 0, 1
    expect([...bytes]).toEqual([3, 1, 1, 2, 1, 2, 1, 10, 0xac, 0x02, 10, 1, 0, 1]);
  });

  it('refuses a tile added twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmtiles-test-'));
    try {
      const w = new PmtilesWriter(join(dir, 'spool'), false);
      w.addTile(1, 0, 0, new Uint8Array([1]));
      expect(() => w.addTile(1, 0, 0, new Uint8Array([2]))).toThrow(/twice/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
