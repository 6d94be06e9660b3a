/** Text on the handout's 2D canvas, in the app's font (the same stack the map's labels use). */
import { LABEL_FONT_STACK } from '../../map/fonts';
import { wrapText } from './wrap-text';

export const INK = '#1f2328';
export const MUTED = '#57606a';

export function setFont(ctx: CanvasRenderingContext2D, size: number, colour = INK): void {
  ctx.font = `${size}px ${LABEL_FONT_STACK}`;
  ctx.fillStyle = colour;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
}

/** `text` wrapped to `width` in the context's current font. */
export function canvasLines(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrapText(text, width, (s) => ctx.measureText(s).width);
}
