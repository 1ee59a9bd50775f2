import type { ErrorBody } from '../../shared/contract/envelope';
import { errorBody, type FieldDetail } from '../../shared/errors';

/**
 * Errors of the applications services beyond invalid input (which is shared/errors RuleError 'INVALID_INPUT').
 * Same wire shape as RuleError: { ok: false, code, message, field?, reason?, path? }, message in plain Chinese.
 * - NOT_FOUND: no such application, or not yours — one message for both, so guessing ids teaches nothing.
 * - INVALID_STATE: the action is not allowed in the application's current status.
 * - CONFLICT: the request contradicts what is stored (e.g. this account is already verified as someone else).
 * - RATE_LIMITED: too many attempts from this account (or from everyone) in a while; the message says when to retry.
 * - VERIFY_FAILED: a verification did not pass — one message whatever was wrong, so it teaches nothing.
 * - NEEDS_VERIFICATION: the action needs a verified binding to the person; the message says where to verify.
 */
export type ApplicationErrorCode = 'NOT_FOUND' | 'INVALID_STATE' | 'CONFLICT' | 'RATE_LIMITED' | 'VERIFY_FAILED' | 'NEEDS_VERIFICATION' | 'DUPLICATE';

export class ApplicationError extends Error {
  readonly code: ApplicationErrorCode;
  readonly field?: string;
  readonly reason?: string;
  readonly path?: (string | number)[];

  constructor(code: ApplicationErrorCode, message: string, field?: string, detail?: FieldDetail) {
    super(message);
    this.name = 'ApplicationError';
    this.code = code;
    this.field = field;
    if (detail) {
      this.reason = detail.reason;
      this.path = [...detail.path];
    }
  }

  toJSON(): ErrorBody<ApplicationErrorCode> {
    const detail = this.reason !== undefined && this.path !== undefined ? { reason: this.reason, path: this.path } : undefined;
    return errorBody(this.code, this.message, this.field, detail);
  }
}

export const NOT_FOUND_MESSAGE = '未找到该申请，或您无权查看';

export function notFound(): ApplicationError {
  return new ApplicationError('NOT_FOUND', NOT_FOUND_MESSAGE, 'id');
}
