/** Facts for every kind other than zones: what the record is, where it sits, how sure its location is. */
import type { AtlasRecord } from '../../data/links';
import { atlasData } from '../../data/atlas-data';
import { useT } from '../../i18n';
import { FactList } from '../../ui/fact-list';
import { RecordLink } from '../../ui/record-link';
import { ZoneFacts } from './zone-facts';

export function RecordFacts({ r }: { r: AtlasRecord }) {
  const { t, name } = useT();
  switch (r.kind) {
    case 'zone':
      return <ZoneFacts zone={r.record} />;
    case 'carrier':
    case 'institution':
    case 'enterprise': {
      const p = r.record.properties;
      const where = p.location
        ? <span className={`precision precision-${p.location.precision}`}>{t(`precision.${p.location.precision}`)}</span>
        : p.zones.length ? t('map.schematicPoint') : t('panel.notOnMap');
      return (
        <FactList
          facts={[
            [t('panel.address'), p.address],
            [t('panel.precision'), where],
            [t('panel.source'), p.location?.source],
            [t('panel.note'), p.location?.note ?? p.note],
          ]}
        />
      );
    }
    case 'action': {
      const a = r.record;
      const plan = atlasData().atlas.plans.find((p) => p.id === a.plan);
      const group = plan?.groups.find((g) => g.key === a.group);
      return (
        <FactList
          facts={[
            [t('panel.plan'), <RecordLink id={a.plan} />],
            [t('panel.group'), group && `${group.number} ${name(group.title)}`],
            [t('panel.number'), a.number],
            [t('panel.departments'), a.departments.length ? <span className="inline-links">{a.departments.map((d) => <RecordLink key={d} id={d} />)}</span> : undefined],
            [t('panel.note'), a.note],
          ]}
        />
      );
    }
    case 'target': {
      const tg = r.record;
      return (
        <FactList
          facts={[
            [t('panel.plan'), <RecordLink id={tg.plan} />],
            [t('kind.target'), tg.kind === 'target' ? t('panel.kindTarget') : t('panel.kindBaseline')],
            [t('panel.value'), `${name(tg.metric)}：${tg.valueText}`],
            [t('panel.year'), String(tg.year)],
          ]}
        />
      );
    }
    case 'department':
      return <FactList facts={[[t('panel.note'), r.record.variants.length > 1 ? r.record.variants.join(' / ') : undefined]]} />;
    case 'plan': {
      const p = r.record;
      return (
        <FactList
          facts={[
            [t('panel.source'), p.issuer && name(p.issuer)],
            [t('panel.year'), p.date ?? p.period],
            [t('panel.number'), p.docNumber],
          ]}
        />
      );
    }
  }
}
