/** Reads geodata/ and seeds/ from disk for the validator and the data scripts. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SEED_FILES } from '../src/data/seeds';
import type { SeedId } from '../src/data/schema';

export const root = join(import.meta.dirname, '..');

/** The guided tours' folder inside geodata/: not atlas records (see loadTourFiles). */
export const TOURS_DIR = 'tours';

function listFiles(dir: string, skip?: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === skip) return [];
    return statSync(path).isDirectory() ? listFiles(path, skip) : /\.(geo)?json$/.test(name) ? [path] : [];
  });
}

/** The atlas's files (every JSON and GeoJSON file under `dir`, except the tours). */
export function loadGeodataFiles(dir = join(root, 'geodata')): { files: Record<string, unknown>; parseErrors: string[] } {
  return readJsonFiles(listFiles(dir, join(dir, TOURS_DIR)), root);
}

/**
 * The tour files, `<dir>/tours/*.json` (none when the folder is missing), by path relative to the
 * folder above `dir` (`geodata/tours/x.json`, also for a copy of geodata/ elsewhere).
 */
export function loadTourFiles(dir = join(root, 'geodata')): { files: Record<string, unknown>; parseErrors: string[] } {
  const tours = join(dir, TOURS_DIR);
  const paths = existsSync(tours) ? readdirSync(tours).filter((n) => n.endsWith('.json')).sort().map((n) => join(tours, n)) : [];
  return readJsonFiles(paths, dirname(dir));
}

function readJsonFiles(paths: string[], base: string): { files: Record<string, unknown>; parseErrors: string[] } {
  const files: Record<string, unknown> = {};
  const parseErrors: string[] = [];
  for (const path of paths) {
    const rel = relative(base, path);
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

