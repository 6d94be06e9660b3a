/**
 * The import dialog: the file, its format and encoding, its records, the coordinate system the
 * converters guessed (with its basis and each candidate's score) to confirm or change, the columns to
 * choose when they could not be recognised, a progress bar with Cancel while a file is read or added,
 * and every message (errors and notes, each naming the file and the row or feature). Modal: Escape
 * cancels or closes, focus stays inside.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useToolT } from '../map-tools/tool-strings';
import type { ColumnChoice, CrsId, ImportMessage } from './core/types';
import type { ReadImport } from './core/worker-client';
import { useImportStore, type ImportJob } from './import-store';
import { addReviewed, cancelAdding, cancelReading, loadCore, readFile, startNext } from './import-run';
import { IMPORT_STRINGS } from './strings';

const CRS_IDS: CrsId[] = ['wgs84', 'gcj02', 'bd09'];
const SHOWN_MESSAGES = 200;

type Format = (m: ImportMessage, lang: 'zh' | 'en') => string;

function useFormatter(): Format | null {
  const [fmt, setFmt] = useState<Format | null>(null);
  useEffect(() => {
    let live = true;
    void loadCore().then((c) => live && setFmt(() => c.formatImportMessage));
    return () => void (live = false);
  }, []);
  return fmt;
}

export function MessageList({ messages, kind }: { messages: readonly ImportMessage[]; kind: 'errors' | 'notes' }) {
  const { t, lang } = useToolT(IMPORT_STRINGS);
  const fmt = useFormatter();
  if (!messages.length || !fmt) return null;
  const shown = messages.slice(0, SHOWN_MESSAGES);
  return (
    <section className={`import-messages import-${kind}`} data-testid={`import-${kind}`}>
      <h3>{t(kind === 'errors' ? 'import.errors' : 'import.notes', { count: messages.length })}</h3>
      <ul>
        {shown.map((m, i) => (
          <li key={i} data-code={m.code} data-row={m.row} data-feature={m.feature} data-severity={m.severity} dir="auto">
            {fmt(m, lang)}
          </li>
        ))}
      </ul>
      {messages.length > shown.length && <p className="muted">{t('import.moreMessages', { count: messages.length - shown.length })}</p>}
    </section>
  );
}

function formatDistance(m: number, lang: 'zh' | 'en'): string {
  if (!Number.isFinite(m)) return '—';
  const fmt = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: m < 1000 ? 0 : 1 });
  return m < 1000 ? `${fmt.format(m)} m` : `${fmt.format(m / 1000)} km`;
}

function Facts({ parsed }: { parsed: ReadImport }) {
  const { t } = useToolT(IMPORT_STRINGS);
  const { located, count } = parsed;
  return (
    <dl className="import-facts">
      {parsed.format && (<><dt>{t('import.format')}</dt><dd data-testid="import-format" data-format={parsed.format}>{t(`import.format.${parsed.format}`)}</dd></>)}
      {parsed.encoding && (<><dt>{t('import.encoding')}</dt><dd data-testid="import-encoding" data-encoding={parsed.encoding}>{t(`import.encoding.${parsed.encoding}`)}</dd></>)}
      <dt>{t('import.rows')}</dt>
      <dd data-testid="import-rows">{t('import.rowsValue', { count, located, notLocated: count - located })}</dd>
    </dl>
  );
}

function CrsChoice({ parsed, crs, onChange }: { parsed: ReadImport; crs: CrsId; onChange: (c: CrsId) => void }) {
  const { t, lang } = useToolT(IMPORT_STRINGS);
  const guess = parsed.crs;
  return (
    <fieldset className="import-crs" data-testid="import-crs" data-guess={guess.crs} data-basis={guess.basis} data-confident={guess.confident === false ? 'false' : 'true'}>
      <legend>{t('import.crs')}</legend>
      <p className="muted">{t(`import.crsBasis.${guess.basis}`)}</p>
      {guess.confident === false && <p className="import-weak">{t('import.crsWeak')}</p>}
      {CRS_IDS.map((id) => {
        const score = guess.scores?.[id];
        return (
          <label key={id}>
            <input type="radio" name="import-crs" value={id} checked={crs === id} onChange={() => onChange(id)} />
            {t(`import.crs.${id}`)}
            {id === guess.crs && <strong className="import-guess"> · {t('import.crsGuess')}</strong>}
            {score !== undefined && <span className="muted"> · {t('import.crsScore', { distance: formatDistance(score, lang) })}</span>}
          </label>
        );
      })}
      <p className="muted">{t('import.crsConfirm')}</p>
    </fieldset>
  );
}

function ColumnForm({ parsed, file }: { parsed: ReadImport; file: File }) {
  const { t } = useToolT(IMPORT_STRINGS);
  const cols = parsed.columns ?? [];
  const [choice, setChoice] = useState<ColumnChoice>(() => ({ lng: parsed.columnChoice?.lng ?? cols[0] ?? '', lat: parsed.columnChoice?.lat ?? cols[1] ?? cols[0] ?? '', name: parsed.columnChoice?.name, address: parsed.columnChoice?.address }));
  const select = (key: keyof ColumnChoice, label: string, optional: boolean) => (
    <label>
      {label}
      <select data-testid={`import-column-${key}`} value={choice[key] ?? ''} onChange={(e) => setChoice((c) => ({ ...c, [key]: e.target.value || undefined }))}>
        {optional && <option value="">{t('import.columnNone')}</option>}
        {cols.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
  return (
    <form className="import-columns" onSubmit={(e) => { e.preventDefault(); void readFile(file, choice); }}>
      <p>{t('import.columnsLead')}</p>
      {select('lng', t('import.columnLng'), false)}
      {select('lat', t('import.columnLat'), false)}
      {select('name', t('import.columnName'), true)}
      {select('address', t('import.columnAddress'), true)}
      <div className="import-actions">
        <button type="submit" className="primary" disabled={!choice.lng || !choice.lat}>{t('import.columnsApply')}</button>
        <button type="button" data-testid="import-columns-cancel" onClick={() => void startNext()}>{t('import.cancel')}</button>
      </div>
    </form>
  );
}

function Progress({ value, label, onCancel }: { value: number; label: string; onCancel: () => void }) {
  const { t } = useToolT(IMPORT_STRINGS);
  const percent = Math.round(value * 100);
  return (
    <div className="import-progress">
      <p>{label}</p>
      <progress data-testid="import-progress" max={1} value={value} aria-valuetext={t('import.progress', { percent })} />
      <span className="muted"> {t('import.progress', { percent })}</span>
      <div className="import-actions">
        <button type="button" data-testid="import-cancel" onClick={onCancel}>{t('import.cancel')}</button>
      </div>
    </div>
  );
}

function Body({ job }: { job: ImportJob }) {
  const { t } = useToolT(IMPORT_STRINGS);
  const queued = useImportStore((s) => s.queue.length);
  const file = job.file.name;
  switch (job.stage) {
    case 'reading':
      return <Progress value={job.progress} label={t('import.reading', { file })} onCancel={cancelReading} />;
    case 'adding':
      return <Progress value={job.progress} label={t('import.adding')} onCancel={cancelAdding} />;
    case 'columns':
      return (
        <>
          <Facts parsed={job.parsed} />
          <MessageList messages={job.parsed.errors} kind="errors" />
          <ColumnForm parsed={job.parsed} file={job.file} />
        </>
      );
    case 'failed':
      return (
        <>
          <p role="alert" data-testid="import-failed">{t('import.failedLead', { file })}</p>
          <MessageList messages={job.parsed.errors} kind="errors" />
          <MessageList messages={job.parsed.notes} kind="notes" />
          <div className="import-actions">
            <button type="button" className="primary" data-testid="import-close" onClick={() => void startNext()}>{t(queued ? 'import.next' : 'import.close')}</button>
          </div>
        </>
      );
    case 'cancelled':
      return <p>{t('import.cancelled', { file })}</p>;
    case 'review':
      return <Review job={job} />;
  }
}

function Review({ job }: { job: Extract<ImportJob, { stage: 'review' }> }) {
  const { t } = useToolT(IMPORT_STRINGS);
  const setJob = useImportStore((s) => s.setJob);
  const hasPoints = job.parsed.located > 0;
  return (
    <>
      <Facts parsed={job.parsed} />
      {hasPoints && <CrsChoice parsed={job.parsed} crs={job.crs} onChange={(crs) => setJob({ ...job, crs })} />}
      <MessageList messages={job.parsed.notes} kind="notes" />
      <div className="import-actions">
        <button type="button" className="primary" data-testid="import-add" onClick={() => void addReviewed(job.parsed, job.crs, job.file)}>{t('import.add')}</button>
        <button type="button" data-testid="import-dismiss" onClick={() => void startNext()}>{t('import.cancel')}</button>
      </div>
    </>
  );
}

export function ImportDialog() {
  const { t } = useToolT(IMPORT_STRINGS);
  const job = useImportStore((s) => s.job);
  const box = useRef<HTMLDivElement>(null);
  const opened = job !== null;
  useEffect(() => {
    if (!opened) return;
    const back = document.activeElement as HTMLElement | null;
    box.current?.focus();
    return () => {
      if (back?.isConnected && document.activeElement === document.body) back.focus();
    };
  }, [opened]);
  if (!job) return null;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (job.stage === 'reading') cancelReading();
      else if (job.stage === 'adding') cancelAdding();
      else void startNext();
    } else if (e.key === 'Tab') {
      const items = [...(box.current?.querySelectorAll<HTMLElement>('button, input, select, [href]') ?? [])].filter((x) => !x.hasAttribute('disabled'));
      if (!items.length) return;
      const [first, last] = [items[0], items[items.length - 1]];
      if (e.shiftKey && document.activeElement === first) (e.preventDefault(), last.focus());
      else if (!e.shiftKey && document.activeElement === last) (e.preventDefault(), first.focus());
    }
  };
  return (
    <div className="import-backdrop">
      <div ref={box} className="import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-dialog-title" tabIndex={-1} data-testid="import-dialog" data-stage={job.stage} onKeyDown={onKey}>
        <h2 id="import-dialog-title" dir="auto">{t('import.dialogTitle', { file: job.file.name })}</h2>
        <Body job={job} />
      </div>
    </div>
  );
}
