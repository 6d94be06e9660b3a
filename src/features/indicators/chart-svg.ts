/**
 * One indicator series drawn as a small SVG chart (pure: a string, so that the app, a tour card and a
 * PDF page draw the very same picture). x = year, y = value from 0; baselines are solid dots, targets
 * hollow markers; "at least" has an upward chevron, a range is a bar between its bounds; each point is
 * labelled with its figure (as printed in zh, as a symbol and number in en). Plain SVG with inline
 * attributes, no chart library: a few kilobytes, and it renders the same in the DOM and in an image.
 */
import { translate, nameIn, type Lang } from '../../i18n';
import { planColor, type Rgb } from '../../map/layers/palette';
import type { IndicatorPoint, IndicatorSeries } from './series';
import { unitLabel } from './units';

export const FONT_FAMILY = '"Noto Sans SC", system-ui, sans-serif';
export const MUTED = '#59636e';
export const GRID = '#d8dee4';
export const HIGHLIGHT = 'rgb(255, 212, 59)';

// ---------------------------------------------------------------- colour

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
/** WCAG contrast ratio of two colours. */
export const contrast = (a: Rgb, b: Rgb) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

/** The plan's colour darkened until it reads on white (4.5:1, for text and thin strokes). */
export function inkOf(rgb: Rgb, min = 4.5): Rgb {
  let c: Rgb = rgb;
  for (let k = 0; k < 40 && contrast(c, [255, 255, 255]) < min; k++) c = c.map((v) => Math.round(v * 0.93)) as Rgb;
  return c;
}
const css = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;

export function chartColours(planId: string) {
  const base = planColor(planId);
  return { fill: css(base), ink: css(inkOf(base)) };
}

// ---------------------------------------------------------------- text

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

type Attrs = Record<string, string | number | undefined>;
/** An SVG element as a string; attribute names are written as given (kebab-case). */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(typeof v === 'number' ? round(v) : v))}"`)
    .join('');
  return children.length ? `<${tag}${a}>${children.join('')}</${tag}>` : `<${tag}${a}/>`;
}
export const textNode = (s: string) => escapeXml(s);
const round = (v: number) => Math.round(v * 10) / 10;

/** Rough width of a label in px (CJK ≈ 1 em, Latin ≈ 0.58 em): enough to keep labels inside the chart. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.56;
  return w;
}

/** Splits a title into lines of at most `width` px (by character: fine for CJK, and for Latin at spaces where it can). */
export function wrapText(s: string, width: number, size: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of s.split(/(?<=[\s/])|(?=[\u2e80-\u9fff])|(?<=[\u2e80-\u9fff])/u)) {
    if (line && textWidth(line + token, size) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/.$/u, '')}…`;
    return kept;
  }
  return lines;
}

export function formatNumber(v: number, lang: Lang): string {
  return lang === 'en' ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(Math.round(v * 100) / 100);
}

/** The figure in words, for the aria-label and the table ("at least 1,000" / "不少于 1000"). */
export function sayValue(p: IndicatorPoint, lang: Lang): string {
  return translate(lang, `indicators.say.${p.comparator}`, { v: formatNumber(p.value, lang), max: formatNumber(p.valueMax ?? p.value, lang) });
}

/** The label drawn at a point: the figure as printed in zh, a symbol and the number in en. */
export function pointLabel(p: IndicatorPoint, lang: Lang): string {
  if (lang === 'zh') return p.valueText;
  return translate(lang, `indicators.sym.${p.comparator}`, { v: formatNumber(p.value, lang), max: formatNumber(p.valueMax ?? p.value, lang) });
}

export const kindWord = (p: IndicatorPoint, lang: Lang) =>
  translate(lang, p.kind === 'target' ? 'indicators.target' : 'indicators.baseline');

/** The metric's caption: name, then "(unit)" and "added" where they apply. */
export function seriesCaption(s: IndicatorSeries, lang: Lang): { title: string; unit: string; unitOnly: string } {
  const unit = unitLabel(s.unit, lang);
  const parts = [s.increase ? translate(lang, 'indicators.increase') : '', unit].filter(Boolean);
  return { title: nameIn(lang, s.metric), unit: parts.join(lang === 'zh' ? '，' : ', '), unitOnly: unit };
}

/** The chart's accessible summary: every point, in order. */
export function seriesSummary(s: IndicatorSeries, lang: Lang, highlight?: string): string {
  const { title, unit } = seriesCaption(s, lang);
  const points = s.points.map((p) => {
    const value = lang === 'zh' ? p.valueText : sayValue(p, lang);
    return translate(lang, p.id === highlight ? 'indicators.pointThis' : 'indicators.point', { year: p.year, kind: kindWord(p, lang), value });
  });
  const metric = unit ? (lang === 'zh' ? `${title}（${unit}）` : `${title} (${unit})`) : title;
  return translate(lang, 'indicators.summary', { metric, points: points.join(translate(lang, 'indicators.summarySep')) });
}

// ---------------------------------------------------------------- scales

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) at or above v. */
export function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v * (1 - 1e-9)) return Math.round(m * p * 1e6) / 1e6;
  return 10 * p;
}

/** Which legend entries a set of series needs (only what is drawn is explained). */
export function legendNeeds(series: IndicatorSeries[]) {
  const points = series.flatMap((s) => s.points);
  return {
    baseline: points.some((p) => p.kind === 'baseline'),
    target: points.some((p) => p.kind === 'target'),
    atLeast: points.some((p) => p.comparator === 'gte'),
    range: points.some((p) => p.comparator === 'range' && p.valueMax !== undefined),
  };
}

// ---------------------------------------------------------------- the chart

export interface ChartOptions {
  lang: Lang;
  planId: string;
  /** The record whose point is marked (a target's own panel). */
  highlight?: string;
  compact?: boolean;
  /** Draw the metric's name and unit inside the SVG (standalone images); the app shows them as HTML. */
  withTitle?: boolean;
  /** Width in px (default 300, compact 156). */
  width?: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  body: string;
}

/** The chart's drawing (without the <svg> root), for one chart or a grid of them. */
export function chartBody(s: IndicatorSeries, o: ChartOptions): ChartGeometry {
  const { lang } = o;
  const compact = o.compact ?? false;
  const W = o.width ?? (compact ? 156 : 300);
  const fs = compact ? 10 : 11;
  const { fill, ink } = chartColours(o.planId);
  const parts: string[] = [];

  // Title block (standalone only).
  let top = 0;
  if (o.withTitle) {
    const { title, unitOnly } = seriesCaption(s, lang);
    const tfs = fs + 2;
    const lines = wrapText(title, W - 8, tfs, 3);
    lines.forEach((line, i) => parts.push(el('text', { x: 4, y: 4 + tfs + i * (tfs + 3), 'font-size': tfs, 'font-weight': 600, fill: '#1f2328' }, textNode(line))));
    top = 4 + lines.length * (tfs + 3);
    const sub = [s.increase && translate(lang, 'indicators.increase'), unitOnly && translate(lang, 'indicators.unit', { unit: unitOnly }), translate(lang, 'indicators.fromZero')].filter(Boolean).join(lang === 'zh' ? '；' : '; ');
    parts.push(el('text', { x: 4, y: top + fs + 1, 'font-size': fs - 1, fill: MUTED }, textNode(sub)));
    top += fs + 6;
  }

  const plotH = compact ? 74 : 96;
  const padT = 24;
  const padB = 18;
  const H = top + padT + plotH + padB;
  const values = s.points.flatMap((p) => [p.value, p.valueMax ?? p.value]);
  const yMax = niceCeil(Math.max(...values, 0));
  const yMin = Math.min(0, ...values);
  const tickLabel = formatNumber(yMax, lang);
  const padL = Math.max(compact ? 22 : 26, textWidth(tickLabel, fs - 1) + 8);
  const padR = 10;
  const x0 = padL;
  const x1 = W - padR;
  const yTop = top + padT;
  const yBottom = yTop + plotH;
  const y = (v: number) => yBottom - ((v - yMin) / (yMax - yMin)) * plotH;

  const years = [...new Set(s.points.map((p) => p.year))].sort((a, b) => a - b);
  const inset = compact ? 22 : 30;
  const xYear = (yr: number) => years.length === 1 ? (x0 + x1) / 2
    : x0 + inset + ((yr - years[0]) / (years[years.length - 1] - years[0])) * (x1 - x0 - 2 * inset);

  // Axes: the 0 line, the top gridline with its value, the years.
  parts.push(el('line', { x1: x0, y1: y(yMax), x2: x1, y2: y(yMax), stroke: GRID, 'stroke-width': 1, 'stroke-dasharray': '3 3' }));
  parts.push(el('line', { x1: x0, y1: y(0), x2: x1, y2: y(0), stroke: MUTED, 'stroke-width': 1 }));
  parts.push(el('text', { x: x0 - 4, y: y(yMax) + 3.5, 'font-size': fs - 1, fill: MUTED, 'text-anchor': 'end' }, textNode(tickLabel)));
  parts.push(el('text', { x: x0 - 4, y: y(0) + 3.5, 'font-size': fs - 1, fill: MUTED, 'text-anchor': 'end' }, '0'));
  let lastYearRight = -Infinity;
  for (const yr of years) {
    const x = xYear(yr);
    const w = textWidth(String(yr), fs);
    parts.push(el('line', { x1: x, y1: y(0), x2: x, y2: y(0) + 3, stroke: MUTED, 'stroke-width': 1 }));
    if (x - w / 2 > lastYearRight + 4) {
      parts.push(el('text', { x, y: yBottom + fs + 4, 'font-size': fs, fill: MUTED, 'text-anchor': 'middle' }, String(yr)));
      lastYearRight = x + w / 2;
    }
  }

  // Points at one year sit side by side.
  const at = s.points.map((p) => {
    const same = s.points.filter((q) => q.year === p.year);
    const i = same.indexOf(p);
    return { p, x: xYear(p.year) + (i - (same.length - 1) / 2) * 16, i };
  });

  // A thin dashed connector, in year order.
  if (at.length > 1) {
    const d = at.map(({ p, x }, k) => `${k ? 'L' : 'M'}${round(x)} ${round(y(p.value))}`).join(' ');
    parts.push(el('path', { d, fill: 'none', stroke: ink, 'stroke-width': 1, 'stroke-dasharray': '2 3', 'stroke-opacity': 0.7 }));
  }

  const r = compact ? 4 : 4.5;
  for (const { p, x, i } of at) {
    const cy = y(p.value);
    const target = p.kind === 'target';
    const lit = p.id === o.highlight;
    const g: string[] = [];
    const topOf = p.comparator === 'range' && p.valueMax !== undefined ? y(p.valueMax) : cy;
    // This record: a yellow halo (the map's highlight) ringed in dark ink, visible on every plan's hue.
    const halo = (cy2: number) => el('circle', { cx: x, cy: cy2, r: r + 5, fill: HIGHLIGHT, stroke: '#1f2328', 'stroke-width': 1.2 });
    if (lit) g.push(halo(cy));
    if (p.comparator === 'range' && p.valueMax !== undefined) {
      if (lit) g.push(halo(topOf));
      g.push(el('line', { x1: x, y1: cy, x2: x, y2: topOf, stroke: ink, 'stroke-width': 3, 'stroke-linecap': 'round' }));
      g.push(el('circle', { cx: x, cy: topOf, r, fill: target ? 'white' : fill, stroke: ink, 'stroke-width': target ? 2 : 1.2 }));
    }
    g.push(el('circle', { cx: x, cy, r, fill: target ? 'white' : fill, stroke: ink, 'stroke-width': target ? 2 : 1.2 }));
    let labelY = topOf - r - 4;
    if (p.comparator === 'gte') {
      const cTop = topOf - r - 2;
      g.push(el('path', { d: `M${round(x - 4)} ${round(cTop - 1)} L${round(x)} ${round(cTop - 5)} L${round(x + 4)} ${round(cTop - 1)}`, fill: 'none', stroke: ink, 'stroke-width': 1.6, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
      labelY = cTop - 9;
    }
    const label = pointLabel(p, lang);
    const lw = textWidth(label, fs);
    const below = i % 2 === 1; // the second point of a year is labelled under its marker
    const ly = below ? cy + r + fs + 3 : labelY;
    let anchor: 'middle' | 'start' | 'end' = 'middle';
    let lx = x;
    if (x - lw / 2 < 2) { anchor = 'start'; lx = Math.max(2, x - r); }
    else if (x + lw / 2 > W - 2) { anchor = 'end'; lx = Math.min(W - 2, x + r); }
    g.push(el('text', {
      x: lx, y: ly, 'font-size': fs, 'font-weight': lit ? 700 : 600, fill: ink, 'text-anchor': anchor,
      stroke: 'white', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round',
    }, textNode(label)));
    parts.push(el('g', { 'data-point': p.id, 'data-kind': p.kind, 'data-comparator': p.comparator }, ...g));
  }
  return { width: W, height: H, body: parts.join('') };
}

export function svgRoot(width: number, height: number, label: string, body: string, extra: Attrs = {}): string {
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label,
    'font-family': FONT_FAMILY, style: `font-family: ${FONT_FAMILY}; background: white`, ...extra,
  }, body);
}

/** One series as a complete <svg> element (role="img", with its summary as aria-label). */
export function seriesSvg(s: IndicatorSeries, o: ChartOptions): string {
  const g = chartBody(s, o);
  return svgRoot(g.width, g.height, seriesSummary(s, o.lang, o.highlight), g.body, { 'data-series': s.key });
}
