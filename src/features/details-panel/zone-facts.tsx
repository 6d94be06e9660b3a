/** The zone panel's facts: plan, stated area beside the area computed from the polygon, provenance. */
import type { Zone } from '../../data/schema';
import { atlasData } from '../../data/atlas-data';
import { useT } from '../../i18n';
import { FactList } from '../../ui/fact-list';
import { RecordLink } from '../../ui/record-link';

export function ZoneFacts({ zone }: { zone: Zone }) {
  const { t } = useT();
  const p = zone.properties;
  const computed = atlasData().derived.areaKm2[zone.properties.id];
  const km2 = (v: number) => t('panel.areaUnit', { value: v < 1 ? v.toFixed(3) : v.toFixed(2) });
  return (
    <FactList
      facts={[
        [t('panel.plan'), <RecordLink id={p.plan} />],
        [t('panel.parent'), p.parent && <RecordLink id={p.parent} />],
        [t('panel.districts'), p.districts.join('、')],
        [t('panel.statedArea'), <span data-testid="stated-area">{p.statedAreaKm2 !== undefined ? km2(p.statedAreaKm2) : t('panel.noStatedArea')}</span>],
        [t('panel.computedArea'), <span data-testid="computed-area">{km2(computed)}</span>],
        [t('panel.precision'), <span className={`precision precision-${p.location.precision}`}>{t(`precision.${p.location.precision}`)}</span>],
        [t('panel.method'), p.location.method],
        [t('panel.source'), p.location.source],
        [t('panel.note'), p.location.note],
      ]}
    />
  );
}
