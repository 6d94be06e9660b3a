/**
 * The place symbols, drawn in code (no image files): one shape per kind — carriers a rounded
 * square, institutions a circle, enterprises a diamond — each solid (the record has its own point)
 * or hollow (a schematic position inside its zone). Each is drawn on a canvas in the browser and
 * handed to MapLibre as pixels (`map.addImage`: no image to fetch or decode).
 */
import { PLACE_COLORS, type PlaceKind } from './place-colors';

export const ICON_CELL = 64;
const KINDS: PlaceKind[] = ['carrier', 'institution', 'enterprise'];
const STYLES = ['solid', 'hollow'] as const;

export type IconStyle = (typeof STYLES)[number];

export function iconName(kind: PlaceKind, schematic: boolean): string {
  return `${kind}-${schematic ? 'hollow' : 'solid'}`;
}

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

/**
 * A fully transparent square: the cluster counts carry it, sized to their disc, so that the disc takes
 * part in label collision (the disc itself is a circle layer, which MapLibre's collision ignores).
 */
export const CLUSTER_FOOTPRINT = 'cluster-footprint';

/** One image per kind and style, `ICON_CELL` pixels square, for `map.addImage` (browser only); and the cluster footprint. */
export function placeIconImages(): { name: string; image: ImageData }[] {
  return [
    ...KINDS.flatMap((kind) => STYLES.map((style) => ({ name: `${kind}-${style}`, image: drawIcon(kind, style) }))),
    { name: CLUSTER_FOOTPRINT, image: new ImageData(ICON_CELL, ICON_CELL) },
  ];
}

function drawIcon(kind: PlaceKind, style: IconStyle): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_CELL;
  canvas.height = ICON_CELL;
  const ctx = canvas.getContext('2d')!;
  ctx.lineJoin = 'round';
  const [r, g, b] = PLACE_COLORS[kind];
  shapePath(ctx, kind, ICON_CELL / 2, ICON_CELL / 2);
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
  return ctx.getImageData(0, 0, ICON_CELL, ICON_CELL);
}

/** The same symbol as a PNG data URL, for the legend (browser only). */
export function placeIconDataUrl(kind: PlaceKind, style: IconStyle): string {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_CELL;
  canvas.height = ICON_CELL;
  canvas.getContext('2d')!.putImageData(drawIcon(kind, style), 0, 0);
  return canvas.toDataURL('image/png');
}
