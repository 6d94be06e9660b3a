/**
 * 测量 / Measure: a distance (a path) or an area (a polygon) drawn by clicking on the map, measured
 * geodesically in WGS84 (./measure-math.ts). While the panel is open the tool owns the map's pointer
 * (`setMapTool('measure')`: clicks don't select). Click: add a vertex; click the last vertex (or the
 * first, for an area), double-click or Enter: finish; drag a vertex: move it; click another vertex:
 * remove it. Esc (or Close) cancels: the drawing is discarded and the map selects again. Keyboard:
 * "add the map centre" adds a vertex where the map is centred (pan with the arrow keys). The result is
 * announced (aria-live), copied as text, or saved as GeoJSON.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { activeMap } from '../../map/active-map';
import { fromDisplay } from '../../map/projection';
import { useAtlasStore } from '../../store';
import { useToolT } from '../map-tools/tool-strings';
import * as STRINGS from './strings';
import { downloadText } from '../export/download';
import { localDate } from '../export/file-name';
import { copyText } from '../map-tools/copy-text';
import type { ToolProps } from '../map-tools/tool-props';
import { formatArea, formatLength, measure, measurementGeoJson, type LngLat, type MeasureMode } from './measure-math';
import { addPoint, canFinish, clickVertex, emptyDrawing, finish, movePoint, removePoint, type DrawState } from './measure-state';
import { MeasureLayers } from './measure-layers';
import './measure.css';

const typing = (el: EventTarget | null) => el instanceof HTMLElement && !!el.closest('button, input, select, textarea, a, [contenteditable]');

export function MeasureTool({ onClose }: ToolProps) {
  const { t, lang } = useToolT(STRINGS);
  const [draw, setDraw] = useState<DrawState>(() => emptyDrawing('distance'));
  const [pointer, setPointer] = useState<LngLat | null>(null);
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const drawRef = useRef(draw);
  drawRef.current = draw;
  const layers = useRef<MeasureLayers | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => heading.current?.focus(), []);

  // The map: our layers, and the pointer while the panel is open.
  useEffect(() => {
    const map = activeMap();
    if (!map) return;
    const L = new MeasureLayers(map);
    layers.current = L;
    const store = useAtlasStore.getState();
    store.setMapTool('measure');
    store.hover(null);
    const zoomOnDbl = map.doubleClickZoom.isEnabled();
    map.doubleClickZoom.disable();
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    const at = (e: MapMouseEvent): LngLat => fromDisplay([e.lngLat.lng, e.lngLat.lat]);
    let dragging: number | null = null;
    let dragged = false;
    const onClick = (e: MapMouseEvent) => {
      if (dragged) return void (dragged = false);
      const s = drawRef.current;
      const i = L.vertexAt(s, e.point.x, e.point.y);
      setDraw(i >= 0 ? clickVertex(s, i) : addPoint(s, at(e)));
    };
    const onDbl = (e: MapMouseEvent) => {
      e.preventDefault();
      setDraw((s) => finish(s));
    };
    const onDown = (e: MapMouseEvent) => {
      dragged = false;
      const i = L.vertexAt(drawRef.current, e.point.x, e.point.y);
      if (i < 0) return;
      e.preventDefault(); // no drag-pan: the vertex moves instead
      dragging = i;
    };
    const onMove = (e: MapMouseEvent) => {
      if (dragging !== null) {
        dragged = true;
        const i = dragging;
        setDraw((s) => movePoint(s, i, at(e)));
        return;
      }
      canvas.style.cursor = L.vertexAt(drawRef.current, e.point.x, e.point.y) >= 0 ? 'pointer' : 'crosshair';
      setPointer(drawRef.current.finished ? null : at(e));
    };
    const onUp = () => {
      dragging = null;
    };
    const onOut = () => setPointer(null);
    map.on('click', onClick);
    map.on('dblclick', onDbl);
    map.on('mousedown', onDown);
    map.on('mousemove', onMove);
    map.on('mouseup', onUp);
    map.on('mouseout', onOut);
    return () => {
      map.off('click', onClick);
      map.off('dblclick', onDbl);
      map.off('mousedown', onDown);
      map.off('mousemove', onMove);
      map.off('mouseup', onUp);
      map.off('mouseout', onOut);
      if (zoomOnDbl) map.doubleClickZoom.enable();
      canvas.style.cursor = '';
      L.remove();
      layers.current = null;
      if (useAtlasStore.getState().mapTool === 'measure') useAtlasStore.getState().setMapTool(null);
    };
  }, []);

  useEffect(() => layers.current?.draw(draw, pointer), [draw, pointer]);
  useEffect(() => setCopy('idle'), [draw]);

  // Keys anywhere: Esc cancels (closes the tool), Enter finishes (unless a control has the focus).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        closeRef.current();
      } else if (e.key === 'Enter' && !typing(e.target) && canFinish(drawRef.current)) {
        e.preventDefault();
        setDraw((s) => finish(s));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const m = useMemo(() => measure(draw.mode, draw.points), [draw]);
  const lines = useMemo(() => {
    if (draw.mode === 'distance') return draw.points.length >= 2 ? [`${t('measure.length')}：${formatLength(m.metres, lang)}`] : [];
    return draw.points.length >= 3
      ? [`${t('measure.areaLabel')}：${formatArea(m.squareMetres!, lang)}`, `${t('measure.perimeter')}：${formatLength(m.metres, lang)}`]
      : [];
  }, [draw, m, lang, t]);
  const summary = lines.length ? `${t(draw.mode === 'distance' ? 'measure.distance' : 'measure.area')}（${t('measure.method')}）\n${lines.join('\n')}` : '';

  const setMode = (mode: MeasureMode) => setDraw((s) => (s.mode === mode ? s : { mode, points: s.points, finished: false }));
  const addCentre = () => {
    const map = activeMap();
    if (!map) return;
    const c = map.getCenter();
    setDraw((s) => addPoint(s, fromDisplay([c.lng, c.lat])));
  };
  const onCopy = async () => setCopy((await copyText(summary)) ? 'done' : 'failed');
  const onExport = () => {
    const now = new Date();
    downloadText(`${JSON.stringify(measurementGeoJson(m, now), null, 1)}\n`, `atlas-measure-${draw.mode}-${localDate(now)}.geojson`, 'application/geo+json');
  };

  const status = !draw.points.length
    ? t('measure.hintStart')
    : draw.finished ? t('measure.finished') : t(draw.points.length < (draw.mode === 'distance' ? 2 : 3) ? 'measure.hintMore' : 'measure.hintFinish');

  return (
    <section className="map-tool-panel measure-panel" data-testid="measure-panel" aria-labelledby="measure-title">
      <header className="map-tool-head">
        <h2 id="measure-title" ref={heading} tabIndex={-1}>{t('measure.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('measure.close')} title={t('measure.close')}>×</button>
      </header>
      <fieldset className="measure-mode">
        <legend className="visually-hidden">{t('measure.modeLabel')}</legend>
        {(['distance', 'area'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="measure-mode" value={mode} checked={draw.mode === mode} onChange={() => setMode(mode)} data-testid={`measure-mode-${mode}`} />
            {t(mode === 'distance' ? 'measure.distance' : 'measure.area')}
          </label>
        ))}
      </fieldset>
      <p className="measure-hint" data-testid="measure-status">{status}</p>
      <p className="measure-hint muted">{t('measure.hintEdit')}</p>
      <output className="measure-result" data-testid="measure-result" aria-live="polite" data-metres={m.metres} data-square-metres={m.squareMetres ?? ''} data-points={draw.points.length} data-finished={draw.finished}>
        {lines.length ? lines.map((l) => <span key={l}>{l}</span>) : <span className="muted">{t('measure.empty')}</span>}
        {draw.points.length > 0 && <span className="muted">{t('measure.points', { count: draw.points.length })}</span>}
      </output>
      <div className="map-tool-actions">
        <button type="button" onClick={addCentre} disabled={draw.finished} data-testid="measure-add-centre">{t('measure.addCentre')}</button>
        <button type="button" onClick={() => setDraw((s) => removePoint(s, s.points.length - 1))} disabled={!draw.points.length || draw.finished}>{t('measure.undo')}</button>
        <button type="button" onClick={() => setDraw((s) => finish(s))} disabled={!canFinish(draw)} data-testid="measure-finish">{t('measure.finish')}</button>
        <button type="button" onClick={() => setDraw(emptyDrawing(draw.mode))} disabled={!draw.points.length}>{t('measure.clear')}</button>
      </div>
      <div className="map-tool-actions">
        <button type="button" onClick={onCopy} disabled={!summary} data-testid="measure-copy">{t('measure.copy')}</button>
        <button type="button" onClick={onExport} disabled={!summary} data-testid="measure-export">{t('measure.export')}</button>
      </div>
      {copy === 'done' && <p className="muted" role="status">{t('measure.copied')}</p>}
      {copy === 'failed' && (
        <label className="measure-copy-fallback">
          {t('measure.copyFailed')}
          <textarea readOnly value={summary} rows={3} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
