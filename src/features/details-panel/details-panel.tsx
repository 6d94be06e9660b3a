/** The side panel for the selected record: header with Back/Close, its facts, quotes and links. */
import { atlasData } from '../../data/atlas-data';
import { citationsOfRecord, nameOfRecord } from '../../data/links';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { KindBadge } from '../../ui/kind-badge';
import { CitationList } from './citation-list';
import { RecordFacts } from './record-facts';
import { RelatedList } from './related-list';
import { PlanOutlineButton } from '../plan-view/plan-outline-button';

export function DetailsPanel({ id }: { id: string }) {
  const { t, name } = useT();
  const select = useAtlasStore((s) => s.select);
  const back = useAtlasStore((s) => s.back);
  const canGoBack = useAtlasStore((s) => s.trail.length > 0);
  const r = atlasData().index.get(id);
  if (!r) return null;
  const recordName = nameOfRecord(r);
  return (
    <article className={`details-panel details-${r.kind}`} data-testid="details-panel" data-id={id} aria-labelledby="details-title">
      <header className="details-header">
        <div className="details-nav">
          {canGoBack && <button type="button" onClick={back}>← {t('panel.back')}</button>}
          <button type="button" className="close" onClick={() => select(null)} aria-label={t('panel.close')}>×</button>
        </div>
        <KindBadge kind={r.kind} />
        <h2 id="details-title">{r.kind === 'action' ? `${r.record.number} ` : ''}{name(recordName)}</h2>
        {recordName.en && name(recordName) !== recordName.zh && <p className="name-alt" lang="zh">{recordName.zh}</p>}
        {recordName.en && name(recordName) === recordName.zh && <p className="name-alt" lang="en">{recordName.en}</p>}
      </header>
      {r.kind === 'plan' && <PlanOutlineButton planId={id} />}
      <RecordFacts r={r} />
      <CitationList citations={citationsOfRecord(r)} />
      <RelatedList id={id} exclude={r.kind === 'zone' ? ['plan'] : []} />
    </article>
  );
}
