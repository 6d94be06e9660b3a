/**
 * The directory's table: a real <table> (headers with sort buttons and aria-sort), of which only the
 * rows near the scrolled window are rendered (@tanstack/react-virtual; spacer rows keep the scroll
 * height, aria-rowcount / aria-rowindex give the full size to assistive technology). A row highlights
 * its record on the map while pointed at or focused, and selects it on click or Enter; the arrow keys
 * move between rows.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { COLUMNS, type Column, type DirectoryItem, type SortState } from './items';

const ROW_HEIGHT = 34;
const HEAD_HEIGHT = 36;

export function DirectoryTable({ items, sort, onSort }: { items: readonly DirectoryItem[]; sort: SortState; onSort: (column: Column) => void }) {
  const { t } = useT();
  const selectedId = useAtlasStore((s) => s.selectedId);
  const scroller = useRef<HTMLDivElement>(null);
  const hovered = useRef<string | null>(null);
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEAD_HEIGHT,
    overscan: 10,
    getItemKey: (i) => items[i].row.id,
  });

  const hover = (id: string | null) => {
    hovered.current = id;
    useAtlasStore.getState().hover(id);
  };
  // Leave no highlight behind when the table goes (the panel closed) while a row was pointed at.
  useEffect(() => () => {
    if (hovered.current && useAtlasStore.getState().hoveredId === hovered.current) useAtlasStore.getState().hover(null);
  }, []);

  /** ArrowUp / ArrowDown: focus the row above / below, scrolling it into the rendered window first. */
  const onRowKey = (e: KeyboardEvent, index: number) => {
    const to = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : -1;
    if (to < 0 || to >= items.length) return;
    e.preventDefault();
    virtual.scrollToIndex(to, { align: 'auto' });
    let tries = 0;
    const focus = () => {
      const el = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${to}"] .directory-row-button`);
      if (el) el.focus({ preventScroll: false });
      else if (tries++ < 10) requestAnimationFrame(focus);
    };
    focus();
  };

  // A new order starts at its top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [sort]);

  const shown = virtual.getVirtualItems();
  const before = shown.length ? shown[0].start - HEAD_HEIGHT : 0;
  const after = shown.length ? virtual.getTotalSize() - (shown[shown.length - 1].end - HEAD_HEIGHT) : 0;

  return (
    <div className="directory-scroll" ref={scroller} data-testid="directory-scroll">
      <table className="directory-table" aria-labelledby="directory-title" aria-rowcount={items.length + 1}>
        <colgroup>
          {COLUMNS.map((c) => <col key={c} className={`col-${c}`} />)}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={`col-${c}`} aria-sort={sort.column === c ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort-button" data-column={c} onClick={() => onSort(c)}>
                  {t(`directory.col.${c}`)}
                  <span className="sort-mark" aria-hidden="true">{sort.column === c ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onMouseLeave={() => hover(null)}>
          {before > 0 && <tr className="spacer" aria-hidden="true" style={{ height: before }}><td colSpan={COLUMNS.length} /></tr>}
          {shown.map((v) => {
            const { row, cells } = items[v.index];
            return (
              <tr
                key={v.key}
                ref={virtual.measureElement}
                data-index={v.index}
                data-id={row.id}
                aria-rowindex={v.index + 2}
                className={row.id === selectedId ? 'is-selected' : undefined}
                onMouseEnter={() => hover(row.id)}
                onClick={() => useAtlasStore.getState().select(row.id)}
              >
                <td className="col-name" title={cells.name}>
                  <button type="button" className="directory-row-button" data-id={row.id} aria-current={row.id === selectedId || undefined}
                    onFocus={() => hover(row.id)} onBlur={() => hover(null)} onKeyDown={(e) => onRowKey(e, v.index)}>
                    {cells.name}
                  </button>
                </td>
                <td className={`col-type kind-${row.kind}`}>{cells.type}</td>
                <td className="col-plan" title={cells.plan}>{cells.plan}</td>
                <td className="col-zone" title={cells.zone}>{cells.zone}</td>
                <td className="col-kind" title={cells.kind}>{cells.kind}</td>
                <td className={`col-precision precision-${row.precision ?? 'none'}`}>{cells.precision}</td>
              </tr>
            );
          })}
          {after > 0 && <tr className="spacer" aria-hidden="true" style={{ height: after }}><td colSpan={COLUMNS.length} /></tr>}
        </tbody>
      </table>
      {!items.length && <p className="directory-empty">{t('directory.empty')}</p>}
    </div>
  );
}
