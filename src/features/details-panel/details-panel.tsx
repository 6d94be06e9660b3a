/**
 * The side panel for the selected record: header with Back/Close, its facts, quotes and links. It opens
 * at its top with focus on its heading (a panel opened from low in the list must not stay scrolled down);
 * Escape or Close clears the selection and returns focus to what opened it.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { openerSelector, returnFocus } from '../../ui/focus-return';
import { atlasData } from '../../data/atlas-data';
import { citationsOfRecord, nameOfRecord } from '../../data/links';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { KindBadge } from '../../ui/kind-badge';
import { CitationList } from './citation-list';
import { RecordFacts } from './record-facts';
import { RelatedList } from './related-list';
import { TrackList } from './track-list';
import { DesignationList } from './records13-facts';
import { PlanOutlineButton } from '../plan-view/plan-outline-button';

export function DetailsPanel({ id }: { id: string }) {
  const { t, name } = useT();
  const select = useAtlasStore((s) => s.select);
  const back = useAtlasStore((s) => s.back);
  const canGoBack = useAtlasStore((s) => s.trail.length > 0);
  const heading = useRef<HTMLHeadingElement>(null);
  // What opened the panel, read once when it opens (not when it moves from record to record).
  const opener = useRef<string | null | undefined>(undefined);
  if (opener.current === undefined) opener.current = openerSelector();

  useEffect(() => {
    const h = heading.current;
    if (!h) return;
    h.closest('.side-panel')?.scrollTo({ top: 0 });
    h.focus({ preventScroll: true });
  }, [id]);

  const close = () => {
    select(null);
    returnFocus(opener.current ?? null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // The source reader, when open, takes Escape for itself (its listener is on the document, after this one).
    if (e.key !== 'Escape' || e.defaultPrevented || useAtlasStore.getState().readerCitation) return;
    e.preventDefault();
    close();
  };

  const r = atlasData().index.get(id);
  if (!r) return null;
  const recordName = nameOfRecord(r);
  return (
    <article className={`details-panel details-${r.kind}`} data-testid="details-panel" data-id={id} aria-labelledby="details-title" onKeyDown={onKeyDown}>
      <header className="details-header">
        <div className="details-nav">
          {canGoBack && <button type="button" onClick={back}>← {t('panel.back')}</button>}
          <button type="button" className="close" onClick={close} aria-label={t('panel.close')}>×</button>
        </div>
        <KindBadge kind={r.kind} />
        <h2 id="details-title" ref={heading} tabIndex={-1}>{r.kind === 'action' ? `${r.record.number} ` : ''}{name(recordName)}</h2>
        {recordName.en && name(recordName) !== recordName.zh && <p className="name-alt" lang="zh">{recordName.zh}</p>}
        {recordName.en && name(recordName) === recordName.zh && <p className="name-alt" lang="en">{recordName.en}</p>}
      </header>
      {r.kind === 'plan' && <PlanOutlineButton planId={id} />}
      <RecordFacts r={r} />
      <DesignationList id={id} />
      <CitationList citations={citationsOfRecord(r)} />
      <TrackList id={id} />
      <RelatedList id={id} exclude={r.kind === 'zone' ? ['plan'] : []} />
    </article>
  );
}
