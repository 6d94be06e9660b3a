/**
 * The directory: a drawer over the map (it never squeezes the map) listing the records the filters
 * keep — optionally only those in the part of the map the reader sees — as a sortable table, with
 * their count and the exports. Escape or Close shuts it; it takes focus when opened from its button.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { atlasData } from '../../data/atlas-data';
import { matchesFilters, recordRows, type RecordRow } from '../../data/filter';
import { nameOfRecord } from '../../data/links';
import { useAtlasStore } from '../../store';
import { useT, type MessageKey } from '../../i18n';
import { ExportButtons } from '../export/export-buttons';
import { DirectoryTable } from './directory-table';
import { ImportedDirectorySection } from '../import/directory-section';
import { DEFAULT_SORT, directoryItems, sortItems, type Column, type Labels, type SortState } from './items';
import { useActiveMap, useInViewIds, useMapBox, useMapPadding } from './use-map';
import './directory.css';

function useLabels(): Labels {
  const { t, lang, name } = useT();
  return useMemo(() => {
    const { atlas, index } = atlasData();
    const tracks = new Map(atlas.tracks.map((tr) => [tr.id, tr.name]));
    const nameOf = (id: string) => {
      const r = index.get(id);
      return r ? name(nameOfRecord(r)) : id;
    };
    return {
      name,
      nameOf,
      type: (k) => t(`kind.${k}`),
      kind: (row: RecordRow) => {
        // A sub-kind the strings do not name yet is shown as its code rather than dropped.
        const sub = row.subKind ? ((t(`subkind.${row.kind}.${row.subKind}` as MessageKey) as string | undefined) ?? row.subKind) : '';
        return [sub, ...row.tracks.map((id) => (tracks.get(id) ? name(tracks.get(id)!) : id))].filter(Boolean).join(' · ');
      },
      precision: (p) => (p ? t(`precision.${p}`) : t('directory.notOnMap')),
      separator: lang === 'zh' ? '、' : ', ',
    };
  }, [lang]);
}

export function DirectoryPanel({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t, lang } = useT();
  const filters = useAtlasStore((s) => s.filters);
  const hiddenPlans = useAtlasStore((s) => s.hiddenPlans);
  const inView = useAtlasStore((s) => s.directoryInView);
  const setDirectory = useAtlasStore((s) => s.setDirectory);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const map = useActiveMap();
  const mapBox = useMapBox(map);
  useMapPadding(map, panel);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const labels = useLabels();

  const filtered = useMemo(() => recordRows(atlasData()).filter((r) => matchesFilters(r, filters, hiddenPlans)), [filters, hiddenPlans]);
  const inViewIds = useInViewIds(filtered, inView, map, panel);
  const rows = useMemo(() => (inViewIds ? filtered.filter((r) => inViewIds.has(r.id)) : filtered), [filtered, inViewIds]);
  const unplaced = useMemo(() => filtered.filter((r) => !r.position).length, [filtered]);
  const collator = useMemo(() => new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true }), [lang]);
  const items = useMemo(() => sortItems(directoryItems(rows, labels), sort, collator), [rows, labels, sort, collator]);
  const sortedRows = useMemo(() => items.map((it) => it.row), [items]);

  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);

  const close = () => setDirectory(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };
  const onSort = (column: Column) =>
    setSort((s) => (s.column === column ? { column, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { column, dir: 'asc' }));

  const place = mapBox
    ? ({ '--map-left': `${mapBox.left}px`, '--map-top': `${mapBox.top}px`, '--map-width': `${mapBox.right - mapBox.left}px`, '--map-height': `${mapBox.bottom - mapBox.top}px` } as CSSProperties)
    : undefined;
  const limited = inView && map !== null;
  const filteredAtAll = limited || hiddenPlans.length > 0 || Object.values(filters).some((v) => v.length > 0);

  return (
    <section
      ref={panel}
      id="directory-panel"
      className="directory-panel"
      data-testid="directory-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="directory-title"
      style={place}
      onKeyDown={onKeyDown}
    >
      <header className="directory-head">
        <h2 id="directory-title" ref={heading} tabIndex={-1}>{t('directory.title')}</h2>
        <span className="directory-count" data-testid="directory-count" data-count={rows.length} aria-live="polite">
          {t('directory.count', { count: rows.length })}
        </span>
        <button type="button" className="close" onClick={close} aria-label={t('directory.close')}>×</button>
      </header>
      <div className="directory-tools">
        <label className="directory-in-view">
          <input type="checkbox" checked={limited} disabled={!map} data-testid="directory-in-view" onChange={(e) => setDirectory(true, e.target.checked)} />
          {t('directory.inView')}
        </label>
        <ExportButtons rows={sortedRows} kinds={filters.kinds} filtered={filteredAtAll} inView={limited} hiddenPlans={hiddenPlans} />
      </div>
      {!map && inView && <p className="directory-note">{t('directory.noMap')}</p>}
      {limited && <p className="directory-note" data-testid="directory-in-view-note">{t('directory.inViewNote', { count: unplaced })}</p>}
      <DirectoryTable items={items} sort={sort} onSort={onSort} />
      <ImportedDirectorySection />
    </section>
  );
}
