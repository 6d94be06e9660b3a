/** A refused import's result (no features; one error). */
import type { ImportFormat, ParsedImport } from './types';

export function failed(fileName: string, code: string, params?: Record<string, string | number>, format: ImportFormat | null = null): ParsedImport {
  return {
    ok: false, fileName, format, features: [], crs: { crs: 'wgs84', basis: 'default' }, notes: [], rowCount: 0,
    errors: [{ code, severity: 'error', file: fileName, ...(params ? { params } : {}) }],
  };
}

export const cancelled = (fileName: string) => failed(fileName, 'cancelled');

