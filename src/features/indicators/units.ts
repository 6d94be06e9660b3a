/**
 * How a target's unit reads on a chart, in zh and en. The data's units are what each extract wrote
 * (measure words such as 家 and 个 in some plans, English nouns such as "enterprises" in Yangpu's): a
 * count's unit is not repeated on the chart (the printed figure, "973家", says it); a real unit (%,
 * km², 亿元, per year…) is shown in both languages. A unit not listed here is shown as it is.
 */
import type { Lang } from '../../i18n';

type UnitLabel = { zh: string; en: string } | 'count';

const UNITS: Record<string, UnitLabel> = {
  // Counts: measure words and the nouns used for them.
  '个': 'count', '家': 'count', '人': 'count', '栋': 'count', '篇': 'count', '份': 'count',
  enterprises: 'count', universities: 'count', parks: 'count', institutes: 'count', centres: 'count',
  laboratories: 'count', 'maker spaces': 'count', people: 'count', funds: 'count',
  'headquarters and centres': 'count', 'service items': 'count', cities: 'count',
  'demonstration bases': 'count', disciplines: 'count',
  // Units.
  '%': { zh: '%', en: '%' },
  '% of Shanghai total': { zh: '%', en: '%' },
  'km²': { zh: '平方公里', en: 'km²' },
  m: { zh: '米', en: 'm' },
  '万㎡': { zh: '万平方米', en: '10,000 m²' },
  '亿元': { zh: '亿元', en: '100 million yuan' },
  '100 million yuan': { zh: '亿元', en: '100 million yuan' },
  '次/年': { zh: '次/年', en: 'per year' },
  visits: { zh: '人次', en: 'visits' },
  'patents per 10,000 residents': { zh: '件/万人', en: 'per 10,000 residents' },
  'points (2013 = 100)': { zh: '分，2013年=100', en: 'points, 2013 = 100' },
};

/** The unit as a chart shows it, or '' for a count. */
export function unitLabel(unit: string, lang: Lang): string {
  const u = UNITS[unit.trim()];
  if (u === 'count') return '';
  return u ? u[lang] : unit;
}

/** Whether the unit is known to the chart (a test checks every unit in the data is). */
export const knownUnit = (unit: string) => unit.trim() in UNITS;
