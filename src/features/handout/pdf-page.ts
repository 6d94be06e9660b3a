/**
 * One A4 landscape page of a tour's PDF: the tour's title, the step's number and title, its map
 * image (scale bar and north arrow on it), the caption, the citation (the seed's title and the exact
 * quote), the plan's indicator chart when the step has one, the QR code of the step's share link,
 * and a footer with the attribution, the date and the page number. Millimetres; type sizes in points.
 */
import type { jsPDF } from 'jspdf';
import type { PdfText } from './pdf-fonts';
import { drawQr, qrRuns } from './qr';

export const PAGE = { width: 297, height: 210, margin: 12 };
const MAP_BOX = { x: PAGE.margin, y: 30, w: 182, h: 160 };
const COLUMN = { x: MAP_BOX.x + MAP_BOX.w + 8, w: PAGE.width - PAGE.margin - (MAP_BOX.x + MAP_BOX.w + 8) };
const QR_SIDE = 30;
const PT_MM = 25.4 / 72;

export interface PageContent {
  tourTitle: string;
  stepLabel: string;
  caption: string;
  seed: string;
  quote: string;
  qrCaption: string;
  link: string;
  map: { jpeg: string; aspect: number };
  chart?: { png: string; aspect: number };
  footer: string;
  pageLabel: string;
}

/** Every string a page prints (for the font subsets). */
export const pageTexts = (p: PageContent) => [p.tourTitle, p.stepLabel, p.caption, p.seed, p.quote, p.qrCaption, p.footer, p.pageLabel];

type Rgb = [number, number, number];
const INK: Rgb = [31, 35, 40];
const MUTED: Rgb = [87, 96, 106];

/** Wrapped text from `y` (its first baseline below it); returns the y under its last line. */
function paragraph(doc: jsPDF, text: PdfText, s: string, x: number, y: number, width: number, size: number, colour: Rgb, maxLines = 40): number {
  doc.setFontSize(size);
  doc.setTextColor(...colour);
  const lead = size * PT_MM * 1.45;
  const lines = text.lines(s, width).slice(0, maxLines);
  lines.forEach((line, i) => text.draw(line, x, y + size * PT_MM + i * lead));
  return y + lines.length * lead + size * PT_MM * 0.45;
}

/** An image fitted inside a box, centred; returns the rectangle it took. */
function fitImage(doc: jsPDF, data: string, format: 'JPEG' | 'PNG', aspect: number, box: { x: number; y: number; w: number; h: number }) {
  const w = Math.min(box.w, box.h * aspect);
  const h = w / aspect;
  const x = box.x + (box.w - w) / 2;
  doc.addImage(data, format, x, box.y, w, h);
  return { x, y: box.y, w, h };
}

function qrBlock(doc: jsPDF, text: PdfText, link: string, caption: string): void {
  const y = MAP_BOX.y + MAP_BOX.h - QR_SIDE - 6;
  drawQr((x, ry, w, h, dark) => {
    const v = dark ? 0 : 255;
    doc.setFillColor(v, v, v);
    doc.rect(x, ry, w, h, 'F');
  }, qrRuns(link), COLUMN.x, y, QR_SIDE);
  paragraph(doc, text, caption, COLUMN.x, y + QR_SIDE + 0.5, COLUMN.w, 8, MUTED, 2);
}

export function drawPage(doc: jsPDF, text: PdfText, p: PageContent): void {
  paragraph(doc, text, p.tourTitle, PAGE.margin, 8, PAGE.width - 2 * PAGE.margin, 10, MUTED, 1);
  paragraph(doc, text, p.stepLabel, PAGE.margin, 15, PAGE.width - 2 * PAGE.margin, 17, INK, 1);
  const m = fitImage(doc, p.map.jpeg, 'JPEG', p.map.aspect, MAP_BOX);
  doc.setDrawColor(208, 203, 194);
  doc.setLineWidth(0.2);
  doc.rect(m.x, m.y, m.w, m.h);

  let y = paragraph(doc, text, p.caption, COLUMN.x, MAP_BOX.y, COLUMN.w, 12, INK, 14);
  y = paragraph(doc, text, p.seed, COLUMN.x, y + 3, COLUMN.w, 8, MUTED, 3);
  y = paragraph(doc, text, `「${p.quote}」`, COLUMN.x, y, COLUMN.w, 9, MUTED, 12);
  const qrTop = MAP_BOX.y + MAP_BOX.h - QR_SIDE - 6;
  if (p.chart && qrTop - y > 20) fitImage(doc, p.chart.png, 'PNG', p.chart.aspect, { x: COLUMN.x, y: y + 3, w: COLUMN.w, h: qrTop - y - 8 });
  qrBlock(doc, text, p.link, p.qrCaption);

  const footY = PAGE.height - 8;
  doc.setFontSize(7.5);
  doc.setTextColor(...MUTED);
  const labelWidth = text.width(p.pageLabel);
  // The credits wrap (at most two lines, the last on the footer's line) clear of the page number
  const credit = text.lines(p.footer, PAGE.width - 2 * PAGE.margin - labelWidth - 6).slice(0, 2);
  credit.forEach((line, i) => text.draw(line, PAGE.margin, footY - (credit.length - 1 - i) * 7.5 * PT_MM * 1.35));
  text.draw(p.pageLabel, PAGE.width - PAGE.margin - labelWidth, footY);
}
