import { Readable } from 'stream';
import { RuleError } from '../../../shared/errors';
import { IMPORT_LIMITS, tooManyColumns, tooManyRows, unreadableXlsx } from './limits';
import { isBlank, type Cell, type TableRow } from './table';
import { zipParts } from './zip';

/**
 * The rows of an XLSX: the first worksheet (in tab order) that has any cell. The parts are taken out under caps
 * (zip.ts), then read by exceljs's streaming reader, which holds one row at a time instead of the whole workbook
 * and lets reading stop at the row cap.
 */

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

const wanted = (name: string) => name === WORKBOOK || name === WORKBOOK_RELS || name === SHARED_STRINGS || name === STYLES || SHEET.test(name);

/**
 * The checked parts as the byte stream of a zip of stored (uncompressed) entries, in the order the streaming
 * reader needs: workbook and shared strings before the sheets (otherwise it parks sheets in temp files). A
 * workbook without shared strings or relationships gets empty ones for the same reason. The stream ends with the
 * end-of-directory record, where the reader stops; it never leaves this process, so no central directory or
 * checksums are written (the reader checks neither).
 */
function storedZip(parts: Map<string, Buffer>): Readable {
  const sheets = [...parts.keys()].filter((n) => SHEET.test(n)).sort((a, b) => Number(SHEET.exec(a)![1]) - Number(SHEET.exec(b)![1]));
  const content = (name: string, empty: string) => parts.get(name) ?? Buffer.from(empty);
  const entries: [string, Buffer][] = [
    [WORKBOOK_RELS, content(WORKBOOK_RELS, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')],
    [WORKBOOK, parts.get(WORKBOOK)!],
    [SHARED_STRINGS, content(SHARED_STRINGS, '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')],
    ...(parts.has(STYLES) ? [[STYLES, parts.get(STYLES)!] as [string, Buffer]] : []),
    ...sheets.map((n): [string, Buffer] => [n, parts.get(n)!]),
  ];
  function* chunks(): Generator<Buffer> {
    for (const [name, data] of entries) {
      const nameBytes = Buffer.from(name, 'utf8');
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(10, 4); // version needed: 1.0, stored
      header.writeUInt16LE(0x0800, 6); // UTF-8 name
      header.writeUInt32LE(data.length, 18); // compressed size = size
      header.writeUInt32LE(data.length, 22);
      header.writeUInt16LE(nameBytes.length, 26);
      yield header;
      yield nameBytes;
      // Slices, not copies: the reader buffers what it is given, 64 KB at a time keeps that small.
      for (let at = 0; at < data.length; at += 65536) yield data.subarray(at, at + 65536);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    yield end;
  }
  return Readable.from(chunks(), { objectMode: false });
}

type ExcelValue = Cell | undefined | { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; formula?: string; sharedFormula?: string };

/** One cell as a plain value: rich text joined, a formula's cached result, a hyperlink's text. */
function plain(v: ExcelValue): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plain(v.result as ExcelValue);
  if (typeof v.error === 'string') return v.error;
  if (typeof v.text === 'string') return v.text;
  return String(v);
}

interface StreamRow {
  number: number;
  eachCell(options: { includeEmpty: boolean }, fn: (cell: { value: unknown }, column: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  id: number | string;
}
interface StreamBook extends AsyncIterable<StreamSheet> {
  model?: { sheets?: { id: number }[] };
}

/** A sheet's non-blank rows, refused past the row cap (the header row is the one more allowed). */
async function sheetRows(sheet: StreamSheet): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of sheet) {
    if (!Number.isInteger(row.number) || row.number < 1) throw unreadableXlsx();
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > IMPORT_LIMITS.columns) throw tooManyColumns(row.number);
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = plain(cell.value as ExcelValue);
    });
    if (isBlank(cells)) continue;
    rows.push({ line: row.number, cells });
    if (rows.length > IMPORT_LIMITS.rows + 1) throw tooManyRows();
  }
  return rows;
}

export async function xlsxRows(bytes: Buffer): Promise<TableRow[]> {
  const parts = await zipParts(bytes, wanted);
  if (!parts.has(WORKBOOK)) throw unreadableXlsx();
  // Loaded here, not at the top: only an XLSX import needs exceljs, and it is large. Not `await import()`: the CLI
  // bundle keeps exceljs external, and Node's import() of this CommonJS package gives only its default export.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load of a CommonJS package, see above
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookReader(storedZip(parts), {
    sharedStrings: 'cache',
    styles: 'cache', // the number formats say which number cells are dates
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as StreamBook;
  let first: { position: number; rows: TableRow[] } | null = null;
  try {
    for await (const sheet of book) {
      // Sheets arrive in file order; the tab order is the workbook's list. An unlisted sheet goes last.
      const listed = (book.model?.sheets ?? []).findIndex((s) => s.id === sheet.id);
      const position = listed < 0 ? Number.MAX_SAFE_INTEGER : listed;
      if (first && first.position <= position) continue;
      const rows = await sheetRows(sheet);
      if (rows.length > 0) first = { position, rows };
    }
  } catch (e) {
    if (e instanceof RuleError) throw e;
    throw unreadableXlsx();
  }
  return first?.rows ?? [];
}
