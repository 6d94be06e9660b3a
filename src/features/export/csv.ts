/**
 * Records → CSV text: UTF-8 with a byte-order mark (so that Excel reads the Chinese as UTF-8), CRLF
 * line ends, one line per record, lists joined with "; ". papaparse writes the quoting; it is loaded
 * only when a file is exported.
 */
import { EXPORT_COLUMNS, type ExportRecord } from './records';

export const BOM = '\uFEFF';
export const LIST_SEPARATOR = '; ';

/** One CSV cell per column: lists joined, a missing coordinate empty. */
export function csvCells(r: ExportRecord): string[] {
  return EXPORT_COLUMNS.map((c) => {
    const v = r[c];
    return Array.isArray(v) ? v.join(LIST_SEPARATOR) : v === null ? '' : String(v);
  });
}

export async function toCsv(records: readonly ExportRecord[]): Promise<string> {
  const { unparse } = (await import('papaparse')).default;
  return BOM + unparse({ fields: [...EXPORT_COLUMNS], data: records.map(csvCells) }, { newline: '\r\n' });
}
