/**
 * A tour step as the room reads it: the step's title and caption (large), the focus record's figure
 * and year or departments, the citation (the seed's title and the exact quote), and the plan's
 * indicator chart when the step asks for it (H4's PlanIndicators, loaded on demand).
 */
import type { ComponentType } from 'react';
import type { Tour, TourStep } from '../../data/tour-types';
import type { AtlasData } from '../../data/atlas-data';
import { nameOfRecord } from '../../data/links';
import { useT, type MessageKey } from '../../i18n';
import { lazyFeature } from '../../ui/lazy-feature';

// The indicators feature (src/features/indicators, issue 10) is found by glob, so that this card
// builds before it lands; once there, `step.chart` shows the plan's charts.
const indicatorModules = import.meta.glob('../indicators/index.ts');
const loadIndicators = indicatorModules['../indicators/index.ts'] as (() => Promise<Record<string, ComponentType<{ planId: string }>>>) | undefined;
const PlanIndicators = loadIndicators ? lazyFeature<{ planId: string; metric?: string; highlight?: string; compact?: boolean }>(loadIndicators as never, 'PlanIndicators') : null;

/** Fetches the chart's code ahead when the tour has a chart step (so that the card does not grow after it is framed). */
export function preloadStepCard(tour: Tour): void {
  if (tour.steps.some((s) => s.chart)) PlanIndicators?.preload();
}

function FocusFacts({ data, id }: { data: AtlasData; id: string }) {
  const { t, name, lang } = useT();
  const r = data.index.get(id);
  if (!r) return null;
  let detail: string | null = null;
  if (r.kind === 'target') {
    detail = t('present.figure', { figure: r.record.valueText, year: r.record.year });
  } else if (r.kind === 'action') {
    const depts = r.record.departments.map((d) => data.index.get(d)).filter((x) => x !== undefined).map((x) => name(nameOfRecord(x)));
    if (depts.length) detail = t('present.departments', { list: depts.join(lang === 'zh' ? '、' : ', ') });
  }
  const badge = r.kind === 'target' ? t(`subkind.target.${r.record.kind}` as MessageKey) : t(`kind.${r.kind}` as MessageKey);
  return (
    <p className="presenter-focus" data-testid="present-focus" data-id={id}>
      <span className="presenter-badge">{badge}</span>{' '}
      <strong>{r.kind === 'action' ? `${r.record.number}. ` : ''}{name(nameOfRecord(r))}</strong>
      {detail && <span className="presenter-figure">{detail}</span>}
    </p>
  );
}

export function seedTitleOf(data: AtlasData, seed: string, name: (n: { zh: string; en?: string }) => string): string {
  const plan = data.atlas.plans.find((p) => p.seed === seed);
  return plan ? name(plan.name) : seed;
}

export function StepCard({ data, tour, step }: { data: AtlasData; tour: Tour; step: TourStep }) {
  const { t, name, lang } = useT();
  const focusTarget = step.focus?.startsWith('target:') && step.chart && data.index.planOf(step.focus) === step.chart ? step.focus : undefined;
  return (
    <div className="presenter-body">
      <div className="presenter-text">
        <p className="presenter-tour">{tour.title[lang]}</p>
        <h2 className="presenter-title" data-testid="present-title">{step.title[lang]}</h2>
        <p className="presenter-caption" data-testid="present-caption">{step.caption[lang]}</p>
        {step.focus && <FocusFacts data={data} id={step.focus} />}
        <figure className="presenter-citation" data-testid="present-citation">
          <blockquote lang="zh">{step.citation.quote}</blockquote>
          <figcaption>{t('present.source', { title: seedTitleOf(data, step.citation.seed, name) })}</figcaption>
        </figure>
      </div>
      {step.chart && PlanIndicators && (
        <div className="presenter-chart" data-testid="present-chart">
          {/* The focus target's own chart, its point marked (legible in a room); else all of the plan's. */}
          {focusTarget ? <PlanIndicators planId={step.chart} metric={focusTarget} highlight={focusTarget} /> : <PlanIndicators planId={step.chart} compact />}
        </div>
      )}
    </div>
  );
}
