/**
 * The PNG of the current view: the live map drawn again at 2× or 3× (./map-image.ts), laid on a
 * sheet with the title (the app's and what is shown), the legend, a scale bar, a north arrow, the
 * attribution, the date and a QR code of the view's share link. The sheet's size is stated in CSS
 * pixels (the map's size plus margins, a legend column, a header and a footer); the PNG is that size
 * times the scale.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../../data/atlas-data';
import { translate, type Lang } from '../../i18n';
import { loadLabelFont } from '../../map/fonts';
import { useAtlasStore } from '../../store';
import { viewLink } from '../../url/use-url-state';
import { drawLegend, legendTexts } from './legend-canvas';
import { drawMapMarks } from './map-marks';
import { mapCssSize, renderMapImage } from './map-image';
import { drawQrOnCanvas } from './qr';
import { canvasLines, INK, MUTED, setFont } from './canvas-text';
import { attributionText, dateText, shownText } from './view-title';

const MARGIN = 16;
const HEADER = 72;
const FOOTER = 40;
const COLUMN = 250;
const QR_SIDE = 112;
const QR_BLOCK = QR_SIDE + 44;

export interface SheetSize {
  width: number;
  height: number;
}

interface SheetText {
  title: string;
  shown: string;
  qr: string;
  footer: string;
  date: string;
}

function sheetText(data: AtlasData, lang: Lang): SheetText {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string>) => translate(lang, k, v);
  return {
    title: t('app.title'),
    shown: t('handout.showing', { what: shownText(data, useAtlasStore.getState(), lang) }),
    qr: t('handout.qr'),
    footer: attributionText(lang),
    date: t('handout.date', { date: dateText(lang) }),
  };
}

/** Loads the font's subsets for every string the sheet prints (canvas text does not load web fonts by itself). */
async function loadFonts(data: AtlasData, lang: Lang, text: SheetText): Promise<void> {
  await loadLabelFont([...Object.values(text), ...legendTexts(data.atlas.plans, lang)]);
}

function legendHeight(ctx: CanvasRenderingContext2D, data: AtlasData, lang: Lang): number {
  return drawLegend(ctx, 0, 0, COLUMN, data.atlas.plans, lang, false);
}

function sizeOf(map: { width: number; height: number }, legend: number): SheetSize {
  return {
    width: MARGIN + map.width + MARGIN + COLUMN + MARGIN,
    height: HEADER + Math.max(map.height, legend + MARGIN + QR_BLOCK) + FOOTER,
  };
}

/** The sheet's size in CSS pixels for the map as it is now (the PNG is this times the scale). */
export async function viewSheetSize(map: MapLibreMap, data: AtlasData, lang: Lang): Promise<SheetSize> {
  await loadFonts(data, lang, sheetText(data, lang));
  return sizeOf(mapCssSize(map), legendHeight(document.createElement('canvas').getContext('2d')!, data, lang));
}

/** One line, cut with an ellipsis when it is wider than `width`. */
function fitLine(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  while (chars.length && ctx.measureText(`${chars.join('')}…`).width > width) chars.pop();
  return `${chars.join('')}…`;
}

function drawHeader(ctx: CanvasRenderingContext2D, text: SheetText, width: number): void {
  setFont(ctx, 24, INK);
  ctx.fillText(fitLine(ctx, text.title, width - 2 * MARGIN), MARGIN, 34);
  setFont(ctx, 15, MUTED);
  ctx.fillText(fitLine(ctx, text.shown, width - 2 * MARGIN), MARGIN, 58);
}

function drawFooter(ctx: CanvasRenderingContext2D, text: SheetText, size: SheetSize): void {
  const y = size.height - FOOTER / 2 + 4;
  setFont(ctx, 12, MUTED);
  ctx.textAlign = 'right';
  ctx.fillText(text.date, size.width - MARGIN, y);
  const dateWidth = ctx.measureText(text.date).width;
  ctx.textAlign = 'left';
  const width = size.width - 3 * MARGIN - dateWidth;
  // The credits on one line when they fit, else one line per credit (the basemap's, then the places')
  const lines = ctx.measureText(text.footer).width <= width ? [text.footer] : text.footer.split(' | ').slice(0, 2);
  lines.forEach((line, i) => ctx.fillText(fitLine(ctx, line, width), MARGIN, y - (lines.length - 1 - i) * 15));
}

function drawQrBlock(ctx: CanvasRenderingContext2D, link: string, caption: string, x: number, bottom: number, scale: number): void {
  const top = bottom - QR_BLOCK;
  const side = drawQrOnCanvas(ctx, link, x, top, QR_SIDE, scale);
  setFont(ctx, 12, MUTED);
  canvasLines(ctx, caption, COLUMN).slice(0, 2).forEach((line, i) => ctx.fillText(line, x, top + side + 16 + i * 16));
}

/** The PNG of the current view at `scale` (2 or 3), with its size in CSS pixels. */
export async function exportViewPng(map: MapLibreMap, data: AtlasData, lang: Lang, scale: number): Promise<{ blob: Blob; size: SheetSize }> {
  const text = sheetText(data, lang);
  await loadFonts(data, lang, text);
  const link = viewLink();
  const mapSize = mapCssSize(map);
  const center = map.getCenter();
  const camera = { lat: center.lat, zoom: map.getZoom(), bearing: map.getBearing() };
  const image = await renderMapImage(map, scale);

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const size = sizeOf(mapSize, legendHeight(ctx, data, lang));
  canvas.width = size.width * scale;
  canvas.height = size.height * scale;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  drawHeader(ctx, text, size.width);
  ctx.drawImage(image, MARGIN, HEADER, mapSize.width, mapSize.height);
  ctx.strokeStyle = '#d0cbc2';
  ctx.lineWidth = 1;
  ctx.strokeRect(MARGIN - 0.5, HEADER - 0.5, mapSize.width + 1, mapSize.height + 1);
  drawMapMarks(ctx, camera, MARGIN, HEADER, mapSize.width, mapSize.height, lang);
  const columnX = 2 * MARGIN + mapSize.width;
  drawLegend(ctx, columnX, HEADER - 6, COLUMN, data.atlas.plans, lang, true);
  drawQrBlock(ctx, link, text.qr, columnX, size.height - FOOTER, scale);
  drawFooter(ctx, text, size);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return { blob, size };
}
