/**
 * Line breaking for the PDF's text (jsPDF's own splitter knows one font; ours spans several subset
 * fonts): a break may fall between any two Chinese characters or between words, never before closing
 * punctuation (，。、；：？！）」” …) nor after an opening one. Pure: widths come from `measure`.
 */

const CLOSING = /^[，。、；：？！）》」』”’,.;:?!)\]}%·]/;
const OPENING = /[（《「『“‘([{]$/;

/** The units a line may break between: a word with its trailing spaces, or one other character. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  // A word keeps its straight quotes, brackets and dashes ("blockchain+", (2023–2025)): they never start or end a line alone.
  for (const m of text.matchAll(/[A-Za-z0-9\u00C0-\u024F'’"()\u2013\-.,/+%]+\s*|\s+|./gsu)) {
    const unit = m[0];
    const last = units.length - 1;
    if (last >= 0 && (CLOSING.test(unit) || OPENING.test(units[last]) || /^\s+$/.test(unit))) units[last] += unit;
    else units.push(unit);
  }
  return units;
}

/** Lines of at most `maxWidth` (a unit wider than that gets a line of its own); explicit newlines are kept. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const unit of breakUnits(paragraph)) {
      if (line && measure((line + unit).trimEnd()) > maxWidth) {
        lines.push(line.trimEnd());
        line = unit.trimStart();
      } else {
        line += unit;
      }
    }
    lines.push(line.trimEnd());
    return lines;
  });
}
