/**
 * Turns the raw contents of the files in `geodata/` into a typed Atlas. Pure: the app (through
 * Vite's import.meta.glob) and the validator (through fs) both hand it `{path: parsed JSON}`.
 * Problems are collected, never thrown, so that one bad record names itself and the rest still load.
 */
import type { z } from 'zod';
import {
  zAction, zCarrier, zDepartment, zDesignation, zDraftItem, zEnterprise, zEvent, zGrouping, zInstitution, zPlan, zReaderTextFile, zTarget, zTrack, zTrackTag, zZone,
  type Atlas, type ReaderText,
} from './schema';
import type { DataIssue } from './issues';

type CollectionName = keyof Atlas;

/**
 * Which collection a file feeds, by its base name. GeoJSON files hold a FeatureCollection, JSON files an array.
 * Track tags have no id of their own (`keyed: false`): one per record and track.
 */
export const COLLECTION_BY_FILE: Record<string, { collection: CollectionName; schema: z.ZodType; geojson: boolean; keyed?: false }> = {
  'plans.json': { collection: 'plans', schema: zPlan, geojson: false },
  'zones.geojson': { collection: 'zones', schema: zZone, geojson: true },
  'carriers.geojson': { collection: 'carriers', schema: zCarrier, geojson: true },
  'institutions.geojson': { collection: 'institutions', schema: zInstitution, geojson: true },
  'enterprises.geojson': { collection: 'enterprises', schema: zEnterprise, geojson: true },
  'actions.json': { collection: 'actions', schema: zAction, geojson: false },
  'targets.json': { collection: 'targets', schema: zTarget, geojson: false },
  'departments.json': { collection: 'departments', schema: zDepartment, geojson: false },
  'tracks.json': { collection: 'tracks', schema: zTrack, geojson: false },
  'track-tags.json': { collection: 'trackTags', schema: zTrackTag, geojson: false, keyed: false },
  'events.json': { collection: 'events', schema: zEvent, geojson: false },
  'groupings.json': { collection: 'groupings', schema: zGrouping, geojson: false },
  'draft-items.json': { collection: 'draftItems', schema: zDraftItem, geojson: false },
  'designations.json': { collection: 'designations', schema: zDesignation, geojson: false, keyed: false },
};

export interface AssembledAtlas {
  atlas: Atlas;
  issues: DataIssue[];
  /** Which file each record id came from (for messages). */
  fileOf: Map<string, string>;
  /** Which reader-texts file each record's reader text came from (for messages). */
  textFileOf: Map<string, string>;
}

/** Reader texts are an object keyed by record id, not a collection of records (see zReaderText). */
export const READER_TEXTS_FILE = 'reader-texts.json';

export function emptyAtlas(): Atlas {
  return { plans: [], zones: [], carriers: [], institutions: [], enterprises: [], actions: [], targets: [], departments: [], tracks: [], trackTags: [], readerTexts: [], events: [], groupings: [], draftItems: [], designations: [] };
}

function recordLabel(raw: unknown, index: number): string {
  const r = raw as { id?: unknown; properties?: { id?: unknown }; record?: unknown } | null;
  const id = r?.id ?? r?.properties?.id ?? r?.record;
  return typeof id === 'string' ? id : `#${index}`;
}

/** `files` maps a path (any prefix, ending in one of COLLECTION_BY_FILE's names) to its parsed JSON. */
export function assembleAtlas(files: Record<string, unknown>): AssembledAtlas {
  const atlas = emptyAtlas();
  const issues: DataIssue[] = [];
  const fileOf = new Map<string, string>();
  const tagKeys = new Set<string>();
  const textFileOf = new Map<string, string>();
  for (const path of Object.keys(files).sort()) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base === READER_TEXTS_FILE) {
      addReaderTexts(path, files[path], atlas, issues, textFileOf);
      continue;
    }
    const spec = COLLECTION_BY_FILE[base];
    if (!spec) {
      issues.push({ file: path, message: `unknown data file name "${base}" (expected one of ${Object.keys(COLLECTION_BY_FILE).join(', ')})` });
      continue;
    }
    const content = files[path] as { type?: string; features?: unknown } | unknown[];
    let records: unknown[];
    if (spec.geojson) {
      const fc = content as { type?: string; features?: unknown };
      if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
        issues.push({ file: path, message: 'expected a GeoJSON FeatureCollection with a "features" array' });
        continue;
      }
      records = fc.features;
    } else {
      if (!Array.isArray(content)) {
        issues.push({ file: path, message: 'expected a JSON array of records' });
        continue;
      }
      records = content;
    }
    records.forEach((raw, index) => {
      const parsed = spec.schema.safeParse(raw);
      const label = recordLabel(raw, index);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          issues.push({ file: path, record: label, message: `${issue.path.join('.') || '(record)'}: ${issue.message}` });
        }
        return;
      }
      if (spec.keyed === false) {
        // One track tag per record and track; one designation per record and title.
        const tag = parsed.data as { record: string; track?: string; name?: { zh: string } };
        const what = tag.track ?? `designation ${tag.name?.zh}`;
        const key = `${tag.record} ${what}`;
        if (tagKeys.has(key)) {
          issues.push({ file: path, record: tag.record, message: tag.track ? `tagged twice with ${tag.track}` : `given the ${what} twice` });
          return;
        }
        tagKeys.add(key);
        (atlas[spec.collection] as unknown[]).push(parsed.data);
        return;
      }
      const record = parsed.data as { id?: string; properties?: { id: string } };
      const id = record.id ?? record.properties!.id;
      if (fileOf.has(id)) {
        issues.push({ file: path, record: id, message: `duplicate id (also defined in ${fileOf.get(id)})` });
        return;
      }
      fileOf.set(id, path);
      (atlas[spec.collection] as unknown[]).push(parsed.data);
    });
  }
  return { atlas, issues, fileOf, textFileOf };
}

function addReaderTexts(path: string, content: unknown, atlas: Atlas, issues: DataIssue[], textFileOf: Map<string, string>): void {
  if (!content || typeof content !== 'object' || Array.isArray(content)) {
    issues.push({ file: path, message: 'expected a JSON object of reader texts keyed by record id' });
    return;
  }
  for (const [record, raw] of Object.entries(content)) {
    const parsed = zReaderTextFile.safeParse({ [record]: raw });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ file: path, record, message: `${issue.path.slice(1).join('.') || '(reader text)'}: ${issue.message}` });
      }
      continue;
    }
    if (textFileOf.has(record)) {
      issues.push({ file: path, record, message: `reader text given twice (also in ${textFileOf.get(record)})` });
      continue;
    }
    textFileOf.set(record, path);
    atlas.readerTexts.push({ record, ...(parsed.data[record] as ReaderText) });
  }
}
