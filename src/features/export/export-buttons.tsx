/**
 * The directory's export buttons: the rows it lists, in its order, as CSV or GeoJSON, saved under a
 * name that says what and when. papaparse loads with the first CSV export.
 */
import { useState } from 'react';
import { atlasData } from '../../data/atlas-data';
import type { RecordRow } from '../../data/filter';
import { nameOfRecord } from '../../data/links';
import { useT } from '../../i18n';
import { toCsv } from './csv';
import { downloadText } from './download';
import { exportFileName } from './file-name';
import { toGeoJson } from './geojson';
import { exportRecords } from './records';

interface Props {
  rows: readonly RecordRow[];
  kinds: readonly string[];
  filtered: boolean;
  inView: boolean;
  hiddenPlans: readonly string[];
}

export function ExportButtons({ rows, kinds, filtered, inView, hiddenPlans }: Props) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (ext: 'csv' | 'geojson') => {
    setBusy(true);
    setError(null);
    try {
      const { atlas, index } = atlasData();
      const tracks = new Map(atlas.tracks.map((tr) => [tr.id, tr.name]));
      const records = exportRecords(rows, (id) => {
        const r = index.get(id);
        return r && nameOfRecord(r);
      }, (id) => tracks.get(id));
      const plans = new Set(rows.flatMap((r) => r.plans).filter((p) => !hiddenPlans.includes(p)));
      const fileName = exportFileName({ kinds, filtered, inView, plans, now: new Date(), ext });
      if (ext === 'csv') downloadText(await toCsv(records), fileName, 'text/csv;charset=utf-8');
      else downloadText(`${JSON.stringify(toGeoJson(records), null, 1)}\n`, fileName, 'application/geo+json');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const hint = t('directory.exportHint', { count: rows.length });
  return (
    <div className="export-buttons" role="group" aria-label={hint}>
      <button type="button" data-testid="export-csv" title={hint} disabled={busy || !rows.length} onClick={() => run('csv')}>
        {t('directory.exportCsv')}
      </button>
      <button type="button" data-testid="export-geojson" title={hint} disabled={busy || !rows.length} onClick={() => run('geojson')}>
        {t('directory.exportGeojson')}
      </button>
      {busy && <span className="muted">{t('directory.exporting')}</span>}
      {error && <p className="export-error" role="alert">{t('directory.exportError', { message: error })}</p>}
    </div>
  );
}
