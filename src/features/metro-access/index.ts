/**
 * The metro access feature, on demand: the zone panel's stations section. The map toolbar's toggle is
 * the tiny ./metro-button (imported directly; the layer and its legend load on its first click).
 */
export { ZoneStations } from './zone-stations';
