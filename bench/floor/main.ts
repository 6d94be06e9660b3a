/**
 * The benchmark's floor: the least a MapLibre page can do to show the Atlas's 66 zone polygons.
 * An empty style (background only), the Atlas's initial camera, the zones as one GeoJSON source
 * (fill + outline), and `performance.mark('floor:zones-visible')` on the first `idle` after they
 * were added. `?w=&h=` set the map container's size in CSS pixels (the runner passes the Atlas's).
 */
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INITIAL_VIEW } from '../../src/map/camera';

// Bundled into the page's JS, as the Atlas bundles its data (the vite config turns .geojson into JSON modules).
const collections = import.meta.glob('../../geodata/*/zones.geojson', { eager: true, import: 'default' });
const features = Object.values(collections).flatMap((c) => (c as GeoJSON.FeatureCollection).features);

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
const w = Number(params.get('w'));
const h = Number(params.get('h'));
if (w > 0) container.style.width = `${w}px`;
if (h > 0) container.style.height = `${h}px`;

const style: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f5f3ef' } }],
};

const map = new MapLibreMap({ container, style, center: INITIAL_VIEW.center, zoom: INITIAL_VIEW.zoom, attributionControl: false });
map.once('load', () => {
  map.addSource('zones', { type: 'geojson', data: { type: 'FeatureCollection', features } });
  map.addLayer({ id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-color': '#3b7dd8', 'fill-opacity': 0.2 } });
  map.addLayer({ id: 'zones-line', type: 'line', source: 'zones', paint: { 'line-color': '#3b7dd8', 'line-width': 1.2 } });
  map.once('idle', () => {
    performance.mark('floor:zones-visible', { detail: { features: features.length } });
  });
});
