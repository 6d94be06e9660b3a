/**
 * Filtering the atlas (issue 8): one row per record with the facets the filters read (plans, kind,
 * sub-kind, industry tracks, location precision) and where the map draws it; matching a row against
 * the store's filters; faceted counts. Pure: no React, no MapLibre. Rows are built once per data object.
 */
import type { AtlasData } from './atlas-data';
import type { Citation, Name, Precision } from './schema';
import type { RecordKind } from './ids';
import { allRecords, citationsOfRecord, idOfRecord, nameOfRecord, type AtlasRecord } from './links';
import { FILTER_KEYS, type FilterKey, type Filters } from '../store/filters';
import { filterYear } from '../store/timeline';
import { datedRecords } from './timeline';

export interface RecordRow {
  /** Record id ('zone:…', 'carrier:…', …). */
  id: string;
  kind: RecordKind;
  name: Name;
  /** Plans the record belongs to (places: through their zones or the actions that name them). */
  plans: string[];
  /** Zones it is tied to (a zone: itself). */
  zones: string[];
  /** Carrier / institution / enterprise kind, zone type, target kind; else null. */
  subKind: string | null;
  /** Industry track ids, from the tags in the data. */
  tracks: string[];
  /** Precision of its location on the map; 'schematic' for a place placed inside its zone; null: not on the map. */
  precision: Precision | null;
  /** [lng, lat] of what the map draws for it (a place's point, own or schematic; a zone's label point), else null. */
  position: [number, number] | null;
  /** Its first citation. */
  citation: Citation;
  /** The years it is dated at and the zones it then shows (the timeline's year filter, below). */
  dated?: RowDates;
}

export type FilterCounts = Record<'plans' | FilterKey, Record<string, number>>;

const uniq = (xs: Iterable<string>) => [...new Set(xs)];

function buildRows(data: AtlasData): RecordRow[] {
  const { atlas, derived } = data;
  const planOfZone = new Map(atlas.zones.map((z) => [z.properties.id, z.properties.plan]));
  const plansOfActions = new Map<string, string[]>();
  for (const a of atlas.actions) {
    for (const id of [...a.carriers, ...a.institutions, ...a.enterprises]) plansOfActions.set(id, [...(plansOfActions.get(id) ?? []), a.plan]);
  }
  const tracksOf = new Map<string, string[]>();
  for (const t of atlas.trackTags) tracksOf.set(t.record, [...(tracksOf.get(t.record) ?? []), t.track]);
  const zonePlans = (zones: readonly string[]) => zones.map((z) => planOfZone.get(z)).filter((p): p is string => !!p);

  const row = (r: AtlasRecord): RecordRow => {
    const id = idOfRecord(r);
    const base = {
      id, kind: r.kind, name: nameOfRecord(r), tracks: uniq(tracksOf.get(id) ?? []),
      citation: (r.kind === 'zone' || r.kind === 'carrier' || r.kind === 'institution' || r.kind === 'enterprise' ? r.record.properties.citations : r.record.citations)[0] ?? citationsOfRecord(r)[0],
    };
    switch (r.kind) {
      case 'plan':
        return { ...base, plans: [id], zones: [], subKind: null, precision: null, position: null };
      case 'zone': {
        const p = r.record.properties;
        return { ...base, plans: [p.plan], zones: [id], subKind: p.zoneType, precision: p.location.precision, position: derived.labelPoint[id] ?? null };
      }
      case 'carrier':
      case 'institution':
      case 'enterprise': {
        const f = r.record;
        const p = f.properties;
        const plans = uniq([...zonePlans(p.zones), ...(plansOfActions.get(id) ?? [])]);
        let precision: Precision | null = null;
        let position: [number, number] | null = null;
        if (f.geometry) {
          position = f.geometry.coordinates as [number, number];
          precision = p.location?.precision ?? null;
        } else {
          const spots = derived.schematic[id];
          const zone = p.zones.find((z) => spots?.[z]);
          if (zone) {
            position = spots[zone];
            precision = 'schematic';
          }
        }
        return { ...base, plans, zones: [...p.zones], subKind: p.kind, precision, position };
      }
      case 'action':
        return { ...base, plans: [r.record.plan], zones: [...r.record.zones], subKind: null, precision: null, position: null };
      case 'target':
        return { ...base, plans: [r.record.plan], zones: [...r.record.zones], subKind: r.record.kind, precision: null, position: null };
      case 'department':
        return { ...base, plans: [...r.record.plans], zones: [], subKind: null, precision: null, position: null };
      // ---- records13 (issue 13): the new kinds, tied to the zones they name
      case 'event':
        return { ...base, plans: uniq([r.record.plan, ...r.record.plans]), zones: [...r.record.zones], subKind: null, precision: null, position: null };
      case 'grouping':
        return { ...base, plans: [r.record.plan], zones: [...r.record.zones], subKind: null, precision: null, position: null };
      case 'draft':
        return { ...base, plans: [r.record.plan], zones: [], subKind: null, precision: null, position: null };
      // ---- end records13
    }
  };
  return allRecords(atlas).map(row);
}

const rowsCache = new WeakMap<AtlasData, RecordRow[]>();

/** Every record, one row each, in the link index's order (plans, zones, carriers, …). Memoised per data object. */
export function recordRows(data: AtlasData): RecordRow[] {
  let rows = rowsCache.get(data);
  if (!rows) rowsCache.set(data, (rows = withDates(buildRows(data), data)));
  return rows;
}

/** A row is hidden by the plan toggles when it belongs to plans and every one of them is hidden. */
function inShownPlan(row: RecordRow, hiddenPlans: readonly string[]): boolean {
  return !row.plans.length || !hiddenPlans.length || row.plans.some((p) => !hiddenPlans.includes(p));
}

/** Whether a row has one of the given values for a key (an empty list: no constraint). */
function matchesKey(row: RecordRow, key: FilterKey, values: readonly string[]): boolean {
  if (!values.length) return true;
  switch (key) {
    case 'kinds': return values.includes(row.kind);
    case 'carrierKinds': return row.kind === 'carrier' && row.subKind !== null && values.includes(row.subKind);
    case 'tracks': return row.tracks.some((t) => values.includes(t));
    case 'precisions': return row.precision !== null && values.includes(row.precision);
  }
}

/** AND across keys, OR within a key; plans hidden one by one. */
export function matchesFilters(row: RecordRow, filters: Filters, hiddenPlans: readonly string[]): boolean {
  return inShownPlan(row, hiddenPlans) && FILTER_KEYS.every((k) => matchesKey(row, k, filters[k])) && matchesYear(row, filters);
}

/** The values a row offers for a key (what it counts towards). */
function valuesOf(row: RecordRow, key: 'plans' | FilterKey): readonly string[] {
  switch (key) {
    case 'plans': return row.plans;
    case 'kinds': return [row.kind];
    case 'carrierKinds': return row.kind === 'carrier' && row.subKind ? [row.subKind] : [];
    case 'tracks': return row.tracks;
    case 'precisions': return row.precision ? [row.precision] : [];
  }
}

/**
 * For each option of each key, how many rows match all the other keys plus that option (faceted
 * counts). For plans: rows of that plan matching every filter, whether or not the plan is hidden.
 * Every value any row offers is listed, with 0 when nothing matches.
 */
export function filterCounts(rows: readonly RecordRow[], filters: Filters, hiddenPlans: readonly string[]): FilterCounts {
  const keys = ['plans', ...FILTER_KEYS] as const;
  const counts = Object.fromEntries(keys.map((k) => [k, {} as Record<string, number>])) as FilterCounts;
  for (const row of rows) {
    const okPlan = inShownPlan(row, hiddenPlans);
    const ok = FILTER_KEYS.map((k) => matchesKey(row, k, filters[k]));
    const failing = ok.filter((x) => !x).length;
    const inYear = matchesYear(row, filters); // timeline (issue 13): the year narrows every count
    for (const key of keys) {
      // Matches every key but this one (for plans: every filter key, ignoring the plan toggles).
      const others = inYear && (key === 'plans' ? failing === 0 : okPlan && failing - (ok[FILTER_KEYS.indexOf(key)] ? 0 : 1) === 0);
      const bucket = counts[key];
      for (const v of valuesOf(row, key)) bucket[v] = (bucket[v] ?? 0) + (others ? 1 : 0);
    }
  }
  return counts;
}

/**
 * The zones the map and the zone list show: zones of shown plans that match the filters themselves
 * or are tied to a matching record (so that the places, actions and targets a filter keeps are seen
 * in their zones). With no filter set, every zone of a shown plan.
 */
export function shownZoneIds(rows: readonly RecordRow[], filters: Filters, hiddenPlans: readonly string[]): Set<string> {
  const out = new Set<string>();
  const planOfZone = new Map<string, string>();
  for (const row of rows) if (row.kind === 'zone') planOfZone.set(row.id, row.plans[0]);
  for (const row of rows) {
    if (!matchesFilters(row, filters, hiddenPlans)) continue;
    for (const z of zonesShownBy(row, filters)) if (!hiddenPlans.includes(planOfZone.get(z) ?? '')) out.add(z);
  }
  return out;
}

/** True when any filter key has a value (plan toggles aside). */
export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((k) => filters[k].length > 0) || filterYear(filters) !== null;
}

// ---- timeline (issue 13): the year filter. A row matches a year when it is a record dated that year
// (src/data/timeline.ts: a plan's issue date, a target or baseline, an event with a date) or a place
// where one of that year's events takes place. With a year set, a dated record shows the zones it
// lights (a plan-wide target its plan's main zones), not only the zones it names.
export interface RowDates {
  years: number[];
  zones: string[];
}

function withDates(rows: RecordRow[], data: AtlasData): RecordRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const add = (id: string, year: number, zones: readonly string[]) => {
    const row = byId.get(id);
    if (!row) return;
    const d = (row.dated ??= { years: [], zones: [] });
    if (!d.years.includes(year)) d.years.push(year);
    for (const z of zones) if (!d.zones.includes(z)) d.zones.push(z);
  };
  for (const r of datedRecords(data.atlas)) {
    add(r.id, r.year, r.zones);
    for (const p of r.places) add(p, r.year, byId.get(p)?.zones ?? []);
  }
  return rows;
}

function matchesYear(row: RecordRow, filters: Filters): boolean {
  const year = filterYear(filters);
  return year === null || !!row.dated?.years.includes(year);
}

function zonesShownBy(row: RecordRow, filters: Filters): readonly string[] {
  return filterYear(filters) !== null && row.dated ? row.dated.zones : row.zones;
}
// ---- end timeline
