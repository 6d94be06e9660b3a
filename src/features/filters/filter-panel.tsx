/**
 * The filter panel (loaded on demand): plan, record type, carrier kind, industry track and location
 * precision, each a collapsible group of checkboxes with the number of records each option would
 * keep (counted against the other groups). Plans use the plan toggles' semantics (checked = shown).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { atlasData } from '../../data/atlas-data';
import { filterCounts, recordRows } from '../../data/filter';
import type { RecordKind } from '../../data/ids';
import { CARRIER_KINDS, PRECISIONS } from '../../data/vocab';
import { useAtlasStore } from '../../store';
import type { FilterKey } from '../../store/filters';
import { useT, type MessageKey } from '../../i18n';

const KINDS: RecordKind[] = ['zone', 'grouping', 'carrier', 'institution', 'enterprise', 'event', 'action', 'draft', 'target', 'department', 'plan'];

interface Option { value: string; label: string; count: number; checked: boolean; title?: string }

function Group({ id, legend, options, onToggle, open: initiallyOpen, hint }: {
  id: string; legend: string; options: Option[]; onToggle: (value: string) => void; open: boolean; hint?: ReactNode;
}) {
  const { t } = useT();
  const [open, setOpen] = useState(initiallyOpen);
  const selected = options.filter((o) => o.checked).length;
  return (
    <fieldset className="filter-group" data-group={id}>
      <legend>
        <button type="button" className="filter-group-toggle" aria-expanded={open} aria-controls={`filter-${id}`} onClick={() => setOpen(!open)}>
          <span className="filter-caret" aria-hidden="true">▾</span>
          {legend}
          {id !== 'plans' && selected > 0 && <span className="filter-selected">{t('filters.selected', { count: selected })}</span>}
        </button>
      </legend>
      <div id={`filter-${id}`} className="filter-options" hidden={!open}>
        {hint && <p className="filter-hint">{hint}</p>}
        {options.map((o) => (
          <label key={o.value} className={`filter-option${o.count === 0 ? ' is-empty' : ''}`} title={o.title}>
            <input
              type="checkbox" checked={o.checked} onChange={() => onToggle(o.value)} value={o.value}
              aria-label={t('filters.optionLabel', { option: o.label, count: o.count })}
            />
            <span>{o.label}</span>
            <span className="filter-option-count" aria-hidden="true">{o.count}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** On a narrow screen every group starts collapsed (the panel shares the column with the zone list). */
const wide = () => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 600px)').matches;

export function FilterPanel({ id }: { id: string }) {
  const { t, name } = useT();
  const data = atlasData();
  const filters = useAtlasStore((s) => s.filters);
  const hiddenPlans = useAtlasStore((s) => s.hiddenPlans);
  const toggleFilter = useAtlasStore((s) => s.toggleFilter);
  const togglePlan = useAtlasStore((s) => s.togglePlan);
  const rows = recordRows(data);
  const counts = useMemo(() => filterCounts(rows, filters, hiddenPlans), [rows, filters, hiddenPlans]);
  const { atlas } = data;

  const options = (key: FilterKey, values: readonly string[], label: (v: string) => string, title?: (v: string) => string): Option[] =>
    values.map((v) => ({ value: v, label: label(v), count: counts[key][v] ?? 0, checked: filters[key].includes(v), title: title?.(v) }));
  const toggle = (key: FilterKey) => (v: string) => toggleFilter(key, v);

  const plans: Option[] = atlas.plans
    .filter((p) => atlas.zones.some((z) => z.properties.plan === p.id))
    .map((p) => ({ value: p.id, label: name(p.name), count: counts.plans[p.id] ?? 0, checked: !hiddenPlans.includes(p.id) }));
  const trackById = new Map(atlas.tracks.map((tr) => [tr.id, tr]));
  return (
    <div id={id} className="filter-panel" data-testid="filter-panel">
      <Group id="plans" legend={t('filters.plans')} options={plans} onToggle={togglePlan} open={false} />
      <Group id="kinds" legend={t('filters.kinds')} options={options('kinds', KINDS, (k) => t(`kind.${k}` as MessageKey))} onToggle={toggle('kinds')} open={wide()} />
      <Group
        id="tracks" legend={t('filters.tracks')} onToggle={toggle('tracks')} open={wide()} hint={t('filters.trackHint')}
        options={options('tracks', atlas.tracks.map((tr) => tr.id), (v) => name(trackById.get(v)!.name), (v) => trackById.get(v)!.keywords.join(' · '))}
      />
      <Group
        id="carrierKinds" legend={t('filters.carrierKinds')} onToggle={toggle('carrierKinds')} open={false}
        options={options('carrierKinds', CARRIER_KINDS.filter((k) => k in counts.carrierKinds), (k) => t(`subkind.carrier.${k}` as MessageKey))}
      />
      <Group id="precisions" legend={t('filters.precisions')} options={options('precisions', PRECISIONS, (p) => t(`precision.${p}` as MessageKey))} onToggle={toggle('precisions')} open={false} />
    </div>
  );
}
