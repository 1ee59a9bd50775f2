import { loadFont } from './font';

type PdfDocumentClass = typeof import('pdfkit');
let pdfkit: PdfDocumentClass | undefined;
/**
 * pdfkit, loaded on the first PDF a process draws. With fontkit and brotli it is ~850 KB of the applications
 * function's bundle, and evaluating it at load made every cold start pay for it (53 → 244 ms measured), PDF or not.
 * `require`, not `import`: a bundler would take pdfkit's ES module build, whose import.meta.url a CommonJS cloud
 * function bundle leaves empty (its module-level `new URL(…, import.meta.url)` throws on load); the CommonJS build
 * finds its files from __filename.
 */
function pdfDocumentClass(): PdfDocumentClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, and the CommonJS build on purpose (above)
  return (pdfkit ??= require('pdfkit') as PdfDocumentClass);
}

/**
 * The little layout toolkit every document is drawn with: an A4 sheet in the CJK font, a title, paragraphs whose
 * filled blanks are underlined, a table row of bordered cells (003 附件1 is a table), and checkbox marks. Text is
 * text (selectable, extractable, printable), never an image of it.
 */
export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
export const BODY_SIZE = 11;
const CELL_PAD = 5;
/** ☑ and ☐ are not in WenQuanYi Micro Hei: a ticked box is a drawn square with ✓ in it, an empty one is □. */
const TICK = '✓';
const EMPTY = '□';

export interface Sheet {
  doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  /** The page's bytes once everything is drawn. */
  finish(): Promise<Buffer>;
}

export function openSheet(info: { title: string; subject: string }, env?: NodeJS.ProcessEnv): Sheet {
  const font = loadFont(env);
  const PDFDocument = pdfDocumentClass();
  const doc = new PDFDocument({
    // No standard font: pdfkit loads those with a runtime require that a bundled cloud function cannot resolve, and a
    // document set only in the CJK font needs none.
    font: '',
    size: 'A4',
    margins: MARGIN,
    info: { Title: info.title, Subject: info.subject, Creator: '医保明白纸', Producer: '医保明白纸' },
    lang: 'zh-CN',
    displayTitle: true,
    bufferPages: true,
  });
  doc.registerFont('cjk', font.bytes, font.face);
  doc.font('cjk').fontSize(BODY_SIZE);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    left: MARGIN.left,
    width: A4.width - MARGIN.left - MARGIN.right,
    finish() {
      doc.end();
      return ended;
    },
  };
}

export function title(sheet: Sheet, text: string, size = 18): void {
  sheet.doc.fontSize(size).text(text, sheet.left, sheet.doc.y, { width: sheet.width, align: 'center' });
  sheet.doc.moveDown(0.8).fontSize(BODY_SIZE);
}

/** A piece of a paragraph: the form's printed words, or a value written into one of its blanks (underlined). */
export interface Piece {
  text: string;
  filled?: boolean;
}

/** The form's words with its {placeholders} as pieces: the printed text stays the module's, never a second copy. */
export function pieces(template: string, values: Record<string, string>): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > at) out.push({ text: template.slice(at, m.index) });
    const value = values[m[1]];
    out.push(value ? { text: ` ${value} `, filled: true } : { text: '________', filled: false });
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push({ text: template.slice(at) });
  return out;
}

export function paragraph(sheet: Sheet, text: string | Piece[], opts: { indent?: number; size?: number; gap?: number } = {}): void {
  const { doc } = sheet;
  const parts = typeof text === 'string' ? [{ text }] : text;
  doc.fontSize(opts.size ?? BODY_SIZE);
  doc.x = sheet.left;
  // Only the first piece places the paragraph; the others continue its lines (options on them would restart it).
  parts.forEach((p, i) => {
    const more = { continued: i < parts.length - 1, underline: Boolean(p.filled) };
    if (i === 0) doc.text(p.text, sheet.left, doc.y, { ...more, width: sheet.width, indent: opts.indent ?? 0, lineGap: 4, align: 'left' });
    else doc.text(p.text, more);
  });
  doc.moveDown(opts.gap ?? 0.6);
}

/** One option of a row of checkboxes. */
export interface Box {
  label: string;
  checked: boolean;
}

/** What a table cell holds: words, a row of checkboxes, or paragraphs (the 温馨提示). */
export type CellContent = string | { boxes: Box[] } | { lines: string[] };

export interface Cell {
  width: number;
  content: CellContent;
  align?: 'left' | 'center';
  size?: number;
}

/** Draws boxes from (x, y) within `width`, wrapping; returns the height used. Measures only when `draw` is false. */
function drawBoxes(doc: PDFKit.PDFDocument, boxes: Box[], x: number, y: number, width: number, size: number, draw: boolean): number {
  const line = size + 6;
  let cx = x;
  let cy = y;
  for (const box of boxes) {
    const w = doc.widthOfString(EMPTY) + doc.widthOfString(box.label) + 8;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += line;
    }
    if (draw) {
      if (box.checked) {
        // The square where □ draws its own (its outline in the font: 0.086–0.516 em across, 0.16–0.59 em above the
        // baseline, the baseline 0.937 em below the line's top), and ✓ at 0.6 of the size inside it.
        doc.lineWidth(0.7).rect(cx + 0.086 * size, cy + 0.347 * size, 0.43 * size, 0.43 * size).stroke();
        doc.fontSize(size * 0.6).text(TICK, cx - 0.029 * size, cy + 0.276 * size, { lineBreak: false });
        doc.fontSize(size);
      } else {
        doc.text(EMPTY, cx, cy, { lineBreak: false });
      }
      doc.text(box.label, cx + doc.widthOfString(EMPTY) + 1, cy, { lineBreak: false });
    }
    cx += w;
  }
  return cy - y + line;
}

function contentHeight(doc: PDFKit.PDFDocument, cell: Cell): number {
  const inner = cell.width - 2 * CELL_PAD;
  const c = cell.content;
  doc.fontSize(cell.size ?? BODY_SIZE);
  if (typeof c === 'string') return c ? doc.heightOfString(c, { width: inner, lineGap: 3 }) : doc.currentLineHeight();
  if ('boxes' in c) return drawBoxes(doc, c.boxes, 0, 0, inner, cell.size ?? BODY_SIZE, false);
  return c.lines.reduce((h, l) => h + doc.heightOfString(l, { width: inner, lineGap: 2 }) + 2, 0);
}

/**
 * One row of bordered cells from the current y, all as tall as the tallest (at least minHeight); the text is
 * vertically centred as a printed form centres it. Returns nothing: the sheet's y is below the row.
 */
export function tableRow(sheet: Sheet, cells: Cell[], minHeight = 26, indent = 0): void {
  const { doc } = sheet;
  const y = doc.y;
  const height = Math.max(minHeight, ...cells.map((c) => contentHeight(doc, c) + 2 * CELL_PAD));
  let x = sheet.left + indent;
  for (const cell of cells) {
    const size = cell.size ?? BODY_SIZE;
    doc.lineWidth(0.8).rect(x, y, cell.width, height).stroke();
    doc.fontSize(size);
    const inner = cell.width - 2 * CELL_PAD;
    const used = contentHeight(doc, cell);
    const top = 'lines' in (typeof cell.content === 'string' ? {} : cell.content) ? y + CELL_PAD : y + (height - used) / 2;
    const c = cell.content;
    if (typeof c === 'string') {
      if (c) doc.text(c, x + CELL_PAD, top, { width: inner, align: cell.align ?? 'left', lineGap: 3 });
    } else if ('boxes' in c) {
      drawBoxes(doc, c.boxes, x + CELL_PAD, top, inner, size, true);
    } else {
      let ly = top;
      for (const l of c.lines) {
        doc.text(l, x + CELL_PAD, ly, { width: inner, lineGap: 2 });
        ly += doc.heightOfString(l, { width: inner, lineGap: 2 }) + 2;
      }
    }
    x += cell.width;
  }
  doc.fontSize(BODY_SIZE);
  doc.x = sheet.left;
  doc.y = y + height;
}

/** A label cell spanning rows already drawn to its right (附件1's 人员类别 spans its two rows). */
export function spanCell(sheet: Sheet, text: string, width: number, top: number): void {
  const { doc } = sheet;
  const height = doc.y - top;
  doc.lineWidth(0.8).rect(sheet.left, top, width, height).stroke();
  const inner = width - 2 * CELL_PAD;
  const used = doc.heightOfString(text, { width: inner });
  const y = doc.y;
  doc.text(text, sheet.left + CELL_PAD, top + (height - used) / 2, { width: inner, align: 'center' });
  doc.x = sheet.left;
  doc.y = y;
}

/**
 * The line at the foot of every page: the business number, when it was generated (China time) and what it is. Drawn
 * inside the bottom margin, so the margin is lifted while it is written (pdfkit would otherwise start a new page).
 */
export function footer(sheet: Sheet, text: string): void {
  const { doc } = sheet;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(8).fillColor('#555555');
    doc.text(text, sheet.left, A4.height - 40, { width: sheet.width, align: 'center', lineBreak: false });
    doc.fillColor('black').fontSize(BODY_SIZE);
    doc.page.margins.bottom = bottom;
  }
}
