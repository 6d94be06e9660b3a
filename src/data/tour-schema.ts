/**
 * Zod schemas for the tour files in `geodata/tours/` (build and tests only: the browser reads
 * `data/tours.json` through src/features/tours/load-tours.ts, zod-free). They mirror
 * ./tour-types.ts field for field, as strict objects: an unknown field is an error, not ignored.
 * What the schema cannot see (ids exist, quotes are in their seeds) is ./validate-tours.ts's job.
 */
import { z } from 'zod';
import { zSeedId } from './schema';
import type { Localized, Tour, TourStep, TourView } from './tour-types';

const zText = z.string().trim().min(1);

export const zLocalized = z.strictObject({ zh: zText, en: zText });

/** A record id (`zone:…`, `target:…`): the validator checks that it exists. */
const zRecordId = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'expected a record id like "zone:some-slug"');

export const zTourView = z.union([
  z.strictObject({ frame: z.array(zRecordId).min(1) }),
  z.strictObject({ camera: z.string().min(5) }),
]);

export const zTourStep = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a slug like "tian-grid"'),
  title: zLocalized,
  caption: zLocalized,
  citation: z.strictObject({ seed: zSeedId, quote: z.string().min(2) }),
  view: zTourView,
  highlight: z.array(zRecordId),
  focus: zRecordId.optional(),
  chart: zRecordId.optional(),
});

export const zTour = z.strictObject({
  id: z.string().regex(/^tour:[a-z0-9][a-z0-9-]*$/, 'expected an id like "tour:some-slug"'),
  plan: z.string().regex(/^plan:[a-z0-9][a-z0-9-]*$/, 'expected a plan id like "plan:some-slug"').nullable(),
  title: zLocalized,
  steps: z.array(zTourStep).min(1, 'a tour needs at least one step'),
});

// The schemas and the shared types must agree both ways (a compile error here means they drifted).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<z.infer<typeof zLocalized>, Localized>,
  Same<z.infer<typeof zTourView>, TourView>,
  Same<z.infer<typeof zTourStep>, TourStep>,
  Same<z.infer<typeof zTour>, Tour>,
] = [true, true, true, true];
void agree;
