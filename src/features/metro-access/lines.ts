/**
 * Shanghai Metro line numbers and their colours, read from the basemap's METRO_LINE_COLOURS (the one
 * source of truth; src/map/basemap.ts). Pure.
 *
 * Line 15's colour is in doubt: it was flagged when the table was made, and checking it (issue 11) found
 * no colour code published by the operator (shmetro.com names its early lines' colours only in words);
 * the railmapgen palette the table cites and a published colour table give #BBA786 (a khaki gold; the
 * press calls the line "gold"), where the table first had #A4BCC2. The legend says so until it is settled.
 */
import { METRO_LINE_COLOURS } from '../../map/basemap';

/** Lines whose colour could not be confirmed against the operator's published colours. */
export const DOUBTFUL_LINE_COLOURS: ReadonlySet<string> = new Set(['15']);

/** Drawn for a line the table does not know (as the basemap does). */
export const UNKNOWN_LINE_COLOUR = '#9a9a9a';

/** A station's line codes as lines: OSM's shared Line 3/4 trunk (`3-4`) is served by both lines. */
export function splitLines(codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const code of codes) for (const l of code.split('-')) if (l && !out.includes(l)) out.push(l);
  return out.sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

export function lineColour(line: string): string {
  return METRO_LINE_COLOURS[line] ?? UNKNOWN_LINE_COLOUR;
}

/** Every line of the table in number order, with its colour and whether the colour is in doubt. */
export function metroLines(): { line: string; colour: string; doubtful: boolean }[] {
  return Object.keys(METRO_LINE_COLOURS)
    .sort((a, b) => Number(a) - Number(b))
    .map((line) => ({ line, colour: lineColour(line), doubtful: DOUBTFUL_LINE_COLOURS.has(line) }));
}
