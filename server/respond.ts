import { RuleError } from '../shared/errors';
import { ApplicationError } from './applications/errors';

/** What every function answers (DESIGN.md, "Cloud functions and storage"); the H5 and weapp clients unwrap it. */
export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; code: string; message: string; field?: string };

export const INTERNAL_MESSAGE = '服务暂时不可用，请稍后再试';

/** An error the caller may read: refused input, uncovered rules, or an application's state. */
export function isExpected(e: unknown): e is RuleError | ApplicationError {
  return e instanceof RuleError || e instanceof ApplicationError;
}

/**
 * Runs one call and wraps its answer. Expected errors become their structured Chinese message; anything else is an
 * internal error whose details go to the log (its name and message only — no stack, no request body) and never to
 * the caller.
 */
export async function respond<T>(work: () => T | Promise<T>, log: (line: string) => void = defaultLog): Promise<Envelope<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (e) {
    if (isExpected(e)) return e.toJSON();
    log(`internal error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    return { ok: false, code: 'INTERNAL', message: INTERNAL_MESSAGE };
  }
}

function defaultLog(line: string): void {
  process.stderr.write(line + '\n');
}
