import { createHash } from 'crypto';
import type { StoreTx } from '../../store/store';
import { chinaTimeText } from '../china-time';
import { secondsUntil, StaffRateLimited } from '../rate-limited';

/**
 * Failed logins, counted in the store's rate counters (so the count holds across gateway restarts and function
 * instances) by login name — known or not, so a lock says nothing about whether an account exists — and by client
 * address. Five failures within 15 minutes lock the login for 15 minutes from the fifth; twenty from one address lock
 * that address for as long: a flood across many logins stops there, while an office whose staff share one address
 * (one NAT) is not locked out by one person's five mistakes.
 */
export const LOCKOUT = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

const loginBucket = (login: string) => `staff-login:user:${login}`;
const addressBucket = (address: string) => `staff-login:addr:${createHash('sha256').update(address).digest('hex').slice(0, 32)}`;

function lockedMessage(until: string, what: string, now: Date): StaffRateLimited {
  return new StaffRateLimited(`${what}密码错误次数过多，已锁定 15 分钟，将于 ${chinaTimeText(until)}（北京时间）解锁`, secondsUntil(until, now));
}

/** Refuses (RATE_LIMITED, with the unlock time in China time) when the login or the address is locked now. */
export async function assertNotLocked(tx: StoreTx, login: string, address: string, now: Date): Promise<void> {
  for (const [bucket, max, what] of [
    [loginBucket(login), LOCKOUT.perLogin, '该账号'],
    [addressBucket(address), LOCKOUT.perAddress, '本机登录'],
  ] as const) {
    const c = await tx.getRateCounter(bucket);
    if (c && c.count >= max && Date.parse(c.expiresAt) > now.getTime()) throw lockedMessage(c.expiresAt, what, now);
  }
}

/**
 * Counts one failure against the login and the address. Returns what a refusal says: the lock (with its end) when
 * this failure reached a limit, else how many tries are left before the login locks.
 */
export async function recordFailure(tx: StoreTx, login: string, address: string, now: Date): Promise<{ locked: StaffRateLimited | null; left: number }> {
  const t = now.getTime();
  let refusal: StaffRateLimited | null = null;
  let left = 0;
  for (const [bucket, max, what] of [
    [loginBucket(login), LOCKOUT.perLogin, '该账号'],
    [addressBucket(address), LOCKOUT.perAddress, '本机登录'],
  ] as const) {
    const c = await tx.getRateCounter(bucket);
    const live = c && Date.parse(c.expiresAt) > t ? c : null;
    const count = (live?.count ?? 0) + 1;
    const expiresAt = count >= max ? new Date(t + LOCKOUT.lockMs).toISOString() : (live?.expiresAt ?? new Date(t + LOCKOUT.windowMs).toISOString());
    await tx.putRateCounter({ id: bucket, count, expiresAt });
    if (count >= max) refusal ??= lockedMessage(expiresAt, what, now);
    if (what === '该账号') left = max - count;
  }
  return { locked: refusal, left };
}

/** An administrator's reset (or a successful login) clears the login's count. */
export async function clearFailures(tx: StoreTx, login: string, now: Date): Promise<void> {
  await tx.putRateCounter({ id: loginBucket(login), count: 0, expiresAt: now.toISOString() });
}

/**
 * Every attempt is counted as a failure before the password is checked (so a burst of parallel guesses cannot all
 * pass the check before any is counted); a correct one takes its count back: the login's is cleared, the address's
 * loses the one it gained (colleagues signing in from one office address never lock it).
 */
export async function takeBackAttempt(tx: StoreTx, login: string, address: string, now: Date): Promise<void> {
  await clearFailures(tx, login, now);
  const bucket = addressBucket(address);
  const c = await tx.getRateCounter(bucket);
  if (c && c.count > 0 && Date.parse(c.expiresAt) > now.getTime()) await tx.putRateCounter({ ...c, count: c.count - 1 });
}
