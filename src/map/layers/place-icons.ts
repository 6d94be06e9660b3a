/**
 * The place symbols, drawn in code (no image files): one shape per kind — carriers a rounded
 * square, institutions a circle, enterprises a diamond — each solid (the record has its own point)
 * or hollow (a schematic position inside its zone). The mapping is pure; the atlas is drawn on a
 * canvas once, in the browser, and handed to deck.gl as that canvas (no image to fetch or decode, so
 * the symbols appear in the same frame as everything else).
 */
import { PLACE_COLORS, type PlaceKind } from './place-colors';

export const ICON_CELL = 64;
const KINDS: PlaceKind[] = ['carrier', 'institution', 'enterprise'];
const STYLES = ['solid', 'hollow'] as const;

export type IconStyle = (typeof STYLES)[number];

export function iconName(kind: PlaceKind, schematic: boolean): string {
  return `${kind}-${schematic ? 'hollow' : 'solid'}`;
}

/** deck.gl icon mapping: one 64-pixel cell per kind and style, anchored at the centre. */
export const PLACE_ICON_MAPPING = Object.fromEntries(
  KINDS.flatMap((kind, k) =>
    STYLES.map((style, s) => [
      `${kind}-${style}`,
      { x: (k * STYLES.length + s) * ICON_CELL, y: 0, width: ICON_CELL, height: ICON_CELL, anchorX: ICON_CELL / 2, anchorY: ICON_CELL / 2, mask: false },
    ]),
  ),
) as Record<string, { x: number; y: number; width: number; height: number; anchorX: number; anchorY: number; mask: boolean }>;

function shapePath(ctx: CanvasRenderingContext2D, kind: PlaceKind, cx: number, cy: number): void {
  ctx.beginPath();
  if (kind === 'institution') {
    ctx.arc(cx, cy, 24, 0, Math.PI * 2);
  } else if (kind === 'enterprise') {
    ctx.moveTo(cx, cy - 28);
    ctx.lineTo(cx + 28, cy);
    ctx.lineTo(cx, cy + 28);
    ctx.lineTo(cx - 28, cy);
    ctx.closePath();
  } else {
    ctx.roundRect(cx - 21, cy - 21, 42, 42, 7);
  }
}

let cached: HTMLCanvasElement | null = null;

/** The icon atlas canvas (browser only; drawn once). */
export function placeIconAtlas(): HTMLCanvasElement {
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = ICON_CELL * KINDS.length * STYLES.length;
  canvas.height = ICON_CELL;
  const ctx = canvas.getContext('2d')!;
  ctx.lineJoin = 'round';
  for (const kind of KINDS) {
    for (const style of STYLES) {
      const { x } = PLACE_ICON_MAPPING[`${kind}-${style}`];
      const [r, g, b] = PLACE_COLORS[kind];
      shapePath(ctx, kind, x + ICON_CELL / 2, ICON_CELL / 2);
      if (style === 'solid') {
        ctx.fillStyle = `rgb(${r}, ${g}, ${b})`;
        ctx.fill();
        ctx.lineWidth = 6;
        ctx.strokeStyle = 'white';
        ctx.stroke();
      } else {
        ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
        ctx.fill();
        ctx.lineWidth = 9;
        ctx.strokeStyle = `rgb(${r}, ${g}, ${b})`;
        ctx.stroke();
      }
    }
  }
  cached = canvas;
  return cached;
}
