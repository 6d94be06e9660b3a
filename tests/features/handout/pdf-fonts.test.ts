/**
 * The PDF font path in node: the bundled WOFF subsets unwrap to TrueType whose tables match the
 * checksums the WOFF recorded, and a jsPDF document written with them extracts as Chinese
 * (pdftotext, when poppler-utils is installed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { woffToSfnt } from '../../../src/features/handout/woff';
import { parseUnicodeRanges, subsetIndex, uncovered } from '../../../src/features/handout/font-subsets';
import { zhCN } from '../../../src/i18n/zh-CN';
import { en } from '../../../src/i18n/en';
import { embedFonts } from '../../../src/features/handout/pdf-fonts';
import unicodeJson from '@fontsource/noto-sans-sc/unicode.json';

const FILES = join(import.meta.dirname, '..', '..', '..', 'node_modules', '@fontsource', 'noto-sans-sc', 'files');
const woff = (key: string) => new Uint8Array(readFileSync(join(FILES, `noto-sans-sc-${key}-400-normal.woff`)));
const index = subsetIndex(parseUnicodeRanges(unicodeJson));

function tableChecksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  for (let i = 0; i < length; i += 4) {
    const word = i + 4 <= length ? view.getUint32(offset + i) : [0, 1, 2, 3].reduce((w, k) => (w << 8) | (i + k < length ? bytes[offset + i + k] : 0), 0) >>> 0;
    sum = (sum + word) >>> 0;
  }
  return sum;
}

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('PDF font', () => {
  it('unwraps a WOFF subset to TrueType with every table intact', async () => {
    const ttf = await woffToSfnt(woff('latin'));
    const view = new DataView(ttf.buffer);
    expect(view.getUint32(0)).toBe(0x00010000);
    const n = view.getUint16(4);
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...ttf.subarray(at, at + 4));
      if (tag === 'head') continue; // its checksum is computed with checkSumAdjustment zeroed
      expect(tableChecksum(ttf, view.getUint32(at + 8), view.getUint32(at + 12)), tag).toBe(view.getUint32(at + 4));
    }
  });

  it('finds a subset for Chinese, Traditional and Latin characters', () => {
    for (const c of ['上', '海', '硅', '巷', '區', '發', 'A', '2', '，', '·']) expect(index.subsetOf(c), c).not.toBeNull();
  });

  it('covers every character a tour PDF prints (the tours, the handout and app strings)', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'geodata', 'tours');
    const tours = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const texts = tours.flatMap((t) => [t.title.zh, t.title.en, ...t.steps.flatMap((st: Record<string, { zh: string; en: string; quote: string }>) =>
      [st.title.zh, st.title.en, st.caption.zh, st.caption.en, st.citation.quote])]);
    const strings = [zhCN, en].flatMap((d) => Object.entries(d).filter(([k]) => /^(handout|app|map)\./.test(k)).map(([, v]) => v));
    expect(texts.length).toBeGreaterThan(0);
    expect(uncovered([...texts, ...strings, '0123456789「」·'], index)).toEqual([]);
  });

  it.skipIf(!hasPoppler)('writes a PDF whose text extracts as Chinese', async () => {
    const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
    const line = '上海硅巷：田字格与五条特色街区 (Silicon Alley)';
    const text = await embedFonts(doc, [line], index, async (k) => woff(k));
    doc.setFontSize(16);
    text.draw(line, 20, 30);
    const dir = mkdtempSync(join(tmpdir(), 'handout-'));
    const file = join(dir, 'font.pdf');
    writeFileSync(file, Buffer.from(doc.output('arraybuffer')));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(line);
    // Embedded (emb) with a ToUnicode map (uni), for every font; subsetted by jsPDF: the file stays small.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').filter((l) => l.startsWith('noto-sans-sc-'));
    expect(fonts.length).toBeGreaterThan(1);
    for (const f of fonts) expect(f).toMatch(/CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/);
    expect(readFileSync(file).length).toBeLessThan(120_000);
  });
});
if (!hasPoppler) console.log('pdf-fonts: pdftotext missing (apt-get install -y poppler-utils): the extraction test is skipped');
