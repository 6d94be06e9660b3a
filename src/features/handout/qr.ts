/**
 * The QR code of a share link, as dark runs of modules (one rectangle per horizontal run), drawn the
 * same way on a canvas (the PNG) and as vector rectangles in the PDF. Encoding: `qrcode` (npm,
 * node-qrcode: its `create` gives the module matrix; no renderer of its own is needed here).
 */
import { create } from 'qrcode';

/** The quiet zone the QR specification asks for, in modules. */
const QUIET = 4;

export interface QrRuns {
  /** Modules across, quiet zone included. */
  size: number;
  /** Dark runs: [column, row, length], in modules from the top-left corner (quiet zone included). */
  runs: [number, number, number][];
}

export function qrRuns(text: string): QrRuns {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: [number, number, number][] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push([start + QUIET, row + QUIET, col - start]);
        start = -1;
      }
    }
  }
  return { size: modules.size + 2 * QUIET, runs };
}

/** Draws the code as a `side`-wide square at (x, y): white ground, black modules. */
export function drawQr(rect: (x: number, y: number, w: number, h: number, dark: boolean) => void, qr: QrRuns, x: number, y: number, side: number): void {
  const m = side / qr.size;
  rect(x, y, side, side, false);
  for (const [col, row, len] of qr.runs) rect(x + col * m, y + row * m, len * m, m, true);
}

/**
 * Draws the code on a canvas at most `maxSide` wide at (x, y), its modules whole device pixels (no
 * seams between rows): `scale` is the canvas's device pixels per unit. Returns the side drawn.
 */
export function drawQrOnCanvas(ctx: CanvasRenderingContext2D, link: string, x: number, y: number, maxSide: number, scale: number): number {
  const qr = qrRuns(link);
  const side = (Math.max(1, Math.floor((maxSide * scale) / qr.size)) * qr.size) / scale;
  drawQr((rx, ry, w, h, dark) => {
    ctx.fillStyle = dark ? '#000' : '#fff';
    ctx.fillRect(rx, ry, w, h);
  }, qr, x, y, side);
  return side;
}
