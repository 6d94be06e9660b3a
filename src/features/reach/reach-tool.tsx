/**
 * 范围 / Reach: what lies within a radius of a point, a metro station or a zone (./reach-math.ts:
 * a zone's reach is its boundary buffered by the radius). Radii: station catchments of 500 / 800 m,
 * the 15-minute community life circle the Silicon Alley plan names (quoted; its radius is an
 * assumption the user sets: ./presets.ts), or any radius. Lists zones, carriers, institutions,
 * enterprises (with their own point; schematic ones counted by zone) and stations with straight-line
 * distances, nearest first; exports CSV / GeoJSON; draws the reach on the map. Picking a point on
 * the map takes the pointer (`setMapTool('reach')`) for one click. Esc (or Close) ends the tool.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { atlasData } from '../../data/atlas-data';
import { loadStations, type Station } from '../../data/stations';
import { activeMap } from '../../map/active-map';
import { frameBounds } from '../../map/camera';
import { fromDisplay } from '../../map/projection';
import { useAtlasStore } from '../../store';
import { useToolT } from '../map-tools/tool-strings';
import * as STRINGS from './strings';
import type { ToolProps } from '../map-tools/tool-props';
import { seedTitle } from '../details-panel/citation-list';
import { LIFE_CIRCLE_CITATION, LIFE_CIRCLE_DEFAULT_METRES, MAX_RADIUS, MIN_RADIUS, parseRadius, PRESET_METRES, type PresetId } from './presets';
import { reachCounts, reachOf, type LngLat, type ReachCentre, type ReachHit } from './reach-math';
import { ReachLayers } from './reach-layers';
import { downloadReach } from './reach-export';
import { matchStations } from './station-search';
import { formatMetres } from './format';
import './reach.css';

type CentreKind = 'point' | 'station' | 'zone';

export function ReachTool({ onClose }: ToolProps) {
  const { t, lang, name } = useToolT(STRINGS);
  const uid = useId();
  const data = atlasData();
  const selectedId = useAtlasStore((s) => s.selectedId);
  const select = useAtlasStore((s) => s.select);
  const openReader = useAtlasStore((s) => s.openReader);
  const [kind, setKind] = useState<CentreKind>(() => (selectedId?.startsWith('zone:') ? 'zone' : 'station'));
  const [point, setPoint] = useState<LngLat | null>(null);
  const [picking, setPicking] = useState(false);
  const [stations, setStations] = useState<Station[] | null>(null);
  const [stationsError, setStationsError] = useState<string | null>(null);
  const [stationId, setStationId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [zoneId, setZoneId] = useState<string>(() => (selectedId?.startsWith('zone:') ? selectedId : 'zone:silicon-alley'));
  const [preset, setPreset] = useState<PresetId>('station-800');
  const [lifeText, setLifeText] = useState(String(LIFE_CIRCLE_DEFAULT_METRES));
  const [customText, setCustomText] = useState('300');
  const [exportError, setExportError] = useState<string | null>(null);
  const layers = useRef<ReachLayers | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const pickingRef = useRef(picking);
  pickingRef.current = picking;

  useEffect(() => heading.current?.focus(), []);

  const fetchStations = () => {
    setStationsError(null);
    loadStations().then(setStations, (e: unknown) => setStationsError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(fetchStations, []);

  useEffect(() => {
    const map = activeMap();
    if (!map) return;
    layers.current = new ReachLayers(map);
    return () => {
      layers.current?.remove();
      layers.current = null;
      if (useAtlasStore.getState().mapTool === 'reach') useAtlasStore.getState().setMapTool(null);
    };
  }, []);

  // Picking a point: the next click on the map is the centre.
  useEffect(() => {
    const map = activeMap();
    if (!map || !picking) return;
    const store = useAtlasStore.getState();
    store.setMapTool('reach');
    store.hover(null);
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    const onClick = (e: MapMouseEvent) => {
      setPoint(fromDisplay([e.lngLat.lng, e.lngLat.lat]));
      setPicking(false);
    };
    map.once('click', onClick);
    return () => {
      map.off('click', onClick);
      canvas.style.cursor = '';
      if (useAtlasStore.getState().mapTool === 'reach') useAtlasStore.getState().setMapTool(null);
    };
  }, [picking]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      if (pickingRef.current) setPicking(false);
      else closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const station = stations?.find((s) => s.id === stationId) ?? null;
  const zone = data.atlas.zones.find((z) => z.properties.id === zoneId) ?? null;
  const centre: ReachCentre | null =
    kind === 'point' ? (point ? { kind: 'point', position: point } : null)
    : kind === 'station' ? (station ? { kind: 'station', station } : null)
    : zone ? { kind: 'zone', zone } : null;
  const radiusInput = preset === 'life-circle' ? lifeText : preset === 'custom' ? customText : String(PRESET_METRES[preset]);
  const parsed = parseRadius(radiusInput);
  const radius = 'metres' in parsed ? parsed.metres : null;

  const result = useMemo(() => (centre && radius && stations ? reachOf(data.atlas, stations, centre, radius) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, stations, kind, point, stationId, zoneId, radius]);

  // Drawn on every change; the camera frames a new reach.
  useEffect(() => {
    const b = layers.current?.draw(centre, result);
    const map = activeMap();
    if (!b || !map) return;
    // Framed in the part of the map the panel leaves free (it sits on the right).
    const panel = document.querySelector('[data-testid="reach-panel"]')?.getBoundingClientRect();
    const free = map.getContainer().clientWidth - (panel?.width ?? 0) - 40;
    if (free < 200) frameBounds(map, b, 16);
    else map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: { top: 40, bottom: 40, left: 40, right: (panel?.width ?? 0) + 40 }, maxZoom: 16, duration: 600 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  const matches = useMemo(() => (stations ? matchStations(stations, query) : []), [stations, query]);
  const counts = result && reachCounts(result);
  const zonesByPlan = useMemo(() => data.atlas.plans
    .map((p) => ({ plan: p, zones: data.atlas.zones.filter((z) => z.properties.plan === p.id) }))
    .filter((g) => g.zones.length), [data]);

  const onExport = async (ext: 'csv' | 'geojson') => {
    if (!centre || !result) return;
    setExportError(null);
    try {
      await downloadReach(ext, data, centre, result);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };

  const hitItem = (h: ReachHit) => (
    <li key={h.id} data-id={h.id} data-metres={Math.round(h.metres)}>
      {h.kind === 'station'
        ? <span className="reach-name">{h.name.zh}{h.lines?.length ? <span className="muted"> · {t('reach.lines', { lines: h.lines.join(' / ') })}</span> : null}</span>
        : <button type="button" className="reach-name link" onClick={() => select(h.id)}>{name(h.name)}</button>}
      <span className="reach-dist">{h.kind === 'zone' && h.metres === 0 ? t('reach.inside') : formatMetres(h.metres, lang)}</span>
    </li>
  );
  const section = (key: 'zones' | 'places' | 'stations', items: ReachHit[], title: string) => (
    <section className="reach-section" data-testid={`reach-${key}`}>
      <h3>{title} <span className="muted">({items.length})</span></h3>
      {items.length ? <ol className="reach-list">{items.map(hitItem)}</ol> : <p className="muted">{t('reach.none')}</p>}
    </section>
  );

  return (
    <section className="map-tool-panel reach-panel" data-testid="reach-panel" aria-labelledby={`${uid}-title`}>
      <header className="map-tool-head">
        <h2 id={`${uid}-title`} ref={heading} tabIndex={-1}>{t('reach.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('reach.close')} title={t('reach.close')}>×</button>
      </header>

      <fieldset>
        <legend>{t('reach.centre')}</legend>
        {(['station', 'zone', 'point'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name={`${uid}-kind`} checked={kind === k} onChange={() => setKind(k)} data-testid={`reach-kind-${k}`} />
            {t(`reach.kind.${k}`)}
          </label>
        ))}
      </fieldset>

      {kind === 'station' && (
        <div className="reach-station">
          {stationsError ? (
            <p className="error" role="alert">{t('reach.stationsError', { message: stationsError })} <button type="button" onClick={fetchStations}>{t('app.retry')}</button></p>
          ) : (
            <>
              <label>
                {t('reach.stationSearch')}
                <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('reach.stationPlaceholder')} data-testid="reach-station-search" disabled={!stations} />
              </label>
              {station && <p data-testid="reach-station-chosen">{t('reach.stationChosen', { name: station.name.zh })} <span className="muted">{t('reach.pinyin', { pinyin: station.pinyin })}</span></p>}
              {matches.length > 0 && (
                <ul className="reach-matches" aria-label={t('reach.stationMatches')}>
                  {matches.map((s) => (
                    <li key={s.id}>
                      <button type="button" data-testid="reach-station-option" data-id={s.id} aria-pressed={s.id === stationId} onClick={() => { setStationId(s.id); setQuery(''); }}>
                        {s.name.zh} <span className="muted">{s.pinyin} · {t('reach.lines', { lines: s.lines.join(' / ') || '—' })}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}
      {kind === 'zone' && (
        <label className="reach-zone">
          {t('reach.zonePick')}
          <select value={zoneId} onChange={(e) => setZoneId(e.target.value)} data-testid="reach-zone-select">
            {zonesByPlan.map((g) => (
              <optgroup key={g.plan.id} label={name(g.plan.name)}>
                {g.zones.map((z) => <option key={z.properties.id} value={z.properties.id}>{name(z.properties.name)}</option>)}
              </optgroup>
            ))}
          </select>
          <span className="muted">{t('reach.zoneBasis')}</span>
        </label>
      )}
      {kind === 'point' && (
        <div className="map-tool-actions">
          <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)} data-testid="reach-pick">{t(picking ? 'reach.picking' : 'reach.pick')}</button>
          <button type="button" onClick={() => { const c = activeMap()?.getCenter(); if (c) setPoint(fromDisplay([c.lng, c.lat])); }}>{t('reach.useCentre')}</button>
          {point && <span className="muted">{point[1].toFixed(5)}, {point[0].toFixed(5)}</span>}
        </div>
      )}

      <fieldset>
        <legend>{t('reach.radius')}</legend>
        {(['station-500', 'station-800', 'life-circle', 'custom'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name={`${uid}-preset`} checked={preset === p} onChange={() => setPreset(p)} data-testid={`reach-preset-${p}`} />
            {t(`reach.preset.${p}`)}
          </label>
        ))}
      </fieldset>
      {preset === 'life-circle' && (
        <div className="reach-life">
          <blockquote lang="zh-Hant">{LIFE_CIRCLE_CITATION.quote}</blockquote>
          <p className="muted">
            —— {seedTitle(LIFE_CIRCLE_CITATION.seed, name)}{' '}
            <button type="button" className="link" onClick={() => openReader(LIFE_CIRCLE_CITATION)}>{t('panel.openSource')}</button>
          </p>
          <p>{t('reach.lifeAssumption')}</p>
        </div>
      )}
      {(preset === 'life-circle' || preset === 'custom') && (
        <label className="reach-radius">
          {t('reach.radiusMetres', { min: MIN_RADIUS, max: MAX_RADIUS })}
          <input type="number" inputMode="numeric" min={MIN_RADIUS} max={MAX_RADIUS} step={50} data-testid="reach-radius-input"
            value={preset === 'life-circle' ? lifeText : customText}
            onChange={(e) => (preset === 'life-circle' ? setLifeText : setCustomText)(e.target.value)}
            aria-invalid={!radius} />
        </label>
      )}
      {!radius && <p className="error" role="alert">{t('reach.radiusInvalid', { min: MIN_RADIUS, max: MAX_RADIUS })}</p>}

      <p className="reach-summary" aria-live="polite" data-testid="reach-summary">
        {!centre ? t(kind === 'point' ? 'reach.needPoint' : kind === 'station' ? 'reach.needStation' : 'reach.needZone')
          : !stations ? (stationsError ? '' : t('reach.loading'))
          : counts && t('reach.summary', { radius: radius!, centre: name(centre.kind === 'station' ? centre.station.name : centre.kind === 'zone' ? centre.zone.properties.name : { zh: t('reach.kind.point') }), ...counts })}
      </p>
      {result && (
        <>
          <div className="map-tool-actions">
            <button type="button" onClick={() => onExport('csv')} data-testid="reach-export-csv">{t('reach.exportCsv')}</button>
            <button type="button" onClick={() => onExport('geojson')} data-testid="reach-export-geojson">{t('reach.exportGeojson')}</button>
          </div>
          {exportError && <p className="error" role="alert">{exportError}</p>}
          <p className="muted">{t(centre?.kind === 'zone' ? 'reach.distanceZone' : 'reach.distancePoint')}</p>
          {section('zones', result.zones, t('reach.zones'))}
          {section('places', result.places, t('reach.places'))}
          {result.schematic.length > 0 && (
            <section className="reach-section" data-testid="reach-schematic">
              <h3>{t('reach.schematic')}</h3>
              <p className="muted">{t('reach.schematicNote')}</p>
              <ul className="reach-list">
                {result.schematic.map((s) => (
                  <li key={s.zone} data-id={s.zone}>
                    <button type="button" className="reach-name link" onClick={() => select(s.zone)}>{name(s.zoneName)}</button>
                    <span>{(['carrier', 'institution', 'enterprise'] as const).filter((k) => s.ids[k].length).map((k) => `${t(`kind.${k}`)} ${s.ids[k].length}`).join(' · ')}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {section('stations', result.stations, t('reach.stations'))}
          <p className="muted small">{t('reach.stationsCredit')}</p>
        </>
      )}
    </section>
  );
}
