import { RuleError } from '../../../shared/errors';
import { maskIdNumbersInText } from '../../../shared/idcard';
import { CellProblem } from './cells';

/** One refused row: the line a person finds in the file, the column, and why — in Chinese, ID numbers masked. */
export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

export function rowError(line: number, column: string | null, reason: string): RowError {
  return { line, column, message: maskIdNumbersInText(`第 ${line} 行：${column ? `${column}：` : ''}${reason}`) };
}

/** Reads one cell with its parser; a CellProblem becomes that row's error under the column's name. */
export function read<T>(errors: RowError[], line: number, column: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (e instanceof CellProblem) {
      errors.push(rowError(line, column, e.message));
      return undefined;
    }
    throw e;
  }
}

/**
 * A file with bad rows, imported without --allow-errors: nothing was written. The answer lists every bad row.
 */
export class ImportRefused extends RuleError {
  readonly errors: RowError[];

  constructor(what: string, errors: RowError[]) {
    super(
      'INVALID_INPUT',
      `${what}有 ${new Set(errors.map((e) => e.line)).size} 行有误，没有导入任何数据。请改正后重新导入；如只导入正确的行，加 --allow-errors。`,
    );
    this.name = 'ImportRefused';
    this.errors = errors;
  }

  override toJSON(): { ok: false; code: 'INVALID_INPUT' | 'NOT_COVERED'; message: string; field?: string } & { errors: RowError[] } {
    return { ...super.toJSON(), errors: this.errors };
  }
}

/** Why a store write failed, in words staff can act on. */
function storeProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return '磁盘空间已满';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return '数据库正被其他操作占用';
  return '数据库写入失败';
}

/**
 * An import that stopped part-way while writing (the disk filled up, the database went away, the ledger changed
 * under it): every chunk before the failing one is stored whole, the failing one not at all. Re-running the same
 * file resumes: what is stored is found again (roster entries by person, payments by their keyed ids) and is not
 * written twice.
 */
export class ImportInterrupted extends Error {
  readonly code = 'IMPORT_INTERRUPTED';

  constructor(
    what: string,
    /** Rows of the file whose writes are stored. */
    readonly written: number,
    /** Rows the import meant to write. */
    readonly total: number,
    /** The first row that is not stored. */
    readonly line: number,
    reason: string,
    /** What failed underneath, for whoever debugs it; never shown. */
    readonly cause?: unknown,
  ) {
    super(
      `${what}导入中断：${reason}。已写入 ${written} 行（共 ${total} 行），从第 ${line} 行起没有写入。问题解决后重新导入同一份文件即可继续，已写入的行不会重复。`,
    );
    this.name = 'ImportInterrupted';
  }

  /** A store failure: the reason is the kind of failure, never the database's own message. */
  static fromStore(what: string, written: number, total: number, line: number, cause: unknown): ImportInterrupted {
    return new ImportInterrupted(what, written, total, line, storeProblem(cause), cause);
  }

  toJSON(): { ok: false; code: 'IMPORT_INTERRUPTED'; message: string; written: number; total: number; line: number; resumable: true } {
    return { ok: false, code: this.code, message: this.message, written: this.written, total: this.total, line: this.line, resumable: true };
  }
}
