/**
 * The source reader: a seed's full text with the cited sentence highlighted and scrolled into view,
 * and links to every record that cites that passage. A text that fails to load says so, with a Retry
 * that fetches it again (never "…" forever).
 */
import { useEffect, useRef, useState } from 'react';
import { atlasData, loadSeedText } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';
import { useToolT } from '../map-tools/tool-strings';
import { READER_STRINGS } from './strings';
import './source-reader.css';
import { RecordLink } from '../../ui/record-link';
import { seedTitle } from '../details-panel/citation-list';
import { recordsCiting } from './citing-records';

export function SourceReader() {
  const { t, name, lang } = useToolT(READER_STRINGS);
  const citation = useAtlasStore((s) => s.readerCitation);
  const close = useAtlasStore((s) => s.closeReader);
  const [text, setText] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    setText(null);
    setLoadError(null);
    if (!citation) return;
    let live = true;
    loadSeedText(citation.seed).then(
      (loadedText) => live && setText(loadedText),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [citation, attempt]);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [text]);

  useEffect(() => {
    if (!citation) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [citation, close]);

  if (!citation) return null;
  const start = text ? text.indexOf(citation.quote) : -1;
  const end = start + citation.quote.length;
  const citing = text && start >= 0 ? recordsCiting(atlasData().atlas, citation.seed, text, start, end) : [];
  return (
    <div className="reader-backdrop" onClick={close}>
      <section className="source-reader" role="dialog" aria-modal="true" aria-labelledby="reader-title" data-testid="source-reader" onClick={(e) => e.stopPropagation()}>
        <header>
          <h2 id="reader-title">{t('reader.title', { title: seedTitle(citation.seed, name) })}</h2>
          <button type="button" className="close" onClick={close} aria-label={t('reader.close')}>×</button>
        </header>
        {text && start < 0 && <p role="alert">{t('reader.notFound')}</p>}
        {loadError !== null && (
          <div className="reader-load-error" role="alert" data-testid="reader-load-error">
            <p>{t('reader.loadError', { message: loadError })}</p>
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t('reader.retry')}</button>
          </div>
        )}
        {citing.length > 0 && (
          <div className="reader-citing">
            <h3>{t('reader.citedBy')}</h3>
            <ul>{citing.map((id) => <li key={id}><RecordLink id={id} /></li>)}</ul>
          </div>
        )}
        {/* A scrolling region takes focus, so that the keyboard can scroll it (axe scrollable-region-focusable). */}
        <div className="reader-text" lang="zh" tabIndex={0} role="region" aria-labelledby="reader-title" aria-busy={text === null && loadError === null}>
          {text === null ? (loadError === null && <span className="muted" lang={lang === 'zh' ? 'zh-CN' : 'en'}>{t('reader.loading')}</span>) : start < 0 ? text : (
            <>
              {text.slice(0, start)}
              <mark ref={markRef} data-testid="reader-highlight">{citation.quote}</mark>
              {text.slice(end)}
            </>
          )}
        </div>
      </section>
    </div>
  );
}
