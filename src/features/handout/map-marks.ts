/**
 * Marks drawn over a map image: a scale bar (lower left; metres per pixel at the centre latitude)
 * and a north arrow (upper right; turned with the map's bearing). Logical (CSS) pixels: the caller
 * has scaled the context to the image's pixel ratio.
 */
import { translate, type Lang } from '../../i18n';
import { scaleBar } from './scale-bar';
import { INK, setFont } from './canvas-text';

export interface MapCamera {
  lat: number;
  zoom: number;
  bearing: number;
}

const PANEL = 'rgba(255, 255, 255, 0.9)';

export function drawScaleBar(ctx: CanvasRenderingContext2D, camera: MapCamera, x: number, bottom: number): void {
  const bar = scaleBar(camera.lat, camera.zoom, 120);
  const y = bottom - 12;
  setFont(ctx, 12, INK);
  ctx.fillStyle = PANEL;
  ctx.fillRect(x - 6, y - 22, bar.px + ctx.measureText(bar.label).width + 18, 30);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x, y - 6);
  ctx.lineTo(x, y);
  ctx.lineTo(x + bar.px, y);
  ctx.lineTo(x + bar.px, y - 6);
  ctx.stroke();
  setFont(ctx, 12, INK);
  ctx.fillText(bar.label, x + bar.px + 6, y + 1);
}

export function drawNorthArrow(ctx: CanvasRenderingContext2D, bearing: number, cx: number, cy: number, lang: Lang): void {
  const r = 18;
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.arc(cx, cy, r + 4, 0, Math.PI * 2);
  ctx.fill();
  ctx.save();
  ctx.translate(cx, cy);
  // A bearing of b degrees turns the map b degrees counter-clockwise: north turns with it.
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -r);
  ctx.lineTo(7, 6);
  ctx.lineTo(0, 2);
  ctx.lineTo(-7, 6);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  setFont(ctx, 10, INK);
  ctx.textAlign = 'center';
  ctx.fillText(translate(lang, 'handout.north'), 0, r - 1);
  ctx.restore();
}

/** Both marks over a map drawn at (x, y), `w` × `h`. */
export function drawMapMarks(ctx: CanvasRenderingContext2D, camera: MapCamera, x: number, y: number, w: number, h: number, lang: Lang): void {
  drawScaleBar(ctx, camera, x + 12, y + h - 4);
  drawNorthArrow(ctx, camera.bearing, x + w - 30, y + 30, lang);
}
