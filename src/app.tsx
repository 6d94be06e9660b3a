/** The shell: header, the map beside the panel column, and the source reader on top. */
import { useEffect } from 'react';
import { MapView } from './map/map-view';
import { DetailsPanel } from './features/details-panel/details-panel';
import { ZoneBrowser } from './features/zone-browser/zone-browser';
import { SourceReader } from './features/source-reader/source-reader';
import { PlanView } from './features/plan-view/plan-view';
import { DataIssuesBanner } from './features/data-issues/data-issues-banner';
import { useAtlasStore } from './store';
import { useT } from './i18n';

export function App() {
  const { t, lang } = useT();
  const setLang = useAtlasStore((s) => s.setLang);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const planViewId = useAtlasStore((s) => s.planViewId);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
        <button type="button" className="lang-switch" data-testid="lang-switch" aria-label={t('app.languageLabel')} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('app.language')}
        </button>
      </header>
      <DataIssuesBanner />
      <main className="app-main">
        <MapView />
        {planViewId && <PlanView planId={planViewId} />}
        <aside className="side-panel">{selectedId ? <DetailsPanel id={selectedId} /> : <ZoneBrowser />}</aside>
      </main>
      <SourceReader />
    </div>
  );
}
