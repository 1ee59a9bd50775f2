import type { AppContext } from '../applications/context';
import { cloudbaseApp, cloudbaseConfigFromEnv, CURRENT_ENV, openCloudbaseStore, type CloudbaseConfig } from '../store/cloudbase';
import { cloudbaseFileStorage } from '../store/files';
import { createIdCipher } from '../crypto/id-cipher';
import { openIdKey } from '../crypto/key-check';
import { SECURITY_HEADERS } from '../gateway/security-headers';
import { handleStaffHttp, STAFF_API_PREFIX, type StaffHttpContext, type StaffHttpRequest, type StaffHttpResponse } from './http';
import { sizeText, staffBodyLimit } from './body-limits';
import type { StaffRoute } from './route';

/**
 * The `staff` cloud function behind CloudBase's HTTP access service (HTTP 访问服务, path /staff/api bound to it). What
 * this relies on, from "使用 HTTP 访问云函数" (https://docs.cloudbase.net/service/access-cloud-function and
 * https://cloud.tencent.com/document/product/876/41776):
 * - the request arrives as the 集成请求 `{path, httpMethod, headers, multiValueHeaders, queryStringParameters,
 *   requestContext, body, isBase64Encoded}`, the body a string, Base64 when `isBase64Encoded` is true (binary bodies);
 * - returning the 集成响应 `{statusCode, headers, body, isBase64Encoded}` sets the status, the headers and the body,
 *   a Base64 body with `isBase64Encoded: true` being sent as its bytes (a material image).
 * Where the service leaves a detail open, the adapter is strict: a `path` without the /staff/api prefix (a binding
 * that passes the path below its own) gets it back; a client address comes from the right-most X-Forwarded-For entry
 * (the one the service's proxy adds), else X-Real-IP.
 */
export interface HttpAccessEvent {
  path?: unknown;
  httpMethod?: unknown;
  headers?: unknown;
  queryStringParameters?: unknown;
  body?: unknown;
  isBase64Encoded?: unknown;
}

export interface IntegrationResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

const stringRecord = (v: unknown): Record<string, string> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) if (typeof value === 'string') out[k] = value;
  return out;
};

function lowerKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
}

function clientAddress(headers: Record<string, string>): string {
  const forwarded = (headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded[forwarded.length - 1] ?? headers['x-real-ip'] ?? '';
}

/** An object body back to its JSON text; null when it has none (a cycle, or nesting too deep to write out). */
function jsonOf(body: object): string | null {
  try {
    return JSON.stringify(body);
  } catch {
    return null;
  }
}

/** The 集成请求 as the router's request, or the integration answer refusing it when it cannot be one. */
export function requestOfEvent(event: unknown): StaffHttpRequest | StaffHttpResponse {
  const e = (typeof event === 'object' && event !== null ? event : {}) as HttpAccessEvent;
  const refuse = (status: number, message: string): StaffHttpResponse => ({
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: Buffer.from(JSON.stringify({ ok: false, code: 'INVALID_INPUT', message })),
  });
  if (typeof e.path !== 'string' || typeof e.httpMethod !== 'string') return refuse(400, '请求的地址无效');
  // The documents say a string; a body already parsed into an object is taken back to its JSON rather than dropped.
  const raw = typeof e.body === 'string' ? e.body : typeof e.body === 'object' && e.body !== null ? jsonOf(e.body) : '';
  if (raw === null) return refuse(400, '请求不是有效的 JSON');
  const base64 = e.isBase64Encoded === true || e.isBase64Encoded === 'true';
  // Checked before decoding: a Base64 body is 4/3 of its bytes.
  const limit = staffBodyLimit(e.httpMethod, e.path.startsWith(STAFF_API_PREFIX) ? e.path : `${STAFF_API_PREFIX}${e.path.startsWith('/') ? '' : '/'}${e.path}`);
  if (raw.length > (base64 ? Math.ceil(limit / 3) * 4 + 4 : limit * 4)) return refuse(413, `提交的内容太大（上限 ${sizeText(limit)}）`);
  const body = raw === '' ? null : base64 ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  const headers = lowerKeys(stringRecord(e.headers));
  let path = e.path.split('?')[0];
  if (!path.startsWith(`${STAFF_API_PREFIX}/`)) path = `${STAFF_API_PREFIX}${path.startsWith('/') ? '' : '/'}${path}`;
  return { method: e.httpMethod.toUpperCase(), path, query: stringRecord(e.queryStringParameters), headers, body, clientAddress: clientAddress(headers) };
}

/** The router's answer as the 集成响应: JSON as text, anything else (an image, a file) as Base64. */
export function integrationOf(res: StaffHttpResponse): IntegrationResponse {
  const text = (res.headers['content-type'] ?? '').startsWith('application/json');
  return { statusCode: res.status, headers: res.headers, body: res.body.toString(text ? 'utf8' : 'base64'), isBase64Encoded: !text };
}

export interface StaffMainOptions {
  open: () => Promise<StaffHttpContext>;
  /** The WeChat caller of a callFunction, if any: the staff function answers HTTP access only. */
  callerOpenid?: () => string | undefined;
}

/** The function's `main`: every event to one integration answer; nothing it is sent throws. */
export function staffHttpMain(options: StaffMainOptions): (event: unknown) => Promise<IntegrationResponse> {
  return async (event) => {
    const request = requestOfEvent(event);
    if (!('method' in request)) return integrationOf(request);
    let openid: string | undefined;
    try {
      openid = options.callerOpenid?.();
    } catch {
      openid = undefined;
    }
    if (openid) {
      // A mini-program's callFunction carries an openid; the console's requests come over HTTP and carry none.
      return integrationOf({
        status: 403,
        headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        body: Buffer.from(JSON.stringify({ ok: false, code: 'FORBIDDEN', message: '工作台接口只能在浏览器中使用' })),
      });
    }
    let ctx: StaffHttpContext;
    try {
      ctx = await options.open();
    } catch (e) {
      process.stderr.write(`staff function: store unavailable: ${e instanceof Error ? e.message : String(e)}\n`);
      return integrationOf({
        status: 500,
        headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        body: Buffer.from(JSON.stringify({ ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' })),
      });
    }
    return integrationOf(await handleStaffHttp(ctx, request));
  };
}

let opened: Promise<AppContext> | undefined;

/** The function's own CloudBase environment, opened once per warm instance (like the store functions). */
export function cloudStaffContext(env: NodeJS.ProcessEnv, routes: readonly StaffRoute[]): () => Promise<StaffHttpContext> {
  const config: CloudbaseConfig = cloudbaseConfigFromEnv(env) ?? CURRENT_ENV;
  const origins = (env.STAFF_CONSOLE_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return async () => {
    if (!opened) {
      if (!env.ID_ENCRYPTION_KEY) throw new Error('ID_ENCRYPTION_KEY is not configured');
      opened = openCloudbaseStore(config).then(async (store) => ({
        store,
        files: cloudbaseFileStorage(config),
        cipher: createIdCipher(await openIdKey(store, { env })),
      }));
      opened.catch(() => (opened = undefined));
    }
    return { app: await opened, production: true, routes, origins };
  };
}

/** The WeChat caller of this invocation as the SDK reports it; none for HTTP access. */
export function wechatCaller(env: NodeJS.ProcessEnv): () => string | undefined {
  return () => {
    const sdkApp = cloudbaseApp(cloudbaseConfigFromEnv(env) ?? CURRENT_ENV) as unknown as { auth(): { getUserInfo(): { openId?: string } } };
    const id = sdkApp.auth().getUserInfo().openId;
    return id && id.length > 0 ? id : undefined;
  };
}
