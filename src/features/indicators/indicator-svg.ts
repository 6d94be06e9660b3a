/**
 * A plan's indicator charts as one standalone SVG (inline attributes, explicit width and height, white
 * background), for an image or a PDF page: one chart when `metric` names one series, else every series
 * of the plan in a grid, then the legend and the plan's qualitative goals as text lines.
 */
import type { Atlas } from '../../data/schema';
import { nameIn, translate, type Lang } from '../../i18n';
import { chartBody, chartColours, el, legendNeeds, MUTED, seriesSummary, svgRoot, textNode, textWidth, wrapText } from './chart-svg';
import { indicatorSeries, pickSeries, type IndicatorSeries } from './series';

const CHART_W = 300;
const GAP = 16;

/** The legend's glyphs and words as SVG at (x, y); returns its drawing and height. */
export function legendSvg(planId: string, series: IndicatorSeries[], lang: Lang, x: number, y: number, width: number): { body: string; height: number } {
  const { fill, ink } = chartColours(planId);
  const need = legendNeeds(series);
  const fs = 11;
  const all: [boolean, string, (cx: number, cy: number) => string][] = [
    [need.baseline, translate(lang, 'indicators.legendBaseline'), (cx, cy) => el('circle', { cx, cy, r: 4.5, fill, stroke: ink, 'stroke-width': 1.2 })],
    [need.target, translate(lang, 'indicators.legendTarget'), (cx, cy) => el('circle', { cx, cy, r: 4.5, fill: 'white', stroke: ink, 'stroke-width': 2 })],
    [need.atLeast, translate(lang, 'indicators.legendAtLeast'), (cx, cy) => el('path', { d: `M${cx - 4} ${cy + 2} L${cx} ${cy - 2} L${cx + 4} ${cy + 2}`, fill: 'none', stroke: ink, 'stroke-width': 1.6 })],
    [need.range, translate(lang, 'indicators.legendRange'), (cx, cy) => el('line', { x1: cx, y1: cy - 5, x2: cx, y2: cy + 5, stroke: ink, 'stroke-width': 3, 'stroke-linecap': 'round' })],
  ];
  const items = all.filter(([on]) => on).map(([, label, glyph]) => [label, glyph] as const);
  const parts: string[] = [];
  let cx = x;
  let cy = y + 8;
  for (const [label, glyph] of items) {
    const w = 16 + textWidth(label, fs) + 14;
    if (cx + w > x + width && cx > x) { cx = x; cy += 18; }
    parts.push(glyph(cx + 5, cy), el('text', { x: cx + 14, y: cy + 4, 'font-size': fs, fill: MUTED }, textNode(label)));
    cx += w;
  }
  return { body: parts.join(''), height: cy - y + 10 };
}

export function indicatorSvg(atlas: Pick<Atlas, 'targets'>, planId: string, metric: string | undefined, lang: Lang): string {
  const data = indicatorSeries(atlas, planId);
  const series = pickSeries(data.series, metric);
  const qualitative = metric ? data.qualitative.filter((q) => q.id === metric || q.metric.zh === metric) : data.qualitative;
  const cols = Math.max(1, Math.min(3, series.length));
  const width = cols * CHART_W + (cols - 1) * GAP + 16;
  const parts: string[] = [];
  let y = 8;
  const charts = series.map((s) => ({ s, g: chartBody(s, { lang, planId, withTitle: true, width: CHART_W }) }));
  for (let row = 0; row * cols < charts.length; row++) {
    const cells = charts.slice(row * cols, row * cols + cols);
    const h = Math.max(...cells.map((c) => c.g.height));
    cells.forEach((c, i) => {
      const x = 8 + i * (CHART_W + GAP);
      parts.push(el('g', { transform: `translate(${x} ${y})`, 'data-series': c.s.key }, c.g.body));
    });
    y += h + GAP;
  }
  if (series.length) {
    const legend = legendSvg(planId, series, lang, 8, y - 4, width - 16);
    parts.push(legend.body);
    y += legend.height + 6;
  }
  if (qualitative.length) {
    parts.push(el('text', { x: 8, y: y + 12, 'font-size': 12, 'font-weight': 600, fill: '#1f2328' }, textNode(translate(lang, 'indicators.qualitative'))));
    y += 18;
    for (const q of qualitative) {
      const text = nameIn(lang, q.name);
      // The year once: the records' names already carry it ("2023年…", "…by the end of 2023").
      for (const line of wrapText(text.includes(String(q.year)) ? text : `${q.year} · ${text}`, width - 24, 12, 3)) {
        parts.push(el('text', { x: 16, y: y + 12, 'font-size': 12, fill: '#1f2328' }, textNode(line)));
        y += 16;
      }
      y += 2;
    }
  }
  if (!series.length && !qualitative.length) {
    parts.push(el('text', { x: 8, y: y + 12, 'font-size': 12, fill: MUTED }, textNode(translate(lang, 'indicators.none'))));
    y += 20;
  }
  const height = Math.ceil(y + 8);
  const label = series.length === 1 && !qualitative.length ? seriesSummary(series[0], lang) : translate(lang, 'indicators.title');
  return svgRoot(width, height, label, parts.join(''));
}
