/**
 * The strip of years: a horizontal single-select listbox (WAI-ARIA), one option per year that holds
 * dated records, each with a bar and the number of its records; a gap mark where years are skipped.
 * Selection follows focus: ←/→ step to the previous / next year, Home / End to the first / last,
 * a click chooses a year. One option is in the tab order (the chosen year, else the first).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { YearCount } from './year-view';
import { useToolT } from '../map-tools/tool-strings';
import { TIMELINE_STRINGS } from './strings';

export interface YearStripProps {
  years: readonly YearCount[];
  year: number | null;
  onChoose: (year: number) => void;
  /** Focus the strip when it mounts (opened by the user). */
  autoFocus?: boolean;
}

export function YearStrip({ years, year, onChoose, autoFocus }: YearStripProps) {
  const { t } = useToolT(TIMELINE_STRINGS);
  const list = useRef<HTMLDivElement>(null);
  const index = years.findIndex((y) => y.year === year);
  const current = index < 0 ? 0 : index;
  const max = Math.max(1, ...years.map((y) => y.count));
  const optionId = (y: number) => `timeline-year-${y}`;

  const focusYear = (y: number) => list.current?.querySelector<HTMLElement>(`[data-year="${y}"]`)?.focus();
  useEffect(() => {
    if (autoFocus && years.length) focusYear(years[current].year);
    // Only when it mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The chosen year stays in view (a long strip scrolls on a phone).
  useEffect(() => {
    if (year !== null) list.current?.querySelector<HTMLElement>(`[data-year="${year}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [year]);

  const onKeyDown = (e: KeyboardEvent) => {
    const go = { ArrowRight: current + (index < 0 ? 0 : 1), ArrowLeft: current - 1, Home: 0, End: years.length - 1 }[e.key];
    if (go === undefined && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    const next = years[Math.max(0, Math.min(years.length - 1, go ?? current))];
    if (!next) return;
    onChoose(next.year);
    focusYear(next.year);
  };

  return (
    <div
      ref={list}
      className="timeline-years"
      role="listbox"
      aria-orientation="horizontal"
      aria-label={t('timeline.yearsLabel')}
      data-testid="timeline-years"
      onKeyDown={onKeyDown}
    >
      {years.map((y, i) => {
        const gap = i > 0 && y.year - years[i - 1].year > 1;
        const selected = y.year === year;
        return (
          <div key={y.year} className={`timeline-year-cell${gap ? ' after-gap' : ''}`}>
            {gap && <span className="timeline-gap" aria-hidden="true">⋯</span>}
            <div
              id={optionId(y.year)}
              role="option"
              aria-selected={selected}
              aria-label={t('timeline.yearOption', { year: y.year, count: y.count })}
              tabIndex={i === current ? 0 : -1}
              className={`timeline-year${selected ? ' is-selected' : ''}`}
              data-year={y.year}
              data-count={y.count}
              onClick={() => onChoose(y.year)}
            >
              <span className="timeline-bar" aria-hidden="true" style={{ height: `${Math.max(3, Math.round((22 * y.count) / max))}px` }} />
              <span className="timeline-year-label" aria-hidden="true">{y.year}</span>
              <span className="timeline-year-count" aria-hidden="true">{t('timeline.count', { count: y.count })}</span>
            </div>
          </div>
        );
      })}
    </div>
  );
}
