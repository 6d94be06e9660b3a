/**
 * The panel shown when nothing is selected: each plan with its colour and a visibility toggle, and
 * its zones as a tree of buttons (the keyboard way to select a zone). While a filter is set it lists
 * only the zones the map shows (those matching, or holding a matching record: src/data/filter.ts),
 * with their enclosing zones greyed for context, and says how many records match.
 */
import { useMemo } from 'react';
import { atlasData } from '../../data/atlas-data';
import { hasFilters, matchesFilters, recordRows, shownZoneIds } from '../../data/filter';
import type { Zone } from '../../data/schema';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { planColor, rgbCss } from '../../map/layers/palette';
import { PlanOutlineButton } from '../plan-view/plan-outline-button';

/** Which zones to list: null = all; else the shown ones, plus their ancestors (as context). */
interface Listed { shown: ReadonlySet<string>; withAncestors: ReadonlySet<string> }

function ZoneTree({ zones, listed }: { zones: Zone[]; listed: Listed | null }) {
  const { name } = useT();
  const select = useAtlasStore((s) => s.select);
  const hover = useAtlasStore((s) => s.hover);
  const visible = listed ? zones.filter((z) => listed.withAncestors.has(z.properties.id)) : zones;
  if (!visible.length) return null;
  return (
    <ul className="zone-tree">
      {visible.map((z) => {
        const id = z.properties.id;
        const { index } = atlasData();
        const children = index.childrenOf(id).map((c) => index.get(c)!.record as Zone);
        const context = listed !== null && !listed.shown.has(id);
        return (
          <li key={id}>
            <button type="button" className={`zone-button${context ? ' is-context' : ''}`} data-id={id} onClick={() => select(id)} onMouseEnter={() => hover(id)} onMouseLeave={() => hover(null)}>
              {name(z.properties.name)}
            </button>
            <ZoneTree zones={children} listed={listed} />
          </li>
        );
      })}
    </ul>
  );
}

export function ZoneBrowser() {
  const { t, name } = useT();
  const hiddenPlans = useAtlasStore((s) => s.hiddenPlans);
  const togglePlan = useAtlasStore((s) => s.togglePlan);
  const filters = useAtlasStore((s) => s.filters);
  const data = atlasData();
  const { atlas } = data;
  const plans = atlas.plans.filter((p) => atlas.zones.some((z) => z.properties.plan === p.id));
  const filtered = hasFilters(filters);
  const summary = useMemo(() => {
    if (!filtered) return null;
    const rows = recordRows(data);
    const shown = shownZoneIds(rows, filters, hiddenPlans);
    const withAncestors = new Set<string>();
    const parentOf = new Map(atlas.zones.map((z) => [z.properties.id, z.properties.parent]));
    for (const id of shown) {
      for (let p: string | undefined = id; p && !withAncestors.has(p); p = parentOf.get(p)) withAncestors.add(p);
    }
    const matching = rows.filter((r) => matchesFilters(r, filters, hiddenPlans)).length;
    return { listed: { shown, withAncestors }, matching };
  }, [filtered, data, atlas, filters, hiddenPlans]);
  return (
    <nav className="zone-browser" aria-labelledby="browser-title" data-testid="zone-browser">
      <h2 id="browser-title">{t('browser.title')}</h2>
      <p className="hint">{t('browser.hint')}</p>
      {summary && (
        <p className="filter-summary" role="status" data-testid="filter-summary">
          {t('filters.matching', { count: summary.matching })} · {t('filters.zonesShown', { shown: summary.listed.shown.size, total: atlas.zones.length })}
        </p>
      )}
      {plans.map((plan) => {
        const roots = atlas.zones.filter((z) => z.properties.plan === plan.id && !z.properties.parent);
        const visible = !hiddenPlans.includes(plan.id);
        const listed = summary?.listed ?? null;
        const none = listed !== null && visible && !roots.some((z) => listed.withAncestors.has(z.properties.id));
        return (
          <section key={plan.id} className="plan-section">
            <h3>
              <label className="plan-toggle" title={t('legend.toggle', { plan: name(plan.name) })}>
                <input type="checkbox" checked={visible} onChange={() => togglePlan(plan.id)} />
                <span className="swatch" style={{ background: rgbCss(planColor(plan.id), 0.8) }} />
                {name(plan.name)}
              </label>
            </h3>
            <PlanOutlineButton planId={plan.id} />
            {none ? <p className="filter-no-zones">{t('filters.noZones')}</p> : <ZoneTree zones={roots} listed={visible ? listed : null} />}
          </section>
        );
      })}
    </nav>
  );
}
