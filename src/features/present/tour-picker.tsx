/**
 * The tour picker: a modal dialog listing the tours (title and number of steps), the auto-advance
 * interval, Start, and the chosen tour's handout PDF (src/features/handout: jsPDF loads on click).
 * The tours load on demand (src/features/tours); a failed load says why and offers Retry. Escape or Cancel closes it.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Tour } from '../../data/tour-types';
import { loadTours } from '../tours';
import { useT } from '../../i18n';
import { AUTO_INTERVALS } from './keys';
import { TourPdfButton } from '../handout/tour-pdf-button';

type Load = { state: 'loading' } | { state: 'ready'; tours: Tour[] } | { state: 'error'; message: string };

export function TourPicker({ onStart, onCancel }: { onStart: (tour: Tour, interval: number) => void; onCancel: () => void }) {
  const { t, lang } = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [interval, setSeconds] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    loadTours().then(
      (tours) => live && setLoad({ state: 'ready', tours }),
      (e: unknown) => live && setLoad({ state: 'error', message: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // Focus into the dialog when it opens and when its content changes (loaded, failed).
  useEffect(() => {
    const first = dialog.current?.querySelector<HTMLElement>('input:checked, input, button:not(.present-picker-close)');
    (first ?? dialog.current)?.focus();
  }, [load.state]);

  const tours = load.state === 'ready' ? load.tours : [];
  const tour = tours.find((x) => x.id === chosen) ?? tours[0];

  return createPortal(
    <div className="present-backdrop" onClick={onCancel}>
      <div
        ref={dialog}
        className="present-picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby="present-picker-title"
        data-testid="tour-picker"
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id="present-picker-title">{t('present.pickTitle')}</h2>
        {load.state === 'loading' && <p role="status">{t('present.loading')}</p>}
        {load.state === 'error' && (
          <div role="alert" className="present-picker-error">
            <p>{t('present.loadError', { message: load.message })}</p>
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t('app.retry')}</button>
          </div>
        )}
        {load.state === 'ready' && !tours.length && <p role="status">{t('present.noTours')}</p>}
        {load.state === 'ready' && tour && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              onStart(tour, interval);
            }}
          >
            <ul className="present-tours" aria-labelledby="present-picker-title">
              {tours.map((x) => (
                <li key={x.id}>
                  <label className="present-tour" data-testid="tour-option" data-tour={x.id}>
                    <input type="radio" name="tour" value={x.id} checked={x.id === tour.id} onChange={() => setChosen(x.id)} />
                    <span className="present-tour-title">{x.title[lang]}</span>
                    <span className="present-tour-count">{t('present.steps', { count: x.steps.length })}</span>
                  </label>
                </li>
              ))}
            </ul>
            <label className="present-auto">
              {t('present.auto')}{' '}
              <select data-testid="present-interval" value={interval} onChange={(e) => setSeconds(Number(e.target.value))}>
                {AUTO_INTERVALS.map((s) => (
                  <option key={s} value={s}>{s ? t('present.autoEvery', { seconds: s }) : t('present.autoOff')}</option>
                ))}
              </select>
            </label>
            <div className="present-actions">
              <TourPdfButton tour={tour} />
              <button type="button" onClick={onCancel}>{t('present.cancel')}</button>
              <button type="submit" className="present-start" data-testid="present-start">{t('present.start')}</button>
            </div>
          </form>
        )}
        {load.state !== 'ready' || !tour ? (
          <div className="present-actions">
            <button type="button" className="present-picker-close" onClick={onCancel}>{t('present.cancel')}</button>
          </div>
        ) : null}
      </div>
    </div>,
    document.body,
  );
}
