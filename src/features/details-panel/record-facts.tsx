/**
 * Facts for every kind other than zones: what the record is, where it sits, how sure its location is.
 * Notes and location provenance are shown as the reader texts (reader-texts.json), in the UI language;
 * the developer notes (`note`, `location.source/method/note`) stay in the data for docs/.
 */
import type { AtlasRecord } from '../../data/links';
import type { Atlas, ReaderString, ReaderTextEntry } from '../../data/schema';
import { atlasData } from '../../data/atlas-data';
import { useT, type Lang } from '../../i18n';
import { FactList } from '../../ui/fact-list';
import { RecordLink } from '../../ui/record-link';
import { ZoneFacts } from './zone-facts';
import { TargetIndicator } from '../indicators';
import { lazyFeature } from '../../ui/lazy-feature';
import { DraftFacts, EventFacts, GroupingFacts } from './records13-facts';

/** Issue 11 (reach): a place's nearest metro stations, loaded with the stations on demand. */
const NearestStations = lazyFeature<{ id: string }>(() => import('../reach/nearest-stations'), 'NearestStations');

const textsByAtlas = new WeakMap<Atlas, Map<string, ReaderTextEntry>>();

/** A record's reader text (basis of its location, note), if it has one. */
export function readerTextOf(id: string): ReaderTextEntry | undefined {
  const { atlas } = atlasData();
  let texts = textsByAtlas.get(atlas);
  if (!texts) textsByAtlas.set(atlas, (texts = new Map((atlas.readerTexts ?? []).map((x) => [x.record, x]))));
  return texts.get(id);
}

export const inLang = (lang: Lang, text: ReaderString | undefined): string | undefined => text?.[lang];

export function RecordFacts({ r }: { r: AtlasRecord }) {
  const { t, name, lang } = useT();
  switch (r.kind) {
    case 'zone':
      return <ZoneFacts zone={r.record} />;
    case 'carrier':
    case 'institution':
    case 'enterprise': {
      const p = r.record.properties;
      const text = readerTextOf(p.id);
      const where = p.location
        ? <span className={`precision precision-${p.location.precision}`}>{t(`precision.${p.location.precision}`)}</span>
        : p.zones.length ? t('map.schematicPoint') : t('panel.notOnMap');
      return (
        <>
          <FactList
            facts={[
              [t('panel.address'), p.address],
              [t('panel.precision'), where],
              [t('words.basis'), p.location && inLang(lang, text?.basis)],
              [t('panel.note'), inLang(lang, text?.note)],
            ]}
          />
          <NearestStations id={p.id} />
        </>
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
            [t('panel.note'), inLang(lang, readerTextOf(a.id)?.note)],
          ]}
        />
      );
    }
    case 'target': {
      const tg = r.record;
      return (
        <>
          <FactList
            facts={[
              [t('panel.plan'), <RecordLink id={tg.plan} />],
              [t('kind.target'), tg.kind === 'target' ? t('panel.kindTarget') : t('panel.kindBaseline')],
              [t('panel.value'), `${name(tg.metric)}：${tg.valueText}`],
              [t('panel.year'), String(tg.year)],
            ]}
          />
          <TargetIndicator target={tg} />
        </>
      );
    }
    case 'department':
      return <FactList facts={[[t('panel.note'), r.record.variants.length > 1 ? r.record.variants.join(' / ') : undefined]]} />;
    case 'event':
      return <EventFacts event={r.record} />;
    case 'grouping':
      return <GroupingFacts grouping={r.record} />;
    case 'draft':
      return <DraftFacts item={r.record} />;
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
