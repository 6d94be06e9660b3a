/**
 * "讲义 PDF / Handout PDF" for one tour, ready for the presenter's tour picker: makes the tour's PDF
 * (./tour-pdf.ts, loaded on click), says its progress step by step, then done or why it failed.
 */
import type { Tour } from '../../data/tour-types';
import { useRef } from 'react';
import { useT } from '../../i18n';
import { ExportStatusLine, runExport, useExportStatus } from './export-status';
import './handout.css';

export function TourPdfButton({ tour }: { tour: Tour }) {
  const { t, lang } = useT();
  const [status, setStatus] = useExportStatus();
  const busy = (done: number) => t('handout.tourPdfBusy', { done, total: tour.steps.length });
  const button = useRef<HTMLButtonElement>(null);
  // While it works the button stays focusable (aria-disabled, not disabled: a disabled button drops the focus out of the dialog).
  const make = async () => {
    if (status.kind === 'busy') return;
    await runExport(setStatus, busy(0), t('handout.tourPdfDone'), async () => {
      const { exportTourPdf } = await import('./index');
      await exportTourPdf(tour, lang, (done) => setStatus({ kind: 'busy', message: busy(done) }));
    });
    // The steps' focus records open (and focus) the record panel behind the dialog: the focus comes back here.
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <span className="handout">
      <button ref={button} type="button" className="handout-button" data-testid="tour-pdf" data-tour={tour.id} title={t('handout.tourPdfLabel')}
        aria-disabled={status.kind === 'busy'} onClick={make}>
        {t('handout.tourPdf')}
      </button>
      <ExportStatusLine status={status} testId="tour-pdf-status" above />
    </span>
  );
}
