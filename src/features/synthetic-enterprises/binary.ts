/**
 * The synthetic layer's binary file, `enterprises-<count>-<seed>.bin` (written by
 * scripts/synthetic/generate.ts, never committed, never shipped). Little-endian, columnar, so the worker
 * decodes it into typed-array views without copying:
 *
 * | offset        | type           | content                                  |
 * |---------------|----------------|------------------------------------------|
 * | 0             | 4 × u8         | magic `SYNE`                             |
 * | 4             | u16            | format version (1)                       |
 * | 6             | u16            | header length in bytes (32)              |
 * | 8             | u32            | count n                                  |
 * | 12            | u32            | seed                                     |
 * | 16, 18        | u16, u16       | year min, year max                       |
 * | 20            | u8, u8         | number of tracks, number of size classes |
 * | 22 … 31       | —              | reserved, zero                           |
 * | 32            | f32 × 2n       | lon, lat per point (WGS84)               |
 * | 32 + 8n       | u16 × n        | founding year                            |
 * | 32 + 10n      | u8 × n         | track index (attributes.ts `TRACKS`)     |
 * | 32 + 11n      | u8 × n         | size class index (`SIZES`)               |
 *
 * Total 32 + 12n bytes (12 MB for a million points).
 */
import { SIZES, TRACKS, YEAR_MAX, YEAR_MIN } from './attributes';
import type { SyntheticEnterprises } from './generate';

export const MAGIC = 'SYNE';
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 32;

export function dataFileName(count: number, seed: number): string {
  return `enterprises-${count}-${seed}.bin`;
}

/** Little-endian check: typed-array views use the platform's byte order. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeEnterprises(d: SyntheticEnterprises): ArrayBuffer {
  if (!LITTLE_ENDIAN) throw new Error('encodeEnterprises: big-endian platforms are not supported');
  const n = d.count;
  const buf = new ArrayBuffer(HEADER_BYTES + 12 * n);
  const view = new DataView(buf);
  for (let i = 0; i < 4; i++) view.setUint8(i, MAGIC.charCodeAt(i));
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(6, HEADER_BYTES, true);
  view.setUint32(8, n, true);
  view.setUint32(12, d.seed >>> 0, true);
  view.setUint16(16, YEAR_MIN, true);
  view.setUint16(18, YEAR_MAX, true);
  view.setUint8(20, TRACKS.length);
  view.setUint8(21, SIZES.length);
  new Float32Array(buf, HEADER_BYTES, 2 * n).set(d.positions);
  new Uint16Array(buf, HEADER_BYTES + 8 * n, n).set(d.year);
  new Uint8Array(buf, HEADER_BYTES + 10 * n, n).set(d.track);
  new Uint8Array(buf, HEADER_BYTES + 11 * n, n).set(d.size);
  return buf;
}

/** Decodes without copying (the arrays are views on `buf`); throws on anything that is not a v1 file. */
export function decodeEnterprises(buf: ArrayBuffer): SyntheticEnterprises {
  if (!LITTLE_ENDIAN) throw new Error('decodeEnterprises: big-endian platforms are not supported');
  if (buf.byteLength < HEADER_BYTES) throw new Error('synthetic data: file too short');
  const view = new DataView(buf);
  const magic = String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3));
  if (magic !== MAGIC) throw new Error('synthetic data: not a SYNE file');
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`synthetic data: unsupported version ${version}`);
  const header = view.getUint16(6, true);
  const n = view.getUint32(8, true);
  if (header !== HEADER_BYTES || buf.byteLength !== HEADER_BYTES + 12 * n) throw new Error('synthetic data: length does not match the header');
  if (view.getUint8(20) !== TRACKS.length || view.getUint8(21) !== SIZES.length) throw new Error('synthetic data: track or size list differs from this app');
  return {
    count: n,
    seed: view.getUint32(12, true),
    positions: new Float32Array(buf, HEADER_BYTES, 2 * n),
    year: new Uint16Array(buf, HEADER_BYTES + 8 * n, n),
    track: new Uint8Array(buf, HEADER_BYTES + 10 * n, n),
    size: new Uint8Array(buf, HEADER_BYTES + 11 * n, n),
  };
}
