import type { AppContext } from '../../applications/context';
import type { ApplicationRecord } from '../../store/types';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { decideAs, type Decision } from '../../applications/staff';
import { ApplicationError } from '../../applications/errors';
import { STATUS_LABELS } from '../../applications/status';
import { type StaffActor, loadInScope, requireInScope } from './scope';
import { requireDecision } from './roles';
import { parseAcceptBody, parseReasonBody } from './requests';
import { staffDetail } from './detail';
import { chinaTimeText } from './china-time';

const VERBS: Record<Decision, string> = { accept: '受理', return: '退回', reject: '不予受理' };
const DONE: Record<string, string> = {
  accept: '受理',
  return: '退回',
  reject: '不予受理',
  withdraw: '撤回',
  submit: '重新提交',
  cancel: '取消备案',
};

/** Thrown inside the decision's transaction when the application is no longer waiting: someone acted first. */
class DecidedMeanwhile extends Error {
  constructor(readonly record: ApplicationRecord) {
    super('decided meanwhile');
  }
}

/** "该申请已由 李四（lisi）于 2026-12-01 14:03 受理……": who acted first and when, from the audit trail. */
async function conflict(ctx: AppContext, record: ApplicationRecord, action: Decision): Promise<ApplicationError> {
  const trail = await ctx.store.listAudit(record.id);
  const last = [...trail].reverse().find((e) => e.toStatus === record.status && e.fromStatus !== e.toStatus);
  const status = `现为“${STATUS_LABELS[record.status]}”`;
  const by = last ? `已由${last.actor.role === 'staff' ? ` ${last.actor.id} ` : '申请人'}于 ${chinaTimeText(last.at)} ${DONE[last.action] ?? '处理'}（${status}）` : `已处理（${status}）`;
  return new ApplicationError('CONFLICT', `该申请${by}，不能再${VERBS[action]}；请刷新后查看`, 'status');
}

/**
 * POST /applications/:id/accept|return|reject: the service layer's decision (server/applications/staff.ts decideAs)
 * under the console's rules — the application in the staff member's scope (checked before and again inside the
 * transaction), the decision the role's (roles.ts), and a clear conflict when another staff member decided first.
 */
/**
 * The service's refusal of a possible duplicate names the CLI's flag (server/veteran/duplicates.ts); in the console
 * the same confirmation is the accept dialog's box and reason, so the console is told that instead.
 */
export const CONSOLE_DUPLICATE_STEP = '在受理对话框中勾选“已核对结算单，确属另一次住院”并写明理由后受理';
const CLI_DUPLICATE_STEP = /用 --confirm-duplicate <理由> 受理/;

function forCaller(e: unknown, via: 'console' | 'cli'): unknown {
  if (via === 'cli' || !(e instanceof ApplicationError) || e.code !== 'DUPLICATE' || e.field !== 'confirmDuplicate') return e;
  return new ApplicationError('DUPLICATE', e.message.replace(CLI_DUPLICATE_STEP, CONSOLE_DUPLICATE_STEP), e.field);
}

export async function staffDecide(ctx: AppContext, actor: StaffActor, action: Decision, id: string, body: unknown, via: 'console' | 'cli' = 'console'): Promise<StaffApplicationDetail> {
  const before = await loadInScope(ctx, actor, id);
  requireDecision(actor.role, before.type, action);
  const req = action === 'accept' ? parseAcceptBody(body) : parseReasonBody(body);
  if (before.status !== 'submitted') throw await conflict(ctx, before, action);
  let record: ApplicationRecord;
  try {
    record = await decideAs(ctx, { login: actor.login, name: actor.name }, action, { id: before.id, ...req }, (r) => {
      requireInScope(actor, r);
      if (r.status !== 'submitted') throw new DecidedMeanwhile(r);
    });
  } catch (e) {
    if (e instanceof DecidedMeanwhile) throw await conflict(ctx, e.record, action);
    throw forCaller(e, via);
  }
  return staffDetail(ctx, actor, record);
}
