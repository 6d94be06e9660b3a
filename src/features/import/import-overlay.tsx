/**
 * The import's interface over the map (issue 12), mounted after the first screen: it takes the files
 * the 导入 button picked (import-queue.ts) and files dropped anywhere on the map (with a visible drop
 * target while they are dragged over it), restores the layers kept in the browser, keeps the layers
 * drawn (import-map.ts) and lets a click on an imported feature open its card. The converters load
 * only with the first file.
 */
import { useEffect, useRef, useState } from 'react';
import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { onActiveMap } from '../../map/active-map';
import { onDisplayDatumChange } from '../../map/projection';
import { useAtlasStore } from '../../store';
import { toolText, useToolT } from '../map-tools/tool-strings';
import { FeatureCard } from './feature-card';
import { ImportDialog } from './import-dialog';
import { takeImportRequests } from './import-queue';
import { enqueueFiles } from './import-run';
import { useImportStore } from './import-store';
import { clearImportLayers, importSourcesMissing, pickableLayers, refreshBigLayers, syncImportLayers } from './import-map';
import { NEAR_ZOOM } from './big-layer';
import { LayerList } from './layer-list';
import { loadLayers } from './persist';
import { IMPORT_STRINGS } from './strings';
import './import.css';

/** Layers kept in the browser, read once per page. */
let restoring: Promise<void> | null = null;
function restore(): Promise<void> {
  restoring ??= loadLayers()
    .then((saved) => useImportStore.getState().setLayers((ls) => [...saved.filter((s) => !ls.some((l) => l.id === s.id)), ...ls]))
    .catch((e: unknown) => {
      const lang = useAtlasStore.getState().lang;
      useImportStore.getState().setStatus(toolText(IMPORT_STRINGS, lang, 'import.loadFailed', { reason: String((e as Error)?.message ?? e) }));
    })
    .finally(() => useImportStore.setState({ restored: true }));
  return restoring;
}

function hasFiles(e: DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes('Files');
}

/** Drag and drop onto the map's region: a drop target while files are over it. */
function useDropTarget(host: HTMLElement | null): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (!host) return;
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      enqueueFiles([...(e.dataTransfer?.files ?? [])]);
    };
    host.addEventListener('dragenter', enter);
    host.addEventListener('dragover', overFn);
    host.addEventListener('dragleave', leave);
    host.addEventListener('drop', drop);
    return () => {
      host.removeEventListener('dragenter', enter);
      host.removeEventListener('dragover', overFn);
      host.removeEventListener('dragleave', leave);
      host.removeEventListener('drop', drop);
    };
  }, [host]);
  return over;
}

/** Keeps the layers drawn (store changes, another display datum, a style reload) and picks them on click. */
function useMapLayers(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    const sync = () => syncImportLayers(map, useImportStore.getState().layers);
    const unsubscribe = useImportStore.subscribe((s, prev) => {
      if (s.layers !== prev.layers) sync();
    });
    const offDatum = onDisplayDatumChange(sync);
    const onStyle = () => {
      if (map.getLayer('zones-fill') && importSourcesMissing(map)) sync();
    };
    map.on('styledata', onStyle);
    const onMoveEnd = () => refreshBigLayers(map, useImportStore.getState().layers);
    map.on('moveend', onMoveEnd);
    sync();

    // A click on an imported feature opens its card and is not also a click on the Atlas's map: the
    // DOM click is seen in the capture phase, before MapLibre turns it into the map's click, and the
    // pointer is held for that one click.
    const container = map.getContainer();
    const hitAt = (x: number, y: number) => {
      const ids = pickableLayers(map);
      return ids.length ? map.queryRenderedFeatures([x, y], { layers: ids })[0] : undefined;
    };
    const onClickCapture = (e: MouseEvent) => {
      const store = useAtlasStore.getState();
      if (store.mapTool || e.target !== map.getCanvas()) return; // a tool owns the pointer; or a control was clicked
      const r = container.getBoundingClientRect();
      const f = hitAt(e.clientX - r.left - container.clientLeft, e.clientY - r.top - container.clientTop);
      if (!f) return;
      const layerId = f.layer.id.replace(/^import-/, '').replace(/-(fill|line|circle|clusters|nclusters)$/, '');
      if (f.properties.cell) {
        // A big layer's cell: in to where its points (or finer cells) show.
        const centre = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        map.easeTo({ center: centre, zoom: Math.max(map.getZoom() + 1.5, NEAR_ZOOM + 0.2), duration: 500 });
      } else if (f.properties.cluster) {
        // A cluster of many points: the camera goes to the zoom that splits it.
        const src = map.getSource(`import-${layerId}`) as { getClusterExpansionZoom?: (id: number) => Promise<number> } | undefined;
        const centre = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        void src?.getClusterExpansionZoom?.(Number(f.properties.cluster_id)).then((z) => map.easeTo({ center: centre, zoom: Math.max(z, map.getZoom() + 1), duration: 500 }));
      } else {
        useImportStore.getState().select({ layerId, index: Number(f.properties.i) });
      }
      store.setMapTool('import');
      setTimeout(() => {
        if (useAtlasStore.getState().mapTool === 'import') useAtlasStore.getState().setMapTool(null);
      }, 0);
    };
    const onMove = (e: MapMouseEvent) => {
      if (useAtlasStore.getState().mapTool) return;
      if (hitAt(e.point.x, e.point.y)) map.getCanvas().style.cursor = 'pointer';
    };
    container.addEventListener('click', onClickCapture, true);
    map.on('mousemove', onMove);
    return () => {
      unsubscribe();
      offDatum();
      map.off('styledata', onStyle);
      map.off('moveend', onMoveEnd);
      container.removeEventListener('click', onClickCapture, true);
      map.off('mousemove', onMove);
      clearImportLayers(map);
    };
  }, [map]);
}

export function ImportOverlay() {
  const { t } = useToolT(IMPORT_STRINGS);
  const anchor = useRef<HTMLDivElement>(null);
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const status = useImportStore((s) => s.status);
  useEffect(() => onActiveMap(setMap), []);
  useEffect(() => {
    setHost(anchor.current?.closest<HTMLElement>('.map-view') ?? null);
    void restore();
    return takeImportRequests(enqueueFiles);
  }, []);
  // The status line clears itself after a while.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => useImportStore.getState().setStatus(null), 10_000);
    return () => clearTimeout(timer);
  }, [status]);
  useMapLayers(map);
  const over = useDropTarget(host);
  return (
    <div ref={anchor} className="import-overlay" data-testid="import-overlay">
      <LayerList />
      <FeatureCard />
      {over && (
        <div className="import-drop" data-testid="import-drop">
          <p><strong>{t('import.dropHere')}</strong><br />{t('import.dropHint')}</p>
        </div>
      )}
      <ImportDialog />
    </div>
  );
}
