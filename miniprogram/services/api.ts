import Taro from '@tarojs/taro';
import type { Envelope } from '../../shared/contract/envelope';
import { detailOf, ServiceError, toServiceError } from './errors';
import { readStored, removeStored, writeStored } from './storage';

const SESSION_KEY = 'api.session.v1';

function parseSession(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.length > 0 ? raw : undefined;
}

function unwrap<T>(envelope: unknown): T {
  if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
    const e = envelope as Envelope<T>;
    if (e.ok) return e.data;
    throw new ServiceError(e.code, e.message, e.field, detailOf(e));
  }
  throw new ServiceError('BAD_RESPONSE', '服务暂时不可用，请稍后再试');
}

/**
 * The CloudBase environment of this build: TARO_APP_CLOUD_ENV from .env.development / .env.production (Taro's
 * TARO_APP_* variables, replaced at build time). wx.cloud.init's doc calls `env` required: without it the calls go to
 * whatever environment the devtools happen to have selected, or nowhere.
 */
export function cloudEnv(): string {
  return (process.env.TARO_APP_CLOUD_ENV ?? '').trim();
}

let cloudReady = false;

/** Once at launch on weapp. traceUser records visits under 用户管理 in the CloudBase console. */
export function initCloud(env: string = cloudEnv()): boolean {
  if (!env) {
    console.error('TARO_APP_CLOUD_ENV is not set (.env.development / .env.production): wx.cloud is not initialised');
    return false;
  }
  Taro.cloud.init({ env, traceUser: true });
  cloudReady = true;
  return true;
}

/** weapp: the platform carries the caller's identity (OPENID) to the function. */
async function viaCloud(name: string, data: unknown): Promise<unknown> {
  if (!cloudReady) throw new ServiceError('SERVICE_NOT_FOUND', '服务没有接通（没有配置云环境），请稍后再试；一直这样请联系我们。');
  const res = await Taro.cloud.callFunction({ name, data: data as Record<string, unknown> });
  return res.result;
}

async function post(path: string, data: unknown, session?: string): Promise<{ statusCode: number; body: unknown; retryAfter: number | null }> {
  const res = await Taro.request({
    url: path,
    method: 'POST',
    data: data as Record<string, unknown>,
    header: { 'content-type': 'application/json', ...(session ? { 'X-Session': session } : {}) },
    dataType: 'json',
  });
  const header = res.header as Record<string, unknown> | undefined;
  const retryAfter = Number(header?.['Retry-After'] ?? header?.['retry-after']);
  return { statusCode: res.statusCode, body: res.data, retryAfter: Number.isFinite(retryAfter) ? retryAfter : null };
}

/** A busy gateway (503) says when to come back; a call waits that long (a few seconds at most) and tries again. */
const BUSY_RETRIES = 2;
const MAX_WAIT_SECONDS = 5;

async function postPatiently(path: string, data: unknown, session?: string): ReturnType<typeof post> {
  let res = await post(path, data, session);
  for (let i = 0; i < BUSY_RETRIES && res.statusCode === 503; i++) {
    const seconds = Math.min(Math.max(res.retryAfter ?? 1, 0), MAX_WAIT_SECONDS);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    res = await post(path, data, session);
  }
  return res;
}

/**
 * Where a call goes over HTTP: POST /api/<function>, except a material photo, which has its own route with its own
 * size limit (POST /api/upload, the `uploadMaterial` payload without the action) — the gateway takes only small
 * bodies elsewhere. On weapp every call stays one callFunction.
 */
function httpRoute(name: string, data: unknown): { path: string; data: unknown } {
  if (name === 'applications' && data && typeof data === 'object' && (data as { action?: unknown }).action === 'uploadMaterial') {
    const { action: _action, ...payload } = data as Record<string, unknown>;
    return { path: '/api/upload', data: payload };
  }
  return { path: `/api/${name}`, data };
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
  const route = httpRoute(name, data);
  if (!signedIn) return (await postPatiently(route.path, route.data)).body;
  let session = await devSession(false);
  let res = await postPatiently(route.path, route.data, session);
  if (res.statusCode === 401) {
    removeStored(SESSION_KEY);
    session = await devSession(true);
    res = await postPatiently(route.path, route.data, session);
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
