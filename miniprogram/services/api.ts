import Taro from '@tarojs/taro';
import { ServiceError, toServiceError } from './errors';
import { readStored, removeStored, writeStored } from './storage';

/** What every function answers (DESIGN.md, "Cloud functions and storage"). */
export type Envelope<T> = { ok: true; data: T } | { ok: false; code: string; message: string; field?: string };

const SESSION_KEY = 'api.session.v1';

function parseSession(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.length > 0 ? raw : undefined;
}

function unwrap<T>(envelope: unknown): T {
  if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
    const e = envelope as Envelope<T>;
    if (e.ok) return e.data;
    throw new ServiceError(e.code, e.message, e.field);
  }
  throw new ServiceError('BAD_RESPONSE', '服务暂时不可用，请稍后再试');
}

/** weapp: the platform carries the caller's identity (OPENID) to the function. */
async function viaCloud(name: string, data: unknown): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name, data: data as Record<string, unknown> });
  return res.result;
}

async function post(path: string, data: unknown, session?: string): Promise<{ statusCode: number; body: unknown }> {
  const res = await Taro.request({
    url: path,
    method: 'POST',
    data: data as Record<string, unknown>,
    header: { 'content-type': 'application/json', ...(session ? { 'X-Session': session } : {}) },
    dataType: 'json',
  });
  return { statusCode: res.statusCode, body: res.data };
}

/** The local gateway signs its own development sessions: log in once, keep the token on the device. */
async function devSession(renew: boolean): Promise<string> {
  const stored = renew ? undefined : readStored(SESSION_KEY, parseSession);
  if (stored) return stored;
  const { body } = await post('/api/dev-login', {});
  const data = unwrap<{ token?: unknown; session?: unknown }>(body);
  const token = parseSession(data.token) ?? parseSession(data.session);
  if (!token) throw new ServiceError('BAD_RESPONSE', '登录失败，请稍后再试');
  writeStored(SESSION_KEY, token);
  return token;
}

/**
 * h5: POST /api/<function> on the gateway that served the page. Functions that keep data need the session (one retry
 * with a fresh one if it expired); functions that only compute are called without logging in.
 */
async function viaHttp(name: string, data: unknown, signedIn: boolean): Promise<unknown> {
  if (!signedIn) return (await post(`/api/${name}`, data)).body;
  let session = await devSession(false);
  let res = await post(`/api/${name}`, data, session);
  if (res.statusCode === 401) {
    removeStored(SESSION_KEY);
    session = await devSession(true);
    res = await post(`/api/${name}`, data, session);
  }
  return res.body;
}

export interface CallOptions {
  /** False for functions that only compute (estimate): no identity is needed, so the browser skips its login. */
  signedIn?: boolean;
}

/**
 * Calls a function by name with one payload and returns its `data`, or throws a ServiceError with the function's
 * Chinese message and field. Pages never see whether it went through WeChat Cloud or HTTP.
 */
export async function callFunction<T>(name: string, data: unknown, options: CallOptions = {}): Promise<T> {
  let envelope: unknown;
  try {
    envelope = process.env.TARO_ENV === 'weapp' ? await viaCloud(name, data) : await viaHttp(name, data, options.signedIn !== false);
  } catch (error) {
    throw toServiceError(error);
  }
  return unwrap<T>(envelope);
}
