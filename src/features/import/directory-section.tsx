/**
 * The directory's part for imported features (issue 12): every feature of the shown layers — name,
 * layer, Atlas zone, located or not — as a small table under the Atlas's records, folded when there
 * are many. Only the rows near the scrolled window are rendered (@tanstack/react-virtual, as the
 * directory's own table; spacer rows keep the scroll height), each made from its layer's columnar
 * table when it is rendered, so a million imported features are all reachable. A row opens the
 * feature (its card, the map on it). Text only.
 */
import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { atlasData } from '../../data/atlas-data';
import { nameIn } from '../../i18n';
import { useToolT } from '../map-tools/tool-strings';
import { IMPORT_STRINGS } from './strings';
import { importedCount, importedRowAt, openImported, useImportStore } from './imported-records';
import './directory-section.css';

const ROW_HEIGHT = 26;
/** The scrolled window's height (a definite height: the virtualiser needs one to know which rows to render). */
const VIEW_HEIGHT = 320;

export function ImportedDirectorySection() {
  const { t, lang } = useToolT(IMPORT_STRINGS);
  const layers = useImportStore((s) => s.layers);
  const total = useMemo(() => importedCount(layers), [layers]);
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<boolean | null>(null);
  const isOpen = open ?? total <= 20;
  const virtual = useVirtualizer({
    count: isOpen ? total : 0,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const zoneName = useMemo(() => {
    const zones = new Map(atlasData().atlas.zones.map((z) => [z.properties.id, z.properties.name]));
    return (id: string | null) => (id && zones.get(id) ? nameIn(lang, zones.get(id)!) : '');
  }, [lang]);
  if (!total) return null;
  const shown = virtual.getVirtualItems();
  const before = shown.length ? shown[0].start : 0;
  const after = shown.length ? virtual.getTotalSize() - shown[shown.length - 1].end : 0;
  return (
    <details className="directory-imported" data-testid="directory-imported" data-count={total} open={isOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('import.directoryTitle', { count: total })}</summary>
      <div className="directory-imported-scroll" ref={box} data-testid="directory-imported-scroll" style={{ height: Math.min(total * ROW_HEIGHT + 2, VIEW_HEIGHT) }}>
      <table aria-rowcount={total}>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {shown.map((v) => {
            const r = importedRowAt(v.index, layers);
            if (!r) return null;
            return (
              <tr key={`${r.layerId}/${r.index}`} data-index={v.index} aria-rowindex={v.index + 1} data-import-id={`${r.layerId}/${r.index}`} style={{ height: ROW_HEIGHT }} onClick={() => openImported(r.layerId, r.index)}>
                <td dir="auto"><button type="button" className="link" onClick={(e) => { e.stopPropagation(); openImported(r.layerId, r.index); }}>{r.name}</button></td>
                <td dir="auto"><span aria-hidden="true" style={{ color: r.colour }}>● </span>{r.layerName}</td>
                <td>{zoneName(r.zone)}</td>
                <td>{r.located ? '' : t('directory.notOnMap')}</td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
      </div>
    </details>
  );
}
