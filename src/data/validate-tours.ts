/**
 * Checks the tour files in `geodata/tours/` against the tour schema, the atlas and the seeds. Pure:
 * `npm run validate` and the build (scripts/tours-bundle.ts) hand it the parsed files. Every problem
 * names its file, its tour and step (`record`: `tour:x step y`) and the field, in the shape of
 * src/data/issues.ts, so that formatIssue prints it like the rest of the data's problems.
 */
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import type { Atlas, SeedId } from './schema';
import type { DataIssue } from './issues';
import type { Tour } from './tour-types';
import { zTour } from './tour-schema';
import { parseCamera } from '../url/link-start';

/** A tour file as read from disk: its path (for messages) and its parsed JSON. */
export interface TourFile {
  file: string;
  content: unknown;
}

export interface ValidatedTours {
  /** The files whose content passed the schema (the other checks may still have found problems). */
  tours: { file: string; tour: Tour }[];
  issues: DataIssue[];
}

const toSimplified = ConverterFactory(fromHk, toCn);

/** The characters of `text` that OpenCC (HK → CN) turns into others: Traditional-only forms. */
export function traditionalChars(text: string): string[] {
  const simplified = toSimplified(text);
  const out = new Set<string>();
  const a = [...text];
  const b = [...simplified];
  if (a.length !== b.length) return simplified === text ? [] : [text];
  a.forEach((ch, i) => { if (ch !== b[i]) out.add(ch); });
  return [...out];
}

function stepLabel(tour: string, step: string): string {
  return `${tour} step ${step}`;
}

/** The label of the raw file's tour / step a zod issue path points into. */
function rawLabel(content: unknown, path: PropertyKey[]): string | undefined {
  const raw = content as { id?: unknown; steps?: unknown } | null;
  const tour = typeof raw?.id === 'string' ? raw.id : '(tour)';
  if (path[0] === 'steps' && typeof path[1] === 'number' && Array.isArray(raw?.steps)) {
    const step = (raw.steps[path[1]] as { id?: unknown } | undefined)?.id;
    return stepLabel(tour, typeof step === 'string' ? step : `#${path[1]}`);
  }
  return typeof raw?.id === 'string' ? tour : undefined;
}

export function validateTours(files: TourFile[], atlas: Atlas, seeds: Record<SeedId, string>): ValidatedTours {
  const issues: DataIssue[] = [];
  const tours: { file: string; tour: Tour }[] = [];

  const plans = new Set(atlas.plans.map((p) => p.id));
  const zones = new Set(atlas.zones.map((z) => z.properties.id));
  const places = new Map([...atlas.carriers, ...atlas.institutions, ...atlas.enterprises].map((f) => [f.properties.id, f]));
  const records = new Set<string>([
    ...plans, ...zones, ...places.keys(),
    ...atlas.actions.map((a) => a.id), ...atlas.targets.map((t) => t.id), ...atlas.departments.map((d) => d.id),
  ]);
  const plansWithTargets = new Set(atlas.targets.map((t) => t.plan));

  /** Why `id` cannot be framed or lit on the map, if it cannot. */
  const mapProblem = (id: string): string | undefined => {
    if (zones.has(id)) return undefined;
    const place = places.get(id);
    if (place) return place.geometry || place.properties.zones.length ? undefined : `"${id}" is not on the map (no point and no zone)`;
    return records.has(id) ? `"${id}" is not a zone or a place` : `unknown id "${id}"`;
  };

  const tourFileOf = new Map<string, string>();
  const planTourOf = new Map<string | null, string>();
  for (const { file, content } of files) {
    const parsed = zTour.safeParse(content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // A step's field is named after the step (`caption.zh`), not by its index (`steps.1.caption.zh`).
        const inStep = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' && issue.path.length > 2;
        const field = (inStep ? issue.path.slice(2) : issue.path).join('.') || '(tour)';
        issues.push({ file, record: rawLabel(content, issue.path), message: `${field}: ${issue.message}` });
      }
      continue;
    }
    const tour = parsed.data as Tour;
    tours.push({ file, tour });
    const problem = (message: string, step?: string) =>
      issues.push({ file, record: step === undefined ? tour.id : stepLabel(tour.id, step), message });

    if (tourFileOf.has(tour.id)) problem(`duplicate tour id (also in ${tourFileOf.get(tour.id)})`);
    else tourFileOf.set(tour.id, file);
    if (tour.plan !== null && !plans.has(tour.plan)) problem(`plan: unknown plan "${tour.plan}"`);
    if (planTourOf.has(tour.plan)) {
      problem(`plan: ${tour.plan === null ? 'a second overview (plan null)' : `a second tour of ${tour.plan}`} (also ${planTourOf.get(tour.plan)})`);
    } else planTourOf.set(tour.plan, `${tour.id} in ${file}`);
    for (const lang of ['zh'] as const) {
      const trad = traditionalChars(tour.title[lang]);
      if (trad.length) problem(`title.zh has Traditional characters (${trad.join('')}): write it in Simplified`);
    }

    const stepIds = new Set<string>();
    for (const step of tour.steps) {
      const at = (message: string) => problem(message, step.id);
      if (stepIds.has(step.id)) at('id: duplicate step id in this tour');
      stepIds.add(step.id);

      const seed = seeds[step.citation.seed];
      if (!seed?.includes(step.citation.quote)) {
        const q = step.citation.quote;
        at(`citation.quote is not an exact substring of seed ${step.citation.seed}: "${q.slice(0, 60)}${q.length > 60 ? '…' : ''}"`);
      }
      for (const field of ['title', 'caption'] as const) {
        const trad = traditionalChars(step[field].zh);
        if (trad.length) at(`${field}.zh has Traditional characters (${trad.join('')}): write it in Simplified (the quote stays as printed)`);
      }

      if ('frame' in step.view) {
        for (const id of step.view.frame) {
          const bad = mapProblem(id);
          if (bad) at(`view.frame: ${bad}`);
        }
      } else if (!parseCamera(step.view.camera)) {
        at(`view.camera: "${step.view.camera}" is not a camera (lng,lat,zoom[,bearing[,pitch]] as plain decimals, centre in the basemap, zoom 0–22, bearing ±180, pitch 0–85)`);
      }
      const lit = new Set<string>();
      for (const id of step.highlight) {
        if (lit.has(id)) at(`highlight: "${id}" listed twice`);
        lit.add(id);
        const bad = mapProblem(id);
        if (bad) at(`highlight: ${bad}`);
      }
      if (step.focus !== undefined && !records.has(step.focus)) at(`focus: unknown id "${step.focus}"`);
      if (step.chart !== undefined) {
        if (!plans.has(step.chart)) at(`chart: "${step.chart}" is not a plan`);
        else if (!plansWithTargets.has(step.chart)) at(`chart: plan "${step.chart}" has no targets to chart`);
      }
    }
  }
  return { tours, issues };
}

/** The tours in the bundle's order: the overview (plan null) first, then the plans' order, then by id. */
export function orderTours(tours: readonly Tour[], atlas: Atlas): Tour[] {
  const rank = new Map(atlas.plans.map((p, i) => [p.id, i]));
  const key = (t: Tour) => (t.plan === null ? -1 : (rank.get(t.plan) ?? Number.MAX_SAFE_INTEGER));
  return [...tours].sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id));
}
