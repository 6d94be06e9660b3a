/**
 * The directory's rows as shown: each record's cells as display text (in the reader's language), and
 * sorting by any column. Pure: the labels come in from the caller.
 */
import type { Name, Precision, RecordKind } from '../../data/schema';
import type { RecordRow } from '../../data/filter';

export const COLUMNS = ['name', 'type', 'plan', 'zone', 'kind', 'precision'] as const;
export type Column = (typeof COLUMNS)[number];
export type SortDir = 'asc' | 'desc';
export interface SortState { column: Column; dir: SortDir }

export const DEFAULT_SORT: SortState = { column: 'type', dir: 'asc' };

/** Places first (what the map draws), then the plans' text records. */
const TYPE_ORDER: RecordKind[] = ['zone', 'grouping', 'carrier', 'institution', 'enterprise', 'event', 'action', 'draft', 'target', 'department', 'plan'];
const PRECISION_ORDER: (Precision | null)[] = ['exact', 'street', 'approximate', 'schematic', null];

export interface Labels {
  name: (n: Name) => string;
  /** A linked record's (plan's, zone's) display name. */
  nameOf: (id: string) => string;
  type: (k: RecordKind) => string;
  /** The row's kind and tracks, e.g. "孵化器 · 人工智能". */
  kind: (row: RecordRow) => string;
  precision: (p: Precision | null) => string;
  /** Between the names of a list ('、' in Chinese, ', ' in English). */
  separator: string;
}

export interface DirectoryItem {
  row: RecordRow;
  cells: Record<Column, string>;
}

export function directoryItems(rows: readonly RecordRow[], l: Labels): DirectoryItem[] {
  const list = (ids: string[]) => ids.map(l.nameOf).join(l.separator);
  return rows.map((row) => ({
    row,
    cells: {
      name: l.name(row.name),
      type: l.type(row.kind),
      plan: list(row.plans),
      zone: list(row.zones),
      kind: l.kind(row),
      precision: l.precision(row.precision),
    },
  }));
}

/**
 * Sorted by one column (type and precision by their natural order, the rest as text with the
 * language's collation: pinyin order for Chinese), ties by name then id; empty cells last either way.
 */
export function sortItems(items: readonly DirectoryItem[], { column, dir }: SortState, collator: Intl.Collator): DirectoryItem[] {
  const sign = dir === 'asc' ? 1 : -1;
  const rank = (it: DirectoryItem): number | null =>
    column === 'type' ? TYPE_ORDER.indexOf(it.row.kind) : column === 'precision' ? PRECISION_ORDER.indexOf(it.row.precision) : null;
  const tie = (a: DirectoryItem, b: DirectoryItem) => collator.compare(a.cells.name, b.cells.name) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0);
  return [...items].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== null && rb !== null) return (ra - rb) * sign || tie(a, b);
    const ca = a.cells[column];
    const cb = b.cells[column];
    if (!ca !== !cb) return ca ? -1 : 1;
    return collator.compare(ca, cb) * sign || tie(a, b);
  });
}
