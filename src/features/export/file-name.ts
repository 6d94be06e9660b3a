/**
 * An export's file name says what it holds and when it was made:
 * `atlas-<what>[-<plan>][-in-view]-<YYYY-MM-DD>.<ext>`, e.g. `atlas-carriers-changning-silicon-alley-2026-12-01.csv`.
 * <what> is the record type filter (plural, joined when several), else `all` when nothing is filtered,
 * else `records`; <plan> is the plan's slug when every exported record belongs to that one plan. Pure.
 */
import type { RecordKind } from '../../data/schema';

const PLURAL: Record<RecordKind, string> = {
  plan: 'plans', zone: 'zones', carrier: 'carriers', institution: 'institutions', enterprise: 'enterprises',
  action: 'actions', target: 'targets', department: 'departments',
  event: 'events', grouping: 'groupings', draft: 'draft-items',
};

export interface FileNameInput {
  /** The record type filter (empty: every type). */
  kinds: readonly string[];
  /** True when any filter, hidden plan or the in-view limit narrows the list. */
  filtered: boolean;
  inView: boolean;
  /** Every plan id the exported records belong to. */
  plans: ReadonlySet<string>;
  now: Date;
  ext: 'csv' | 'geojson';
}

/** The local calendar date, YYYY-MM-DD. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const slugOf = (id: string) => id.slice(id.indexOf(':') + 1).replace(/[^a-z0-9-]/g, '');

export function exportFileName({ kinds, filtered, inView, plans, now, ext }: FileNameInput): string {
  const what = kinds.length
    ? [...kinds].sort().map((k) => PLURAL[k as RecordKind] ?? slugOf(`:${k}`)).join('-')
    : filtered || inView ? 'records' : 'all';
  const parts = ['atlas', what];
  if (plans.size === 1) parts.push(slugOf([...plans][0]));
  if (inView) parts.push('in-view');
  parts.push(localDate(now));
  return `${parts.join('-')}.${ext}`;
}
