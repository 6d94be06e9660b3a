/**
 * The basemap the reader chose, for this visit only: it is not put in the URL or stored, so that no
 * link or reload ever makes a request to an online host the reader did not pick. `choose` switches
 * the live map; a failed online basemap falls back to the embedded one with a notice on the map.
 */
import { create } from 'zustand';
import { activeMap } from '../../map/active-map';
import { useAtlasStore } from '../../store';
import type { BasemapId } from './catalog';
import { showFallbackNotice, hideFallbackNotice } from './notice';
import { switchBasemap } from './switcher';

interface BasemapState {
  chosen: BasemapId;
  /** `loading` until the chosen online basemap's first tile is drawn. */
  status: 'ready' | 'loading';
}

export const useBasemapState = create<BasemapState>(() => ({ chosen: 'offline', status: 'ready' }));

export function choose(id: BasemapId): Promise<void> {
  const map = activeMap();
  if (!map) return Promise.resolve();
  hideFallbackNotice();
  useBasemapState.setState({ chosen: id, status: id === 'offline' ? 'ready' : 'loading' });
  return switchBasemap(map, id, useAtlasStore.getState().lang, {
    onReady: (ready) => {
      if (useBasemapState.getState().chosen === ready) useBasemapState.setState({ status: 'ready' });
    },
    onFallback: (failed, reason) => {
      useBasemapState.setState({ chosen: 'offline', status: 'ready' });
      showFallbackNotice(map, failed, reason);
    },
  });
}
