import { randomBytes } from 'crypto';
import { wechatFace, VERIFY_SUCCESS, type FaceSession, type WechatFace } from './wechat-face';

/**
 * The verification port: the trusted sources that can turn a declared binding into a verified one.
 * - staff: the office checked the person's card (server/identity/staff.ts; `yibao staff verify`).
 * - rosterCode: name AND ID match the veteran roster exactly, plus the one-time code the 服务站 handed out
 *   (server/identity/roster-code.ts).
 * - a platform face check: WeChat 人脸核身 where the mini-program's category has it, switched on by configuration
 *   (WECHAT_FACE_VERIFY=on with WECHAT_APPID / WECHAT_APPSECRET), or locally a deterministic stand-in
 *   (YIBAO_FACE_STAND_IN=pass|fail) that tests and demos drive. Nothing in production trusts the stand-in: it
 *   refuses to answer there, whatever the configuration says.
 */
export interface FaceSource {
  source: 'wechatFace' | 'standIn';
  face: WechatFace;
}

export interface VerificationConfig {
  face: FaceSource | null;
}

export function isProductionRuntime(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === 'production' || env.TENCENTCLOUD_RUNENV === 'SCF' || Boolean(env.SCF_NAMESPACE);
}

/**
 * The stand-in "platform": a session id it made up, and the verdict `outcome` gives for the declared name and number
 * (10000 passes; anything else is that failure code). Deterministic, so a test says who passes.
 */
export function standInFace(outcome: (name: string, idNumber: string) => number, env: NodeJS.ProcessEnv = process.env): WechatFace {
  const refuse = () => {
    if (isProductionRuntime(env)) throw new Error('the face-check stand-in is refused in production');
  };
  return {
    async start({ outSeqNo, now }) {
      refuse();
      return { verifyId: `standin-${randomBytes(12).toString('hex')}`, outSeqNo, expiresAt: new Date(now.getTime() + 3600_000).toISOString() } satisfies FaceSession;
    },
    async result({ name, idNumber }) {
      refuse();
      return outcome(name, idNumber);
    },
  };
}

export function verificationFromEnv(env: NodeJS.ProcessEnv = process.env): VerificationConfig {
  if (env.WECHAT_FACE_VERIFY === 'on') {
    if (!env.WECHAT_APPID || !env.WECHAT_APPSECRET) throw new Error('WECHAT_FACE_VERIFY=on needs WECHAT_APPID and WECHAT_APPSECRET');
    return { face: { source: 'wechatFace', face: wechatFace({ appId: env.WECHAT_APPID, appSecret: env.WECHAT_APPSECRET }) } };
  }
  const standIn = env.YIBAO_FACE_STAND_IN;
  if ((standIn === 'pass' || standIn === 'fail') && !isProductionRuntime(env)) {
    return { face: { source: 'standIn', face: standInFace(() => (standIn === 'pass' ? VERIFY_SUCCESS : 10004), env) } };
  }
  return { face: null };
}
