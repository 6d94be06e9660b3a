/**
 * Text that came from a file is kept as text: never markup, never a link. Two things are still made
 * safe here: lone surrogates (invalid UTF-16, which break encoders and URL functions) become U+FFFD,
 * and bidirectional controls are counted so the reader is told (the UI isolates names with dir="auto").
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

export interface TextStats {
  repaired: number;
  bidi: number;
}

export const newTextStats = (): TextStats => ({ repaired: 0, bidi: 0 });

/** The string made well-formed, counting what was repaired or worth a warning. */
export function cleanText(s: string, stats: TextStats): string {
  let out = s;
  if (LONE_SURROGATE.test(s)) {
    LONE_SURROGATE.lastIndex = 0;
    out = s.replace(LONE_SURROGATE, '\uFFFD');
    stats.repaired++;
  }
  LONE_SURROGATE.lastIndex = 0;
  if (BIDI.test(out)) stats.bidi++;
  return out;
}
