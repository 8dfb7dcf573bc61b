import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { PlanDocument } from '../domain/plan.js';
import { messages } from '../i18n/index.js';
import { type PlanBlock, planBlocks, type Span } from './plan-layout.js';

// The plan as a PDF, from the same blocks as the Markdown file. PDF's standard fonts know only
// Latin-1 in practice and nothing of the arrows and bars the plan uses, so DejaVu Sans is embedded
// (subset): ä, ö, å and the rest print in every reader.

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

const MARGIN = 56;
const BODY = 10;
const TABLE = 8;
const GREY = '#555555';
const LINE = '#bbbbbb';
/** Room a heading needs below it; less than this left on the page and it starts the next one. */
const KEEP_WITH_NEXT = 90;

type Doc = PDFKit.PDFDocument;

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function spans(doc: Doc, parts: Span[], options: PDFKit.Mixins.TextOptions = {}) {
  parts.forEach((s, i) => {
    doc.font(s.bold ? 'Bold' : 'Regular');
    const last = i === parts.length - 1;
    if (s.href) doc.fillColor('#1a4f9c');
    doc.text(s.text, { ...options, continued: !last, ...(s.href ? { link: s.href, underline: true } : { underline: false }) });
    if (s.href) doc.fillColor('black');
  });
}

function heading(doc: Doc, text: string, size: number, before: number) {
  if (doc.y + KEEP_WITH_NEXT > bottom(doc)) doc.addPage();
  else doc.moveDown(before);
  doc.font('Bold').fontSize(size).fillColor('black').text(text);
  doc.moveDown(0.3);
  doc.fontSize(BODY);
}

function table(doc: Doc, b: Extract<PlanBlock, { kind: 'table' }>) {
  doc.fontSize(TABLE);
  // The typings lag behind pdfkit's table options: a cell's font is documented but not typed.
  const options = {
    data: [b.header, ...b.rows.map((row) => row.map((c) => c || '–'))],
    defaultStyle: { padding: 3, border: 0.5, borderColor: LINE, font: { src: 'Regular', size: TABLE } },
    rowStyles: (i: number) => (i === 0 ? { backgroundColor: '#eeeeee', font: { src: 'Bold', size: TABLE } } : {}),
  };
  doc.table(options as unknown as Parameters<Doc['table']>[0]);
  doc.x = MARGIN;
  doc.fontSize(BODY).font('Regular');
  doc.moveDown(0.6);
}

function draw(doc: Doc, b: PlanBlock) {
  const width = doc.page.width - 2 * MARGIN;
  switch (b.kind) {
    case 'title':
      doc.font('Bold').fontSize(20).text(b.text, { width });
      doc.moveDown(0.4).fontSize(BODY);
      return;
    case 'heading':
      return b.level === 2 ? heading(doc, b.text, 15, 1) : heading(doc, b.text, 12, 0.6);
    case 'paragraph':
      doc.fontSize(BODY);
      spans(doc, b.spans, { width });
      doc.moveDown(0.5);
      return;
    case 'list':
      doc.fontSize(BODY);
      for (const item of b.items) {
        const y = doc.y;
        doc.font('Regular').text('•', MARGIN + 4, y, { lineBreak: false });
        doc.x = MARGIN + 16;
        doc.y = y;
        spans(doc, item, { width: width - 16 });
        doc.moveDown(0.15);
      }
      doc.x = MARGIN;
      doc.moveDown(0.4);
      return;
    case 'quote': {
      doc.font('Regular').fontSize(BODY).fillColor(GREY);
      const top = doc.y;
      const startPage = doc.bufferedPageRange().count;
      doc.text(b.lines.join('\n'), MARGIN + 14, top, { width: width - 14 });
      // A quote that moved on to another page gets no bar: its top is on the page before.
      if (doc.bufferedPageRange().count === startPage)
        doc
          .moveTo(MARGIN + 4, top)
          .lineTo(MARGIN + 4, doc.y)
          .lineWidth(2)
          .strokeColor(LINE)
          .stroke();
      doc.fillColor('black');
      doc.x = MARGIN;
      doc.moveDown(0.5);
      return;
    }
    case 'table':
      return table(doc, b);
  }
}

/**
 * The plan as PDF bytes. `createdAt` is the document's creation date (the plan's clock, not the
 * machine's), so the same plan at the same moment gives the same bytes.
 */
export function planPdf(plan: PlanDocument, createdAt: Date): Promise<Buffer> {
  const m = messages(plan.language);
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: plan.language,
    displayTitle: true,
    info: {
      Title: m.plan.title(plan.strategy.name),
      Creator: 'smstrategy',
      Producer: 'smstrategy',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  doc.registerFont('Regular', regular);
  doc.registerFont('Bold', bold);
  doc.font('Regular').fontSize(BODY);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const b of planBlocks(plan)) draw(doc, b);
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin, where text would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Regular')
      .fontSize(8)
      .fillColor(GREY)
      .text(m.plan.page(i - start + 1, count), MARGIN, doc.page.height - MARGIN / 2 - 8, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
