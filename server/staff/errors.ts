import type { ErrorBody } from '../../shared/contract/envelope';
import { errorBody } from '../../shared/errors';

/**
 * The staff API's own refusals beyond those of the services (RuleError, ApplicationError): no valid session, or a
 * session whose role or scope does not allow the request. Same wire shape, plain Chinese.
 */
export type StaffErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

export class StaffError extends Error {
  constructor(
    readonly code: StaffErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StaffError';
  }

  toJSON(): ErrorBody<StaffErrorCode> {
    return errorBody(this.code, this.message, this.field);
  }
}

export const SIGNED_OUT = '请先登录，或登录已过期，请重新登录';

export function unauthenticated(message = SIGNED_OUT): StaffError {
  return new StaffError('UNAUTHENTICATED', message);
}

export function forbidden(message = '您的账号无权进行这项操作'): StaffError {
  return new StaffError('FORBIDDEN', message);
}

/** The HTTP status of each refusal code the staff API answers with. */
export const STATUS_OF_CODE: Record<string, number> = {
  INVALID_INPUT: 400,
  NOT_COVERED: 400,
  VERIFY_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NEEDS_VERIFICATION: 403,
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  CONFLICT: 409,
  DUPLICATE: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};
