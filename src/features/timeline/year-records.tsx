/**
 * A year's records, plan by plan: the plan's issue date, its events with their dates as printed, and
 * its targets each beside the figure it is measured from (the same measure's baseline, or an earlier
 * target), with the plan's baselines beside them; a baseline year shows each baseline beside the same
 * measure's later target. Every record is a link that opens its panel.
 */
import { useMemo } from 'react';
import { atlasData } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';
import type { Target } from '../../data/schema';
import type { DatedRecord } from '../../data/timeline';
import { counterpartOf, planCounterparts, recordsOfYear } from './year-view';
import { RecordLink } from '../../ui/record-link';
import type { Lang } from '../../i18n';
import { pointLabel } from '../indicators/chart-svg';
import { unitLabel } from '../indicators/units';
import { useToolT } from '../map-tools/tool-strings';
import { TIMELINE_STRINGS } from './strings';

/** A target's figure: as printed in zh; a symbol and number with its unit in en. Words for a qualitative one. */
function figureOf(t: Target, lang: Lang): string {
  if (t.comparator === 'qualitative' || t.value === undefined) return t.valueText;
  if (lang === 'zh') return t.valueText;
  const unit = unitLabel(t.unit ?? '', lang);
  const label = pointLabel({ id: t.id, kind: t.kind, year: t.year, value: t.value, valueMax: t.valueMax, comparator: t.comparator, valueText: t.valueText, name: t.name }, lang);
  return unit ? `${label} ${unit}` : label;
}

/** A target or baseline as a button that opens its panel: its year and kind, its figure, what it measures. */
function Figure({ target, tag }: { target: Target; tag: string }) {
  const { lang, name } = useToolT(TIMELINE_STRINGS);
  const select = useAtlasStore((s) => s.select);
  // A goal in words reads as its name in English (the printed words are Chinese).
  const words = target.comparator === 'qualitative' && lang === 'en';
  return (
    <button type="button" className="timeline-figure" data-id={target.id} title={name(target.name)} onClick={() => select(target.id)}>
      <span className="timeline-tag">{tag}</span>{' '}
      {!words && <><strong className="timeline-value">{figureOf(target, lang)}</strong>{' '}</>}
      <span className="timeline-metric">{words ? name(target.name) : name(target.metric)}</span>
    </button>
  );
}

/**
 * One record of the year: its figure, after the figure it is measured from when the plan gives the same
 * measure earlier (a target), or before the same measure's later target (a baseline).
 */
function YearRow({ record, target, targets }: { record: DatedRecord; target: Target; targets: readonly Target[] }) {
  const { t } = useToolT(TIMELINE_STRINGS);
  const other = counterpartOf(targets, target);
  const isTarget = target.kind === 'target';
  const tagOf = (x: Target) => t(x.kind === 'baseline' ? 'timeline.baselineOf' : 'timeline.targetOf', { year: x.year });
  const arrow = <span className="timeline-arrow" aria-hidden="true">→</span>;
  const mine = <Figure target={target} tag={tagOf(target)} />;
  const theirs = other && <span className="timeline-counterpart" data-role={isTarget ? 'from' : 'towards'} data-id={other.id}><Figure target={other} tag={tagOf(other)} /></span>;
  return (
    <li className="timeline-row" data-id={target.id} data-kind={target.kind} data-counterpart={other?.id ?? ''} data-plan-wide={record.planWide || undefined}>
      {isTarget ? <>{theirs}{theirs && arrow}{mine}</> : <>{mine}{theirs && arrow}{theirs}</>}
    </li>
  );
}

/** The plan's other side: its baselines (beside a target year) or its later targets (beside a baseline year). */
function PlanContext({ plan, year, kind, targets }: { plan: string; year: number; kind: 'target' | 'baseline'; targets: readonly Target[] }) {
  const { t } = useToolT(TIMELINE_STRINGS);
  const items = planCounterparts(targets, plan, year, kind);
  const title = t(kind === 'target' ? 'timeline.startFigures' : 'timeline.laterTargets');
  const FEW = 6;
  const row = (x: Target) => (
    <li key={x.id} data-id={x.id}>
      <Figure target={x} tag={t(x.kind === 'baseline' ? 'timeline.baselineOf' : 'timeline.targetOf', { year: x.year })} />
    </li>
  );
  return (
    <div className="timeline-col is-context" data-testid="timeline-context" data-count={items.length}>
      <h4>{title}</h4>
      {!items.length && <p className="timeline-context-empty">{t(kind === 'target' ? 'timeline.noStartFigures' : 'timeline.noLaterTargets', { year })}</p>}
      <ul>{items.slice(0, FEW).map(row)}</ul>
      {items.length > FEW && (
        <details className="timeline-more">
          <summary>{t('timeline.showAll', { count: items.length })}</summary>
          <ul>{items.slice(FEW).map(row)}</ul>
        </details>
      )}
    </div>
  );
}

export function YearRecords({ year, records }: { year: number; records: readonly DatedRecord[] }) {
  const { t } = useToolT(TIMELINE_STRINGS);
  const { atlas, index } = atlasData();
  const ofYear = useMemo(() => recordsOfYear(records, year), [records, year]);
  const targetById = useMemo(() => new Map(atlas.targets.map((x) => [x.id, x])), [atlas]);
  const plans = atlas.plans.filter((p) => ofYear.some((r) => r.plan === p.id));

  return (
    <div className="timeline-records" data-testid="timeline-records" data-year={year}>
      {plans.map((plan) => {
        const mine = ofYear.filter((r) => r.plan === plan.id);
        const issued = mine.filter((r) => r.kind === 'plan');
        const events = mine.filter((r) => r.kind === 'event');
        const goals = mine.filter((r) => r.kind === 'target');
        const bases = mine.filter((r) => r.kind === 'baseline');
        const rows = (rs: DatedRecord[]) => (
          <ul className="timeline-rows">
            {rs.map((r) => targetById.get(r.id) && <YearRow key={r.id} record={r} target={targetById.get(r.id)!} targets={atlas.targets} />)}
          </ul>
        );
        return (
          <section key={plan.id} className="timeline-plan" data-plan={plan.id}>
            <h3><RecordLink id={plan.id} /></h3>
            {/* Said once per plan: its figures that name no zone stand for the whole plan (and light its main zones). */}
            {mine.some((r) => r.planWide) && <p className="timeline-plan-note" data-testid="timeline-plan-wide">{t('timeline.planWideNote')}</p>}
            {issued.map((r) => (
              <p key={r.id} className="timeline-issued" data-id={r.id}>
                <span className="timeline-tag">{t('timeline.issued')}</span> <time dateTime={r.date ?? undefined}>{r.date}</time>
              </p>
            ))}
            {events.length > 0 && (
              <div className="timeline-events">
                <h4>{t('timeline.events')}</h4>
                <ul>
                  {events.map((r) => {
                    const rec = index.get(r.id);
                    const printed = rec?.kind === 'event' ? (rec.record as { when: { text: string } }).when.text : null;
                    return (
                      <li key={r.id} data-id={r.id}>
                        <time dateTime={r.date ?? undefined}>{r.date}</time>{' '}
                        {printed && printed !== r.date && <span className="timeline-printed" lang="zh" title={t('timeline.printedDate', { text: printed })}>「{printed}」</span>}{' '}
                        <RecordLink id={r.id} />
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
            {/* Targets beside the plan's baselines (from → towards); a baseline year beside the plan's later targets. */}
            {goals.length > 0 && (
              <div className="timeline-versus">
                <PlanContext plan={plan.id} year={year} kind="target" targets={atlas.targets} />
                <div className="timeline-col" data-testid="timeline-targets">
                  <h4>{t('timeline.targets', { year })}</h4>
                  {rows(goals)}
                </div>
              </div>
            )}
            {bases.length > 0 && (
              <div className="timeline-versus">
                <div className="timeline-col" data-testid="timeline-baselines">
                  <h4>{t('timeline.baselines', { year })}</h4>
                  {rows(bases)}
                </div>
                <PlanContext plan={plan.id} year={year} kind="baseline" targets={atlas.targets} />
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
