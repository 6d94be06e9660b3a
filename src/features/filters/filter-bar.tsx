/**
 * The filters' bar above the zone list (on the first screen, so kept tiny): a button that opens the
 * filter panel (its own chunk, fetched on first use or when the pointer comes near) and, while any
 * filter is set, how many and a one-click "Clear filters". The panel opens once its chunk is here,
 * so that it mounts once (a lazy feature rendered before its chunk arrives is mounted again when it does,
 * which would reset the groups' open state).
 */
import { useState } from 'react';
import { useAtlasStore } from '../../store';
import { activeFilterCount } from '../../store/filters';
import { useT } from '../../i18n';
import { lazyFeature } from '../../ui/lazy-feature';
import './filters.css';

const FilterPanel = lazyFeature(() => import('./filter-panel'), 'FilterPanel');

export function FilterBar() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const active = useAtlasStore(activeFilterCount);
  const clear = useAtlasStore((s) => s.clearFilters);
  return (
    <section className="filter-bar" aria-label={t('filters.title')} data-testid="filter-bar">
      <div className="filter-bar-row">
        <button
          type="button" className="filter-toggle" aria-expanded={open} aria-controls="filter-panel" title={t('filters.openLabel')}
          onClick={() => (open ? setOpen(false) : void FilterPanel.preload().then(() => setOpen(true)))}
          onPointerEnter={FilterPanel.preload} onFocus={FilterPanel.preload}
        >
          {t('filters.open')}
          {active > 0 && <span className="filter-active">{t('filters.active', { count: active })}</span>}
          <span className="filter-caret" aria-hidden="true">▾</span>
        </button>
        {active > 0 && <button type="button" className="filter-clear" onClick={clear}>{t('filters.clear')}</button>}
      </div>
      {open && <FilterPanel id="filter-panel" />}
    </section>
  );
}
