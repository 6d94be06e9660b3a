/**
 * `npm run validate`: loads every file in geodata/ and every seed, runs the schema and the checks,
 * prints each problem with its file and record, and exits 1 if there is any.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assembleAtlas } from '../src/data/assemble';
import { validateAtlas } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { SEED_FILES } from '../src/data/seeds';
import type { SeedId } from '../src/data/schema';

const root = join(import.meta.dirname, '..');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : /\.(geo)?json$/.test(name) ? [path] : [];
  });
}

export function loadGeodataFiles(dir = join(root, 'geodata')): { files: Record<string, unknown>; parseErrors: string[] } {
  const files: Record<string, unknown> = {};
  const parseErrors: string[] = [];
  for (const path of listFiles(dir)) {
    const rel = relative(root, path);
    try {
      files[rel] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      parseErrors.push(`${rel}: not valid JSON (${(e as Error).message})`);
    }
  }
  return { files, parseErrors };
}

export function loadSeeds(): Record<SeedId, string> {
  return Object.fromEntries(
    Object.entries(SEED_FILES).map(([id, name]) => [id, readFileSync(join(root, 'seeds', name), 'utf8')]),
  ) as Record<SeedId, string>;
}

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
