/**
 * The header's "复制链接 / Copy link" button: copies the page URL (which holds the whole view, kept by
 * src/url/) and says so in a live region. Where the clipboard cannot be written, the link is shown
 * selected in a read-only field to copy by hand. The notice about an unusable link lives here too.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { flushUrl } from '../../url/use-url-state';
import { copySelection, writeClipboard } from './copy-text';
import { useLinkNotice } from '../../url/link-notice';
import { lazyFeature } from '../../ui/lazy-feature';
import './share.css';

/** The notice about an unusable link: its code loads only when a link had such parts. */
const LinkNotice = lazyFeature(() => import('./link-notice'), 'LinkNotice');

type CopyState = 'idle' | 'copied' | 'manual';

/** How long "链接已复制" stays in the live region. */
const COPIED_MS = 4000;

export function ShareButton() {
  const { t } = useT();
  const [state, setState] = useState<CopyState>('idle');
  const [href, setHref] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const dropped = useLinkNotice();

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);

  // No clipboard API: the field is shown with the link selected; the browser is asked to copy it, else the reader does.
  useEffect(() => {
    if (state === 'manual' && field.current && copySelection(field.current)) setState('copied');
  }, [state]);

  const copy = async () => {
    flushUrl();
    const link = location.href;
    setHref(link);
    setState((await writeClipboard(link)) ? 'copied' : 'manual');
  };

  return (
    <div className="share">
      <button type="button" className="share-button" data-testid="share-link" title={t('share.copyLabel')} onClick={copy}>
        {t('share.copy')}
      </button>
      <span className="share-status" role="status" data-testid="share-status">{state === 'copied' ? t('share.copied') : ''}</span>
      <div className="share-manual" hidden={state !== 'manual'} onKeyDown={(e) => e.key === 'Escape' && setState('idle')}>
        <p id="share-manual-hint">{t('share.manual')}</p>
        <input ref={field} readOnly value={href} aria-label={t('share.linkLabel')} aria-describedby="share-manual-hint" data-testid="share-field" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="close" onClick={() => setState('idle')} aria-label={t('share.closeManual')}>×</button>
      </div>
      {dropped.length > 0 && <LinkNotice />}
    </div>
  );
}
