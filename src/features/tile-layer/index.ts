/**
 * A vector-tile point layer read from a PMTiles archive over HTTP range requests (`?tiles=./x.pmtiles`):
 * the way a registry far larger than one browser's memory is drawn (docs/SCALE.md). Loaded with a
 * dynamic import only when asked for; nothing else in the app imports it.
 *
 * mountPmtilesLayer reads the archive's header and metadata first. Only when they are a vector
 * PMTiles archive does it register the `pmtiles://` protocol with MapLibre and add one vector source
 * and its circle layers (cells when zoomed out, points when zoomed in, coloured by track), with a
 * "synthetic data" label when the metadata says so. Otherwise it shows a message in the reader's
 * language and leaves the map as it was. The returned function removes everything it added.
 */
import { addProtocol, removeProtocol, type Map as MapLibreMap } from 'maplibre-gl';
import { PMTiles, Protocol, TileType, type Header } from 'pmtiles';
import { translate, type Lang } from '../../i18n';
import { useAtlasStore } from '../../store';
import { buildTileLayers, classifyOpenError, LAYER_PREFIX, readArchiveInfo, SOURCE_ID, trackColor, type ArchiveInfo } from './style';

export { ENTERPRISE_SCHEMA } from './style';

export interface PmtilesLayerOptions {
  /** URL of the archive (the app only passes same-origin `.pmtiles` URLs). */
  url: string;
  lang: Lang;
}

// One protocol for the page, shared by every mounted archive, removed when the last one unmounts.
let protocol: Protocol | null = null;
let protocolUsers = 0;

function acquireProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  protocolUsers++;
  return protocol;
}

function releaseProtocol(archive: PMTiles): void {
  if (!protocol) return;
  protocol.tiles.delete(archive.source.getKey());
  protocolUsers--;
  if (protocolUsers <= 0) {
    removeProtocol('pmtiles');
    protocol = null;
    protocolUsers = 0;
  }
}

// The app's own font stack (styles.css :root), not MapLibre's container font: the bundled Noto Sans SC
// must come first, or CJK text can fall to a system font without those glyphs.
const PANEL_CSS = [
  'position:absolute', 'left:10px', 'top:10px', 'z-index:2', 'max-width:300px', 'padding:6px 10px',
  'background:rgba(255,255,255,0.94)', 'border-radius:6px', 'box-shadow:0 1px 4px rgba(0,0,0,0.25)',
  'font-family:"Noto Sans SC",system-ui,sans-serif', 'font-size:12px', 'line-height:1.45', 'color:#222',
].join(';');

function element(doc: Document, tag: string, text?: string, css?: string): HTMLElement {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (css) el.style.cssText = css;
  return el;
}

/**
 * Keeps a box's text in the reader's language: drawn once in `lang`, then again whenever the
 * store's language changes. Returns a function that removes the box and stops listening.
 */
function inReadersLanguage(box: HTMLElement, lang: Lang, render: (lang: Lang) => void): () => void {
  render(lang);
  const stop = useAtlasStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang) render(s.lang);
  });
  return () => {
    stop();
    box.remove();
  };
}

/** A dismissible message over the map; the map itself is not touched. */
function showMessage(map: MapLibreMap, text: (lang: Lang) => string, lang: Lang): () => void {
  const container = map.getContainer();
  const doc = container.ownerDocument;
  const box = element(doc, 'div', undefined, `${PANEL_CSS};border-left:4px solid #c0392b`);
  box.className = 'pmtiles-layer-message';
  box.setAttribute('role', 'alert');
  const close = element(doc, 'button', '×', 'margin-left:8px;border:0;background:none;font-size:14px;cursor:pointer;float:right');
  close.setAttribute('type', 'button');
  close.addEventListener('click', () => box.remove());
  const span = element(doc, 'span');
  box.append(close, span);
  container.append(box);
  return inReadersLanguage(box, lang, (l) => {
    close.setAttribute('aria-label', translate(l, 'tiles.dismiss'));
    span.textContent = text(l);
  });
}

/** The label and legend: "synthetic data" first when the archive says so. */
function showLegend(map: MapLibreMap, info: ArchiveInfo, lang: Lang): () => void {
  const container = map.getContainer();
  const doc = container.ownerDocument;
  const box = element(doc, 'div', undefined, PANEL_CSS);
  box.className = 'pmtiles-layer-legend';
  container.append(box);
  return inReadersLanguage(box, lang, (l) => {
    const open = box.querySelector?.('details')?.open ?? false;
    box.replaceChildren();
    fillLegend(box, info, l, open);
  });
}

function fillLegend(box: HTMLElement, info: ArchiveInfo, lang: Lang, legendOpen: boolean): void {
  const doc = box.ownerDocument;
  if (info.synthetic) {
    const badge = element(doc, 'div', translate(lang, 'tiles.synthetic'), 'font-weight:600;color:#9a3412');
    badge.className = 'pmtiles-layer-synthetic';
    box.append(badge);
  }
  box.append(element(doc, 'div', translate(lang, 'tiles.title'), 'font-weight:600'));
  const e = info.enterprise;
  if (e?.count !== undefined) box.append(element(doc, 'div', translate(lang, 'tiles.summary', { count: e.count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })));
  if (e) box.append(element(doc, 'div', translate(lang, 'tiles.zoomHint', { zoom: e.pointMinZoom }), 'color:#555'));
  if (e && e.tracks.length > 0) {
    const details = element(doc, 'details') as HTMLDetailsElement;
    details.open = legendOpen;
    details.append(element(doc, 'summary', translate(lang, 'tiles.legend'), 'cursor:pointer'));
    for (const t of e.tracks) {
      const row = element(doc, 'div');
      row.append(
        element(doc, 'span', undefined, `display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px;background:${trackColor(t)}`),
        element(doc, 'span', lang === 'en' ? t.en : t.zh),
      );
      details.append(row);
    }
    box.append(details);
  }
}

/** The first basemap label or deck.gl layer: tiles go under them, so labels and zones stay readable on top. */
function beforeId(map: MapLibreMap): string | undefined {
  // getLayersOrder lists custom (deck.gl) layers too, which getStyle() leaves out.
  return map.getLayersOrder().find((id) => {
    const type = map.getLayer(id)?.type;
    return type === 'symbol' || type === 'custom';
  });
}

/** Runs `f` once the style accepts sources (it throws "Style is not done loading" before). */
async function whenStyleReady<T>(map: MapLibreMap, f: () => T): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return f();
    } catch (e) {
      if (attempt >= 50 || !/not done loading/i.test((e as Error).message)) throw e;
      await new Promise((resolve) => map.once('styledata', resolve));
    }
  }
}

const messageFor = (kind: 'notPmtiles' | 'unreachable' | 'notVector', url: string, detail: string) => (lang: Lang): string => {
  const shown = url.replace(/^[a-z]+:\/\/[^/]+/i, '') || url;
  if (kind === 'notPmtiles') return translate(lang, 'tiles.notPmtiles', { url: shown });
  if (kind === 'notVector') return translate(lang, 'tiles.notVector', { url: shown });
  return translate(lang, 'tiles.unreachable', { url: shown, message: detail });
};

export async function mountPmtilesLayer(map: MapLibreMap, options: PmtilesLayerOptions): Promise<() => void> {
  const { url, lang } = options;
  const archive = new PMTiles(url);
  let header: Header;
  let info: ArchiveInfo;
  try {
    header = await archive.getHeader();
    if (header.tileType !== TileType.Mvt) {
      return showMessage(map, messageFor('notVector', url, ''), lang);
    }
    info = readArchiveInfo(await archive.getMetadata());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    console.warn('pmtiles:', detail);
    return showMessage(map, messageFor(classifyOpenError(e), url, detail), lang);
  }

  const p = acquireProtocol();
  p.add(archive);
  const layers = buildTileLayers(info, header);
  const added: string[] = [];
  let removeLegend = () => {};
  try {
    await whenStyleReady(map, () => {
      map.addSource(SOURCE_ID, {
        type: 'vector',
        url: `pmtiles://${url}`,
        ...(info.attribution ? { attribution: info.attribution } : {}),
      });
    });
    const before = beforeId(map);
    for (const layer of layers) {
      map.addLayer(layer, before);
      added.push(layer.id);
    }
    removeLegend = showLegend(map, info, lang);
  } catch (e) {
    for (const id of added) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(SOURCE_ID)) map.removeSource(SOURCE_ID);
    releaseProtocol(archive);
    const detail = e instanceof Error ? e.message : String(e);
    return showMessage(map, messageFor('unreachable', url, detail), lang);
  }

  let mounted = true;
  return () => {
    if (!mounted) return;
    mounted = false;
    removeLegend();
    // The map may already be gone (unmounted with it): then there is nothing left to remove.
    try {
      for (const id of map.getLayersOrder()) if (id.startsWith(LAYER_PREFIX)) map.removeLayer(id);
      if (map.getSource(SOURCE_ID)) map.removeSource(SOURCE_ID);
    } catch {
      /* the map was removed first */
    }
    releaseProtocol(archive);
  };
}
