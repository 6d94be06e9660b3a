/**
 * Bytes to text: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else GB18030
 * (a superset of GBK and GB2312, what Excel writes for Chinese Windows). Binary files are recognised
 * before any decoding (NUL bytes or many control characters in the first 8 KB).
 */
import type { TextEncoding } from './types';

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  // UTF-16 text (with its BOM) is text, but not an encoding we read: the caller reports it as binary-like.
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.05;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}
