/**
 * What the legend lists, read from the same constants the map's layers are drawn with (plan colours,
 * place kinds and colours, the highlight, the metro line colours), so that it can only explain what
 * is drawn. Pure: no React, no DOM.
 */
import type { Plan, Precision } from '../../data/schema';
import { PRECISION_DASH_PATTERNS } from '../../map/layers/atlas-style';
import { PLAN_COLORS, rgbCss } from '../../map/layers/palette';
import { HIGHLIGHT, PLACE_COLORS, type PlaceKind } from '../../map/layers/place-colors';
import { METRO_LINE_COLOURS } from '../../map/basemap';
import { districtName } from '../../i18n/districts';
import { nameIn, type Lang } from '../../i18n';

export interface PlanEntry {
  colour: string;
  /** Short label: the district and the plan's short name if it has one ("长宁区 · 上海硅巷", "杨浦区"). */
  label: string;
  /** The full names of the plans drawn in this colour. */
  title: string;
}

/** One entry per plan colour (the Changning plan and its CPPCC reply share one), in the data's order. */
export function planEntries(plans: readonly Plan[], lang: Lang): PlanEntry[] {
  const byColour = new Map<string, Plan[]>();
  for (const p of plans) {
    const rgb = PLAN_COLORS[p.id];
    if (!rgb) continue;
    const key = rgbCss(rgb);
    byColour.set(key, [...(byColour.get(key) ?? []), p]);
  }
  return [...byColour].map(([colour, group]) => {
    const main = group.find((p) => p.kind === 'plan') ?? group[0];
    const short = main.name.aliases?.[0];
    const district = main.district ? districtName(lang, main.district) : '';
    const shortName = short && (lang === 'en' && main.name.en ? shortEn(main.name.en, short) : short);
    const label = [district, shortName].filter(Boolean).join(' · ') || nameIn(lang, main.name);
    return { colour, label, title: group.map((p) => nameIn(lang, p.name)).join(' / ') };
  });
}

/** The English short name: the quoted name inside the English title ("…the “Shanghai Silicon Alley”…"), else the Chinese one. */
function shortEn(en: string, zh: string): string {
  return /“([^”]+)”/.exec(en)?.[1] ?? zh;
}

export const PLACE_KINDS: readonly PlaceKind[] = ['carrier', 'institution', 'enterprise'];
export const placeColour = (kind: PlaceKind) => rgbCss(PLACE_COLORS[kind]);
export const HIGHLIGHT_CSS = rgbCss(HIGHLIGHT);

/** Metro lines by number, in numeric order, with the colour they are drawn in. */
export function metroEntries(): { line: string; colour: string }[] {
  return Object.entries(METRO_LINE_COLOURS)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([line, colour]) => ({ line, colour }));
}

/**
 * Outline samples, one per distinct dash pattern the zones are drawn with (exact and street share the
 * solid line), as SVG dash arrays at the sample's 2 px width (the map's patterns are in line widths).
 */
export const PRECISION_SAMPLES: { key: string; precisions: Precision[]; dash: string | undefined }[] = (() => {
  const groups = new Map<string, Precision[]>();
  for (const [p, dash] of Object.entries(PRECISION_DASH_PATTERNS) as [Precision, [number, number]][]) {
    const key = dash.join(',');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups].map(([key, precisions]) => {
    const [on, off] = key.split(',').map(Number);
    return { key, precisions, dash: off === 0 ? undefined : `${on * 2} ${off * 2}` };
  });
})();
