/**
 * The notice that an online basemap failed and the embedded one is back: drawn on the map itself
 * (not in the chooser, which the reader may have closed), in the UI language and following it,
 * until dismissed or another basemap is chosen. A status live region, so it is also read out.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { translate } from '../../i18n';
import { useAtlasStore } from '../../store';
import type { BasemapId } from './catalog';
import { FALLBACK_TIMEOUT_MS, type FailReason } from './fallback';
import './basemaps.css';

let current: { el: HTMLElement; off: () => void } | null = null;

export function hideFallbackNotice(): void {
  current?.off();
  current?.el.remove();
  current = null;
}

export function showFallbackNotice(map: MapLibreMap, failed: BasemapId, reason: FailReason): void {
  hideFallbackNotice();
  const host = map.getContainer().parentElement ?? map.getContainer();
  const el = document.createElement('div');
  el.className = 'basemap-notice';
  el.setAttribute('role', 'status');
  el.dataset.testid = 'basemap-notice';
  el.dataset.failed = failed;
  el.dataset.reason = reason;
  el.dataset.shownAt = String(Math.round(performance.now())); // when it appeared (the e2e test times the fallback with it)
  const text = document.createElement('span');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.addEventListener('click', hideFallbackNotice);
  el.append(text, dismiss);
  const render = (lang: 'zh' | 'en') => {
    const name = translate(lang, `basemaps.name.${failed}`);
    text.textContent = reason === 'timeout'
      ? translate(lang, 'basemaps.fellBackTimeout', { name, seconds: FALLBACK_TIMEOUT_MS / 1000 })
      : translate(lang, 'basemaps.fellBack', { name });
    dismiss.textContent = translate(lang, 'basemaps.dismiss');
  };
  render(useAtlasStore.getState().lang);
  const off = useAtlasStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang) render(s.lang);
  });
  host.append(el);
  current = { el, off };
}
