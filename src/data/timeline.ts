/**
 * The timeline (issue 13): every dated record across the plans, by year — a plan's issue date, each
 * target and baseline at its year, each event with a printed date — and the zones and places each one
 * lights on the map. Pure: no React, no MapLibre. On the first screen (the year filter, src/data/filter.ts),
 * so it holds only the records; the year's views (counts, pairs) are the timeline's own
 * (src/features/timeline/year-view.ts).
 *
 * Where a record lights nothing of its own the choice is said, never hidden:
 * - a target or baseline names its zones, else the zones of the actions that name it; a plan-wide
 *   one (neither) lights its plan's main zones (those without a parent) and is marked `planWide`;
 * - a plan lights its main zones;
 * - an event lights its zones and its places (and their zones); an event without either lights nothing.
 */
import type { Atlas } from './schema';

/** The fields of an event the timeline reads (the data's `AtlasEvent` has these and more). */
interface EventLike {
  id: string;
  plan: string;
  when: { date?: string; text: string };
  zones?: readonly string[];
  places?: readonly string[];
}

export type DatedKind = 'plan' | 'target' | 'baseline' | 'event';

export interface DatedRecord {
  id: string;
  kind: DatedKind;
  /** The plan it belongs to (a plan: itself). */
  plan: string;
  year: number;
  /** The date as the data hold it ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'): a plan's issue date, an event's date; null for targets. */
  date: string | null;
  /** Zones it lights on the map. */
  zones: string[];
  /** Places (carriers, institutions) it lights: an event's. */
  places: string[];
  /** A target or baseline that names no zone and no action: it stands for its whole plan. */
  planWide: boolean;
}

type AtlasLike = Pick<Atlas, 'plans' | 'zones' | 'actions' | 'targets' | 'carriers' | 'institutions'>;

const yearOfDate = (date: string | undefined): number | null => {
  const m = date ? /^(\d{4})(?:-\d{2}){0,2}$/.exec(date) : null;
  return m ? Number(m[1]) : null;
};

const eventsOf = (atlas: AtlasLike): readonly EventLike[] => (atlas as unknown as { events?: readonly EventLike[] }).events ?? [];

const cache = new WeakMap<object, DatedRecord[]>();

/** Every dated record, by year (then plans, baselines, targets, events), memoised per atlas object. */
export function datedRecords(atlas: AtlasLike): DatedRecord[] {
  const hit = cache.get(atlas);
  if (hit) return hit;
  const mainZones = new Map<string, string[]>();
  for (const z of atlas.zones) {
    const p = z.properties;
    if (!p.parent) mainZones.set(p.plan, [...(mainZones.get(p.plan) ?? []), p.id]);
  }
  const actionZones = new Map<string, string[]>();
  for (const a of atlas.actions) for (const t of a.targets) actionZones.set(t, [...(actionZones.get(t) ?? []), ...a.zones]);
  const placeZones = new Map<string, readonly string[]>();
  for (const f of [...atlas.carriers, ...atlas.institutions]) placeZones.set(f.properties.id, f.properties.zones);
  const uniq = (xs: Iterable<string>) => [...new Set(xs)];

  const out: DatedRecord[] = [];
  for (const p of atlas.plans) {
    const year = yearOfDate(p.date);
    if (year !== null) out.push({ id: p.id, kind: 'plan', plan: p.id, year, date: p.date!, zones: mainZones.get(p.id) ?? [], places: [], planWide: false });
  }
  for (const t of atlas.targets) {
    const own = t.zones.length ? t.zones : uniq(actionZones.get(t.id) ?? []);
    out.push({
      id: t.id, kind: t.kind, plan: t.plan, year: t.year, date: null,
      zones: own.length ? [...own] : mainZones.get(t.plan) ?? [], places: [], planWide: own.length === 0,
    });
  }
  for (const e of eventsOf(atlas)) {
    const year = yearOfDate(e.when.date);
    if (year === null) continue;
    const places = [...(e.places ?? [])];
    out.push({
      id: e.id, kind: 'event', plan: e.plan, year, date: e.when.date!,
      zones: uniq([...(e.zones ?? []), ...places.flatMap((id) => placeZones.get(id) ?? [])]), places, planWide: false,
    });
  }
  const rank: Record<DatedKind, number> = { plan: 0, baseline: 1, target: 2, event: 3 };
  out.sort((a, b) => a.year - b.year || rank[a.kind] - rank[b.kind] || (a.date ?? '').localeCompare(b.date ?? ''));
  cache.set(atlas, out);
  return out;
}
