/**
 * What an export button says in its live region: working (with its progress), done (for a few
 * seconds) or failed (with the reason, until the next try). Shared by the image and the PDF buttons.
 */
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';

export type ExportStatus = { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

const IDLE: ExportStatus = { kind: 'idle' };
/** How long "exported" stays in the live region. */
const DONE_MS = 4000;

export function useExportStatus(): [ExportStatus, (s: ExportStatus) => void] {
  const [status, setStatus] = useState<ExportStatus>(IDLE);
  useEffect(() => {
    if (status.kind !== 'done') return;
    const timer = setTimeout(() => setStatus(IDLE), DONE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return [status, setStatus];
}

/** Runs `task`, saying "busy" first, then `done`, or the error's message. */
export async function runExport(setStatus: (s: ExportStatus) => void, busy: string, done: string, task: () => Promise<void>): Promise<void> {
  setStatus({ kind: 'busy', message: busy });
  try {
    await task();
    setStatus({ kind: 'done', message: done });
  } catch (e) {
    setStatus({ kind: 'error', message: (e as Error).message });
  }
}

/** `above`: over the button (inside a dialog, whose edge would cut a message below it). */
export function ExportStatusLine({ status, testId, above = false }: { status: ExportStatus; testId: string; above?: boolean }) {
  const { t } = useT();
  const text = status.kind === 'idle' ? '' : status.kind === 'error' ? t('handout.failed', { message: status.message }) : status.message;
  return <span className={`handout-status${status.kind === 'error' ? ' error' : ''}${above ? ' above' : ''}`} role="status" data-testid={testId}>{text}</span>;
}
