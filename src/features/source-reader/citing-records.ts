/** Which records cite a stretch of a seed: pure, for the source reader's back-links. */
import type { SeedId } from '../../data/schema';
import { allRecords, citationsOfRecord, idOfRecord, type AtlasRecord } from '../../data/links';
import type { Atlas } from '../../data/schema';

/** Ids of records with a citation in `seed` whose quote overlaps [start, end) of `text`. */
export function recordsCiting(atlas: Atlas, seed: SeedId, text: string, start: number, end: number): string[] {
  const out: string[] = [];
  for (const r of allRecords(atlas) as AtlasRecord[]) {
    const hit = citationsOfRecord(r).some((c) => {
      if (c.seed !== seed) return false;
      for (let i = text.indexOf(c.quote); i >= 0; i = text.indexOf(c.quote, i + 1)) {
        if (i < end && i + c.quote.length > start) return true;
      }
      return false;
    });
    if (hit) out.push(idOfRecord(r));
  }
  return out;
}
