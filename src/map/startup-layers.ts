/**
 * Optional layers asked for in the URL at start-up (`?synthetic=N`, `?tiles=…pmtiles`): each feature
 * is loaded with a dynamic import only when asked for, mounts itself on the map, and is unmounted
 * with the map. Features are found by path, so the first screen's bundle never includes them.
 */
import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { readStartupParams } from '../url/startup-params';
import { onMark } from './first-screen';

type Unmount = () => void;
type Mount = (map: MapLibreMap, options: Record<string, unknown>) => Promise<Unmount>;

const FEATURES = import.meta.glob<Record<string, Mount>>(['../features/synthetic-enterprises/index.ts', '../features/tile-layer/index.ts']);

async function mountFeature(path: string, exportName: string, map: MapLibreMap, options: Record<string, unknown>): Promise<Unmount> {
  const load = FEATURES[path];
  if (!load) throw new Error(`${path} is not part of this build`);
  const mod = await load();
  return mod[exportName](map, options);
}

/**
 * After the first screen, the labels are redrawn in the web font (`atlas:label-font`, map-view.tsx):
 * a relayout of every label and a few hundred glyphs drawn on the main thread. A layer asked for at
 * start-up begins after that, so that its loading never shares the main thread with it (or after
 * this long, if the font never comes).
 */
const LABEL_FONT_MARK = 'atlas:label-font';
const LABEL_FONT_WAIT_MS = 5000;

/** Mounts the layers asked for once `ready` (the first screen is drawn: they never delay it) and the labels have their font. */
export function useStartupLayers(map: MapLibreMap | null, lang: Lang, ready: boolean): void {
  useEffect(() => {
    if (!map || !ready) return;
    const params = readStartupParams(location.search);
    if (!params.synthetic && !params.tiles) return;
    const unmounts: Unmount[] = [];
    let live = true;
    const keep = (p: Promise<Unmount>) =>
      p.then((u) => (live ? unmounts.push(u) : u())).catch((e: unknown) => console.error('layer:', (e as Error).message));
    const cancelWait = onMark(LABEL_FONT_MARK, () => {
      if (params.synthetic) keep(mountFeature('../features/synthetic-enterprises/index.ts', 'mountSyntheticEnterprises', map, { count: params.synthetic, lang }));
      if (params.tiles) keep(mountFeature('../features/tile-layer/index.ts', 'mountPmtilesLayer', map, { url: params.tiles, lang }));
    }, LABEL_FONT_WAIT_MS);
    return () => {
      cancelWait();
      live = false;
      unmounts.forEach((u) => u());
    };
  }, [map, ready]); // the language is read once, when the layers mount

}
