/**
 * The measuring tool's drawing on the map: one GeoJSON source (`measure`) and four layers on top of
 * the Atlas's (`measure-fill`, `measure-line`, `measure-preview` — the segment to the pointer while
 * drawing — and `measure-vertices`). Everything passes through toDisplayGeometry (shifted into GCJ-02
 * while the AMap basemap is shown); redrawn when the display datum changes. Removed on close.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { circlePaint, fillPaint, linePaint } from '../../map/layers/shared-programs';
import { onDisplayDatumChange, toDisplay, toDisplayGeometry } from '../../map/projection';
import { ringOf, type LngLat } from './measure-math';
import type { DrawState } from './measure-state';

const SOURCE = 'measure';
const LAYERS = ['measure-fill', 'measure-line', 'measure-preview', 'measure-vertices'] as const;
const INK = '#d9480f';

function collection(s: DrawState, pointer: LngLat | null): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  const pts = s.points;
  if (s.mode === 'area' && pts.length >= 3) {
    features.push({ type: 'Feature', properties: { part: 'shape' }, geometry: { type: 'Polygon', coordinates: [ringOf(pts)] } });
  }
  const path = s.mode === 'area' && (s.finished || pts.length >= 3) ? ringOf(pts) : pts;
  if (path.length >= 2) features.push({ type: 'Feature', properties: { part: 'line' }, geometry: { type: 'LineString', coordinates: path } });
  if (!s.finished && pointer && pts.length) {
    const tail = s.mode === 'area' && pts.length >= 2 ? [pts[pts.length - 1], pointer, pts[0]] : [pts[pts.length - 1], pointer];
    features.push({ type: 'Feature', properties: { part: 'preview' }, geometry: { type: 'LineString', coordinates: tail } });
  }
  pts.forEach((p, i) => features.push({ type: 'Feature', properties: { part: 'vertex', index: i }, geometry: { type: 'Point', coordinates: p } }));
  return { type: 'FeatureCollection', features };
}

export class MeasureLayers {
  private last: { s: DrawState; pointer: LngLat | null } | null = null;
  private offDatum: () => void;

  private onStyle = () => {
    // A basemap switch that replaces the style drops our layers: put them back with the drawing.
    if (!this.map.getSource(SOURCE) && this.map.isStyleLoaded()) {
      this.install();
      if (this.last) this.draw(this.last.s, this.last.pointer);
    }
  };

  constructor(private map: MapLibreMap) {
    this.install();
    this.offDatum = onDisplayDatumChange(() => this.last && this.draw(this.last.s, this.last.pointer));
    map.on('styledata', this.onStyle);
  }

  private install(): void {
    const map = this.map;
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({ id: 'measure-fill', type: 'fill', source: SOURCE, filter: ['==', ['get', 'part'], 'shape'], paint: fillPaint({ color: INK, opacity: 0.15 }) });
    map.addLayer({ id: 'measure-line', type: 'line', source: SOURCE, filter: ['==', ['get', 'part'], 'line'], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: linePaint({ color: INK, width: 3 }) });
    map.addLayer({ id: 'measure-preview', type: 'line', source: SOURCE, filter: ['==', ['get', 'part'], 'preview'], paint: { ...linePaint({ color: INK, width: 2, opacity: 0.7 }), 'line-dasharray': [2, 2] } });
    map.addLayer({ id: 'measure-vertices', type: 'circle', source: SOURCE, filter: ['==', ['get', 'part'], 'vertex'], paint: circlePaint({ radius: 5, color: '#ffffff', strokeColor: INK, strokeWidth: 2.5 }) });
  }

  draw(s: DrawState, pointer: LngLat | null): void {
    this.last = { s, pointer };
    (this.map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(toDisplayGeometry(collection(s, pointer)));
  }

  /** The vertex within `tolerance` px of a screen point, nearest first, or -1. */
  vertexAt(s: DrawState, x: number, y: number, tolerance = 9): number {
    let best = -1;
    let bestD = tolerance;
    s.points.forEach((p, i) => {
      const q = this.map.project(toDisplay(p));
      const d = Math.hypot(q.x - x, q.y - y);
      if (d <= bestD) {
        best = i;
        bestD = d;
      }
    });
    return best;
  }

  remove(): void {
    this.offDatum();
    this.map.off('styledata', this.onStyle);
    for (const id of LAYERS) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(SOURCE)) this.map.removeSource(SOURCE);
  }
}
