import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import path from 'path';
import { createSecretFile, readSecretFile } from '../crypto/secret-file';
import { MIN_SECRET_BYTES, weakSecretReason } from '../crypto/secret-strength';

/**
 * Development sessions of the local gateway: `<openid>.<expiry>.<hmac>`. In WeChat the platform vouches for the
 * caller's OPENID; here the gateway does, with a secret kept beside the data (so a restart keeps everyone signed in).
 * Production never signs nor accepts these: identity there comes from the platform only.
 */
const LIFETIME_MS = 30 * 24 * 3600 * 1000;

export const SECRET_FILE = 'session-secret';
/** What this gateway writes: 32 random bytes as 64 hex digits (`openssl rand -hex 32 >`'s trailing newline is fine). */
const SECRET_FILE_TEXT = /^[0-9a-f]{64}\n?$/i;
const HOW_TO_MAKE = '可用 openssl rand -hex 32 生成';

export interface Sessions {
  issue(openid: string, now?: number): string;
  /** The openid the token was issued to, or null when it is forged, malformed or expired. */
  verify(token: string | undefined, now?: number): string | null;
}

/** GATEWAY_SECRET as hex or base64 (base64url too); anything else is a mistake, not a key. */
function decodeConfigured(text: string): Buffer | null {
  const t = text.trim();
  if (/^(?:[0-9a-f]{2})+$/i.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) return Buffer.from(t, 'base64');
  return null;
}

function strongOrThrow(secret: Buffer, what: string): Buffer {
  const reason = weakSecretReason(secret);
  if (reason) throw new Error(`${what}不能用作会话密钥：${reason}（${HOW_TO_MAKE}）`);
  return secret;
}

/**
 * The secret that signs development sessions: GATEWAY_SECRET when set (hex or base64 of at least 32 random bytes),
 * else DATA_DIR/session-secret, created on first use when `create` (development) allows. A secret that is set but
 * short, empty or patterned, or a file that is not exactly 64 hex digits, stops the start-up: an empty or weak key
 * would sign tokens anyone can forge. null when nothing is configured and nothing may be created (production).
 */
export function loadSessionSecret(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
  options: { create?: boolean; warn?: (line: string) => void } = {},
): Buffer | null {
  const warn = options.warn ?? ((line: string) => process.stderr.write(line + '\n'));
  if (env.GATEWAY_SECRET !== undefined) {
    const secret = decodeConfigured(env.GATEWAY_SECRET);
    if (!secret) throw new Error(`GATEWAY_SECRET 应为十六进制或 base64 编码的随机字节（${HOW_TO_MAKE}）`);
    return strongOrThrow(secret, 'GATEWAY_SECRET ');
  }
  const file = path.join(dataDir, SECRET_FILE);
  if (options.create !== false) createSecretFile(file, randomBytes(MIN_SECRET_BYTES).toString('hex'));
  const text = readSecretFile(file, warn);
  if (text === null) return null;
  if (!SECRET_FILE_TEXT.test(text)) throw new Error(`${file} 应当正好是 64 位十六进制字符，现在不是：请删除它（所有开发会话随之失效）后重启`);
  return strongOrThrow(Buffer.from(text.trim(), 'hex'), `${file} `);
}

export function createSessions(secret: Buffer): Sessions {
  // The last guard: whatever loaded it, a short key never signs or verifies anything.
  if (secret.length < MIN_SECRET_BYTES) throw new Error(`the session secret must be at least ${MIN_SECRET_BYTES} bytes`);
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url');
  return {
    issue(openid, now = Date.now()) {
      const body = `${openid}.${now + LIFETIME_MS}`;
      return `${body}.${sign(body)}`;
    },
    verify(token, now = Date.now()) {
      if (!token || token.length > 200) return null;
      const parts = token.split('.');
      if (parts.length !== 3) return null;
      const [openid, expiry, mac] = parts;
      const expected = Buffer.from(sign(`${openid}.${expiry}`));
      const given = Buffer.from(mac);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      if (!/^\d+$/.test(expiry) || Number(expiry) < now) return null;
      return /^[A-Za-z0-9_-]{6,64}$/.test(openid) ? openid : null;
    },
  };
}

/**
 * The openid a development login gets: a named test user (`{ "user": "daughter" }`) always maps to the same openid,
 * so tests can act as several people; an anonymous login is a new person, like a new WeChat account.
 */
export function devOpenid(user: unknown, secret: Buffer): string {
  if (typeof user === 'string' && user.length > 0 && user.length <= 40) {
    return 'dev_' + createHmac('sha256', secret).update(`user:${user}`).digest('base64url').slice(0, 24);
  }
  return 'dev_' + randomBytes(18).toString('base64url');
}
