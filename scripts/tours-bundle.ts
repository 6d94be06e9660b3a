/**
 * Builds `data/tours.json` at build time: reads geodata/tours/*.json, validates the tours against the
 * schema, the atlas and the seeds (src/data/validate-tours.ts, the same checks as `npm run validate`)
 * and orders them: the overview first, then one tour per plan in the plans' order. Throws, listing
 * every problem, when a tour is not valid: a build never ships a tour the validator rejects.
 */
import { join } from 'node:path';
import { assembleAtlas } from '../src/data/assemble';
import { formatIssue } from '../src/data/issues';
import type { Atlas, SeedId } from '../src/data/schema';
import { TOURS_BUNDLE_VERSION, type ToursBundle } from '../src/data/tour-types';
import { orderTours, validateTours } from '../src/data/validate-tours';
import { loadGeodataFiles, loadSeeds, loadTourFiles, root } from './validate-files';

/** The tours' problems as printed lines (parse errors included) and the valid tours in bundle order. */
export function checkTours(
  atlas: Atlas,
  seeds: Record<SeedId, string>,
  dir = join(root, 'geodata'),
): { bundle: ToursBundle; problems: string[] } {
  const { files, parseErrors } = loadTourFiles(dir);
  const { tours, issues } = validateTours(Object.entries(files).map(([file, content]) => ({ file, content })), atlas, seeds);
  const bundle: ToursBundle = { version: TOURS_BUNDLE_VERSION, tours: orderTours(tours.map((t) => t.tour), atlas) };
  return { bundle, problems: [...parseErrors, ...issues.map(formatIssue)] };
}

export function buildToursBundle(dir = join(root, 'geodata')): string {
  const { atlas } = assembleAtlas(loadGeodataFiles(dir).files);
  const { bundle, problems } = checkTours(atlas, loadSeeds(), dir);
  if (problems.length) throw new Error(`geodata/tours/ has ${problems.length} problem(s); run \`npm run validate\`:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return JSON.stringify(bundle);
}
