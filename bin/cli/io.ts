import { readFileSync } from 'fs';
import { RuleError } from '../../shared/errors';
import { ApplicationError } from '../../server/applications/errors';
import { ImportInterrupted } from '../../server/veteran/import/report';
import { StaffError } from '../../server/staff/errors';

/** Reads the JSON named on the command line, or standard input for "-". */
export function readJsonArg(arg: string | undefined): unknown {
  if (!arg) throw new RuleError('INVALID_INPUT', '请指定输入文件，或用 - 表示从标准输入读取');
  let text: string;
  try {
    text = arg === '-' ? readFileSync(0, 'utf8') : readFileSync(arg, 'utf8');
  } catch {
    throw new RuleError('INVALID_INPUT', `无法读取输入文件：${arg}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new RuleError('INVALID_INPUT', '输入不是有效的 JSON');
  }
}

export type ErrorAnswer = { ok: false; code: string; message: string; field?: string; index?: number };

export function errorAnswer(e: unknown, index?: number): ErrorAnswer {
  if (e instanceof RuleError || e instanceof ApplicationError || e instanceof ImportInterrupted || e instanceof StaffError) return { ...e.toJSON(), ...(index === undefined ? {} : { index }) };
  return { ok: false, code: 'INTERNAL', message: '计算出错，请检查输入', ...(index === undefined ? {} : { index }) };
}

/**
 * Runs a rules function over one case or an array of cases. An array answers an array in the same order, with
 * a structured error in place of each case that fails; the exit status is 2 when any case failed.
 */
export function runCases<T>(input: unknown, fn: (c: unknown) => T): { output: unknown; failed: boolean } {
  if (Array.isArray(input)) {
    let failed = false;
    const output = input.map((c, i) => {
      try {
        return fn(c);
      } catch (e) {
        failed = true;
        return errorAnswer(e, i);
      }
    });
    return { output, failed };
  }
  try {
    return { output: fn(input), failed: false };
  } catch (e) {
    return { output: errorAnswer(e), failed: true };
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
