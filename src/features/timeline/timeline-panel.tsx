/**
 * The timeline: a drawer along the bottom of the map (the map keeps its size; its padding keeps framed
 * selections in the part left uncovered; on a phone, under the map, over the panel column) with the strip of years and, once a year is chosen, that
 * year's records. The chosen year is a filter (src/store/timeline.ts): the map shows only the zones
 * linked to the year's records, the zone list and the directory follow. While a year is chosen its
 * zones and places are also the map's spotlight (lit like a selection's links), derived here from the
 * year and given back when the year is cleared or the drawer closes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { atlasData } from '../../data/atlas-data';
import { datedRecords } from '../../data/timeline';
import { litOfYear, timelineYears } from './year-view';
import { useAtlasStore } from '../../store';
import { filterYear } from '../../store/timeline';
import { frameBeside, useActiveMap, useMapBox, useMapPadding } from '../directory/use-map';
import { toDisplayBounds } from '../../map/projection';
import { useToolT } from '../map-tools/tool-strings';
import { TIMELINE_STRINGS } from './strings';
import { YearStrip } from './year-strip';
import { YearRecords } from './year-records';
import './timeline.css';

/** Keeps the map's spotlight on the chosen year's zones and places while one is chosen. */
function useYearSpotlight(year: number | null, lit: readonly string[]): void {
  const setSpotlight = useAtlasStore((s) => s.setSpotlight);
  const own = useRef<string[] | null>(null);
  useEffect(() => {
    if (year === null || !lit.length) return;
    setSpotlight(lit);
    own.current = useAtlasStore.getState().spotlight;
    return () => {
      // Given back only if it is still ours (a tour may have set its own meanwhile).
      if (own.current && useAtlasStore.getState().spotlight === own.current) setSpotlight(null);
      own.current = null;
    };
  }, [year, lit, setSpotlight]);
}

export function TimelinePanel({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useToolT(TIMELINE_STRINGS);
  const year = useAtlasStore((s) => filterYear(s.filters));
  const setYear = useAtlasStore((s) => s.setTimelineYear);
  const setOpen = useAtlasStore((s) => s.setTimelineOpen);
  const hasSelection = useAtlasStore((s) => s.selectedId !== null);
  const { atlas, derived } = atlasData();
  const records = useMemo(() => datedRecords(atlas), [atlas]);
  const years = useMemo(() => timelineYears(records), [records]);
  const lit = useMemo(() => {
    if (year === null) return { ids: [] as string[], zones: 0, count: 0 };
    const { zones, places } = litOfYear(records, year);
    return { ids: [...zones, ...places], zones: zones.size, count: records.filter((r) => r.year === year).length };
  }, [records, year]);
  useYearSpotlight(year, lit.ids);

  const panel = useRef<HTMLElement>(null);
  const map = useActiveMap();
  const mapBox = useMapBox(map);
  useMapPadding(map, panel);
  const place = mapBox
    ? ({ '--tl-left': `${mapBox.left}px`, '--tl-width': `${mapBox.right - mapBox.left}px`, '--tl-bottom': `${Math.max(0, window.innerHeight - mapBox.bottom)}px`, '--tl-map-height': `${mapBox.bottom - mapBox.top}px`, '--tl-map-bottom': `${mapBox.bottom}px` } as CSSProperties)
    : undefined;

  // A year chosen here (not one restored from a link, whose camera is the view) frames its zones in the
  // part of the map left uncovered. It is framed once the drawer has laid out that year's list (which
  // changes the drawer's height, so the map's padding), not when the key is pressed, when the camera
  // would be computed for the drawer of the year before.
  const [framing, setFraming] = useState<{ year: number } | null>(null);
  const choose = (y: number) => {
    setYear(y);
    setFraming({ year: y });
  };
  useLayoutEffect(() => {
    if (!framing || !map || !panel.current) return;
    let b: [number, number, number, number] | null = null;
    for (const id of litOfYear(records, framing.year).zones) {
      const zb = derived.bounds[id];
      if (zb) b = b ? [Math.min(b[0], zb[0]), Math.min(b[1], zb[1]), Math.max(b[2], zb[2]), Math.max(b[3], zb[3])] : [...zb];
    }
    if (b) frameBeside(map, panel.current, toDisplayBounds(b));
  }, [framing, map, records, derived]);
  const close = () => setOpen(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };
  const span = years.length ? t('timeline.span', { from: years[0].year, to: years[years.length - 1].year }) : '';

  return (
    <section ref={panel} id="timeline-panel" className={`timeline-panel${hasSelection ? ' has-selection' : ''}`} data-testid="timeline" aria-labelledby="timeline-title" style={place} onKeyDown={onKeyDown}>
      <header className="timeline-head">
        <h2 id="timeline-title">{t('timeline.title')} <span className="timeline-span">{span}</span></h2>
        {year !== null ? (
          <p className="timeline-summary" aria-live="polite" data-testid="timeline-summary">{t('timeline.summary', { year, count: lit.count, zones: lit.zones })}</p>
        ) : (
          <p className="timeline-hint">{t('timeline.hint')}</p>
        )}
        {year !== null && <button type="button" className="timeline-clear" data-testid="timeline-clear" onClick={() => setYear(null)}>{t('timeline.clear')}</button>}
        <button type="button" className="close" aria-label={t('timeline.close')} title={t('timeline.close')} data-testid="timeline-close" onClick={close}>×</button>
      </header>
      <YearStrip years={years} year={year} onChoose={choose} autoFocus={autoFocus} />
      {year !== null && <YearRecords year={year} records={records} />}
    </section>
  );
}
