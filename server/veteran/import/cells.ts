import { RuleError } from '../../../shared/errors';
import { cleanTypedText } from '../../../shared/schemas/common';
import { isIsoDate } from '../../../shared/dates';
import { idNumberProblem, normalizeIdNumber } from '../../../shared/idcard';
import { Money, fen } from '../../../shared/money';
import { ownValue } from '../../../shared/own';
import type { Cell, Table, TableRow } from './table';

/**
 * The columns of a staff list, and how one cell becomes a value or a Chinese reason. Headers are matched after
 * dropping spaces, a trailing "*" (a required-column mark many templates use) and the difference between full-
 * and half-width brackets; each column has a few names offices actually use.
 */
export interface ColumnSpec<Id extends string> {
  id: Id;
  /** The name the documentation gives. */
  header: string;
  aliases: string[];
  required: boolean;
  /** What goes in it, for the column table in the README. */
  content: string;
}

const normalizeHeader = (h: string) =>
  h
    .replace(/\s+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();

export interface MappedTable<Id extends string> {
  rows: TableRow[];
  index: Partial<Record<Id, number>>;
  /** Headers matching no column: reported, not read. */
  ignoredColumns: string[];
}

/** A missing required column, or one column given twice, stops the whole file: no row can be read right. */
export function mapColumns<Id extends string>(table: Table, specs: ColumnSpec<Id>[], what: string): MappedTable<Id> {
  const index: Partial<Record<Id, number>> = {};
  const ignoredColumns: string[] = [];
  table.headers.forEach((raw, i) => {
    if (raw === '') return;
    const h = normalizeHeader(raw);
    const spec = specs.find((s) => [s.header, ...s.aliases].some((name) => normalizeHeader(name) === h) || s.id.toLowerCase() === h);
    if (!spec) {
      ignoredColumns.push(raw);
      return;
    }
    if (index[spec.id] !== undefined) {
      throw new RuleError('INVALID_INPUT', `${what}第 ${table.headerLine} 行（列名）：“${spec.header}”列出现了两次，请只保留一列`);
    }
    index[spec.id] = i;
  });
  const missing = specs.filter((s) => s.required && index[s.id] === undefined).map((s) => `“${s.header}”`);
  if (missing.length > 0) {
    throw new RuleError(
      'INVALID_INPUT',
      `${what}第 ${table.headerLine} 行（列名）缺少必填的列：${missing.join('、')}。第一行应是列名，必填的列有：${specs
        .filter((s) => s.required)
        .map((s) => s.header)
        .join('、')}`,
    );
  }
  return { rows: table.rows, index, ignoredColumns };
}

export function cellOf<Id extends string>(t: MappedTable<Id>, row: TableRow, id: Id): Cell {
  const i = t.index[id];
  return i === undefined ? null : (row.cells[i] ?? null);
}

/** A cell's trimmed text; null when empty. */
export function textOf(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return isoOfDate(cell);
  const s = String(cell).trim();
  return s === '' ? null : s;
}

/** Thrown by a cell parser; the importer turns it into "第 N 行：<column>：<reason>". */
export class CellProblem extends Error {}

export function required(cell: Cell, max = 60): string {
  const s = textOf(cell);
  if (s === null) throw new CellProblem('不能为空');
  if (s.length > max) throw new CellProblem(`太长了（最多 ${max} 个字）`);
  return s;
}

/**
 * A person's name from a list, held to the rules of a name typed in the mini-program (shared/schemas/common.ts): no
 * invisible or control characters, trimmed, NFC — so the roster's 李复员 and the one a veteran types are one string.
 */
export function personNameCell(cell: Cell, max = 30): string {
  const cleaned = cleanTypedText(required(cell, max * 2), { max, name: true });
  if ('problem' in cleaned) throw new CellProblem(cleaned.problem);
  return cleaned.value;
}

export function optionalText(cell: Cell, max = 60): string | null {
  const s = textOf(cell);
  if (s !== null && s.length > max) throw new CellProblem(`太长了（最多 ${max} 个字）`);
  return s;
}

/**
 * An 18-digit ID number kept as text. A number cell has already lost digits: Excel keeps 15 significant digits,
 * so the check digit cannot be trusted and the row is refused with how to fix the sheet.
 */
export function idNumberOf(cell: Cell): string {
  if (typeof cell === 'number') {
    throw new CellProblem('该单元格是数字格式，Excel 只保留 15 位有效数字，身份证号的后几位已经丢失；请把这一列设为“文本”格式后重新填写');
  }
  const s = textOf(cell);
  if (s === null) throw new CellProblem('不能为空');
  const problem = idNumberProblem(s);
  if (problem) throw new CellProblem(problem.replace(/^身份证号/, ''));
  return normalizeIdNumber(s);
}

/** Yuan with at most two decimals, greater than 0. A number cell is read at Excel's own 15 significant digits. */
export function amountOf(cell: Cell): string {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) throw new CellProblem('不能为空');
  const text = typeof cell === 'number' ? cell.toPrecision(15) : String(cell).trim().replace(/,/g, '').replace(/元$/, '');
  if (!/^\d+(\.\d+)?$/.test(text)) throw new CellProblem(`“${String(cell)}”不是金额，请填写数字（元），例如 800 或 1234.50`);
  const value = new Money(text);
  if (!value.equals(value.toDecimalPlaces(2))) throw new CellProblem(`“${String(cell)}”的小数超过两位（到分为止）`);
  if (value.isZero()) throw new CellProblem('金额须大于 0');
  if (value.greaterThanOrEqualTo(1e9)) throw new CellProblem('金额过大，请核对');
  return fen(value);
}

function isoOfDate(d: Date): string {
  // A date cell holds the calendar day at UTC midnight (no time zone in a spreadsheet).
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * A calendar date: a date cell, an Excel day number (a date column left in "常规" format), or text as 2026-03-15,
 * 2026/3/15, 2026.3.15 or 2026年3月15日.
 */
export function dateOf(cell: Cell): string {
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell > 20000 && cell < 80000) return isoOfDate(new Date(Date.UTC(1899, 11, 30) + cell * 86400000));
    throw new CellProblem(`“${cell}”不是日期，请写成 2026-03-15`);
  }
  const s = textOf(cell);
  if (s === null) throw new CellProblem('不能为空');
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s;
  if (!isIsoDate(iso)) throw new CellProblem(`“${s}”不是真实存在的日期，请写成 2026-03-15`);
  return iso;
}

/** A year such as 2026 (also "2026年"). */
export function yearOf(cell: Cell, latest: number): number {
  const s = textOf(cell);
  if (s === null) throw new CellProblem('不能为空');
  const m = /^(\d{4})(\.0+)?\s*年?(度)?$/.exec(s);
  const y = m ? Number(m[1]) : NaN;
  if (!(y >= 2000 && y <= latest)) throw new CellProblem(`“${s}”不是有效的年度（2000 年至 ${latest} 年），例如 2026`);
  return y;
}

/**
 * One of a few spellings of each value; `what` lists the accepted ones in the message. Only the table's own
 * spellings count: a cell saying `constructor` or `toString` is not a category.
 */
export function choiceOf<T extends string>(cell: Cell, choices: Record<string, T>, what: string): T | null {
  const s = textOf(cell);
  if (s === null) return null;
  const key = s.replace(/\s+/g, '').replace(/[“”"]/g, '');
  const hit = ownValue(choices, key) ?? ownValue(choices, key.toLowerCase());
  if (hit === undefined) throw new CellProblem(`“${s}”不是可用的取值（可填：${what}）`);
  return hit;
}
