/**
 * A whole tour as a PDF handout (jsPDF): one A4 landscape page per step (./pdf-page.ts), each step
 * captured on the live map (./step-images.ts), the text in the bundled font's subsets (./pdf-fonts.ts).
 */
import { jsPDF } from 'jspdf';
import type { AtlasData } from '../../data/atlas-data';
import type { Tour } from '../../data/tour-types';
import { nameIn, translate, type Lang } from '../../i18n';
import { activeMap } from '../../map/active-map';
import { applyStep } from '../present/apply-step';
import { seedTitle } from '../details-panel/citation-list';
import { embedFonts } from './pdf-fonts';
import { fontSubsets, loadWoff } from './font-files';
import { drawPage, pageTexts, type PageContent } from './pdf-page';
import { captureSteps, type RenderStep, type StepImage } from './step-images';
import { chartImage } from './chart-image';
import { attributionText, dateText } from './view-title';

const defaultRenderStep: RenderStep = (map, data, step) => applyStep(map, data, step, { animate: false });

async function pageContents(tour: Tour, shots: StepImage[], data: AtlasData, lang: Lang): Promise<PageContent[]> {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(lang, k, v);
  const date = t('handout.date', { date: dateText(lang) });
  return Promise.all(shots.map(async ({ step, link, jpeg, aspect }, i) => ({
    tourTitle: `${t('app.title')} · ${tour.title[lang]}`,
    stepLabel: `${t('handout.step', { n: i + 1 })} · ${step.title[lang]}`,
    caption: step.caption[lang],
    seed: t('handout.source', { seed: seedTitle(step.citation.seed, (n) => nameIn(lang, n)) }),
    quote: step.citation.quote,
    qrCaption: t('handout.qrStep'),
    link,
    map: { jpeg, aspect },
    chart: step.chart ? await chartImage(data, step.chart, step.focus, lang) : undefined,
    footer: attributionText(lang),
    pageLabel: `${date} · ${t('handout.page', { page: i + 1, pages: shots.length })}`,
  })));
}

/** The PDF of `tour` (its steps rendered on the live map, which is put back as it was), as a Blob. */
export async function makeTourPdf(data: AtlasData, tour: Tour, lang: Lang, onProgress?: (done: number, total: number) => void, renderStep = defaultRenderStep): Promise<Blob> {
  const map = activeMap();
  if (!map) throw new Error(translate(lang, 'handout.noMap'));
  const shots = await captureSteps(map, data, tour, lang, renderStep, onProgress);
  const pages = await pageContents(tour, shots, data, lang);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: `${translate(lang, 'app.title')} · ${tour.title[lang]}`, creator: translate(lang, 'app.title') });
  doc.setLanguage(lang === 'zh' ? 'zh-CN' : 'en-US');
  const text = await embedFonts(doc, pages.flatMap(pageTexts), fontSubsets(), loadWoff);
  pages.forEach((p, i) => {
    if (i > 0) doc.addPage('a4', 'landscape');
    drawPage(doc, text, p);
  });
  return doc.output('blob');
}
