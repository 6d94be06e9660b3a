/**
 * A parsed link checked against the loaded data: every id must name a record, every filter value
 * must be one the data offer (the filters' own counting: src/data/filter.ts), and the reader's quote
 * must be in its seed's text. What fails is dropped and named, like a part that did not parse.
 */
import type { AtlasData } from '../data/atlas-data';
import { filterCounts, recordRows } from '../data/filter';
import { FILTER_KEYS, NO_FILTERS, type FilterKey } from '../store/filters';
import type { Citation } from '../data/schema';
import type { LinkPart, LinkView, ParsedLink } from './link-schema';
import { PRECISIONS } from '../data/vocab';
import { filterYear, withYear } from '../store/timeline';
import { datedRecords } from '../data/timeline';


/** The values a link's filters may hold: every value a record offers, every track, every precision. */
export function filterValues(data: AtlasData): Record<FilterKey, Set<string>> {
  const offered = filterCounts(recordRows(data), NO_FILTERS, []);
  const out = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Set(Object.keys(offered[k] ?? {}))])) as Record<FilterKey, Set<string>>;
  data.atlas.tracks.forEach((t) => out.tracks.add(t.id));
  // The filter panel offers every precision of the data model, even when no record has it.
  PRECISIONS.forEach((p) => out.precisions.add(p));
  return out;
}

/** Drops the ids and filter values the data do not have. The reader's quote is checked apart (it needs the seed text). */
export function checkLink(parsed: ParsedLink, data: AtlasData): ParsedLink {
  const view: Partial<LinkView> = { ...parsed.view };
  const invalid = new Set<LinkPart>(parsed.invalid);
  const drop = (key: keyof LinkView, part: LinkPart) => {
    delete view[key];
    invalid.add(part);
  };
  const isPlan = (id: string) => data.atlas.plans.some((p) => p.id === id);
  if (view.selectedId && !data.index.get(view.selectedId)) drop('selectedId', 'selection');
  if (view.planViewId && !isPlan(view.planViewId)) drop('planViewId', 'plan');
  if (view.hiddenPlans && !view.hiddenPlans.every(isPlan)) drop('hiddenPlans', 'filters');
  if (view.filters) {
    const known = filterValues(data);
    if (!FILTER_KEYS.every((k) => view.filters![k].every((v) => known[k].has(v)))) drop('filters', 'filters');
    // The timeline's year must be one the data date a record at; a year that is not is dropped alone.
    const year = view.filters ? filterYear(view.filters) : null;
    if (year !== null && !datedRecords(data.atlas).some((r) => r.year === year)) {
      view.filters = withYear(view.filters!, null);
      invalid.add('filters');
    }
  }
  return { view, invalid: [...invalid] };
}

/** Whether the reader's citation quotes its seed (`seedText`: the seed's text, verbatim). */
export function quoteInSeed(citation: Citation, seedText: string): boolean {
  return citation.quote.length > 0 && seedText.includes(citation.quote);
}

/** The selection trail kept in a history entry, if every id in it still names a record. */
export function checkTrail(trail: unknown, data: AtlasData): string[] {
  return Array.isArray(trail) && trail.length <= 200 && trail.every((id) => typeof id === 'string' && data.index.get(id)) ? (trail as string[]) : [];
}
