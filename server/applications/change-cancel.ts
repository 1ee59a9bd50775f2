import type { AppContext, Identity } from './context';
import type { ApplicationRecord } from '../store/types';
import type { StoreTx } from '../store/store';
import { newId, nowIso } from './context';
import { isFiler, loadVisible } from './access';
import { audit } from './audit';
import { transition } from './status';
import { viewOf } from './queries';
import { ApplicationView } from './view';
import { ApplicationError } from './errors';
import { cancelFilingRequest, changeFilingRequest, parseApplicationRequest } from '../../shared/schemas/application';
import { applicationType, applicationTypeModules } from '../../shared/applications/registry';
import { issueNumber } from './number';
import { officeFor } from './office';

/**
 * 变更 and 取消 of an accepted 异地就医备案. A filing has no end date in the documents (004 第七章 二问: "备案有效期内
 * 无需重复备案"; 003 gives none), so an accepted one stays in force until the person cancels it or a filing that
 * replaces it is accepted (issue 4: "long-term until changed"). The documents say nothing about how soon after
 * acceptance, or how often, a filing may be changed or cancelled: no waiting period and no count is imposed here.
 */
export const REPLACED_NOTE = '已由新备案替代';

/**
 * Only an accepted application of a type that stays in force (a 异地就医备案; the type first, then the status), else
 * INVALID_STATE in Chinese.
 */
function checkFiling(r: ApplicationRecord, action: 'cancel' | 'change'): void {
  const module = applicationType(r.type);
  if (!module.staysInForce) {
    const verb = action === 'cancel' ? '取消' : '变更';
    const which = applicationTypeModules()
      .filter((m) => m.staysInForce)
      .map((m) => m.label)
      .join('或');
    throw new ApplicationError('INVALID_STATE', `只有${which}可以${verb}；这份申请是${module.label}`, 'type');
  }
  transition(r.status, action);
}

/** 取消备案: the filer or the principal (the same people who may withdraw, access.ts), with an optional reason. */
export async function cancelFiling(ctx: AppContext, identity: Identity, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(cancelFilingRequest, input);
  const at = nowIso(ctx);
  const record = await ctx.store.transaction(async (tx) => {
    const r = await loadVisible(ctx, identity, req.id, tx);
    checkFiling(r, 'cancel');
    const next: ApplicationRecord = {
      ...r,
      status: transition(r.status, 'cancel'),
      cancellation: { at, reason: req.reason ?? null, replacedBy: null },
      updatedAt: at,
    };
    await tx.updateApplication(next);
    await audit(tx, next, at, { role: 'applicant', id: identity.openid }, 'cancel', r.status, req.reason ? `取消备案：${req.reason}` : '取消备案');
    return next;
  });
  return viewOf(ctx, record, identity);
}

/**
 * 变更备案: a new draft of the same type and kind, filled from the accepted filing as stored — principal and agent
 * included, their sealed ID numbers copied here, so none travels to the client — and pointing back at it
 * (`replaces`). The person edits and submits it as any draft; staff accept it and the old one is cancelled then
 * (cancelReplaced). Until that, the old filing stays in force.
 *
 * Started by the filer only: the stored form names them as the signer (the agent, when a relative filed), and a
 * principal who is not the filer could not sign it. A principal can cancel (above) and file anew for themselves.
 */
export async function changeFiling(ctx: AppContext, identity: Identity, input: unknown): Promise<ApplicationView> {
  const { id } = parseApplicationRequest(changeFilingRequest, input);
  const at = nowIso(ctx);
  const record = await ctx.store.transaction(async (tx) => {
    const old = await loadVisible(ctx, identity, id, tx);
    checkFiling(old, 'change');
    if (!isFiler(old, identity)) {
      throw new ApplicationError('INVALID_STATE', '这份备案由家人代您办理，变更须由代办人发起；您也可以取消这份备案，再由本人重新申请', 'id');
    }
    const draft: ApplicationRecord = {
      id: newId(),
      type: old.type,
      status: 'draft',
      filerOpenid: identity.openid,
      principalIdHash: old.principalIdHash,
      content: JSON.parse(JSON.stringify(old.content)) as ApplicationRecord['content'],
      commitment: null,
      decisionReason: null,
      createdAt: at,
      updatedAt: at,
      submittedAt: null,
      replaces: old.id,
    };
    // The new filing goes to the same office as the one it replaces (its content carries the 参保地).
    draft.office = await officeFor(tx, draft);
    draft.number = await issueNumber(tx, draft, at);
    await tx.insertApplication(draft);
    await audit(tx, draft, at, { role: 'applicant', id: identity.openid }, 'create', null, '变更备案：按原备案内容创建草稿；新备案受理后，原备案自动取消');
    return draft;
  });
  return viewOf(ctx, record, identity);
}

/**
 * On staff acceptance of a replacement, in the same transaction: the filing it replaces is cancelled. When that one
 * is no longer in force (the person cancelled it meanwhile, or another change replaced it first) nothing is left to
 * end. Returns whether it cancelled one.
 */
export async function cancelReplaced(tx: StoreTx, replacement: ApplicationRecord, staff: string, at: string): Promise<boolean> {
  if (!replacement.replaces) return false;
  const old = await tx.getApplication(replacement.replaces);
  if (!old || old.status !== 'accepted') return false;
  const next: ApplicationRecord = {
    ...old,
    status: transition(old.status, 'cancel'),
    cancellation: { at, reason: REPLACED_NOTE, replacedBy: replacement.id },
    updatedAt: at,
  };
  await tx.updateApplication(next);
  await audit(tx, next, at, { role: 'staff', id: staff }, 'cancel', old.status, REPLACED_NOTE);
  return true;
}
