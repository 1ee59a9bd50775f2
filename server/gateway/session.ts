import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';

/**
 * Development sessions of the local gateway: `<openid>.<expiry>.<hmac>`. In WeChat the platform vouches for the
 * caller's OPENID; here the gateway does, with a secret kept beside the data (so a restart keeps everyone signed in).
 */
const LIFETIME_MS = 30 * 24 * 3600 * 1000;

export interface Sessions {
  issue(openid: string, now?: number): string;
  /** The openid the token was issued to, or null when it is forged, malformed or expired. */
  verify(token: string | undefined, now?: number): string | null;
}

export function loadSessionSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.GATEWAY_SECRET) return Buffer.from(env.GATEWAY_SECRET, 'utf8');
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(file, secret.toString('hex'), { mode: 0o600 });
  return secret;
}

export function createSessions(secret: Buffer): Sessions {
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
