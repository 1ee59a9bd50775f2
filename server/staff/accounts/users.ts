import { z } from 'zod';
import type { AppContext } from '../../applications/context';
import { nowIso } from '../../applications/context';
import { ApplicationError } from '../../applications/errors';
import { DuplicateKeyError } from '../../store/store';
import type { Page, StaffUserRecord } from '../../store/types';
import type { StaffUserView } from '../../../shared/contract/staff';
import { invalidField } from '../../../shared/errors';
import { parseDescribed } from '../../../shared/schemas/describe';
import { forbidden } from '../errors';
import { clearFailures } from './lockout';
import { hashPassword, passwordProblem } from './password';
import { changeAccessInput, createUserInput, loginName, resetPasswordInput, staffLabels } from './schemas';
import { scopeProblem, withinScope } from './scope';
import { accessWords, auditAccountChange, cliOrigin, consoleOrigin, type ChangeOrigin } from './audit';

/**
 * Staff accounts, managed by an administrator within their own scope (a 巴中 admin never creates, lists or resets a
 * 随县 account), or from the CLI by whoever holds the data directory (`actor` null: the first admin is made there).
 * Every change is written to the account audit (audit.ts) in the same transaction; `origin` says from where (the
 * console's client address; the command line by default when there is no actor).
 */
export function userView(r: StaffUserRecord): StaffUserView {
  return { login: r.login, name: r.name, role: r.role, region: r.region, area: r.area, disabled: r.disabled, createdAt: r.createdAt, lastLoginAt: r.lastLoginAt };
}

const NO_SUCH_USER = () => new ApplicationError('NOT_FOUND', '没有这个账号，或不在您管理的范围内', 'login');

const originOf = (actor: StaffUserView | null, origin?: ChangeOrigin): ChangeOrigin => origin ?? (actor ? consoleOrigin('') : cliOrigin());

function checkedPassword(password: string, login: string, field: string): void {
  const problem = passwordProblem(password, login);
  if (problem) throw invalidField(field === 'next' ? '新密码' : '密码', problem, [field]);
}

export async function createUser(app: AppContext, actor: StaffUserView | null, input: unknown, origin?: ChangeOrigin): Promise<StaffUserView> {
  const v = parseDescribed(createUserInput, input, staffLabels);
  const scope = { region: v.region, area: v.area };
  const problem = scopeProblem(scope);
  if (problem) throw invalidField(problem.label, problem.reason, [problem.field]);
  if (actor && !withinScope(actor, scope)) throw forbidden('只能在您自己管理的地区内创建账号');
  checkedPassword(v.password, v.login, 'password');
  const at = nowIso(app);
  const record: StaffUserRecord = {
    login: v.login,
    name: v.name,
    role: v.role,
    region: v.region,
    area: v.area,
    passwordHash: await hashPassword(v.password),
    passwordChangedAt: at,
    disabled: false,
    createdAt: at,
    createdBy: actor?.login ?? null,
    updatedAt: at,
    lastLoginAt: null,
  };
  try {
    await app.store.transaction(async (tx) => {
      await tx.insertStaffUser(record);
      await auditAccountChange(tx, { at, action: 'create', actor, origin: originOf(actor, origin), target: record, detail: `姓名 ${record.name}；${accessWords(record)}` });
    });
  } catch (e) {
    if (e instanceof DuplicateKeyError) throw new ApplicationError('CONFLICT', '登录名：已有账号使用这个登录名，请换一个', 'login');
    throw e;
  }
  return userView(record);
}

/** The account of that login within the actor's scope; the same NOT_FOUND for one that does not exist or lies outside. */
async function managed(app: AppContext, actor: StaffUserView | null, login: unknown): Promise<StaffUserRecord> {
  const parsed = loginName.safeParse(login);
  if (!parsed.success) throw NO_SUCH_USER();
  const user = await app.store.getStaffUser(parsed.data);
  if (!user || (actor && !withinScope(actor, user))) throw NO_SUCH_USER();
  return user;
}

/** Disabling ends the account's sessions at once; enabling lets it log in again (its sessions stay ended). */
export async function setDisabled(app: AppContext, actor: StaffUserView | null, login: unknown, disabled: boolean, origin?: ChangeOrigin): Promise<StaffUserView> {
  const user = await managed(app, actor, login);
  if (disabled && actor && actor.login === user.login) throw forbidden('不能停用自己的账号');
  // Already so: nothing changes, nothing is audited.
  if (user.disabled === disabled) return userView(user);
  const at = nowIso(app);
  const next = { ...user, disabled, updatedAt: at };
  await app.store.transaction(async (tx) => {
    await tx.putStaffUser(next);
    await auditAccountChange(tx, { at, action: disabled ? 'disable' : 'enable', actor, origin: originOf(actor, origin), target: next, detail: disabled ? '停用，已登录的会话全部结束' : '启用' });
  });
  if (disabled) await app.store.deleteStaffSessionsOf(user.login);
  return userView(next);
}

/** An administrator sets a new password: every session of the account ends, and its lock is lifted. */
export async function resetPassword(app: AppContext, actor: StaffUserView | null, login: unknown, input: unknown, origin?: ChangeOrigin): Promise<StaffUserView> {
  const user = await managed(app, actor, login);
  const { password } = parseDescribed(resetPasswordInput, input, staffLabels);
  checkedPassword(password, user.login, 'password');
  const at = nowIso(app);
  const next = { ...user, passwordHash: await hashPassword(password), passwordChangedAt: at, updatedAt: at };
  await app.store.transaction(async (tx) => {
    await tx.putStaffUser(next);
    await clearFailures(tx, user.login, new Date(at));
    await auditAccountChange(tx, { at, action: 'reset-password', actor, origin: originOf(actor, origin), target: next, detail: '重置密码并解除锁定，已登录的会话全部结束' });
  });
  await app.store.deleteStaffSessionsOf(user.login);
  return userView(next);
}

/** A new password for the account itself (the caller has checked the current one). */
export async function setOwnPassword(app: AppContext, user: StaffUserRecord, password: string, origin: ChangeOrigin = consoleOrigin('')): Promise<StaffUserRecord> {
  checkedPassword(password, user.login, 'next');
  const at = nowIso(app);
  const next = { ...user, passwordHash: await hashPassword(password), passwordChangedAt: at, updatedAt: at };
  await app.store.transaction(async (tx) => {
    await tx.putStaffUser(next);
    await auditAccountChange(tx, { at, action: 'change-password', actor: user, origin, target: next, detail: '本人修改密码，其他会话全部结束' });
  });
  return next;
}

/**
 * An administrator changes another account's role or scope (both the old and the new within their own): the
 * account's sessions end, so nothing it opened under the old role or scope stays open.
 */
export async function changeAccess(app: AppContext, actor: StaffUserView | null, login: unknown, input: unknown, origin?: ChangeOrigin): Promise<StaffUserView> {
  const user = await managed(app, actor, login);
  if (actor && actor.login === user.login) throw forbidden('不能更改自己的角色或范围，请由其他管理员更改');
  const v = parseDescribed(changeAccessInput, input, staffLabels);
  const scope = { region: v.region, area: v.area };
  const problem = scopeProblem(scope);
  if (problem) throw invalidField(problem.label, problem.reason, [problem.field]);
  if (actor && !withinScope(actor, scope)) throw forbidden('只能把账号设在您自己管理的地区内');
  if (user.role === v.role && user.region === v.region && user.area === v.area) return userView(user);
  const at = nowIso(app);
  const next: StaffUserRecord = { ...user, role: v.role, region: v.region, area: v.area, updatedAt: at };
  await app.store.transaction(async (tx) => {
    await tx.putStaffUser(next);
    await auditAccountChange(tx, { at, action: 'change-access', actor, origin: originOf(actor, origin), target: next, detail: `${accessWords(user)} → ${accessWords(next)}；已登录的会话全部结束` });
  });
  await app.store.deleteStaffSessionsOf(user.login);
  return userView(next);
}

const listInput = z
  .object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(100).optional() })
  .strict();

/** The accounts within the actor's scope, by login. */
export async function listUsers(app: AppContext, actor: StaffUserView | null, query: unknown): Promise<Page<StaffUserView>> {
  const q = parseDescribed(listInput, query, staffLabels);
  const page = await app.store.listStaffUsers({
    ...(actor ? { region: actor.region, ...(actor.area !== null ? { area: actor.area } : {}) } : {}),
    ...q,
  });
  return { ...page, items: page.items.map(userView) };
}

export { listInput as staffListInput };
