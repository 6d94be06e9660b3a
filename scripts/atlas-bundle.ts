/**
 * Builds the app's run-time data at build time: assembles geodata/, validates it against the schema,
 * the seeds and the geometry rules (the same checks as `npm run validate`), derives the map data, and
 * returns compact JSON. Throws, listing every problem, when the data are not valid: a build never
 * ships data the validator rejects.
 */
import { assembleAtlas } from '../src/data/assemble';
import { validateAtlas } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { deriveMapData } from '../src/data/derive';
import { ATLAS_BUNDLE_VERSION, type AtlasBundle } from '../src/data/bundle';
import { loadGeodataFiles, loadSeeds } from './validate-files';

export function buildAtlasBundle(): string {
  const { files, parseErrors } = loadGeodataFiles();
  const { atlas, issues, fileOf, textFileOf } = assembleAtlas(files);
  const problems = [...parseErrors, ...[...issues, ...validateAtlas(atlas, loadSeeds(), fileOf, textFileOf)].map(formatIssue)];
  if (problems.length) throw new Error(`geodata/ has ${problems.length} problem(s); run \`npm run validate\`:\n  ${problems.slice(0, 20).join('\n  ')}`);
  const bundle: AtlasBundle = { version: ATLAS_BUNDLE_VERSION, atlas, derived: deriveMapData(atlas) };
  return JSON.stringify(bundle);
}
