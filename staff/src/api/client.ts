import type { Envelope } from '../../../shared/contract/envelope';
import { ApiError } from './errors';

/**
 * The staff API, relative to the page's origin: the local gateway serves both under /staff/, and on CloudBase the
 * static hosting and the `staff` function's HTTP access share one domain, so the session cookie goes with every call.
 */
export const API_BASE = '/staff/api';

let csrfToken: string | null = null;
let onExpired: (message: string) => void = () => undefined;

/** The session's CSRF token, sent as X-CSRF-Token on every call that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What happens when a call answers 401 (the session ended): the app goes back to the login page with the message. */
export function onSessionExpired(handler: (message: string) => void): void {
  onExpired = handler;
}

const EXPIRED = '登录已过期，请重新登录';

export interface CallOptions {
  /** A 401 is the caller's own answer (login with a wrong password, the first /me), not an expired session. */
  quiet401?: boolean;
}

async function call<T>(method: 'GET' | 'POST', path: string, body: unknown, options: CallOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError('网络连接失败，请检查网络后重试', 'NETWORK', 0);
  }
  let envelope: Envelope<T> | null = null;
  try {
    envelope = (await res.json()) as Envelope<T>;
  } catch {
    envelope = null;
  }
  if (envelope && envelope.ok) return envelope.data;
  const message = envelope && !envelope.ok && envelope.message ? envelope.message : res.status === 401 ? EXPIRED : `服务暂时不可用（${res.status}），请稍后再试`;
  const error = new ApiError(message, envelope && !envelope.ok ? envelope.code : 'HTTP', res.status, envelope && !envelope.ok ? envelope.field : undefined);
  if (res.status === 401 && !options.quiet401) {
    csrfToken = null;
    onExpired(message);
  }
  throw error;
}

export function get<T>(path: string, query: Record<string, string | number | undefined> = {}, options: CallOptions = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return call<T>('GET', qs ? `${path}?${qs}` : path, undefined, options);
}

export function post<T>(path: string, body: unknown = {}, options: CallOptions = {}): Promise<T> {
  return call<T>('POST', path, body, options);
}

/** A path segment from a value (a login, an id): encoded, so no value can reach another route. */
export function seg(value: string): string {
  return encodeURIComponent(value);
}
