/**
 * The reach drawn on the map: its area (a circle round a point or station, or a zone's boundary
 * buffered by the radius — turf `circle` / `buffer`, for display only: membership is computed exactly
 * in reach-math.ts), its centre, and the points found inside. One source `reach`, layers `reach-fill`,
 * `reach-line`, `reach-points`, `reach-centre`, above the Atlas's; through toDisplayGeometry (GCJ-02
 * while AMap is shown), redrawn when the datum changes or a new style drops them. Removed on close.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { bbox, buffer, circle } from '@turf/turf';
import { circlePaint, fillPaint, linePaint } from '../../map/layers/shared-programs';
import { onDisplayDatumChange, toDisplayGeometry } from '../../map/projection';
import { centrePoint, type ReachCentre, type ReachResult } from './reach-math';

const SOURCE = 'reach';
const LAYERS = ['reach-fill', 'reach-line', 'reach-points', 'reach-centre'] as const;
const INK = '#6a3d9a';

/** The reach's outline as a polygon feature (WGS84), or null. */
export function reachArea(centre: ReachCentre, radius: number): GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> | null {
  const p = centrePoint(centre);
  if (p) return circle(p, radius / 1000, { steps: 128, units: 'kilometers' });
  if (centre.kind !== 'zone') return null;
  const zone = centre.zone as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  return (buffer(zone, radius, { units: 'meters', steps: 16 }) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> | undefined) ?? null;
}

export class ReachLayers {
  private data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  private offDatum: () => void;
  private onStyle = () => {
    if (!this.map.getSource(SOURCE) && this.map.isStyleLoaded()) {
      this.install();
      this.push();
    }
  };

  constructor(private map: MapLibreMap) {
    this.install();
    this.offDatum = onDisplayDatumChange(() => this.push());
    map.on('styledata', this.onStyle);
  }

  private install(): void {
    const map = this.map;
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({ id: 'reach-fill', type: 'fill', source: SOURCE, filter: ['==', ['get', 'part'], 'area'], paint: fillPaint({ color: INK, opacity: 0.08 }) });
    map.addLayer({ id: 'reach-line', type: 'line', source: SOURCE, filter: ['==', ['get', 'part'], 'area'], paint: linePaint({ color: INK, width: 2.5 }) });
    map.addLayer({ id: 'reach-points', type: 'circle', source: SOURCE, filter: ['==', ['get', 'part'], 'hit'], paint: circlePaint({ radius: 7, color: 'rgba(0,0,0,0)', strokeColor: INK, strokeWidth: 2 }) });
    map.addLayer({ id: 'reach-centre', type: 'circle', source: SOURCE, filter: ['==', ['get', 'part'], 'centre'], paint: circlePaint({ radius: 5, color: INK, strokeColor: '#ffffff', strokeWidth: 2 }) });
  }

  private push(): void {
    (this.map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(toDisplayGeometry(this.data));
  }

  /** Draws a reach (null: nothing) and returns its area's bounds [w, s, e, n] for framing. */
  draw(centre: ReachCentre | null, result: ReachResult | null): [number, number, number, number] | null {
    const features: GeoJSON.Feature[] = [];
    const area = centre && result ? reachArea(centre, result.radius) : null;
    if (area) features.push({ ...area, properties: { part: 'area' } });
    const p = centre && centrePoint(centre);
    if (p) features.push({ type: 'Feature', properties: { part: 'centre' }, geometry: { type: 'Point', coordinates: p } });
    for (const h of result ? [...result.places, ...result.stations] : []) {
      if (h.position) features.push({ type: 'Feature', properties: { part: 'hit', id: h.id }, geometry: { type: 'Point', coordinates: h.position } });
    }
    this.data = { type: 'FeatureCollection', features };
    this.push();
    // Bounds as drawn (GCJ-02 while AMap is shown), for framing the camera.
    return area ? (bbox(toDisplayGeometry(area)) as [number, number, number, number]) : null;
  }

  remove(): void {
    this.offDatum();
    this.map.off('styledata', this.onStyle);
    for (const id of LAYERS) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(SOURCE)) this.map.removeSource(SOURCE);
  }
}
