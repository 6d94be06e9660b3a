/**
 * The imported layers' list, on the map beside the legend: each layer by its file name, with its
 * colour (a colour picker), a show/hide toggle, its counts (located / not located), zoom, export
 * (GeoJSON, CSV) and remove; its import notes and its not-located records fold out. A layer the
 * browser could not save says so, with the reason and Save again. Folds to its title on a phone.
 */
import { useEffect, useState } from 'react';
import { useToolT } from '../map-tools/tool-strings';
import { useImportStore } from './import-store';
import { MessageList } from './import-dialog';
import { frameLayer, persist, removeLayer, updateLayer } from './import-run';
import { exportLayer } from './layer-export';
import { eachRow, NOT_LOCATED, textAt } from './core/table';
import type { ImportLayer } from './model';
import { IMPORT_STRINGS } from './strings';

const NOT_LOCATED_SHOWN = 100;

/** The first not-located features (name and address), read from the table. */
function notLocatedOf(layer: ImportLayer): { index: number; name: string; address: string }[] {
  const out: { index: number; name: string; address: string }[] = [];
  eachRow(layer.table, (index, c, j) => {
    out.push({ index, name: textAt(c.names, j), address: textAt(c.addresses, j) });
    return out.length < NOT_LOCATED_SHOWN;
  }, NOT_LOCATED);
  return out;
}

function LayerItem({ layer }: { layer: ImportLayer }) {
  const { t } = useToolT(IMPORT_STRINGS);
  const select = useImportStore((s) => s.select);
  const notLocated = layer.count - layer.located;
  const name = layer.name;
  return (
    <li className="import-layer" data-testid="import-layer" data-layer-id={layer.id} data-located={layer.located} data-not-located={notLocated}>
      <div className="import-layer-head">
        <input type="color" value={layer.colour} aria-label={t('import.layerColour', { name })} onChange={(e) => updateLayer(layer.id, { colour: e.target.value })} />
        <label className="import-layer-name">
          <input type="checkbox" checked={layer.visible} aria-label={t('import.layerShow', { name })} onChange={(e) => updateLayer(layer.id, { visible: e.target.checked })} />
          <bdi title={name}>{name}</bdi>
        </label>
        {layer.saved !== 'saved' && <span className={`import-badge ${layer.saved}`}>{layer.saved === 'saving' ? t('import.saving') : t('import.unsavedBadge')}</span>}
      </div>
      <p className="import-layer-counts muted" data-testid="import-layer-counts">{t('import.layerCounts', { located: layer.located, notLocated })}</p>
      {layer.saved === 'failed' && (
        <p className="import-error" role="alert">
          {t('import.saveFailed', { name, reason: layer.saveError ?? '' })}{' '}
          <button type="button" onClick={() => void persist(layer)}>{t('import.saveRetry')}</button>
        </p>
      )}
      <div className="import-layer-actions">
        <button type="button" title={t('import.layerZoomTitle', { name })} disabled={!layer.located} onClick={() => frameLayer(layer)}>{t('import.layerZoom')}</button>
        <button type="button" title={t('import.exportTitle', { name, format: 'GeoJSON' })} data-testid="import-export-geojson" onClick={() => void exportLayer(layer, 'geojson')}>{t('import.exportGeojson')}</button>
        <button type="button" title={t('import.exportTitle', { name, format: 'CSV' })} data-testid="import-export-csv" onClick={() => void exportLayer(layer, 'csv')}>{t('import.exportCsv')}</button>
        <button type="button" className="danger" title={t('import.layerRemoveTitle', { name })} aria-label={t('import.layerRemoveTitle', { name })} data-testid="import-remove" onClick={() => removeLayer(layer.id)}>{t('import.layerRemove')}</button>
      </div>
      {layer.notes.length > 0 && (
        <details>
          <summary>{t('import.layerNotes', { count: layer.notes.length })}</summary>
          <MessageList messages={layer.notes} kind="notes" />
        </details>
      )}
      {notLocated > 0 && (
        <details>
          <summary>{t('import.notLocatedList', { count: notLocated })}</summary>
          <ul className="import-not-located">
            {notLocatedOf(layer).map((f) => (
              <li key={f.index}><button type="button" className="link" onClick={() => select({ layerId: layer.id, index: f.index })}><bdi>{f.name}</bdi></button>{f.address && <span className="muted"> · <bdi>{f.address}</bdi></span>}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function LayerList() {
  const { t } = useToolT(IMPORT_STRINGS);
  const layers = useImportStore((s) => s.layers);
  const status = useImportStore((s) => s.status);
  const narrow = typeof window !== 'undefined' && window.matchMedia?.('(max-width: 640px)').matches;
  const [open, setOpen] = useState(!narrow);
  useEffect(() => {
    if (layers.length && !narrow) setOpen(true);
  }, [layers.length, narrow]);
  return (
    <>
      <p className="import-status" role="status" aria-live="polite" data-testid="import-status">{status}</p>
      {layers.length > 0 && (
        <details className="import-layers" data-testid="import-layers" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('import.layersCount', { count: layers.length })}</summary>
          <ul>{layers.map((l) => <LayerItem key={l.id} layer={l} />)}</ul>
        </details>
      )}
    </>
  );
}
