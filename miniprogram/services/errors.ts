/**
 * The one error pages handle, whether it came from the rules on the device (RuleError) or from a function over the
 * network ({ ok:false, code, message, field }). `message` is plain Chinese; `field` a dotted path of the input.
 */
export class ServiceError extends Error {
  readonly code: string;
  readonly field?: string;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.field = field;
  }
}

export function toServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { code?: unknown; message: unknown; field?: unknown };
    if (typeof e.code === 'string' && typeof e.message === 'string') {
      return new ServiceError(e.code, e.message, typeof e.field === 'string' ? e.field : undefined);
    }
  }
  return new ServiceError('NETWORK', '网络不稳定，请稍后再试');
}
