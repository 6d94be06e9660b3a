/**
 * The header's "演示 / Present" button, the briefing mode's only first-screen code: a click loads the
 * tour picker and the presenter (./index.ts) on demand. When the presentation ends, focus comes back here.
 */
import { useRef, useState } from 'react';
import { lazyFeature } from '../../ui/lazy-feature';
import { useT } from '../../i18n';
import './present-button.css';

const Present = lazyFeature(() => import('./index'), 'Present');

export function PresentButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="present-button"
        data-testid="present-button"
        aria-haspopup="dialog"
        title={t('present.openLabel')}
        onPointerEnter={Present.preload}
        onFocus={Present.preload}
        onClick={() => setOpen(true)}
      >
        {t('present.open')}
      </button>
      {open && (
        <Present
          onClose={() => {
            setOpen(false);
            // After the restored view is rendered (a reopened record panel focuses its heading).
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </>
  );
}
