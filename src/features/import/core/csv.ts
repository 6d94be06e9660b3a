/**
 * The CSV / TSV converter: papaparse reads the records (quotes, embedded newlines and delimiters
 * handled), one record at a time; each becomes a feature (a Point, or no geometry when the row has an
 * address only or unreadable coordinates: listed as not located, never dropped). Rows are numbered as a
 * spreadsheet numbers them: the header is row 1.
 */
import Papa from 'papaparse';
import { detectColumns, type DetectedColumns } from './columns';
import type { Messages } from './collect';
import { cleanText, type TextStats } from './text';
import type { ColumnChoice, ImportedFeature, ImportProperties } from './types';

export interface DelimitedResult {
  features: ImportedFeature[];
  columns: string[];
  columnChoice?: ColumnChoice;
  needsColumns?: boolean;
  declared?: DetectedColumns['declared'];
  rowCount: number;
}

export interface Progress {
  /** 0..1 of the text read; returns false when the parse must stop (cancelled). */
  (fraction: number): boolean;
}

const FULL_WIDTH = /[０-９．－＋]/g;

/** A coordinate cell as a number: full-width digits, a degree sign and a hemisphere letter are understood. */
export function parseCoordinate(cell: string): number | null {
  let s = cell.trim().replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let sign = 1;
  const hemi = /^(.*?)\s*°?\s*([EWNS东西南北])$/i.exec(s);
  if (hemi) {
    s = hemi[1];
    if (/[WS西南]/i.test(hemi[2])) sign = -1;
  }
  s = s.replace(/°$/, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  return sign * Number(s);
}

function uniqueHeader(raw: string[], msgs: Messages, stats: TextStats): string[] {
  const seen = new Set<string>();
  return raw.map((h, i) => {
    let name = cleanText(h.trim(), stats) || `column_${i + 1}`;
    if (seen.has(name)) {
      let k = 2;
      while (seen.has(`${name} (${k})`)) k++;
      const renamed = `${name} (${k})`;
      msgs.lead('duplicate-column', { column: name, renamed });
      name = renamed;
    }
    seen.add(name);
    return name;
  });
}

export function parseDelimited(text: string, delimiter: string, chosen: ColumnChoice | undefined, file: string, msgs: Messages, stats: TextStats, progress: Progress): DelimitedResult {
  const features: ImportedFeature[] = [];
  let header: string[] | null = null;
  let choice: Partial<ColumnChoice> = {};
  let declared: DetectedColumns['declared'];
  let idx: { lng: number; lat: number; name: number; address: number } = { lng: -1, lat: -1, name: -1, address: -1 };
  let record = 0; // records read, the header included
  // Excel's "sep=;" first line names the delimiter; it is a line of the file (row 1), not the header.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    record = 1;
  }
  let stopped = false;
  let missingColumns = false;

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (res, parser) => {
      record++;
      const cells = res.data;
      if (!header) {
        if (cells.length === 1 && cells[0].trim() === '') { record--; return; } // blank lines before the header
        header = uniqueHeader(cells, msgs, stats);
        const det = detectColumns(header);
        declared = det.declared;
        if (chosen) {
          for (const c of [chosen.lng, chosen.lat, chosen.name, chosen.address]) {
            if (c !== undefined && c !== '' && !header.includes(c)) msgs.error('column-not-found', { column: c, columns: header.join(', ') });
          }
          if (msgs.errors.length) { stopped = true; parser.abort(); return; }
          choice = { ...chosen };
          declared = chosen.lng ? detectColumns([chosen.lng, chosen.lat]).declared : undefined;
        } else {
          choice = det.choice;
        }
        if (!choice.lng && !choice.address) { missingColumns = true; stopped = true; parser.abort(); return; }
        idx = {
          lng: choice.lng ? header.indexOf(choice.lng) : -1,
          lat: choice.lat ? header.indexOf(choice.lat) : -1,
          name: choice.name ? header.indexOf(choice.name) : -1,
          address: choice.address ? header.indexOf(choice.address) : -1,
        };
        return;
      }
      const row = record;
      if (cells.length === 1 && cells[0].trim() === '') return; // a blank line: counted, not a record
      for (const e of res.errors) {
        if (e.code === 'TooFewFields' || e.code === 'TooManyFields') msgs.note('row-field-count', { expected: header.length, found: cells.length }, { row });
        else if (e.type === 'Quotes') msgs.note('row-quotes', undefined, { row });
      }
      const props: ImportProperties = Object.fromEntries(header.map((h, i) => [h, cleanText(cells[i] ?? '', stats)]));
      for (let i = header.length; i < cells.length; i++) props[`column_${i + 1}`] = cleanText(cells[i], stats);
      const index = features.length;
      const nameCell = idx.name >= 0 ? String(props[header[idx.name]]).trim() : '';
      const address = idx.address >= 0 ? String(props[header[idx.address]]).trim() || undefined : undefined;
      const f: ImportedFeature = { index, name: nameCell || `${file} #${index + 1}`, geometry: null, properties: props, ...(address ? { address } : {}), row };
      if (idx.lng >= 0 && idx.lat >= 0) {
        const lngCell = cells[idx.lng] ?? '';
        const latCell = cells[idx.lat] ?? '';
        if (lngCell.trim() === '' && latCell.trim() === '') {
          if (!address) msgs.note('row-missing-coordinate', undefined, { row });
        } else {
          const lng = parseCoordinate(lngCell);
          const lat = parseCoordinate(latCell);
          if (lng === null || lat === null) msgs.note('row-bad-coordinate', { value: (lng === null ? lngCell : latCell).slice(0, 60) }, { row });
          else if (!Number.isFinite(lng) || !Number.isFinite(lat)) msgs.note('row-bad-coordinate', { value: `${lngCell}, ${latCell}`.slice(0, 60) }, { row });
          else f.geometry = { type: 'Point', coordinates: [lng, lat] };
        }
      }
      features.push(f);
      if ((features.length & 1023) === 0 && !progress(res.meta.cursor / Math.max(1, text.length))) { stopped = true; parser.abort(); }
    },
  });

  const columns = header ?? [];
  if (missingColumns) {
    msgs.error('missing-coordinate-column', { columns: columns.join(', ').slice(0, 300) });
    return { features: [], columns, needsColumns: true, rowCount: 0 };
  }
  if (stopped) return { features, columns, rowCount: features.length };
  progress(1);
  const full = choice.lng && choice.lat ? (choice as ColumnChoice) : undefined;
  return {
    features,
    columns,
    columnChoice: full ?? { lng: '', lat: '', ...(choice.name ? { name: choice.name } : {}), ...(choice.address ? { address: choice.address } : {}) },
    declared,
    rowCount: features.length,
  };
}

