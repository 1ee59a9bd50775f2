import type { ErrorBody } from './contract/envelope';

/**
 * The one error type the rules raise. `message` is plain Chinese for the person using the app;
 * `field` is the dotted path of the input it concerns, when there is one. A refusal made by the describer
 * (shared/schemas/describe.ts) also keeps its parts: `reason` is the message without the field's name, `path` the
 * field's path as a list, so a page shows the reason beside the box without cutting the message apart.
 */
export type RuleErrorCode = 'INVALID_INPUT' | 'NOT_COVERED';

/** A field's place in the input: object keys and array indexes, as zod reports them. */
export type FieldPath = readonly (string | number)[];

/** The parts of a refusal that names a field: what is wrong (without the name) and where. */
export interface FieldDetail {
  reason: string;
  path: (string | number)[];
}

/** The wire form of an error with an optional field and detail (RuleError, ApplicationError). */
export function errorBody<C extends string>(code: C, message: string, field?: string, detail?: FieldDetail): ErrorBody<C> {
  return { ok: false, code, message, ...(field ? { field } : {}), ...(detail ? { reason: detail.reason, path: [...detail.path] } : {}) };
}

export class RuleError extends Error {
  readonly code: RuleErrorCode;
  readonly field?: string;
  readonly reason?: string;
  readonly path?: (string | number)[];

  constructor(code: RuleErrorCode, message: string, field?: string, detail?: FieldDetail) {
    super(message);
    this.name = 'RuleError';
    this.code = code;
    this.field = field;
    if (detail) {
      this.reason = detail.reason;
      this.path = [...detail.path];
    }
  }

  toJSON(): ErrorBody<RuleErrorCode> {
    return errorBody(this.code, this.message, this.field, this.detail());
  }

  private detail(): FieldDetail | undefined {
    return this.reason !== undefined && this.path !== undefined ? { reason: this.reason, path: this.path } : undefined;
  }
}

/**
 * A refusal written by hand that names a field: "修复年数：…" with the reason and path kept apart, like the
 * describer's.
 */
export function invalidField(label: string, reason: string, path: FieldPath): RuleError {
  return new RuleError('INVALID_INPUT', `${label}：${reason}`, path.join('.') || undefined, { reason, path: [...path] });
}

/** "暂未收录": what is not encoded is refused, never guessed. */
export function notCovered(message: string, field?: string): RuleError {
  return new RuleError('NOT_COVERED', message, field);
}
