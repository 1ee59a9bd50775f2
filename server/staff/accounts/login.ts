import type { AppContext } from '../../applications/context';
import { nowDate } from '../../applications/context';
import type { StaffUserRecord } from '../../store/types';
import { invalidField } from '../../../shared/errors';
import { parseDescribed } from '../../../shared/schemas/describe';
import { StaffError } from '../errors';
import { assertNotLocked, recordFailure, takeBackAttempt } from './lockout';
import { verifyAgainstDummy, verifyPassword } from './password';
import { LOGIN_PATTERN, loginInput, staffLabels } from './schemas';

/**
 * Checks a login and password. Every attempt costs one argon2id verification — against a dummy hash when the login
 * is unknown or malformed — and one counted failure taken back only on success, so neither the time nor the answer
 * nor a lock tells which logins exist. A disabled account is told so only to someone who knows its password.
 */
export async function authenticate(app: AppContext, input: unknown, address: string): Promise<StaffUserRecord> {
  const v = parseDescribed(loginInput, input, staffLabels);
  const login = v.login.trim().toLowerCase();
  const now = nowDate(app);
  const known = LOGIN_PATTERN.test(login);
  // A malformed login is counted under one bucket, so junk names cannot fill the store with counters.
  const bucket = known ? login : '(invalid)';
  const refusal = await app.store.transaction(async (tx) => {
    await assertNotLocked(tx, bucket, address, now);
    return recordFailure(tx, bucket, address, now);
  });
  const user = known ? await app.store.getStaffUser(login) : null;
  const ok = user ? await verifyPassword(v.password, user.passwordHash) : await verifyAgainstDummy(v.password);
  if (!ok || !user) throw refusal.locked ?? new StaffError('UNAUTHENTICATED', `登录名或密码不正确（再错 ${refusal.left} 次将锁定 15 分钟）`);
  const at = nowDate(app);
  await app.store.transaction(async (tx) => {
    await takeBackAttempt(tx, login, address, at);
    if (!user.disabled) await tx.putStaffUser({ ...user, lastLoginAt: at.toISOString() });
  });
  if (user.disabled) throw new StaffError('UNAUTHENTICATED', '该账号已停用，请联系管理员');
  return { ...user, lastLoginAt: at.toISOString() };
}

/** The current password, checked like a login (counted, locking), before an account changes its own password. */
export async function checkOwnPassword(app: AppContext, user: StaffUserRecord, password: string, address: string): Promise<void> {
  const now = nowDate(app);
  const refusal = await app.store.transaction(async (tx) => {
    await assertNotLocked(tx, user.login, address, now);
    return recordFailure(tx, user.login, address, now);
  });
  if (!(await verifyPassword(password, user.passwordHash))) {
    throw refusal.locked ?? invalidField('当前密码', `不正确（再错 ${refusal.left} 次将锁定 15 分钟）`, ['current']);
  }
  await app.store.transaction((tx) => takeBackAttempt(tx, user.login, address, nowDate(app)));
}
