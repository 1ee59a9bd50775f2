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
