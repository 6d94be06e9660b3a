/**
 * The header's "时间线 / Timeline" button, the timeline's only first-screen code: it toggles the
 * drawer, whose code (./index.ts) loads on demand. The drawer also shows whenever a year is chosen
 * (a share link with `year=`). When it closes, focus comes back here if it was inside it.
 */
import { useEffect, useRef } from 'react';
import { lazyFeature } from '../../ui/lazy-feature';
import { useAtlasStore } from '../../store';
import { filterYear } from '../../store/timeline';
import { useT } from '../../i18n';
import './timeline-button.css';

const TimelinePanel = lazyFeature(() => import('./index'), 'TimelinePanel');

export function TimelineButton() {
  const { t } = useT();
  const open = useAtlasStore((s) => s.timelineOpen || filterYear(s.filters) !== null);
  const setOpen = useAtlasStore((s) => s.setTimelineOpen);
  const button = useRef<HTMLButtonElement>(null);
  const byUser = useRef(false);
  const wasOpen = useRef(open);
  useEffect(() => {
    const active = document.activeElement;
    if (wasOpen.current && !open && (!active || active === document.body)) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button
        ref={button} type="button" className="timeline-button" data-testid="timeline-button"
        aria-expanded={open} aria-controls={open ? 'timeline-panel' : undefined} title={t('timeline.openLabel')}
        onPointerEnter={TimelinePanel.preload} onFocus={TimelinePanel.preload}
        onClick={() => {
          byUser.current = !open;
          setOpen(!open);
        }}
      >
        {t('timeline.open')}
      </button>
      {open && <TimelinePanel autoFocus={byUser.current} />}
    </>
  );
}
