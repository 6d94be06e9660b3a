/**
 * The metro access layer while it is on: loads the stations and lines, draws them on the live map
 * (metro-layer.ts) and shows the line colours' legend, which keeps visible any colour that could
 * not be checked against the operator's published colours (Line 15). Removed from the map when off.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { loadStations, type Station } from '../../data/stations';
import { activeMap, onActiveMap } from '../../map/active-map';
import { useT } from '../../i18n';
import { metroLines } from './lines';
import { loadMetroLines, showMetroAccess } from './metro-layer';
import './metro-access.css';

type Load = { state: 'loading' } | { state: 'ready'; lines: GeoJSON.FeatureCollection; stations: Station[] } | { state: 'error'; message: string };

export function MetroAccess() {
  const { t } = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [map, setMap] = useState(activeMap);

  useEffect(() => onActiveMap((m) => setMap(() => m)), []);
  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    Promise.all([loadMetroLines(), loadStations()]).then(
      ([lines, stations]) => live && setLoad({ state: 'ready', lines, stations }),
      (e: unknown) => live && setLoad({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  useEffect(() => {
    if (!map || load.state !== 'ready') return;
    let hide: (() => void) | null = null;
    const show = () => {
      hide = showMetroAccess(map, load.lines, load.stations);
      map.getContainer().dataset.metroAccess = 'on';
    };
    if (map.getLayer('zones-fill')) show();
    else map.once('idle', show);
    return () => {
      map.off('idle', show);
      hide?.();
      delete map.getContainer().dataset.metroAccess;
    };
  }, [map, load]);

  // Open on a wide screen; on a phone (where the map is short) it starts folded to its title.
  const [open] = useState(() => typeof matchMedia !== 'function' || !matchMedia('(max-width: 640px)').matches);
  const legend = (
    <details className="metro-legend" data-testid="metro-legend" open={open} aria-label={t('metro.legend')}>
      <summary>{t('metro.legend')}{metroLines().some((l) => l.doubtful) && <span aria-hidden="true"> ?</span>}</summary>
      {load.state === 'loading' && <p className="muted">{t('metro.loading')}</p>}
      {load.state === 'error' && (
        <p role="alert">
          {t('metro.failed', { message: load.message })} <button type="button" onClick={() => setAttempt((a) => a + 1)}>{t('app.retry')}</button>
        </p>
      )}
      {load.state === 'ready' && (
        <>
          <ul>
            {metroLines().map(({ line, colour, doubtful }) => (
              <li key={line} data-line={line} className={doubtful ? 'doubtful' : undefined} title={doubtful ? t('metro.doubt', { line }) : undefined}>
                <span className="metro-swatch" style={{ background: colour }} aria-hidden="true" />
                {t('maplegend.line', { line })}{doubtful && <sup aria-hidden="true">?</sup>}
              </li>
            ))}
          </ul>
          {metroLines().filter((l) => l.doubtful).map(({ line }) => (
            <p key={line} className="metro-doubt" data-testid="metro-doubt">? {t('metro.doubt', { line })}</p>
          ))}
        </>
      )}
    </details>
  );
  // In the map's own box (lower right, above the attribution), whatever holds the toolbar button.
  return map ? createPortal(legend, map.getContainer()) : legend;
}
