/** The zone panel's facts: plan, stated area beside the area computed from the polygon, how the shape was made (for readers). */
import type { Zone } from '../../data/schema';
import { atlasData } from '../../data/atlas-data';
import { useT } from '../../i18n';
import { FactList } from '../../ui/fact-list';
import { RecordLink } from '../../ui/record-link';
import { districtName } from '../../i18n/districts';
import { inLang, readerTextOf } from './record-facts';
import { lazyFeature } from '../../ui/lazy-feature';
import { CompareButton } from '../compare/compare-button';

/** Issue 11 (compare + metro access): the zone's stations load on demand. */
const ZoneStations = lazyFeature(() => import('../metro-access'), 'ZoneStations');

export function ZoneFacts({ zone }: { zone: Zone }) {
  const { t, lang } = useT();
  const p = zone.properties;
  const computed = atlasData().derived.areaKm2[zone.properties.id];
  const km2 = (v: number) => t('panel.areaUnit', { value: v < 1 ? v.toFixed(3) : v.toFixed(2) });
  return (
    <>
    <FactList
      facts={[
        [t('panel.plan'), <RecordLink id={p.plan} />],
        [t('panel.parent'), p.parent && <RecordLink id={p.parent} />],
        [t('panel.districts'), p.districts.map((d) => districtName(lang, d)).join(lang === 'en' ? ', ' : '、')],
        [t('panel.statedArea'), <span data-testid="stated-area">{p.statedAreaKm2 !== undefined ? km2(p.statedAreaKm2) : t('panel.noStatedArea')}</span>],
        [t('panel.computedArea'), <span data-testid="computed-area">{km2(computed)}</span>],
        [t('panel.precision'), <span className={`precision precision-${p.location.precision}`}>{t(`precision.${p.location.precision}`)}</span>],
        [t('words.basis'), inLang(lang, readerTextOf(p.id)?.basis)],
      ]}
    />
    <CompareButton zoneId={p.id} />
    <ZoneStations zoneId={p.id} />
    </>
  );
}
