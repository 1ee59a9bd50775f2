import type { SendOutcome, SubscribeSend, SubscribeSender } from './sender';
import { USER_REFUSED } from './sender';

/**
 * subscribeMessage.send over HTTPS: POST /cgi-bin/message/subscribe/send?access_token=… with touser, template_id,
 * page, data, miniprogram_state and lang; the answer is { errcode, errmsg }, errcode 0 when sent.
 *
 * The API also supports 云调用 (wx-server-sdk's cloud.openapi.subscribeMessage.send, with "subscribeMessage.send"
 * declared in the function's config.json permissions.openapi), which needs no access_token. Our functions run on
 * @cloudbase/node-sdk and the staff CLI runs outside WeChat, so this module takes the token from an injected
 * provider (by default the stable-token endpoint with the AppID and AppSecret); both the HTTP transport and the
 * token provider are injected, so tests drive it against a local fake of the API.
 */

export type PostJson = (url: string, body: object) => Promise<Record<string, unknown>>;

/** Gives a valid access_token; `renew` asks for a fresh one after WeChat said the last one was invalid or expired. */
export type AccessTokenProvider = (renew?: boolean) => Promise<string>;

async function defaultPostJson(url: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`WeChat API answered HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

const API_BASE = 'https://api.weixin.qq.com';

/** The stable_token endpoint (POST /cgi-bin/stable_token), cached until five minutes before it expires. */
export function stableTokenProvider(
  config: { appId: string; appSecret: string; apiBase?: string; now?: () => number },
  postJson: PostJson = defaultPostJson,
): AccessTokenProvider {
  const base = config.apiBase ?? API_BASE;
  const now = config.now ?? Date.now;
  let token: { value: string; until: number } | null = null;
  return async (renew = false) => {
    if (!renew && token && token.until > now()) return token.value;
    const r = await postJson(`${base}/cgi-bin/stable_token`, {
      grant_type: 'client_credential',
      appid: config.appId,
      secret: config.appSecret,
      ...(renew ? { force_refresh: true } : {}),
    });
    if (typeof r.access_token !== 'string') throw new Error(`stable_token failed: errcode ${String(r.errcode)}`);
    token = { value: r.access_token, until: now() + (Number(r.expires_in ?? 7200) - 300) * 1000 };
    return token.value;
  };
}

/** 40001 invalid credential, 42001 access_token expired: worth one retry with a fresh token. */
const STALE_TOKEN = new Set([40001, 42001]);

export function wechatSubscribeSender(options: { token: AccessTokenProvider; apiBase?: string; postJson?: PostJson }): SubscribeSender {
  const base = options.apiBase ?? API_BASE;
  const postJson = options.postJson ?? defaultPostJson;
  const once = async (message: SubscribeSend, renew: boolean) => {
    const token = await options.token(renew);
    return postJson(`${base}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, message);
  };
  return {
    async send(message): Promise<SendOutcome> {
      let r = await once(message, false);
      if (STALE_TOKEN.has(Number(r.errcode))) r = await once(message, true);
      const errcode = r.errcode === undefined ? null : Number(r.errcode);
      const errmsg = typeof r.errmsg === 'string' ? r.errmsg : '';
      if (errcode === 0) return { ok: true };
      if (errcode === USER_REFUSED) return { ok: false, refused: true, errcode: USER_REFUSED, errmsg };
      return { ok: false, refused: false, errcode, errmsg };
    },
  };
}
