/**
 * The one error pages handle, whether it came from the rules on the device (RuleError) or from a function over the
 * network (shared/contract/envelope.ts ErrorBody). `message` is plain Chinese; `field` a dotted path of the input.
 * A refusal the schemas made names its field: `reason` is what to show beside that field's box (the message without
 * the field's name) and `path` the field as a list; a page shows `reason ?? message`.
 */
export class ServiceError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly reason?: string;
  readonly path?: (string | number)[];

  constructor(code: string, message: string, field?: string, detail?: { reason?: string; path?: (string | number)[] }) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.field = field;
    if (detail?.reason !== undefined) this.reason = detail.reason;
    if (detail?.path !== undefined) this.path = [...detail.path];
  }
}

/** The reason and path of an error body or RuleError, when it has well-formed ones. */
export function detailOf(e: { reason?: unknown; path?: unknown }): { reason?: string; path?: (string | number)[] } {
  const path = Array.isArray(e.path) && e.path.every((k) => typeof k === 'string' || typeof k === 'number') ? (e.path as (string | number)[]) : undefined;
  return { ...(typeof e.reason === 'string' ? { reason: e.reason } : {}), ...(path ? { path } : {}) };
}

/**
 * What the platform rejects with: wx.cloud errors carry `errCode` and `errMsg` (developers.weixin.qq.com, 云开发
 * 错误码); privacy refusals carry `errno` (小程序隐私协议开发指南); API failures (chooseMedia, request) only `errMsg`.
 */
interface PlatformFailure {
  errCode?: unknown;
  errno?: unknown;
  errMsg?: unknown;
  message?: unknown;
}

/**
 * One kind of failure: how to recognise it and what to tell the person. Codes other than NETWORK mean the call
 * certainly did not run; NETWORK (timeouts and lost connections among them) means it may have run, so a submission
 * keeps its request key and its retry finds the earlier answer (models/request-id keepRequestIdAfter).
 */
interface FailureKind {
  code: string;
  message: string;
  errCodes?: number[];
  errnos?: number[];
  text?: RegExp;
}

/** First match wins: a timeout or a missing function arrives wrapped in -404011 "function execution error". */
const KINDS: FailureKind[] = [
  {
    code: 'PRIVACY_DENIED',
    message: '您还没有同意《医保明白纸隐私保护指引》，这项功能用不了。请再点一次，在弹出的说明里点“同意”。',
    errnos: [104],
    text: /privacy permission is not authorized/i,
  },
  {
    code: 'PRIVACY_UNDECLARED',
    message: '这项功能的用途还没有写进《用户隐私保护指引》，暂时用不了。请联系我们，或到服务窗口办理。',
    errnos: [112],
    text: /not declared in the privacy agreement/i,
  },
  { code: 'CANCELLED', message: '已取消', text: /(^|:fail |\s)cancel(led)?\b/i },
  {
    code: 'PERMISSION_DENIED',
    message: '微信没有允许使用相机或相册。请点右上角“···”→“设置”，打开相机和相册，再试一次。',
    text: /auth den(y|ied)|authorize no response|permission denied|scope unauthorized/i,
  },
  {
    code: 'PAYLOAD_TOO_LARGE',
    message: '要发送的内容太大了（多半是照片太大），请换一张小一些的照片再试。',
    errCodes: [-403001],
    text: /exceed(s|ed)? max (payload )?size|EXCEED_MAX_PAYLOAD_SIZE|EXCEED_REQUEST_SIZE_LIMIT|entity too large|payload too large/i,
  },
  {
    code: 'NETWORK',
    message: '等了太久没有回应，请稍后再试。',
    errCodes: [-501002, -404005, -404010, -404012, -504003, -604102],
    text: /timed? ?out/i,
  },
  {
    code: 'SERVICE_NOT_FOUND',
    message: '服务没有接通（云端找不到这项服务），请稍后再试；一直这样请联系我们。',
    errCodes: [-501005],
    text: /env(ironment)? (not exists?|not found|invalid)|INVALID_ENV|FunctionName parameter could not be found|function not found|ResourceNotFound|please call init first/i,
  },
  {
    code: 'BUSY',
    message: '现在办理的人很多，请过一会儿再试。',
    errCodes: [-501003, -501004, -501015, -501016],
    text: /quota|LimitExceeded/i,
  },
  {
    code: 'NETWORK',
    message: '网络没有连上，请检查手机网络后再试。',
    errCodes: [-601003],
    text: /request:fail|network|net::|failed to fetch|ERR_INTERNET/i,
  },
  { code: 'NETWORK', message: '服务处理时出了错，请稍后再试。', errCodes: [-404011, -504002] },
];

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** The Chinese message of a platform failure, or the plain fallback when nothing recognisable is in it. */
export function platformError(error: unknown): ServiceError {
  const e: PlatformFailure = error && typeof error === 'object' ? (error as PlatformFailure) : {};
  const errCode = numberOf(e.errCode);
  const errno = numberOf(e.errno);
  const text = [e.errMsg, e.message, typeof error === 'string' ? error : undefined].filter((t) => typeof t === 'string').join(' ');
  for (const kind of KINDS) {
    const hit =
      (errno !== undefined && kind.errnos?.includes(errno)) ||
      (kind.text !== undefined && kind.text.test(text)) ||
      (errCode !== undefined && kind.errCodes?.includes(errCode));
    if (hit) return new ServiceError(kind.code, kind.message);
  }
  if (errCode !== undefined) return new ServiceError('NETWORK', `服务暂时出了问题（错误码 ${errCode}），请稍后再试。`);
  return new ServiceError('NETWORK', '网络不稳定，请稍后再试');
}

export function toServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { code?: unknown; message: unknown; field?: unknown; reason?: unknown; path?: unknown };
    if (typeof e.code === 'string' && typeof e.message === 'string') {
      return new ServiceError(e.code, e.message, typeof e.field === 'string' ? e.field : undefined, detailOf(e));
    }
  }
  return platformError(error);
}
