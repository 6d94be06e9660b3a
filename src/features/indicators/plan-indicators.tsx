/**
 * A plan's indicators in the page: per metric a small chart (the SVG of chart-svg.ts, role="img" with a
 * summary as its aria-label) under its caption, with a visually hidden table of the same points for
 * screen readers; a legend; qualitative goals as text. Used by the plan outline, a target's panel
 * (its metric, its point marked) and a tour step card.
 */
import { useMemo, type ReactNode } from 'react';
import { atlasData } from '../../data/atlas-data';
import type { Target } from '../../data/schema';
import { useT, type Lang } from '../../i18n';
import { chartColours, kindWord, legendNeeds, sayValue, seriesCaption, seriesSvg } from './chart-svg';
import { indicatorSeries, pickSeries, type IndicatorSeries, type QualitativeTarget } from './series';
import './indicators.css';

export interface PlanIndicatorsProps {
  planId: string;
  /** A series key, a target's id (the chart of its metric) or a metric's name; all of the plan's when absent. */
  metric?: string;
  /** Smaller charts, two to a row where they fit (the plan outline). */
  compact?: boolean;
  /** A record whose point is marked. */
  highlight?: string;
}

function Legend({ planId, series }: { planId: string; series: IndicatorSeries[] }) {
  const { t } = useT();
  const { fill, ink } = chartColours(planId);
  const need = legendNeeds(series);
  const glyph = (children: ReactNode) => <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">{children}</svg>;
  return (
    <ul className="indicators-legend" aria-hidden="true">
      {need.baseline && <li>{glyph(<circle cx="6" cy="6" r="4.5" fill={fill} stroke={ink} strokeWidth="1.2" />)}{t('indicators.legendBaseline')}</li>}
      {need.target && <li>{glyph(<circle cx="6" cy="6" r="4" fill="white" stroke={ink} strokeWidth="2" />)}{t('indicators.legendTarget')}</li>}
      {need.atLeast && <li>{glyph(<path d="M2 8 L6 4 L10 8" fill="none" stroke={ink} strokeWidth="1.6" />)}{t('indicators.legendAtLeast')}</li>}
      {need.range && <li>{glyph(<line x1="6" y1="1.5" x2="6" y2="10.5" stroke={ink} strokeWidth="3" strokeLinecap="round" />)}{t('indicators.legendRange')}</li>}
    </ul>
  );
}

function PointsTable({ series, lang, highlight }: { series: IndicatorSeries; lang: Lang; highlight?: string }) {
  const { t } = useT();
  return (
    <table className="indicators-sr-only">
      <caption>{seriesCaption(series, lang).title}</caption>
      <thead>
        <tr><th scope="col">{t('indicators.tableYear')}</th><th scope="col">{t('indicators.tableKind')}</th><th scope="col">{t('indicators.tableValue')}</th><th scope="col">{t('indicators.tablePrinted')}</th></tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.id} data-id={p.id}>
            <td>{p.year}</td>
            <td>{kindWord(p, lang)}{p.id === highlight ? ` (${t('indicators.thisRecord')})` : ''}</td>
            <td>{sayValue(p, lang)}</td>
            <td lang="zh">{p.valueText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IndicatorChart({ series, planId, compact, highlight }: { series: IndicatorSeries; planId: string; compact?: boolean; highlight?: string }) {
  const { lang } = useT();
  const { title, unit } = seriesCaption(series, lang);
  const svg = useMemo(() => seriesSvg(series, { lang, planId, compact, highlight }), [series, lang, planId, compact, highlight]);
  return (
    <figure className="indicator-chart" data-series={series.key} data-points={series.points.length}>
      <figcaption>
        <span className="indicator-metric">{title}</span>
        {unit && <span className="indicator-unit">{lang === 'zh' ? `（${unit}）` : ` (${unit})`}</span>}
      </figcaption>
      <div className="indicator-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <PointsTable series={series} lang={lang} highlight={highlight} />
    </figure>
  );
}

function QualitativeList({ items }: { items: QualitativeTarget[] }) {
  const { t, name } = useT();
  return (
    <div className="indicators-qualitative" data-testid="indicators-qualitative">
      <p className="indicators-subhead">{t('indicators.qualitative')}</p>
      <ul>
        {items.map((q) => (
          <li key={q.id} data-id={q.id}>
            <span className="indicator-kind">{q.kind === 'target' ? t('indicators.target') : t('indicators.baseline')}</span>{' '}
            {/* The year once: the records' names already carry it ("2023年…", "…by the end of 2023"). */}
            {!name(q.name).includes(String(q.year)) && <span className="indicator-year">{q.year} </span>}
            {name(q.name)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlanIndicators({ planId, metric, compact, highlight }: PlanIndicatorsProps) {
  const { t } = useT();
  const data = useMemo(() => indicatorSeries(atlasData().atlas, planId), [planId]);
  const series = pickSeries(data.series, metric);
  const qualitative = metric ? data.qualitative.filter((q) => q.id === metric || q.metric.zh === metric || q.metric.en === metric) : data.qualitative;
  return (
    <div className={`plan-indicators${compact ? ' is-compact' : ''}`} data-testid="plan-indicators" data-plan={planId}>
      {series.length > 0 && !metric && <p className="indicators-intro">{t('indicators.intro')}</p>}
      {series.length > 0 && <Legend planId={planId} series={series} />}
      {series.length > 0 && (
        <div className="indicator-grid">
          {series.map((s) => <IndicatorChart key={s.key} series={s} planId={planId} compact={compact} highlight={highlight} />)}
        </div>
      )}
      {qualitative.length > 0 && <QualitativeList items={qualitative} />}
      {series.length === 0 && qualitative.length === 0 && <p className="indicators-empty">{t('indicators.none')}</p>}
    </div>
  );
}

/** A target's panel: the chart of its metric with its own point marked, or a note for a qualitative goal. */
export function TargetIndicator({ target }: { target: Target }) {
  const { t } = useT();
  const data = useMemo(() => indicatorSeries(atlasData().atlas, target.plan), [target.plan]);
  const series = pickSeries(data.series, target.id);
  return (
    <section className="target-indicator" data-testid="target-indicator" aria-labelledby="target-indicator-title">
      <h3 id="target-indicator-title">{t('indicators.panelTitle')}</h3>
      {series.length ? <PlanIndicators planId={target.plan} metric={target.id} highlight={target.id} /> : <p className="indicators-empty">{t('indicators.noChart')}</p>}
    </section>
  );
}
