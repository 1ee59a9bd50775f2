import { hostname, userInfo } from 'os';
import { z } from 'zod';
import type { AppContext } from '../../applications/context';
import { newId } from '../../applications/context';
import type { StoreTx } from '../../store/store';
import type { Page, StaffAccountAction, StaffAccountAuditRecord, StaffUserRecord } from '../../store/types';
import type { StaffAccountAuditEntry, StaffUserView } from '../../../shared/contract/staff';
import { parseDescribed } from '../../../shared/schemas/describe';
import { chinaTimeText } from '../applications/china-time';
import { loginName, ROLE_LABELS, staffLabels } from './schemas';
import { scopeLabel } from './scope';

/**
 * The append-only audit of staff account changes: every create, disable, enable, password reset or own change, and
 * role or scope change, written in the same transaction as the change itself (no change without its entry), by the
 * console and the CLI alike (the same functions in users.ts). Who: the console account, or the command line with
 * the system user who ran it (whoever holds the data directory manages accounts there). Never a password.
 */
export interface ChangeOrigin {
  via: 'console' | 'cli';
  /** The console client's address, or the command line's words. */
  address: string;
}

export function consoleOrigin(address: string): ChangeOrigin {
  return { via: 'console', address: address.slice(0, 100) || '（未知）' };
}

/** The command line, with the system user and host it ran as (what an operator can be asked about later). */
export function cliOrigin(): ChangeOrigin {
  let who = '';
  try {
    who = `${userInfo().username}@${hostname()}`;
  } catch {
    who = hostname();
  }
  return { via: 'cli', address: `命令行（系统用户 ${who}）`.slice(0, 100) };
}

export const ACTION_LABELS: Record<StaffAccountAction, string> = {
  create: '创建账号',
  disable: '停用',
  enable: '启用',
  'reset-password': '重置密码',
  'change-password': '修改本人密码',
  'change-access': '更改角色或范围',
};

/** "审核（经办审核），巴中市 通江县": an account's role and scope in words. */
export function accessWords(u: Pick<StaffUserRecord, 'role' | 'region' | 'area'>): string {
  return `${ROLE_LABELS[u.role]}，${scopeLabel(u)}`;
}

/** Appends one entry inside the caller's transaction. */
export async function auditAccountChange(
  tx: StoreTx,
  change: { at: string; action: StaffAccountAction; actor: StaffUserView | StaffUserRecord | null; origin: ChangeOrigin; target: StaffUserRecord; detail: string },
): Promise<StaffAccountAuditRecord> {
  const entry: StaffAccountAuditRecord = {
    id: newId(),
    at: change.at,
    action: change.action,
    actor: change.actor ? `${change.actor.name}（${change.actor.login}）` : null,
    via: change.origin.via,
    address: change.origin.address,
    target: change.target.login,
    targetRegion: change.target.region,
    targetArea: change.target.area,
    detail: change.detail,
  };
  await tx.appendStaffAccountAudit(entry);
  return entry;
}

export function auditView(e: StaffAccountAuditRecord): StaffAccountAuditEntry {
  return {
    id: e.id,
    at: e.at,
    atText: chinaTimeText(e.at),
    action: e.action,
    actionLabel: ACTION_LABELS[e.action] ?? e.action,
    actor: e.actor ?? '命令行',
    via: e.via,
    address: e.address,
    target: e.target,
    scopeLabel: scopeLabel({ region: e.targetRegion, area: e.targetArea }),
    detail: e.detail,
  };
}

const auditQuery = z
  .object({
    login: z.preprocess((v) => (v === '' ? undefined : v), loginName.optional()),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();

/**
 * The account changes an administrator may read: those of accounts within their scope (the scope after the change),
 * newest first; `actor` null (the CLI) reads every one.
 */
export async function listAccountAudit(app: AppContext, actor: StaffUserView | null, query: unknown): Promise<Page<StaffAccountAuditEntry>> {
  const q = parseDescribed(auditQuery, query, staffLabels);
  const page = await app.store.listStaffAccountAudit({
    ...(actor ? { region: actor.region, ...(actor.area !== null ? { area: actor.area } : {}) } : {}),
    ...(q.login !== undefined ? { login: q.login } : {}),
    ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
    ...(q.limit !== undefined ? { limit: q.limit } : {}),
  });
  return { ...page, items: page.items.map(auditView) };
}
