/**
 * The notice shown when the opened link (or a history entry) had parts that could not be used: it
 * names those parts, never echoes what the link said (React text only), and can be dismissed. It sits
 * in the map's top-left corner (a portal into the map's region), clear of the header on every layout.
 */
import { createPortal } from 'react-dom';
import { useT, type MessageKey } from '../../i18n';
import type { LinkPart } from '../../url/link-schema';
import { dismissLinkNotice, useLinkNotice } from '../../url/link-notice';

const PART_KEY: Record<LinkPart, MessageKey> = {
  link: 'share.part.link', camera: 'share.part.camera', selection: 'share.part.selection', filters: 'share.part.filters',
  search: 'share.part.search', language: 'share.part.language', reader: 'share.part.reader', plan: 'share.part.plan',
  directory: 'share.part.directory',
};

export function LinkNotice() {
  const { t } = useT();
  const parts = useLinkNotice();
  if (!parts.length) return null;
  const map = document.querySelector('.map-view');
  const notice = (
    <div className={`link-notice${map ? ' on-map' : ''}`} role="alert" data-testid="link-notice" data-parts={parts.join(' ')}>
      <p>{t('share.invalid', { parts: parts.map((p) => t(PART_KEY[p])).join(t('share.partSeparator')) })}</p>
      <button type="button" className="close" onClick={dismissLinkNotice} aria-label={t('share.dismiss')}>×</button>
    </div>
  );
  return map ? createPortal(notice, map) : notice;
}
