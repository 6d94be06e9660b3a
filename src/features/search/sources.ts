/**
 * What the search reads: every record of the atlas as a named entry, and the sentences of the five
 * documents, each kept verbatim so that it opens the source reader at itself. Pure.
 */
import type { Atlas, SeedId } from '../../data/schema';
import { allRecords, idOfRecord, nameOfRecord } from '../../data/links';
import type { SearchEntry, SentenceEntry } from './search-engine';

export function recordEntries(atlas: Atlas): SearchEntry[] {
  return allRecords(atlas).map((r) => ({
    id: idOfRecord(r),
    kind: r.kind,
    name: nameOfRecord(r),
    ...(r.kind === 'department' && r.record.variants.length ? { variants: r.record.variants } : {}),
    ...(r.kind === 'action' ? { prefix: r.record.number } : {}),
  }));
}

/** A sentence ends at 。！？； (or their ASCII forms) or at a line break. */
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]?/g;
const WORDLIKE = /[\p{Script=Han}\p{L}\p{N}]/u;

/** The sentences of a document, trimmed, in order, each once; every `quote` is a substring of `text`. */
export function seedSentences(seed: SeedId, text: string): SentenceEntry[] {
  const seen = new Set<string>();
  const out: SentenceEntry[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const quote = m[0].trim();
    if ([...quote].length < 2 || !WORDLIKE.test(quote) || seen.has(quote)) continue;
    seen.add(quote);
    out.push({ seed, quote });
  }
  return out;
}
