/**
 * Handouts (issue 10): the PNG of the current view (the header's ExportImageButton, mounted by the app
 * with lazyFeature) and a tour's PDF, for the presenter's tour picker. Both load their heavy code
 * (jsPDF, the QR encoder, the font) only when used.
 */
import type { Tour } from '../../data/tour-types';
import type { Lang } from '../../i18n';
import { loadAtlasData } from '../../data/atlas-data';
import { downloadBlob } from '../export/download';
import { fileDate } from './view-title';

export { ExportImageButton } from './export-image-button';

/**
 * Makes the PDF of `tour` (one A4 landscape page per step, each step shown on the live map, which is
 * put back as it was) and downloads it. `onProgress` hears each captured step.
 */
export async function exportTourPdf(tour: Tour, lang: Lang, onProgress?: (done: number, total: number) => void): Promise<void> {
  const [{ makeTourPdf }, data] = await Promise.all([import('./tour-pdf'), loadAtlasData()]);
  const blob = await makeTourPdf(data, tour, lang, onProgress);
  downloadBlob(blob, `${tour.id.replace(/^tour:/, '')}-${fileDate()}.pdf`);
}
