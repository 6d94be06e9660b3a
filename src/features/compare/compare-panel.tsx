/**
 * The comparison of two zones: a drawer over the map (a sheet at the bottom on a phone) with zone A
 * (whose panel opened it) beside zone B (chosen from a list, or picked with a click on the map), their
 * figures side by side (compare-figures.ts), and both outlined on the map (compare-layers.ts), framed
 * together, the two outline styles explained in the drawer's key. Escape cancels picking, then closes.
 */
import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { atlasData } from '../../data/atlas-data';
import { nameOfRecord } from '../../data/links';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { useActiveMap, useMapBox, useMapPadding } from '../directory/use-map';
import { LineChips, LinesNoStation, StationName, useLinesWithoutStations, useStations } from '../metro-access/zone-stations';
import { formatMetres, type ZoneCatchment } from '../metro-access/zone-catchment';
import { COUNTED_KINDS, comparableZones, sharedDepartments, zoneFigures, type ZoneFigures } from './compare-figures';
import { COMPARE_STYLE, frameZones, showCompareOutlines } from './compare-layers';
import { useMapPick } from './map-pick';
import { useCompareStore } from './compare-store';
import './compare.css';

function OutlineKey({ role }: { role: 'a' | 'b' }) {
  const { colour } = COMPARE_STYLE[role];
  return (
    <svg className="compare-key" width="28" height="12" aria-hidden="true">
      <line x1="1" y1="6" x2="27" y2="6" stroke="#fff" strokeWidth="6" />
      <line x1="1" y1="6" x2="27" y2="6" stroke={colour} strokeWidth="3.5" strokeDasharray={role === 'b' ? '5 3.5' : undefined} />
    </svg>
  );
}

function Stations({ c }: { c: ZoneCatchment['inside'] }) {
  const { lang } = useT();
  return (
    <ul className="compare-stations">
      {c.map(({ station, metres }) => (
        <li key={station.id} data-station={station.id}>
          <LineChips lines={station.lines} /> <StationName station={station} />
          {metres > 0 && <span className="station-distance"> {formatMetres(metres, lang)}</span>}
        </li>
      ))}
    </ul>
  );
}

export function ComparePanel() {
  const { t, name, lang } = useT();
  const { a, b, picking, setB, setPicking, swap, close } = useCompareStore();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const map = useActiveMap();
  const mapBox = useMapBox(map);
  useMapPadding(map, panel);
  const [stations, retryStations] = useStations();
  const data = atlasData();
  const nameOf = (id: string) => {
    const r = data.index.get(id);
    return r ? name(nameOfRecord(r)) : id;
  };

  // Open: focus the heading (the drawer is announced by it).
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [a]);

  // Outlines on the map, and both framed once B is chosen (or A alone until then).
  useEffect(() => {
    if (!map || !a) return;
    const draw = () => showCompareOutlines(map, data, a, b);
    let hide: (() => void) | null = null;
    const go = () => {
      hide = draw();
      map.getContainer().dataset.compare = b ? `${a} ${b}` : a;
    };
    if (map.getLayer('zones-fill')) go();
    else map.once('idle', go);
    return () => {
      map.off('idle', go);
      hide?.();
      delete map.getContainer().dataset.compare;
    };
  }, [map, a, b, data]);
  useEffect(() => {
    if (map && a && b) frameZones(map, data, [a, b], panel.current);
  }, [map, a, b, data]);

  useMapPick(map, picking && !!a, a, (id) => setB(id), () => setPicking(false));

  const figures = useMemo(() => {
    if (!a || !b) return null;
    const s = Array.isArray(stations) ? stations : null;
    return [zoneFigures(data, a, s), zoneFigures(data, b, s)] as const;
  }, [a, b, stations, data]);

  const none = (f: ZoneFigures | undefined) => !!f?.stations && !f.stations.inside.length && !f.stations.near.length;
  const linesA = useLinesWithoutStations(a, none(figures?.[0]));
  const linesB = useLinesWithoutStations(b, none(figures?.[1]));

  const options = useMemo(() => {
    if (!a) return [];
    const zones = comparableZones(data, a);
    return data.atlas.plans
      .map((p) => ({ plan: p, zones: zones.filter((z) => z.properties.plan === p.id) }))
      .filter((g) => g.zones.length);
  }, [a, data]);

  if (!a) return null;

  const doClose = () => {
    close();
    if (useAtlasStore.getState().mapTool === 'compare') useAtlasStore.getState().setMapTool(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="compare-button"]')?.focus());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    if (picking) setPicking(false);
    else doClose();
  };
  const km2 = (v: number | undefined) => {
    if (v === undefined) return t('compare.none');
    const digits = v < 1 ? 3 : 2;
    const f = (x: number, d: number) => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: d, maximumFractionDigits: d });
    return t('compare.area', { km2: f(v, digits), ha: f(v * 100, v < 1 ? 1 : 0) });
  };
  const cells = (render: (f: ZoneFigures) => ReactNode, key: string) =>
    figures ? figures.map((f, i) => <td key={f.id} data-testid={`compare-${key}-${i ? 'b' : 'a'}`}>{render(f)}</td>) : null;
  const stationCell = (f: ZoneFigures, part: 'inside' | 'near') => {
    if (stations === null) return <span className="muted">{t('metro.loading')}</span>;
    if (stations instanceof Error) return <span role="alert">{t('metro.failed', { message: stations.message })} <button type="button" onClick={retryStations}>{t('app.retry')}</button></span>;
    const list = f.stations![part];
    const lines = part === 'near' ? (f.id === a ? linesA : linesB) : null;
    return (
      <>
        <span className="compare-count" data-count={list.length}>{list.length}</span>
        <Stations c={list} />
        {lines && <LinesNoStation lines={lines} />}
      </>
    );
  };

  const place = mapBox
    ? ({ '--map-left': `${mapBox.left}px`, '--map-top': `${mapBox.top}px`, '--map-height': `${mapBox.bottom - mapBox.top}px` } as CSSProperties)
    : undefined;
  return (
    <section ref={panel} style={place} role="dialog" aria-modal="false" className="compare-panel" id="compare-panel" data-testid="compare-panel" aria-labelledby="compare-title" onKeyDown={onKeyDown}>
      <header className="compare-head">
        <h2 id="compare-title" ref={heading} tabIndex={-1}>{t('compare.title')}</h2>
        <button type="button" className="close" onClick={doClose} aria-label={t('panel.close')} data-testid="compare-close">×</button>
      </header>
      <div className="compare-pick">
        <label htmlFor="compare-select">{t('compare.pickLabel')}</label>
        <select id="compare-select" data-testid="compare-select" value={b ?? ''} onChange={(e) => setB(e.target.value || null)}>
          <option value="">{t('compare.choose')}</option>
          {options.map((g) => (
            <optgroup key={g.plan.id} label={name(g.plan.name)}>
              {g.zones.map((z) => <option key={z.properties.id} value={z.properties.id}>{name(z.properties.name)}</option>)}
            </optgroup>
          ))}
        </select>
        <button type="button" data-testid="compare-pick-map" aria-pressed={picking} onClick={() => setPicking(!picking)}>{t('compare.pickOnMap')}</button>
        {b && <button type="button" data-testid="compare-swap" onClick={swap}>{t('compare.swap')}</button>}
        {b && map && <button type="button" data-testid="compare-frame" onClick={() => frameZones(map, data, [a, b], panel.current)}>{t('compare.frame')}</button>}
        {picking && <p className="compare-picking" role="status">{t('compare.picking')}</p>}
      </div>
      <div className="compare-scroll">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <td />
              {[a, b].map((id, i) => (
                <th key={i} scope="col" data-testid={`compare-name-${i ? 'b' : 'a'}`} data-id={id ?? undefined}>
                  <OutlineKey role={i ? 'b' : 'a'} />
                  <span className="compare-zone-name">{id ? nameOf(id) : '—'}</span>
                  <span className="compare-key-label">{t(i ? 'compare.keyB' : 'compare.keyA')}</span>
                </th>
              ))}
            </tr>
          </thead>
          {figures && (
            <tbody>
              <tr><th scope="row">{t('panel.statedArea')}</th>{cells((f) => km2(f.statedAreaKm2), 'stated')}</tr>
              <tr><th scope="row">{t('panel.computedArea')}</th>{cells((f) => km2(f.computedAreaKm2), 'computed')}</tr>
              {COUNTED_KINDS.map((k) => (
                <tr key={k}><th scope="row">{t(`kinds.${k}`)}</th>{cells((f) => <span className="compare-count" data-count={f.counts[k]}>{f.counts[k]}</span>, k)}</tr>
              ))}
              <tr>
                <th scope="row">{t('compare.departments')}</th>
                {cells((f) => (
                  <details className="compare-departments">
                    <summary><span className="compare-count" data-count={f.departments.length}>{f.departments.length}</span></summary>
                    <span className="compare-list">{f.departments.map(nameOf).join(lang === 'zh' ? '、' : ', ')}</span>
                  </details>
                ), 'departments')}
              </tr>
              <tr className="compare-shared"><td /><td colSpan={2}>{t('compare.shared', { count: sharedDepartments(figures[0], figures[1]).length })}</td></tr>
              <tr><th scope="row">{t('compare.inside')}</th>{cells((f) => stationCell(f, 'inside'), 'inside')}</tr>
              <tr><th scope="row">{t('compare.near')}</th>{cells((f) => stationCell(f, 'near'), 'near')}</tr>
            </tbody>
          )}
        </table>
        <p className="compare-note">{t('compare.note', { count: Array.isArray(stations) ? stations.length : '…' })}</p>
      </div>
    </section>
  );
}
