import { promises as fs } from 'fs';
import path from 'path';
import { RuleError } from '../../../shared/errors';
import { IMPORT_LIMITS, fileTooLarge, tooManyColumns, tooManyRows } from './limits';
import { xlsxRows } from './xlsx';

/**
 * A staff list as rows of cells, from CSV or XLSX. `line` is what the person sees: the file's line number in a CSV
 * (where a quoted cell spanning lines starts), the sheet's row number in an XLSX — so "第 7 行" points at row 7 in
 * a spreadsheet program either way.
 */
export type Cell = string | number | boolean | Date | null;

export interface TableRow {
  line: number;
  cells: Cell[];
}

export interface Table {
  format: 'csv' | 'xlsx';
  headerLine: number;
  headers: string[];
  rows: TableRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Buffer, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/**
 * Reads a CSV or XLSX file; the content decides (an XLSX is a zip), the extension only names what was expected.
 * The size is checked before the file is read, and the rows are counted while it is parsed (limits.ts).
 */
export async function readTable(file: string): Promise<Table> {
  let bytes: Buffer;
  try {
    const size = (await fs.stat(file)).size;
    if (size > IMPORT_LIMITS.fileBytes) throw fileTooLarge(size);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof RuleError) throw e;
    throw new RuleError('INVALID_INPUT', `无法读取文件：${path.basename(file)}`);
  }
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw fileTooLarge(bytes.length); // grew between stat and read
  return tableOfBytes(bytes);
}

/** A file's bytes as a table (the CLI reads them from disk, the console receives them): the same readers and caps. */
export async function tableOfBytes(bytes: Buffer): Promise<Table> {
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw fileTooLarge(bytes.length);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new RuleError('INVALID_INPUT', '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 CSV（UTF-8）后再导入');
  }
  const xlsx = startsWith(bytes, ZIP_MAGIC);
  const rows = xlsx ? await xlsxRows(bytes) : csvRows(decodeText(bytes));
  return { format: xlsx ? 'xlsx' : 'csv', ...withHeader(rows) };
}

export function isBlank(cells: Cell[]): boolean {
  return cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

/** The first row names the columns (both readers leave blank rows out). */
function withHeader(rows: TableRow[]): Omit<Table, 'format'> {
  if (rows.length === 0) throw new RuleError('INVALID_INPUT', '文件是空的：第一行应是列名，从第二行起每行一条记录');
  const [header, ...data] = rows;
  return { headerLine: header.line, headers: header.cells.map((c) => (c === null ? '' : String(c).trim())), rows: data };
}

/**
 * UTF-8 (with or without BOM) first; a file that is not valid UTF-8 is read as GB18030 — what Excel on a Chinese
 * Windows writes when it saves "CSV (逗号分隔)".
 */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * RFC 4180 CSV: cells in double quotes may hold commas, quotes ("") and line breaks. The separator is a comma, or a
 * tab when the first line has tabs and no commas (a sheet copied out as text). Blank rows are left out; past the
 * row or column cap the file is refused.
 */
export function csvRows(text: string): TableRow[] {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const sep = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const rows: TableRow[] = [];
  let cells: Cell[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    if (cells.length > IMPORT_LIMITS.columns) throw tooManyColumns(rowLine);
  };
  // Blank lines are dropped here, not kept for later: a file of line breaks must not become millions of rows.
  const endRow = () => {
    endCell();
    if (!isBlank(cells)) {
      rows.push({ line: rowLine, cells });
      if (rows.length > IMPORT_LIMITS.rows + 1) throw tooManyRows();
    }
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === sep) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  if (quoted) throw new RuleError('INVALID_INPUT', `第 ${rowLine} 行：双引号没有配对，文件格式不正确`);
  return rows;
}
