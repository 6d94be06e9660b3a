/**
 * The plan outline: a document's structure as a readable list — groups → actions (number as printed,
 * title, departments) → the targets they name, then the plan's other targets and baselines. Every
 * line is a button that selects its record (so the map shows it); the outline stays open beside the
 * record panel while the reader walks it. Escape closes it while focus is inside.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { atlasData } from '../../data/atlas-data';
import type { Target } from '../../data/schema';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { planColor, rgbCss } from '../../map/layers/palette';
import { buildPlanOutline } from './plan-outline';
import { PlanIndicators } from '../indicators';

function OutlineButton({ id, className, children }: { id: string; className: string; children: ReactNode }) {
  const select = useAtlasStore((s) => s.select);
  const selected = useAtlasStore((s) => s.selectedId === id);
  return (
    <button type="button" className={`outline-button ${className}${selected ? ' is-selected' : ''}`} data-id={id} aria-current={selected ? 'true' : undefined} onClick={() => select(id)}>
      {children}
    </button>
  );
}

function TargetLine({ target }: { target: Target }) {
  const { t, name } = useT();
  return (
    <OutlineButton id={target.id} className="outline-target">
      <span className="outline-tag">{target.kind === 'target' ? t('panel.kindTarget') : t('panel.kindBaseline')}</span>{' '}
      {name(target.name)} <span className="outline-value">{target.valueText}</span> <span className="outline-meta">({target.year})</span>
    </OutlineButton>
  );
}

export function PlanView({ planId }: { planId: string }) {
  const { t, name } = useT();
  const close = useAtlasStore((s) => s.closePlanView);
  const outline = useMemo(() => buildPlanOutline(atlasData().atlas, planId), [planId]);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), [planId]);
  if (!outline) return null;
  const departmentName = (id: string) => {
    const d = atlasData().atlas.departments.find((x) => x.id === id);
    return d ? name(d.name) : id;
  };
  return (
    <section
      className="plan-view"
      data-testid="plan-view"
      data-plan={planId}
      aria-labelledby="plan-view-title"
      onKeyDown={(e) => e.key === 'Escape' && close()}
      style={{ borderTopColor: rgbCss(planColor(planId)) }}
    >
      <header className="plan-view-header">
        <h2 id="plan-view-title" ref={titleRef} tabIndex={-1}>{t('plan.outline')}</h2>
        <button type="button" className="close" onClick={close} aria-label={t('plan.close')}>×</button>
      </header>
      <OutlineButton id={planId} className="outline-plan">{name(outline.plan.name)}</OutlineButton>
      {outline.groups.map(({ group, actions }) => (
        <section key={group?.key ?? '_'} className="outline-group" data-group={group?.key ?? ''}>
          <h3>
            {group ? `${group.number} ${name(group.title)}` : t('plan.ungrouped')}{' '}
            <span className="count">{actions.length === 1 ? t('plan.actionCountOne') : t('plan.actionCount', { count: actions.length })}</span>
          </h3>
          {actions.length === 0 ? <p className="outline-empty">{t('plan.noActions')}</p> : (
            <ul>
              {actions.map(({ action, targets }) => (
                <li key={action.id}>
                  <OutlineButton id={action.id} className="outline-action">
                    <span className="outline-number">{action.number}</span> {name(action.name)}
                  </OutlineButton>
                  {action.departments.length > 0 && (
                    <div className="outline-departments" aria-label={t('panel.departments')}>
                      {action.departments.map((d) => (
                        <OutlineButton key={d} id={d} className="outline-department">{departmentName(d)}</OutlineButton>
                      ))}
                    </div>
                  )}
                  {targets.length > 0 && (
                    <ul className="outline-targets">
                      {targets.map((tg) => <li key={tg.id}><TargetLine target={tg} /></li>)}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section className="outline-group outline-plan-targets" data-testid="plan-targets">
        <h3>{t('plan.targets')} <span className="count">{outline.otherTargets.length}</span></h3>
        {outline.otherTargets.length === 0 ? <p className="outline-empty">{t('plan.noTargets')}</p> : (
          <ul className="outline-targets">
            {outline.otherTargets.map((tg) => <li key={tg.id}><TargetLine target={tg} /></li>)}
          </ul>
        )}
      </section>
      <section className="outline-group outline-indicators" data-testid="plan-indicators-section" aria-labelledby="plan-indicators-title">
        <h3 id="plan-indicators-title">{t('indicators.title')}</h3>
        <PlanIndicators planId={planId} compact />
      </section>
    </section>
  );
}
