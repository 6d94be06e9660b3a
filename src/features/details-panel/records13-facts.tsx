/**
 * Facts of issue 13's record kinds: an event's date or recurrence as printed, where and by whom; a
 * grouping's member zones in printed order (the map highlights them, see highlightedFor); a draft item
 * and what it became in the final plan. Also the designations of a zone, carrier or institution.
 */
import type { AtlasEvent, DraftItem, Grouping } from '../../data/schema';
import { atlasData } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';
import { FactList } from '../../ui/fact-list';
import { RecordLink } from '../../ui/record-link';
import { useToolT } from '../map-tools/tool-strings';
import { RECORDS13_STRINGS } from './records13-strings';

const links = (ids: readonly string[]) => (ids.length ? <span className="inline-links">{ids.map((id) => <RecordLink key={id} id={id} />)}</span> : undefined);

export function EventFacts({ event: e }: { event: AtlasEvent }) {
  const { t, lang } = useToolT(RECORDS13_STRINGS);
  const { when } = e;
  const whenText = when.date
    ? <span data-testid="event-date"><time dateTime={when.date}>{when.date}</time> · {t('records13.printedAs', { text: when.text })}{when.reference ? <><br />{t('records13.yearFrom', { reference: when.reference })}</> : null}</span>
    : when.period ? t('records13.period', { period: when.period.replace('-', '–') }) : undefined;
  const others = e.plans.filter((p) => p !== e.plan);
  return (
    <FactList
      facts={[
        [t('panel.plan'), <RecordLink id={e.plan} />],
        [t('records13.alsoIn'), links(others)],
        [t('records13.eventType'), t(`records13.type.${e.eventType}`)],
        [t('records13.status'), t(`records13.status.${e.status}`)],
        [t('records13.when'), whenText],
        [t('records13.recurrence'), when.recurrence && `${when.recurrence[lang]}（${when.text}）`],
        [t('records13.places'), links([...e.places, ...e.zones])],
        [t('records13.organisers'), links(e.organisers)],
        [t('records13.participants'), links(e.participants)],
      ]}
    />
  );
}

export function GroupingFacts({ grouping: g }: { grouping: Grouping }) {
  const { t, name } = useToolT(RECORDS13_STRINGS);
  return (
    <>
      <FactList facts={[[t('panel.plan'), <RecordLink id={g.plan} />]]} />
      <section className="tracks grouping-members" data-testid="grouping-members">
        <h3>{t('records13.members')}</h3>
        <p className="hint">{t('records13.membersHint')}</p>
        {g.zones.length > 0 && <ol>{g.zones.map((z) => <li key={z}><RecordLink id={z} /></li>)}</ol>}
        {g.groupings.length > 0 && (
          <>
            <h4>{t('records13.memberGroupings')}</h4>
            <ul>{g.groupings.map((id) => <li key={id}><RecordLink id={id} /></li>)}</ul>
          </>
        )}
        {g.unmapped.length > 0 && (
          <>
            <h4>{t('records13.unmapped')}</h4>
            <ul>{g.unmapped.map((u) => <li key={u.name.zh}>{name(u.name)}</li>)}</ul>
          </>
        )}
      </section>
    </>
  );
}

export function DraftFacts({ item: d }: { item: DraftItem }) {
  const { t, name, lang } = useToolT(RECORDS13_STRINGS);
  const final = atlasData().atlas.plans.find((p) => p.id === d.finalPlan);
  const group = d.becameGroup ? final?.groups.find((g) => g.key === d.becameGroup) : undefined;
  const became = d.fate === 'dropped'
    ? t('records13.becameNothing')
    : group ? `${group.number} ${name(group.title)}` : links(d.becameActions);
  return (
    <FactList
      facts={[
        [t('records13.describedIn'), <RecordLink id={d.plan} />],
        [t('records13.finalPlan'), <RecordLink id={d.finalPlan} />],
        [t('records13.level'), t(`records13.level.${d.level}`)],
        [t('records13.draftGroup'), d.parent && <RecordLink id={d.parent} />],
        [t('records13.fate'), <span className={`draft-fate fate-${d.fate}`} data-testid="draft-fate">{t(`records13.fate.${d.fate}`)}</span>],
        [t('records13.became'), <span data-testid="draft-became">{became}</span>],
        [t('records13.reading'), d.basis[lang]],
      ]}
    />
  );
}

/** The designations the texts give a zone, carrier or institution, each with its quote. */
export function DesignationList({ id }: { id: string }) {
  const { t, name } = useToolT(RECORDS13_STRINGS);
  const openReader = useAtlasStore((s) => s.openReader);
  const list = (atlasData().atlas.designations ?? []).filter((d) => d.record === id);
  if (!list.length) return null;
  return (
    <section className="tracks designations" data-testid="designations">
      <h3>{t('records13.designations')}</h3>
      <ul>
        {list.map((d) => (
          <li key={d.name.zh}>
            <strong>{name(d.name)}</strong>{' '}
            <span className={`designation-status status-${d.status}`}>{t(`records13.designation.${d.status}`)}{d.year ? ` · ${d.year}` : ''}</span>
            <blockquote lang="zh">{d.citation.quote}</blockquote>
            <button type="button" className="open-source" onClick={() => openReader(d.citation)}>{t('panel.openSource')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
