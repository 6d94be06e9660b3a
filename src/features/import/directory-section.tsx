/**
 * The directory's part for imported features (issue 12): each shown layer's features — name, layer,
 * Atlas zone, located or not — as a small table under the Atlas's records, folded when there are
 * many; a row opens the feature (its card, the map on it). Text only.
 */
import { useMemo } from 'react';
import { atlasData } from '../../data/atlas-data';
import { nameIn } from '../../i18n';
import { useToolT } from '../map-tools/tool-strings';
import { IMPORT_STRINGS } from './strings';
import { importedRows, openImported, useImportStore } from './imported-records';
import './directory-section.css';

const SHOWN = 200;

export function ImportedDirectorySection() {
  const { t, lang } = useToolT(IMPORT_STRINGS);
  const layers = useImportStore((s) => s.layers);
  const { rows, total } = useMemo(() => importedRows(SHOWN), [layers]);
  const zoneName = useMemo(() => {
    const zones = new Map(atlasData().atlas.zones.map((z) => [z.properties.id, z.properties.name]));
    return (id: string | null) => (id && zones.get(id) ? nameIn(lang, zones.get(id)!) : '');
  }, [lang]);
  if (!total) return null;
  return (
    <details className="directory-imported" data-testid="directory-imported" open={total <= 20}>
      <summary>{t('import.directoryTitle', { count: total })}</summary>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.layerId}/${r.index}`} data-import-id={`${r.layerId}/${r.index}`} onClick={() => openImported(r.layerId, r.index)}>
              <td dir="auto"><button type="button" className="link" onClick={(e) => { e.stopPropagation(); openImported(r.layerId, r.index); }}>{r.name}</button></td>
              <td dir="auto"><span aria-hidden="true" style={{ color: r.colour }}>● </span>{r.layerName}</td>
              <td>{zoneName(r.zone)}</td>
              <td>{r.located ? '' : t('directory.notOnMap')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && <p className="directory-note">{t('import.directoryMore', { shown: rows.length })}</p>}
    </details>
  );
}
