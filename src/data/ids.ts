/** Record ids and kinds, with no dependency on the schema library (the browser never loads zod). */

export type RecordKind = 'plan' | 'zone' | 'carrier' | 'institution' | 'enterprise' | 'action' | 'target' | 'department' | 'event' | 'grouping' | 'draft';

const KINDS: readonly RecordKind[] = ['plan', 'zone', 'carrier', 'institution', 'enterprise', 'action', 'target', 'department', 'event', 'grouping', 'draft'];

/** The kind of record an id points at, from its prefix. */
export function kindOfId(id: string): RecordKind | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return KINDS.find((k) => k === prefix);
}
