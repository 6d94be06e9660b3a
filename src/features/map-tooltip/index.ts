/** The map's hover tooltip (loaded after the first screen). */
export { MapTooltip } from './map-tooltip';
