/**
 * A step's indicator chart (H4's `indicatorSvg`) as a PNG for the PDF. An SVG drawn as an image sees
 * no web font of the page, so the font's subsets its text needs are put inside it as data URLs.
 */
import type { AtlasData } from '../../data/atlas-data';
import type { Lang } from '../../i18n';
import { fontSubsets, loadWoff } from './font-files';
import { LABEL_FONT_FAMILY } from '../../map/fonts';
import { binaryString } from './bytes';
import { subsetFileKey } from './font-subsets';

const RATIO = 3;

// H4's indicators feature, found by glob (as the step card finds it) so that the PDF builds without it.
type IndicatorsModule = { indicatorSvg: (atlas: AtlasData['atlas'], planId: string, metric: string | undefined, lang: Lang) => string };
const loadIndicators = import.meta.glob<IndicatorsModule>('../indicators/index.ts')['../indicators/index.ts'];

const base64 = (bytes: Uint8Array) => btoa(binaryString(bytes));

/** @font-face rules (data URLs) for the subsets holding the SVG's text. */
async function fontFaces(svg: string): Promise<string> {
  const text = svg.replace(/<[^>]*>/g, '');
  const keys = new Set([...text].map((c) => fontSubsets().subsetOf(c)).filter((k): k is string => k !== null));
  const faces = await Promise.all([...keys].map(async (key) => {
    const woff = await loadWoff(subsetFileKey(key));
    return `@font-face{font-family:"${LABEL_FONT_FAMILY}";src:url(data:font/woff;base64,${base64(woff)}) format("woff");}`;
  }));
  return faces.join('');
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart could not be drawn'));
    img.src = url;
  });
}

/**
 * The plan's indicator chart as a PNG data URL: the series of `focus` when it is one of the plan's
 * targets (a page's column is narrow), else all of them. Undefined when the indicators feature is not in the build.
 */
export async function chartImage(data: AtlasData, planId: string, focus: string | undefined, lang: Lang): Promise<{ png: string; aspect: number } | undefined> {
  if (!loadIndicators) return undefined;
  const metric = focus?.startsWith('target:') ? focus : undefined;
  const svg = (await loadIndicators()).indicatorSvg(data.atlas, planId, metric, lang);
  const styled = svg.replace(/^<svg([^>]*)>/, `<svg$1><style>${await fontFaces(svg)}</style>`);
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(styled)}`);
  if (!img.naturalWidth) return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth * RATIO;
  canvas.height = img.naturalHeight * RATIO;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return { png: canvas.toDataURL('image/png'), aspect: img.naturalWidth / img.naturalHeight };
}
