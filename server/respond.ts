import type { Envelope, ErrorBody } from '../shared/contract/envelope';
import { RuleError } from '../shared/errors';
import { maskPersonalNumbers } from '../shared/mask';
import { ApplicationError } from './applications/errors';

/** What every function answers: the wire type is shared/contract/envelope.ts, which the mini-program reads too. */
export type { Envelope, ErrorBody };

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
    if (isExpected(e)) return outward(e.toJSON());
    log(`internal error: ${bounded(e instanceof Error ? `${e.name}: ${e.message}` : String(e))}`);
    return { ok: false, code: 'INTERNAL', message: INTERNAL_MESSAGE };
  }
}

/** Longest message an error answers with; the longest written one (an enum's list of choices) is under 200. */
const MAX_MESSAGE = 300;
const LONG_TOKEN = /[\x21-\x7e]{65,}/g;

/**
 * A message may quote the request back (an unknown field's name, a region id): a quoted ID number or mobile number
 * is masked like everywhere else, a long quoted run is shortened, and the whole stays a screen's worth — a 100 KB
 * field name must not come back as a 100 KB error.
 */
function bounded(text: string): string {
  const shown = maskPersonalNumbers(text).replace(LONG_TOKEN, (run) => `${run.slice(0, 32)}…`);
  return shown.length > MAX_MESSAGE ? `${shown.slice(0, MAX_MESSAGE)}…` : shown;
}

/** Every text of an error that may quote the request is bounded: message, field, reason, and each key of the path. */
function outward<E extends ErrorBody>(error: E): E {
  return {
    ...error,
    message: bounded(error.message),
    ...(error.field !== undefined ? { field: bounded(error.field) } : {}),
    ...(error.reason !== undefined ? { reason: bounded(error.reason) } : {}),
    ...(error.path !== undefined ? { path: error.path.map((key) => (typeof key === 'string' ? bounded(key) : key)) } : {}),
  };
}

function defaultLog(line: string): void {
  process.stderr.write(line + '\n');
}
