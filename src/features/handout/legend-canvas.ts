/**
 * The handout's legend, drawn on a 2D canvas from the same entries as the map's legend
 * (src/features/map-legend/legend-entries.ts) and the map's own place symbols: plan colours, zone
 * fills, outline precision, place kinds (solid: own point; hollow, counted on a zone badge: schematic), clusters, highlights, selection, metro lines.
 * One pass lays out and (when `draw`) paints, so the measured height is the drawn one.
 */
import type { Plan } from '../../data/schema';
import { translate, type Lang, type MessageKey } from '../../i18n';
import { HIGHLIGHT_CSS, metroEntries, PLACE_KINDS, planEntries, PRECISION_SAMPLES } from '../map-legend/legend-entries';
import { placeIconImages } from '../../map/layers/place-icons';
import { canvasLines, INK, MUTED, setFont } from './canvas-text';

const HEADING = 13;
const TEXT = 12;
const LINE = 17;
/** Room for a row's symbol before its label (the zone badge takes more). */
const SYMBOL_W = 30;
const BADGE_W = 68;

/** The legend's every string (to load the font's subsets for them before measuring). */
export function legendTexts(plans: readonly Plan[], lang: Lang): string[] {
  const keys: MessageKey[] = ['maplegend.title', 'maplegend.plans', 'maplegend.zones', 'maplegend.outlines', 'maplegend.places',
    'maplegend.solid', 'maplegend.badge', 'maplegend.placesZoom', 'maplegend.cluster', 'maplegend.linked', 'maplegend.selected', 'maplegend.metro'];
  return [...keys.map((k) => translate(lang, k)), ...planEntries(plans, lang).map((p) => p.label),
    ...PRECISION_SAMPLES.flatMap((s) => s.precisions.map((p) => translate(lang, `precision.${p}`))),
    ...PLACE_KINDS.map((k) => translate(lang, `kind.${k}`)), '0123456789 /'];
}

let icons: Map<string, HTMLCanvasElement> | null = null;
/** The map's place symbols as canvases (drawn once). */
function iconCanvas(name: string): HTMLCanvasElement {
  icons ??= new Map(placeIconImages().map(({ name: n, image }) => {
    const c = document.createElement('canvas');
    c.width = image.width;
    c.height = image.height;
    c.getContext('2d')!.putImageData(image, 0, 0);
    return [n, c];
  }));
  return icons.get(name)!;
}

type Symbol = (ctx: CanvasRenderingContext2D, x: number, cy: number) => void;

const swatch = (fill: string, stroke: string, lineWidth: number): Symbol => (ctx, x, cy) => {
  ctx.fillStyle = fill;
  ctx.fillRect(x, cy - 6, 18, 12);
  ctx.strokeStyle = stroke;
  ctx.lineWidth = lineWidth;
  ctx.strokeRect(x, cy - 6, 18, 12);
};

const disc = (fill: string, stroke: string, ink: string): Symbol => (ctx, x, cy) => {
  ctx.beginPath();
  ctx.arc(x + 9, cy, 8, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = stroke;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  setFont(ctx, 9, ink);
  ctx.textAlign = 'center';
  ctx.fillText('3', x + 9, cy + 3);
};

const outline = (dash: string | undefined): Symbol => (ctx, x, cy) => {
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 2;
  ctx.setLineDash(dash ? dash.split(' ').map(Number) : []);
  ctx.beginPath();
  ctx.moveTo(x, cy);
  ctx.lineTo(x + 30, cy);
  ctx.stroke();
  ctx.setLineDash([]);
};

const placeIcon = (kind: string): Symbol => (ctx, x, cy) => ctx.drawImage(iconCanvas(`${kind}-solid`), x, cy - 8, 16, 16);

/** The map's zone badge: hollow symbols with the count of schematic places of each kind (sample counts, as in the map's legend). */
const zoneBadge: Symbol = (ctx, x, cy) => {
  setFont(ctx, 9, '#262b36');
  const items = PLACE_KINDS.map((k, i) => ({ k, n: String([12, 3, 2][i]) }));
  const width = items.reduce((w, it) => w + 10 + ctx.measureText(it.n).width + 4, 4);
  ctx.fillStyle = '#fff';
  ctx.strokeStyle = 'rgb(70, 78, 96)';
  ctx.lineWidth = 1.25;
  ctx.beginPath();
  ctx.roundRect(x, cy - 8, width, 16, 4);
  ctx.fill();
  ctx.stroke();
  setFont(ctx, 9, '#262b36');
  let at = x + 4;
  for (const { k, n } of items) {
    ctx.drawImage(iconCanvas(`${k}-hollow`), at, cy - 4, 8, 8);
    ctx.fillText(n, at + 10, cy + 3);
    at += 10 + ctx.measureText(n).width + 4;
  }
};

/** Lays out (and paints, when `draw`) the legend in a column `width` wide at (x, y); returns its height. */
export function drawLegend(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, plans: readonly Plan[], lang: Lang, draw: boolean): number {
  const t = (k: MessageKey, vars?: Record<string, string>) => translate(lang, k, vars);
  let at = y;
  const text = (s: string, size: number, colour: string, indent = 0) => {
    setFont(ctx, size, colour);
    for (const line of canvasLines(ctx, s, width - indent)) {
      at += LINE;
      if (draw) ctx.fillText(line, x + indent, at - 5);
    }
  };
  const heading = (k: MessageKey) => {
    at += 6;
    text(t(k), HEADING, INK);
  };
  const row = (symbol: Symbol, label: string, symbolWidth = SYMBOL_W) => {
    const top = at;
    text(label, TEXT, INK, symbolWidth + 6);
    if (draw) symbol(ctx, x, top + LINE / 2 + 1);
  };

  text(t('maplegend.title'), 15, INK);
  heading('maplegend.plans');
  for (const p of planEntries(plans, lang)) row(swatch(p.colour.replace(', 1)', ', 0.35)'), p.colour, 1.5), p.label);
  text(t('maplegend.zones'), TEXT, MUTED);
  heading('maplegend.outlines');
  for (const s of PRECISION_SAMPLES) row(outline(s.dash), s.precisions.map((p) => t(`precision.${p}`)).join(' / '));
  heading('maplegend.places');
  for (const k of PLACE_KINDS) row(placeIcon(k), t(`kind.${k}`));
  text(t('maplegend.solid'), TEXT, MUTED);
  row(zoneBadge, t('maplegend.badge'), BADGE_W);
  text(t('maplegend.placesZoom'), TEXT, MUTED);
  row(disc('rgba(52, 58, 72, 0.88)', '#fff', '#fff'), t('maplegend.cluster'));
  row(disc(HIGHLIGHT_CSS, '#785000', '#3c2800'), t('maplegend.linked'));
  row(swatch('rgba(0, 0, 0, 0)', '#141414', 3), t('maplegend.selected'));
  heading('maplegend.metro');
  at += metroGrid(ctx, x, at, width, draw);
  return at - y;
}

/** The metro lines by number, six to a row; returns the grid's height. */
function metroGrid(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, draw: boolean): number {
  const lines = metroEntries();
  const cols = 6;
  const cell = width / cols;
  if (draw) {
    lines.forEach((m, i) => {
      const cx = x + (i % cols) * cell;
      const cy = y + Math.floor(i / cols) * LINE + LINE / 2 + 1;
      ctx.fillStyle = m.colour;
      ctx.fillRect(cx, cy - 2, 14, 4);
      setFont(ctx, TEXT, INK);
      ctx.fillText(m.line, cx + 17, cy + 4);
    });
  }
  return Math.ceil(lines.length / cols) * LINE;
}
