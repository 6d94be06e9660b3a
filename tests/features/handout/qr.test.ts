/** The QR runs drawn into a bitmap read back (jsQR) as the link they encode. */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { drawQr, qrRuns } from '../../../src/features/handout/qr';

function rasterise(link: string, side: number): Uint8ClampedArray {
  const px = new Uint8ClampedArray(side * side * 4).fill(255);
  drawQr((x, y, w, h, dark) => {
    for (let j = Math.round(y); j < Math.round(y + h); j++) {
      for (let i = Math.round(x); i < Math.round(x + w); i++) {
        const o = (j * side + i) * 4;
        px[o] = px[o + 1] = px[o + 2] = dark ? 0 : 255;
      }
    }
  }, qrRuns(link), 0, 0, side);
  return px;
}

describe('QR code', () => {
  it('reads back as the share link, quiet zone included', () => {
    const link = 'http://127.0.0.1:4173/?c=121.4601,31.1600,10.20&sel=zone%3Asilicon-alley&lang=en';
    const qr = qrRuns(link);
    const side = qr.size * 6;
    expect(jsQR(rasterise(link, side), side, side)?.data).toBe(link);
    // Four modules of quiet zone on every side: no dark run touches them.
    for (const [col, row, len] of qr.runs) {
      expect(col).toBeGreaterThanOrEqual(4);
      expect(row).toBeGreaterThanOrEqual(4);
      expect(col + len).toBeLessThanOrEqual(qr.size - 4);
    }
  });
});
