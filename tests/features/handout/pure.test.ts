import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from '../../../src/features/handout/scale-bar';
import { breakUnits, wrapText } from '../../../src/features/handout/wrap-text';

describe('scale bar', () => {
  it('gives MapLibre\'s metres per pixel (512-pixel world at zoom 0)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    // At Shanghai's latitude the ground is shorter by cos(lat).
    expect(metresPerPixel(31.2, 10)).toBeCloseTo((78271.517 * Math.cos((31.2 * Math.PI) / 180)) / 1024, 4);
  });
  it('picks the longest 1-2-5 length that fits', () => {
    const bar = scaleBar(31.2, 12, 120);
    expect([1, 2, 5].map((f) => f * 10 ** Math.floor(Math.log10(bar.metres)))).toContain(bar.metres);
    expect(bar.px).toBeLessThanOrEqual(120);
    expect(bar.px * 2.5).toBeGreaterThan(120);
    expect(bar.px).toBeCloseTo(bar.metres / metresPerPixel(31.2, 12), 6);
    expect(scaleBar(31.2, 10, 100).label).toBe('5 km');
    expect(scaleBar(31.2, 16, 100).label).toMatch(/^\d+ m$/);
  });
});

describe('wrapText', () => {
  const width = (s: string) => [...s].length;
  it('breaks Chinese anywhere but before closing punctuation', () => {
    const lines = wrapText('一二三四，五六七八。', 4, width);
    expect(lines.join('')).toBe('一二三四，五六七八。');
    for (const l of lines) expect(l).not.toMatch(/^[，。]/);
  });
  it('keeps words whole and drops the spaces at a break', () => {
    expect(wrapText('alpha beta gamma', 11, width)).toEqual(['alpha beta', 'gamma']);
  });
  it('keeps an opening bracket with what follows', () => {
    expect(breakUnits('（甲）')).toEqual(['（甲）']);
  });
  it('keeps straight quotes and brackets with their word', () => {
    expect(wrapText('and bring "blockchain+" into use', 12, width)).toEqual(['and bring', '"blockchain+"', 'into use']);
    expect(breakUnits('方案(2023–2025)')).toEqual(['方', '案', '(2023–2025)']);
  });
  it('keeps explicit newlines', () => {
    expect(wrapText('甲\n乙', 10, width)).toEqual(['甲', '乙']);
  });
});
