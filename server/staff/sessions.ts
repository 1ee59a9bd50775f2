import { createHash, randomBytes } from 'crypto';
import type { AppContext } from '../applications/context';
import { nowDate } from '../applications/context';
import type { StaffSessionRecord, StaffUserRecord } from '../store/types';

/**
 * Staff sessions: a random 32-byte token in the `yb_staff` cookie, stored only as its SHA-256 (a copy of the
 * database lets nobody sign in), ending after 30 minutes unused or 12 hours after login whatever happens, or at
 * logout. A use refreshes the idle limit at most once a minute, so reading a page costs no write per request.
 */
export const SESSION = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000, touchEveryMs: 60_000 } as const;

export const COOKIE_NAME = 'yb_staff';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function expiry(lastSeen: number, absolute: string): string {
  return new Date(Math.min(lastSeen + SESSION.idleMs, Date.parse(absolute))).toISOString();
}

/** A new session for the account: the raw token (for the cookie, never stored) and the stored record. */
export async function createSession(app: AppContext, login: string): Promise<{ token: string; record: StaffSessionRecord }> {
  const token = randomBytes(32).toString('base64url');
  const now = nowDate(app);
  const absoluteExpiresAt = new Date(now.getTime() + SESSION.absoluteMs).toISOString();
  const record: StaffSessionRecord = {
    id: tokenHash(token),
    login,
    csrfToken: randomBytes(32).toString('base64url'),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiry(now.getTime(), absoluteExpiresAt),
    absoluteExpiresAt,
  };
  await app.store.putStaffSession(record);
  return { token, record };
}

/**
 * The live session of a cookie token and its account, or null: no such session, expired (then it is deleted), the
 * account gone or disabled, or its password changed since the session began.
 */
export async function resolveSession(app: AppContext, token: string | null): Promise<{ session: StaffSessionRecord; user: StaffUserRecord } | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const id = tokenHash(token);
  const session = await app.store.getStaffSession(id);
  if (!session) return null;
  const now = nowDate(app).getTime();
  if (Date.parse(session.expiresAt) <= now) {
    await app.store.deleteStaffSession(id);
    return null;
  }
  const user = await app.store.getStaffUser(session.login);
  if (!user || user.disabled || Date.parse(user.passwordChangedAt) > Date.parse(session.createdAt)) {
    await app.store.deleteStaffSession(id);
    return null;
  }
  if (now - Date.parse(session.lastSeenAt) < SESSION.touchEveryMs) return { session, user };
  const touched = { ...session, lastSeenAt: new Date(now).toISOString(), expiresAt: expiry(now, session.absoluteExpiresAt) };
  await app.store.putStaffSession(touched);
  return { session: touched, user };
}

/** The `yb_staff` token among a Cookie header's pairs; null when absent. */
export function cookieToken(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === COOKIE_NAME) return part.slice(eq + 1).trim();
  }
  return null;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), only under /staff, Secure in production. */
export function sessionCookie(token: string, secure: boolean): string {
  return `${COOKIE_NAME}=${token}; Path=/staff; HttpOnly; SameSite=Strict; Max-Age=${SESSION.absoluteMs / 1000}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return `${COOKIE_NAME}=; Path=/staff; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
