/**
 * The embedded basemap's tiles come from the app's own server; when some fail to load (the server
 * gone, a flaky network), the map has gaps: this says so over the map, with a Retry that asks MapLibre
 * for those tiles again (`refreshTiles`). Always mounted with the map (its listener must hear the first
 * view's tiles); an empty live region while nothing failed. Online basemaps have their own fallback
 * (features/basemaps), so only the offline basemap's source is watched.
 */
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useT } from '../i18n';
import { activeMap, onActiveMap } from '../map/active-map';
import { BASEMAP_SOURCE_ID } from '../map/basemap';
import './tile-failure-notice.css';

type TileErrorEvent = { sourceId?: string; tile?: unknown };

export function TileFailureNotice() {
  const { t } = useT();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let map: MapLibreMap | null = null;
    const onError = (e: TileErrorEvent) => {
      if (e.sourceId === BASEMAP_SOURCE_ID && e.tile) setFailed(true);
    };
    // Tiles that load after a failure (panning, a retry) do not clear it: only Retry does, or a full reload.
    const off = onActiveMap((next) => {
      map?.off('error', onError);
      map = next;
      map?.on('error', onError);
    });
    return () => {
      off();
      map?.off('error', onError);
    };
  }, []);

  const retry = () => {
    setFailed(false);
    const map = activeMap();
    if (!map) return;
    // Tiles that fail again report again (and the notice comes back).
    map.refreshTiles(BASEMAP_SOURCE_ID);
  };

  return (
    <div className={failed ? 'map-status map-status-error tile-failure-notice' : 'tile-failure-notice'} role="status" data-testid="tile-failure-notice" data-failed={failed}>
      {failed && (
        <>
          {t('hardening2.tilesFailed')} <button type="button" onClick={retry}>{t('hardening2.tilesRetry')}</button>
        </>
      )}
    </div>
  );
}
