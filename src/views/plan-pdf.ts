import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LRUCache } from 'lru-cache';
import PDFDocument from 'pdfkit';
import type { PlanDocument } from '../domain/plan.js';
import { messages } from '../i18n/index.js';
import { type PlanBlock, planBlocks, type Span } from './plan-layout.js';

// The plan as a PDF, from the same blocks as the Markdown file. PDF's standard fonts know only
// Latin-1 in practice and nothing of the arrows and bars the plan uses, so DejaVu Sans is embedded
// (subset): ä, ö, å and the rest print in every reader.

const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const FONT_FILES = { Regular: 'DejaVuSans.ttf', Bold: 'DejaVuSans-Bold.ttf' } as const;
type FontName = keyof typeof FONT_FILES;

/** A laid-out run of text (fontkit's GlyphRun): what the cache below needs to know of it. */
interface GlyphRun {
  positions: object[];
}

/** Parsed fonts (fontkit) as pdfkit reads them: what it needs here is their layout. */
interface ParsedFont {
  layout(text: string, features?: unknown): GlyphRun;
}

/**
 * How many laid-out words each font keeps between documents. A plan repeats most of its words
 * from one version to the next, and setting up the layout of a word costs more than the word.
 */
const LAYOUTS_KEPT = 5_000;

/**
 * OpenType shaping a plan can do without (kerning, ligatures, marks): DejaVu's tables for them are
 * large, and reading them made the first PDF in a process take several seconds of CPU.
 */
const NO_SHAPING = Object.fromEntries(
  ['kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'ccmp', 'locl', 'mark', 'mkmk', 'curs'].map((f) => [
    f,
    false,
  ]),
);

/**
 * The parsed fonts, kept between documents: parsing DejaVu and laying out its glyphs is most of the
 * time a PDF takes. pdfkit accepts a parsed font where it takes a file, and keeps the subset it
 * embeds per document.
 */
const parsed: Partial<Record<FontName, ParsedFont>> = {};

function parsedFont(name: FontName): ParsedFont {
  let font = parsed[name];
  if (!font) {
    // pdfkit parses the file (with fontkit) when a document first uses it; this one only parses.
    const scratch = new PDFDocument({ autoFirstPage: false });
    scratch.registerFont(name, readFileSync(join(FONT_DIR, FONT_FILES[name])));
    scratch.font(name);
    const original = (scratch as unknown as { _font: { font: ParsedFont } })._font.font;
    const plain: ParsedFont = Object.create(original);
    const laidOut = new LRUCache<string, GlyphRun>({ max: LAYOUTS_KEPT });
    plain.layout = (text, features) => {
      if (features) return original.layout(text, features);
      let run = laidOut.get(text);
      if (!run) {
        run = original.layout(text, NO_SHAPING);
        laidOut.set(text, run);
      }
      // pdfkit scales the positions it is given in place: each document gets its own copies, and
      // the rest of the run (its glyphs, its advance width read off the positions) as it was.
      const copy: GlyphRun = Object.create(run);
      copy.positions = run.positions.map((p) => ({ ...p }));
      return copy;
    };
    parsed[name] = font = plain;
  }
  return font;
}

function registerFonts(doc: Doc) {
  // The family repeats the name: pdfkit's tables switch back to the font they found by its source
  // and family, and only a family it knows finds the font already open instead of embedding and
  // comparing it anew for every cell.
  for (const name of Object.keys(FONT_FILES) as FontName[])
    doc.registerFont(name, parsedFont(name) as unknown as Buffer, name);
}

/** The letters, digits and marks a plan is mostly made of, to lay out once ahead of the first plan. */
const SAMPLE =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ abcdefghijklmnopqrstuvwxyzåäö 0123456789 .,:;–—·•…%€()/&@#\'"?!▁▂▃▄▅▆▇█';

/**
 * Parses and lays out the fonts once, so the first plan does not pay for it. It takes a second or
 * more of CPU on a small machine, during which the process answers nothing; the entry point runs it
 * right after start-up.
 */
export function preparePlanFonts(): void {
  const doc = new PDFDocument();
  registerFonts(doc);
  for (const name of Object.keys(FONT_FILES) as FontName[]) doc.font(name).fontSize(BODY).text(SAMPLE);
  // Ending the document embeds the subsets, which reads each glyph's outline once.
  doc.on('data', () => {});
  doc.end();
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
    doc.text(s.text, {
      ...options,
      continued: !last,
      ...(s.href ? { link: s.href, underline: true } : { underline: false }),
    });
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

/**
 * Columns as wide as their text needs: each gets room for its longest word (bold in the header),
 * and what is left goes to the columns whose text would otherwise wrap most.
 */
function columnWidths(doc: Doc, b: Extract<PlanBlock, { kind: 'table' }>, width: number): number[] {
  const pad = 8;
  const measure = (text: string, font: 'Regular' | 'Bold') => doc.font(font).widthOfString(text) + pad;
  const columns = b.header.map((h, i) => {
    const cells = b.rows.map((row) => row[i] || '–');
    const words = [
      ...h.split(/\s+/).map((w) => measure(w, 'Bold')),
      ...cells.flatMap((c) => c.split(/\s+/).map((w) => measure(w, 'Regular'))),
    ];
    const min = Math.max(...words);
    const preferred = Math.max(min, measure(h, 'Bold'), ...cells.map((c) => measure(c, 'Regular')));
    return { min, preferred };
  });
  doc.font('Regular');
  const mins = columns.reduce((a, c) => a + c.min, 0);
  if (mins >= width) return columns.map((c) => (c.min / mins) * width);
  const extra = columns.reduce((a, c) => a + (c.preferred - c.min), 0);
  const left = width - mins;
  if (extra <= left) return columns.map((c) => c.preferred + (left - extra) / columns.length);
  return columns.map((c) => c.min + ((c.preferred - c.min) / extra) * left);
}

function table(doc: Doc, b: Extract<PlanBlock, { kind: 'table' }>) {
  doc.font('Regular').fontSize(TABLE);
  const widths = columnWidths(doc, b, doc.page.width - 2 * MARGIN);
  // The typings lag behind pdfkit's table options: a cell's font is documented but not typed.
  const options = {
    data: [b.header, ...b.rows.map((row) => row.map((c) => c || '–'))],
    columnStyles: widths.map((width) => ({ width })),
    defaultStyle: { padding: 3, border: 0.5, borderColor: LINE },
    rowStyles: (i: number) =>
      i === 0
        ? { backgroundColor: '#eeeeee', font: { src: 'Bold', size: TABLE } }
        : { font: { src: 'Regular', size: TABLE } },
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
  registerFonts(doc);
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
