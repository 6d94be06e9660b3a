/**
 * The whole import of one file, in whatever thread runs it (the worker on the page; in-process in
 * Node): limits, reading, format and encoding detection, the format's converter, the file-level checks
 * and the coordinate-system guess. Never throws: every problem is a message.
 */
import { analyse } from './analyse';
import { Messages } from './collect';
import { parseDelimited } from './csv';
import { decodeText, looksBinary } from './encoding';
import { parseGeoJson } from './geojson';
import { parseKml } from './kml';
import { formatMegabytes, IMPORT_LIMIT_BYTES } from './limits';
import { parseShapefileZip } from './shapefile';
import { extensionOf, sniffFormat } from './sniff';
import { newTextStats } from './text';
import { cancelled, failed } from './result';
import type { ImportFormat, ImportedFeature, ParsedImport, ParseOptions, TextEncoding } from './types';

export type FileLike = Blob & { name?: string };

const errText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

export async function parseInProcess(file: FileLike, options: ParseOptions = {}): Promise<ParsedImport> {
  const fileName = file.name || 'file';
  try {
    return await parseUnguarded(file, fileName, options);
  } catch (e) {
    return failed(fileName, 'internal-error', { detail: errText(e) });
  }
}

async function parseUnguarded(file: FileLike, fileName: string, options: ParseOptions): Promise<ParsedImport> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return cancelled(fileName);
  if (file.size > IMPORT_LIMIT_BYTES) return failed(fileName, 'file-too-large', { size: formatMegabytes(file.size), limit: formatMegabytes(IMPORT_LIMIT_BYTES) });
  if (file.size === 0) return failed(fileName, 'empty-file');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return failed(fileName, 'read-failed', { detail: errText(e) });
  }
  if (signal?.aborted) return cancelled(fileName);
  onProgress?.(0.05);
  const sniffed = sniffFormat(fileName, bytes.subarray(0, 4096));
  const msgs = new Messages(fileName);
  const stats = newTextStats();
  if (sniffed === 'shp-unzipped') return failed(fileName, 'shapefile-not-zipped', undefined, 'shapefile');
  if (sniffed === 'utf-16') return failed(fileName, 'utf-16');

  let format: ImportFormat;
  let encoding: TextEncoding | undefined;
  let features: ImportedFeature[];
  let extra: Partial<ParsedImport> = {};
  let declared: { crs: import('./types').CrsId; source: string } | undefined;
  let columns: Partial<import('./types').ColumnChoice> | undefined;

  if (sniffed === 'shapefile') {
    format = 'shapefile';
    const r = await parseShapefileZip(bytes, fileName, msgs, stats);
    features = r.features;
    declared = r.declared;
  } else {
    if (looksBinary(bytes)) return failed(fileName, 'binary-file');
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    const text = decoded.text;
    if (text.trim() === '') return failed(fileName, 'empty-file', undefined, sniffed === 'unknown' ? null : sniffed);
    if (sniffed === 'unknown') return failed(fileName, 'unknown-format', { ext: extensionOf(fileName) || '—' });
    format = sniffed;
    onProgress?.(0.1);
    if (format === 'geojson') {
      const r = parseGeoJson(text, fileName, msgs, stats);
      features = r.features;
      declared = r.declared;
    } else if (format === 'kml') {
      features = parseKml(text, fileName, msgs, stats).features;
    } else {
      let stop = false;
      const r = parseDelimited(text, format === 'tsv' ? '\t' : '', options.columns, fileName, msgs, stats, (f) => {
        if (signal?.aborted) { stop = true; return false; }
        onProgress?.(0.1 + 0.8 * f);
        return !signal?.aborted;
      });
      if (stop || signal?.aborted) return cancelled(fileName);
      features = r.features;
      declared = r.declared;
      columns = r.columnChoice;
      extra = { columns: r.columns, ...(r.columnChoice ? { columnChoice: r.columnChoice } : {}), ...(r.needsColumns ? { needsColumns: true } : {}) };
      if (!msgs.errors.length && features.length === 0) msgs.error('no-rows');
    }
  }
  if (signal?.aborted) return cancelled(fileName);
  const base = { fileName, format, ...(encoding ? { encoding } : {}), ...extra };
  if (msgs.errors.length) {
    return { ...base, ok: false, features: [], crs: { crs: 'wgs84', basis: 'default' }, notes: msgs.notes, errors: msgs.errors, rowCount: 0 };
  }
  const a = analyse(features, msgs, stats, { kind: format === 'csv' || format === 'tsv' ? 'row' : 'feature', columns, declared, anchors: options.anchors });
  msgs.summarise();
  onProgress?.(0.95);
  if (a.refused) return { ...base, ok: false, features: [], crs: a.crs, notes: [], errors: msgs.errors, rowCount: features.length };
  return { ...base, ok: true, features, crs: a.crs, notes: msgs.notes, errors: [], rowCount: features.length };
}
