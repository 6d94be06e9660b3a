/** Reads geodata/ and seeds/ from disk for the validator and the data scripts. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SEED_FILES } from '../src/data/seeds';
import type { SeedId } from '../src/data/schema';

export const root = join(import.meta.dirname, '..');

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

