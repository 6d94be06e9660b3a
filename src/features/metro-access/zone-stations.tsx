/**
 * The zone panel's "地铁站 / Metro stations" section: the stations inside the zone and those outside
 * it within 800 m of its edge, with their lines (in the line colours) and straight-line distance.
 * The stations load on first use; a failed load says so with Retry.
 */
import { useEffect, useMemo, useState } from 'react';
import { atlasData } from '../../data/atlas-data';
import { loadStations, loadedStations, type Station, type StationDistance } from '../../data/stations';
import { useT } from '../../i18n';
import { lineColour, splitLines } from './lines';
import { CATCHMENT_METRES, formatMetres, linesNear, zoneCatchment } from './zone-catchment';
import { loadMetroLines } from './metro-layer';
import './zone-stations.css';

/** The stations, loaded on first use (null while loading; an Error after a failed load) and a retry. */
export function useStations(): [Station[] | null | Error, () => void] {
  const [stations, setStations] = useState<Station[] | null | Error>(loadedStations);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (Array.isArray(stations)) return;
    let live = true;
    setStations(null);
    loadStations().then(
      (s) => live && setStations(s),
      (e: unknown) => live && setStations(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return [stations, () => setAttempt((a) => a + 1)];
}

/**
 * Where no station is known near `zoneId`: the metro lines that pass inside or within 800 m all the
 * same (null while not needed or loading), so that an empty list is not read as "no metro".
 */
export function useLinesWithoutStations(zoneId: string | null, needed: boolean): string[] | null {
  const [lines, setLines] = useState<string[] | null>(null);
  useEffect(() => {
    setLines(null);
    if (!needed || !zoneId) return;
    let live = true;
    loadMetroLines().then((fc) => {
      const r = atlasData().index.get(zoneId);
      if (live && r?.kind === 'zone') setLines(linesNear(fc, r.record));
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [zoneId, needed]);
  return lines;
}

/** "5号线、15号线" / "Line 5, Line 15". */
export function LinesNoStation({ lines }: { lines: string[] }) {
  const { t, lang } = useT();
  if (!lines.length) return null;
  const names = lines.map((line) => t('maplegend.line', { line })).join(lang === 'zh' ? '、' : ', ');
  return <p className="lines-no-station" data-testid="lines-no-station" data-lines={lines.join(' ')}>{t('metro.linesNoStation', { lines: names, metres: CATCHMENT_METRES })}</p>;
}

export function LineChips({ lines }: { lines: readonly string[] }) {
  const { t } = useT();
  return (
    <span className="line-chips">
      {splitLines(lines).map((l) => (
        <span key={l} className="line-chip" data-line={l} style={{ background: lineColour(l) }} title={t('maplegend.line', { line: l })} aria-label={t('maplegend.line', { line: l })}>{l}</span>
      ))}
    </span>
  );
}

export function StationName({ station }: { station: Station }) {
  const { t, lang } = useT();
  if (lang === 'en' && station.name.en) return <span className="station-name">{station.name.en}</span>;
  return (
    <span className="station-name">
      <span lang="zh">{station.name.zh}</span>
      {lang === 'en' && station.pinyin && <span className="station-pinyin" title={t('metro.pinyin')}> ({t('metro.pinyin')}: {station.pinyin})</span>}
    </span>
  );
}

function StationItems({ items, showDistance }: { items: StationDistance[]; showDistance: boolean }) {
  const { t, lang } = useT();
  return (
    <ul className="zone-station-list">
      {items.map(({ station, metres }) => (
        <li key={station.id} data-station={station.id} data-metres={Math.round(metres)}>
          <LineChips lines={station.lines} /> <StationName station={station} />
          {showDistance && <span className="station-distance"> · {t('metro.distance', { distance: formatMetres(metres, lang) })}</span>}
        </li>
      ))}
    </ul>
  );
}

export function ZoneStations({ zoneId }: { zoneId: string }) {
  const { t } = useT();
  const [stations, retry] = useStations();
  const catchment = useMemo(() => {
    if (!Array.isArray(stations)) return null;
    const r = atlasData().index.get(zoneId);
    return r?.kind === 'zone' ? zoneCatchment(stations, r.record) : null;
  }, [stations, zoneId]);
  const linesHere = useLinesWithoutStations(zoneId, !!catchment && !catchment.inside.length && !catchment.near.length);
  return (
    <section className="zone-stations" data-testid="zone-stations" aria-labelledby="zone-stations-title">
      <h3 id="zone-stations-title">{t('metro.stations')}</h3>
      {stations === null && <p className="muted">{t('metro.loading')}</p>}
      {stations instanceof Error && (
        <p role="alert">{t('metro.failed', { message: stations.message })} <button type="button" onClick={retry}>{t('app.retry')}</button></p>
      )}
      {catchment && !catchment.inside.length && !catchment.near.length && <p className="muted">{t('metro.noneNear', { metres: CATCHMENT_METRES, count: Array.isArray(stations) ? stations.length : 0 })}</p>}
      {linesHere && <LinesNoStation lines={linesHere} />}
      {catchment && catchment.inside.length > 0 && (
        <div data-testid="zone-stations-inside">
          <h4>{t('metro.inside')} <span className="count">{catchment.inside.length}</span></h4>
          <StationItems items={catchment.inside} showDistance={false} />
        </div>
      )}
      {catchment && catchment.near.length > 0 && (
        <div data-testid="zone-stations-near">
          <h4>{t('metro.within', { metres: CATCHMENT_METRES })} <span className="count">{catchment.near.length}</span></h4>
          <StationItems items={catchment.near} showDistance />
        </div>
      )}
    </section>
  );
}
