/** What a handout shows, for its title: the selected record's name, else the plans on the map. */
import type { AtlasData } from '../../data/atlas-data';
import { nameOfRecord } from '../../data/links';
import { nameIn, translate, type Lang } from '../../i18n';
import type { AtlasState } from '../../store';
import { planEntries } from '../map-legend/legend-entries';
import { basemapCredit } from '../../map/basemap';

export function shownText(data: AtlasData, state: Pick<AtlasState, 'selectedId' | 'hiddenPlans'>, lang: Lang): string {
  const record = state.selectedId ? data.index.get(state.selectedId) : undefined;
  if (record) return nameIn(lang, nameOfRecord(record));
  const plans = data.atlas.plans.filter((p) => !state.hiddenPlans.includes(p.id));
  const labels = planEntries(plans, lang).map((p) => p.label);
  return labels.length ? labels.join(translate(lang, 'handout.listSeparator')) : translate(lang, 'handout.noPlans');
}

/** "2026-12-01": the local date, for file names. */
export function fileDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's date in the UI language ("2026年12月1日", "1 December 2026"). */
export function dateText(lang: Lang, date = new Date()): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(date);
}

/**
 * The map's attribution as the map shows it: an online basemap's credit while one is chosen (HTML with
 * links: its text only), else the embedded basemap's `map.attribution`; then the credit of the sources
 * the places and zones are derived from (`places13.attribution`). Browser only.
 */
export function attributionText(lang: Lang): string {
  const credit = basemapCredit();
  const basemap = credit
    ? (new DOMParser().parseFromString(credit[lang], 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim()
    : translate(lang, 'map.attribution');
  return `${basemap} | ${translate(lang, 'places13.attribution')}`;
}
