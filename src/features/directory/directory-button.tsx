/**
 * The header's "名录 / Directory" button: toggles the directory, whose panel (the table, its sorting,
 * the exports) loads on demand. When the panel closes, focus comes back here if it was inside it.
 */
import { useEffect, useRef } from 'react';
import { lazyFeature } from '../../ui/lazy-feature';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import './directory-button.css';

const DirectoryPanel = lazyFeature(() => import('./index'), 'DirectoryPanel');

export function DirectoryButton() {
  const { t } = useT();
  const open = useAtlasStore((s) => s.directoryOpen);
  const setDirectory = useAtlasStore((s) => s.setDirectory);
  const button = useRef<HTMLButtonElement>(null);
  /** Opened from this button (not restored from a link): the panel then takes focus. */
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
        ref={button}
        type="button"
        className="directory-button"
        data-testid="directory-button"
        aria-expanded={open}
        aria-controls={open ? 'directory-panel' : undefined}
        title={t('directory.openLabel')}
        onPointerEnter={DirectoryPanel.preload}
        onFocus={DirectoryPanel.preload}
        onClick={() => {
          byUser.current = !open;
          setDirectory(!open);
        }}
      >
        {t('directory.open')}
      </button>
      {open && <DirectoryPanel autoFocus={byUser.current} />}
    </>
  );
}
