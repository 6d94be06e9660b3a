/**
 * Read-only access to `../shared/reference-geodata/` for checks (never shipped, never committed).
 * Tests that need it call `referenceOrSkip(name)` and skip with a message when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';

export const REFERENCE_DIR = process.env.ATLAS_REFERENCE_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'reference-geodata');

export const referenceAvailable = (): boolean => existsSync(join(REFERENCE_DIR, 'SOURCES.md'));

export const REFERENCE_MISSING = `reference geodata not found at ${REFERENCE_DIR} (set ATLAS_REFERENCE_DIR); skipping the check against it`;

const cache = new Map<string, FeatureCollection>();

/** A reference file by its base name without extension, e.g. `metro-lines`. */
export function loadReference(name: string): FeatureCollection {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.geojson`), 'utf8')));
  return cache.get(name)!;
}
