/**
 * Keeps a feature's overlay on the map: drawn now, drawn again when the display datum changes
 * (src/map/projection.ts) and when a style reload has dropped it (once the Atlas's own layers are back,
 * so that it goes in above them). Returns the function that stops and removes it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { onDisplayDatumChange } from './projection';

export interface Overlay {
  /** Puts (or puts again) the overlay's sources and layers on the map. */
  draw: () => void;
  /** The source whose absence after a style change means the overlay was dropped. */
  sourceId: string;
  remove: () => void;
}

export function keepDrawn(map: MapLibreMap, overlay: Overlay): () => void {
  const onStyle = () => {
    if (!map.getSource(overlay.sourceId) && map.getLayer('zones-fill')) overlay.draw();
  };
  overlay.draw();
  const offDatum = onDisplayDatumChange(overlay.draw);
  map.on('styledata', onStyle);
  return () => {
    offDatum();
    map.off('styledata', onStyle);
    overlay.remove();
  };
}
