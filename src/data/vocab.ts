/**
 * The data model's closed vocabularies, without zod: the schema (src/data/schema.ts, build and tests
 * only) builds its enums from these, and the browser (filters, share links) reads the same lists.
 */

/**
 * How precise a location is.
 * - exact: a surveyed point or a boundary traced along the named roads from OSM geometry;
 * - street: placed on the named street or at the given address block;
 * - approximate: derived from indirect evidence (a campus, a station catchment), see the note;
 * - schematic: a diagrammatic shape that shows roughly where, not where exactly.
 */
export const PRECISIONS = ['exact', 'street', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const CARRIER_KINDS = [
  'park', 'science-park', 'incubator', 'maker-space', 'building', 'platform', 'street', 'space', 'base', 'other',
] as const;
export const INSTITUTION_KINDS = [
  'university', 'research-institute', 'hospital', 'association', 'government-platform', 'school', 'other',
] as const;
export const ENTERPRISE_KINDS = ['company', 'investor', 'state-owned', 'foreign', 'other'] as const;
