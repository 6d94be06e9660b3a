/**
 * Shareable state has one home: the URL module. On the first screen only what the first frame needs:
 * the link's language (set before the first render) and camera (set with `jumpTo` the moment the map
 * exists, before its first frame: no visible jump). The sync itself (./url-sync.ts: the schema, the
 * checks against the data, history) loads on demand at once, beside the data it waits for.
 */
import { useLayoutEffect } from 'react';
import { useAtlasStore } from '../store';
import { onActiveMap } from '../map/active-map';
import { readStart } from './link-start';
import type { UrlSync } from './url-sync';

const start = typeof location === 'undefined' ? {} : readStart(location.search);
if (start.lang) useAtlasStore.setState({ lang: start.lang });

let sync: UrlSync | null = null;

/** Writes any pending change of the view to the URL now (the share button calls it before copying). */
export function flushUrl(): void {
  sync?.flush();
}

/**
 * Stops the URL from following the view until the returned function is called (a presentation's steps
 * are not history: leaving it restores the prior view, and the URL says that view again).
 */
export function pauseUrlSync(): () => void {
  return sync ? sync.pause() : () => {};
}

/**
 * The share link of the view on screen now (the store and the live camera), even while the sync is
 * paused (a presentation, a handout being made): what a QR code of this view encodes.
 */
export function viewLink(): string {
  return sync ? sync.link() : location.href;
}

/** Called once by the app shell. */
export function useUrlState(): void {
  useLayoutEffect(() => {
    let live = true;
    let jumped = false;
    const stopMap = onActiveMap((map) => {
      if (!map || jumped) return;
      jumped = true;
      if (start.camera) map.jumpTo({ ...start.camera });
    });
    import('./url-sync')
      .then((m) => {
        if (live) sync = m.startUrlSync();
      })
      .catch((e: unknown) => console.warn('share links unavailable:', (e as Error).message));
    return () => {
      live = false;
      stopMap();
      sync?.stop();
      sync = null;
    };
  }, []);
}
