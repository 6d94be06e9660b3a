/**
 * The shell: header, the map beside the panel column, and the source reader on top. The map starts
 * at once; the data load beside it; the zone browser (the first screen's panel) waits for the data;
 * every other panel is a feature loaded on demand, and preloaded once the first zones are on screen.
 */
import { useEffect, useState } from 'react';
import { MapView } from './map/map-view';
import { ZoneBrowser } from './features/zone-browser/zone-browser';
import { DataLoadError } from './features/data-issues/data-load-error';
import { useAtlasData } from './data/use-atlas-data';
import { lazyFeature } from './ui/lazy-feature';
import { useAtlasStore } from './store';
import { useT } from './i18n';
import { loadFontCss } from './map/fonts';
import { onFirstScreen } from './map/first-screen';
import { SearchBox } from './features/search/search-box';
import { ShareButton } from './features/share/share-button';
import { FilterBar } from './features/filters/filter-bar';
import { DirectoryButton } from './features/directory/directory-button';
import { PresentButton } from './features/present/present-button';
import { TimelineButton } from './features/timeline/timeline-button';
import { ImportButton } from './features/import/import-button';
import { useUrlState } from './url/use-url-state';
import { Region } from './ui/error-boundary';
import { TileFailureNotice } from './ui/tile-failure-notice';

const DetailsPanel = lazyFeature(() => import('./features/details-panel'), 'DetailsPanel');
const SourceReader = lazyFeature(() => import('./features/source-reader'), 'SourceReader');
const PlanView = lazyFeature(() => import('./features/plan-view'), 'PlanView');
const MapTooltip = lazyFeature(() => import('./features/map-tooltip'), 'MapTooltip');
const MapLegend = lazyFeature(() => import('./features/map-legend'), 'MapLegend');
const HandoutButton = lazyFeature(() => import('./features/handout/export-image-button'), 'ExportImageButton');
const MapToolbar = lazyFeature(() => import('./features/map-tools'), 'MapToolbar');
const ImportOverlay = lazyFeature(() => import('./features/import'), 'ImportOverlay');

/** After the first screen: fetch the UI font and the panels' code while the reader looks at the map. */
function preloadAfterFirstScreen(done: () => void): () => void {
  const run = () => {
    loadFontCss();
    DetailsPanel.preload();
    SourceReader.preload();
    PlanView.preload();
    MapTooltip.preload();
    MapLegend.preload();
    HandoutButton.preload();
    MapToolbar.preload();
    ImportOverlay.preload();
    done();
  };
  // Once the first zones are drawn (never in competition with them), when the browser is idle.
  return onFirstScreen(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 200);
  });
}

export function App() {
  const { t, lang } = useT();
  const setLang = useAtlasStore((s) => s.setLang);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const planViewId = useAtlasStore((s) => s.planViewId);
  const readerOpen = useAtlasStore((s) => s.readerCitation !== null);
  const { load, retry } = useAtlasData();
  const ready = load.state === 'ready';
  useUrlState();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);

  // Parts of the map's interface that are not needed to see it (the hover tooltip) mount after the first screen.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (ready) return preloadAfterFirstScreen(() => setSettled(true));
  }, [ready]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
        <Region id="tools">
          {ready && <SearchBox />}
          {ready && <ShareButton />}
          {settled && <HandoutButton />}
          {ready && <DirectoryButton />}
          {ready && <ImportButton />}
          {ready && <TimelineButton />}
          {ready && <PresentButton />}
        </Region>
        {/* Its accessible name is its visible text (WCAG 2.5.3), in the language it names; the title explains it. */}
        <button type="button" className="lang-switch" data-testid="lang-switch" title={t('app.languageLabel')} lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('app.language')}
        </button>
      </header>
      {load.state === 'error' && <DataLoadError message={load.message} retry={retry} />}
      <main className="app-main">
        <Region id="map">
          <MapView data={ready ? load.data : null} overlay={<><TileFailureNotice />{settled && <><MapLegend /><MapToolbar /><ImportOverlay /></>}</>} />
          {settled && <MapTooltip />}
        </Region>
        {ready && planViewId && <Region id="plan"><PlanView planId={planViewId} /></Region>}
        <aside className="side-panel">
          <Region id="panel">
            {ready && !selectedId && <FilterBar />}
            {ready && (selectedId ? <DetailsPanel id={selectedId} /> : <ZoneBrowser />)}
          </Region>
          {load.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
        </aside>
      </main>
      {ready && readerOpen && <Region id="reader"><SourceReader /></Region>}
    </div>
  );
}
