/**
 * The link index: every record by id, and for any id the records it links to and the records that
 * link to it (links run both ways). Pure; built once from the atlas.
 */
import type {
  Action, Atlas, AtlasEvent, Carrier, Department, DraftItem, Enterprise, Grouping, Institution, Plan, RecordKind, Target, Zone,
} from './schema';
import { kindOfId } from './ids';

export type AtlasRecord =
  | { kind: 'plan'; record: Plan }
  | { kind: 'zone'; record: Zone }
  | { kind: 'carrier'; record: Carrier }
  | { kind: 'institution'; record: Institution }
  | { kind: 'enterprise'; record: Enterprise }
  | { kind: 'action'; record: Action }
  | { kind: 'target'; record: Target }
  | { kind: 'department'; record: Department }
  | { kind: 'event'; record: AtlasEvent }
  | { kind: 'grouping'; record: Grouping }
  | { kind: 'draft'; record: DraftItem };

/** Related ids grouped by the kind of record they point at, in a stable order. */
export type RelatedIds = Partial<Record<RecordKind, string[]>>;

export interface AtlasIndex {
  get(id: string): AtlasRecord | undefined;
  /** Every record linked to `id`, either way, grouped by kind (excluding `id` itself). */
  related(id: string): RelatedIds;
  /** Zones whose `parent` is `zoneId`. */
  childrenOf(zoneId: string): string[];
  /** The plan a record belongs to, when it has one. */
  planOf(id: string): string | undefined;
}

/** The ids a record links to, by its own fields. */
export function forwardLinks(r: AtlasRecord): string[] {
  switch (r.kind) {
    case 'plan': return r.record.cites;
    case 'zone': return [r.record.properties.plan, ...(r.record.properties.parent ? [r.record.properties.parent] : [])];
    case 'carrier': return [...r.record.properties.zones, ...r.record.properties.operators];
    case 'institution':
    case 'enterprise': return r.record.properties.zones;
    case 'action': {
      const a = r.record;
      return [a.plan, ...a.departments, ...a.zones, ...a.carriers, ...a.institutions, ...a.enterprises, ...a.targets];
    }
    case 'target': return [r.record.plan, ...r.record.zones];
    case 'department': return r.record.plans;
    case 'event': {
      const e = r.record;
      return [e.plan, ...e.plans, ...e.zones, ...e.places, ...e.organisers, ...e.participants, ...e.actions];
    }
    case 'grouping': return [r.record.plan, ...r.record.zones, ...r.record.groupings];
    case 'draft': {
      const d = r.record;
      return [d.plan, d.finalPlan, ...(d.parent ? [d.parent] : []), ...d.becameActions];
    }
  }
}

export function idOfRecord(r: AtlasRecord): string {
  return r.kind === 'zone' || r.kind === 'carrier' || r.kind === 'institution' || r.kind === 'enterprise'
    ? r.record.properties.id
    : r.record.id;
}

export function allRecords(atlas: Atlas): AtlasRecord[] {
  return [
    ...atlas.plans.map((record) => ({ kind: 'plan', record }) as const),
    ...atlas.zones.map((record) => ({ kind: 'zone', record }) as const),
    ...atlas.carriers.map((record) => ({ kind: 'carrier', record }) as const),
    ...atlas.institutions.map((record) => ({ kind: 'institution', record }) as const),
    ...atlas.enterprises.map((record) => ({ kind: 'enterprise', record }) as const),
    ...atlas.actions.map((record) => ({ kind: 'action', record }) as const),
    ...atlas.targets.map((record) => ({ kind: 'target', record }) as const),
    ...atlas.departments.map((record) => ({ kind: 'department', record }) as const),
    ...(atlas.groupings ?? []).map((record) => ({ kind: 'grouping', record }) as const),
    ...(atlas.events ?? []).map((record) => ({ kind: 'event', record }) as const),
    ...(atlas.draftItems ?? []).map((record) => ({ kind: 'draft', record }) as const),
  ];
}

export function buildIndex(atlas: Atlas): AtlasIndex {
  const byId = new Map<string, AtlasRecord>();
  const links = new Map<string, Set<string>>();
  const children = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!links.has(a)) links.set(a, new Set());
    links.get(a)!.add(b);
  };
  const records = allRecords(atlas);
  for (const r of records) byId.set(idOfRecord(r), r);
  for (const r of records) {
    const id = idOfRecord(r);
    for (const target of forwardLinks(r)) {
      if (!byId.has(target)) continue;
      link(id, target);
      link(target, id);
    }
    if (r.kind === 'zone' && r.record.properties.parent) {
      const p = r.record.properties.parent;
      children.set(p, [...(children.get(p) ?? []), id]);
    }
  }
  const order = new Map(records.map((r, i) => [idOfRecord(r), i]));
  return {
    get: (id) => byId.get(id),
    related(id) {
      const out: RelatedIds = {};
      const ids = [...(links.get(id) ?? [])].sort((a, b) => order.get(a)! - order.get(b)!);
      for (const other of ids) {
        const kind = kindOfId(other)!;
        (out[kind] ??= []).push(other);
      }
      return out;
    },
    childrenOf: (zoneId) => children.get(zoneId) ?? [],
    planOf(id) {
      const r = byId.get(id);
      if (!r) return undefined;
      switch (r.kind) {
        case 'plan': return r.record.id;
        case 'zone': return r.record.properties.plan;
        case 'action':
        case 'target':
        case 'event':
        case 'grouping':
        case 'draft': return r.record.plan;
        default: return undefined;
      }
    },
  };
}

/** A record's name. */
export function nameOfRecord(r: AtlasRecord): import('./schema').Name {
  switch (r.kind) {
    case 'zone':
    case 'carrier':
    case 'institution':
    case 'enterprise':
      return r.record.properties.name;
    default:
      return r.record.name;
  }
}

/** A record's citations; for a zone, the sentence that names its boundary comes first. */
export function citationsOfRecord(r: AtlasRecord): import('./schema').Citation[] {
  switch (r.kind) {
    case 'zone': {
      const { boundaryQuote, citations } = r.record.properties;
      return boundaryQuote ? [boundaryQuote, ...citations.filter((c) => c.quote !== boundaryQuote.quote || c.seed !== boundaryQuote.seed)] : citations;
    }
    case 'carrier':
    case 'institution':
    case 'enterprise':
      return r.record.properties.citations;
    default:
      return r.record.citations;
  }
}
