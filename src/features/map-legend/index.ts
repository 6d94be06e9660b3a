/** The map's legend (loaded after the first screen). */
export { MapLegend } from './map-legend';
