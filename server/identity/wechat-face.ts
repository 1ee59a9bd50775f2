/**
 * WeChat 人脸核身 (2.0) for mini-programs whose category allows it (government and medical-insurance services apply
 * for it in the 公众平台): the server asks for a session with the person's name and ID number
 * (`getVerifyId`, POST /cityservice/face/identify/getverifyid), the mini-program runs `wx.requestFacialVerify({
 * verifyId })` (base library ≥ 3.8.12), and the server asks WeChat for the real outcome (`queryVerifyInfo`, POST
 * /cityservice/face/identify/queryverifyinfo); only `verify_ret` 10000 (识别成功) verifies. Neither API supports 云调用,
 * so both use an access_token (the stable-token endpoint) from the AppID and AppSecret in the function's
 * environment. The client's own success callback proves nothing: only queryVerifyInfo is trusted.
 *
 * The HTTP transport is injected (`fetchJson`) so tests drive the protocol against a local fake of the API.
 */
import { createHash } from 'crypto';

export interface WechatFaceConfig {
  appId: string;
  appSecret: string;
  /** Default https://api.weixin.qq.com; tests point it at a local server. */
  apiBase?: string;
}

export type FetchJson = (url: string, body: object) => Promise<Record<string, unknown>>;

export const VERIFY_SUCCESS = 10000;

export interface FaceSession {
  verifyId: string;
  outSeqNo: string;
  expiresAt: string;
}

export interface WechatFace {
  start(input: { openid: string; name: string; idNumber: string; outSeqNo: string; now: Date }): Promise<FaceSession>;
  /** WeChat's verify_ret for the session (10000 is success). */
  result(input: { openid: string; name: string; idNumber: string; session: FaceSession }): Promise<number>;
}

/**
 * The certificate digest queryVerifyInfo asks for ("根据 getVerifyId 中传入的证件信息生成的信息摘要"): the SHA-256 of
 * the same cert_info fields, in the order getVerifyId received them. The reference copy of the documentation read
 * for this module cut off the note that spells out the exact formula; confirm it against the official page
 * (注意事项 of queryVerifyInfo) before enabling WECHAT_FACE_VERIFY — a wrong digest makes every check fail, never pass.
 */
export function certHash(certInfo: { cert_type: string; cert_name: string; cert_no: string }): string {
  return createHash('sha256').update(`cert_type=${certInfo.cert_type}&cert_name=${certInfo.cert_name}&cert_no=${certInfo.cert_no}`).digest('base64');
}

async function defaultFetchJson(url: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`WeChat API answered HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

export function wechatFace(config: WechatFaceConfig, fetchJson: FetchJson = defaultFetchJson): WechatFace {
  const base = config.apiBase ?? 'https://api.weixin.qq.com';
  let token: { value: string; until: number } | null = null;

  async function accessToken(now: number): Promise<string> {
    if (token && token.until > now) return token.value;
    const r = await fetchJson(`${base}/cgi-bin/stable_token`, { grant_type: 'client_credential', appid: config.appId, secret: config.appSecret });
    if (typeof r.access_token !== 'string') throw new Error(`stable_token failed: errcode ${String(r.errcode)}`);
    // Refresh five minutes early: a token that expires mid-request fails the person's verification.
    token = { value: r.access_token, until: now + (Number(r.expires_in ?? 7200) - 300) * 1000 };
    return token.value;
  }

  const certInfo = (name: string, idNumber: string) => ({ cert_type: 'IDENTITY_CARD', cert_name: name, cert_no: idNumber });

  return {
    async start({ openid, name, idNumber, outSeqNo, now }) {
      const t = await accessToken(now.getTime());
      const r = await fetchJson(`${base}/cityservice/face/identify/getverifyid?access_token=${encodeURIComponent(t)}`, {
        out_seq_no: outSeqNo,
        cert_info: certInfo(name, idNumber),
        openid,
      });
      if (r.errcode !== 0 || typeof r.verify_id !== 'string') throw new Error(`getverifyid failed: errcode ${String(r.errcode)}`);
      const seconds = Number(r.expires_in ?? 3600);
      return { verifyId: r.verify_id, outSeqNo, expiresAt: new Date(now.getTime() + seconds * 1000).toISOString() };
    },
    async result({ openid, name, idNumber, session }) {
      const t = await accessToken(Date.now());
      const r = await fetchJson(`${base}/cityservice/face/identify/queryverifyinfo?access_token=${encodeURIComponent(t)}`, {
        verify_id: session.verifyId,
        out_seq_no: session.outSeqNo,
        cert_hash: certHash(certInfo(name, idNumber)),
        openid,
      });
      if (r.errcode !== 0) throw new Error(`queryverifyinfo failed: errcode ${String(r.errcode)}`);
      return Number(r.verify_ret);
    },
  };
}
