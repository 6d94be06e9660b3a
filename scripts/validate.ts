/**
 * `npm run validate`: loads every file in geodata/ and every seed, runs the schema and the checks,
 * prints each problem with its file and record, and exits 1 if there is any.
 */
import { assembleAtlas } from '../src/data/assemble';
import { validateAtlas } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { loadGeodataFiles, loadSeeds } from './validate-files';

const { files, parseErrors } = loadGeodataFiles();
const { atlas, issues, fileOf } = assembleAtlas(files);
const all = [...parseErrors, ...[...issues, ...validateAtlas(atlas, loadSeeds(), fileOf)].map(formatIssue)];
const counts = Object.entries(atlas).map(([k, v]) => `${v.length} ${k}`).join(', ');
if (all.length) {
  console.error(`validate: ${all.length} problem(s) in geodata/:`);
  for (const line of all) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`validate: ok — ${counts}`);
