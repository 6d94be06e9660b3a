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

/** The hollow symbols as they appear inside a zone's badge text (drawn at text size, not icon size). */
export const inlineIconName = (kind: PlaceKind) => `${kind}-inline`;
/** An inline symbol's size on screen, pixels (MapLibre draws images in text at their own size, not the text's). */
const INLINE_PX = 11;

/** A zone badge's background, by state: a pill stretched around its text (nine-slice). */
export const BADGE_IMAGES = { plain: 'badge-plain', lit: 'badge-lit', selected: 'badge-selected' } as const;
const BADGE_CELL = 32;
const BADGE_RADIUS = 10;
const BADGE_FILLS: Record<keyof typeof BADGE_IMAGES, [string, string, number]> = {
  // fill, stroke, stroke width (cell pixels; the image is drawn at pixel ratio 2)
  plain: ['rgba(255, 255, 255, 0.92)', 'rgb(70, 78, 96)', 2.5],
  lit: ['rgb(255, 200, 40)', 'rgb(120, 80, 0)', 2.5],
  selected: ['rgb(255, 200, 40)', 'rgb(20, 20, 20)', 5],
};

export interface IconImage {
  name: string;
  image: ImageData;
  options?: { pixelRatio?: number; stretchX?: [number, number][]; stretchY?: [number, number][]; content?: [number, number, number, number] };
}

/** Every image the Atlas's layers draw, for `map.addImage` (browser only). */
export function placeIconImages(): IconImage[] {
  const r = BADGE_RADIUS;
  const pill = { pixelRatio: 2, stretchX: [[r, BADGE_CELL - r]], stretchY: [[r, BADGE_CELL - r]], content: [5, 5, BADGE_CELL - 5, BADGE_CELL - 5] } as IconImage['options'];
  return [
    ...KINDS.flatMap((kind) => STYLES.map((style) => ({ name: `${kind}-${style}`, image: drawIcon(kind, style) }))),
    ...KINDS.map((kind) => ({ name: inlineIconName(kind), image: drawIcon(kind, 'hollow'), options: { pixelRatio: ICON_CELL / INLINE_PX } })),
    ...(Object.keys(BADGE_IMAGES) as (keyof typeof BADGE_IMAGES)[]).map((state) => ({ name: BADGE_IMAGES[state], image: drawBadge(state), options: pill })),
    { name: CLUSTER_FOOTPRINT, image: new ImageData(ICON_CELL, ICON_CELL) },
  ];
}

function drawBadge(state: keyof typeof BADGE_IMAGES): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = BADGE_CELL;
  canvas.height = BADGE_CELL;
  const ctx = canvas.getContext('2d')!;
  const [fill, stroke, width] = BADGE_FILLS[state];
  ctx.beginPath();
  ctx.roundRect(width / 2, width / 2, BADGE_CELL - width, BADGE_CELL - width, BADGE_RADIUS - width / 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
  return ctx.getImageData(0, 0, BADGE_CELL, BADGE_CELL);
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
