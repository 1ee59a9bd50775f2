/**
 * The one error type the rules raise. `message` is plain Chinese for the person using the app;
 * `field` is the dotted path of the input it concerns, when there is one.
 */
export type RuleErrorCode = 'INVALID_INPUT' | 'NOT_COVERED';

export class RuleError extends Error {
  readonly code: RuleErrorCode;
  readonly field?: string;

  constructor(code: RuleErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'RuleError';
    this.code = code;
    this.field = field;
  }

  toJSON(): { ok: false; code: RuleErrorCode; message: string; field?: string } {
    return { ok: false, code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

/** "暂未收录": what is not encoded is refused, never guessed. */
export function notCovered(message: string, field?: string): RuleError {
  return new RuleError('NOT_COVERED', message, field);
}
