/**
 * The panel shown when nothing is selected: each plan with its colour and a visibility toggle, and
 * its zones as a tree of buttons (the keyboard way to select a zone).
 */
import { atlasData } from '../../data/atlas-data';
import type { Zone } from '../../data/schema';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { planColor, rgbCss } from '../../map/layers/palette';
import { PlanOutlineButton } from '../plan-view/plan-outline-button';

function ZoneTree({ zones }: { zones: Zone[] }) {
  const { name } = useT();
  const select = useAtlasStore((s) => s.select);
  const hover = useAtlasStore((s) => s.hover);
  if (!zones.length) return null;
  return (
    <ul className="zone-tree">
      {zones.map((z) => {
        const id = z.properties.id;
        const { index } = atlasData();
        const children = index.childrenOf(id).map((c) => index.get(c)!.record as Zone);
        return (
          <li key={id}>
            <button type="button" className="zone-button" data-id={id} onClick={() => select(id)} onMouseEnter={() => hover(id)} onMouseLeave={() => hover(null)}>
              {name(z.properties.name)}
            </button>
            <ZoneTree zones={children} />
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
  const { atlas } = atlasData();
  const plans = atlas.plans.filter((p) => atlas.zones.some((z) => z.properties.plan === p.id));
  return (
    <nav className="zone-browser" aria-labelledby="browser-title" data-testid="zone-browser">
      <h2 id="browser-title">{t('browser.title')}</h2>
      <p className="hint">{t('browser.hint')}</p>
      {plans.map((plan) => {
        const roots = atlas.zones.filter((z) => z.properties.plan === plan.id && !z.properties.parent);
        const visible = !hiddenPlans.includes(plan.id);
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
            <ZoneTree zones={roots} />
          </section>
        );
      })}
    </nav>
  );
}
