import type { AppContext, Identity } from './context';
import type { ApplicationRecord, StoredContent } from '../store/types';
import type { StoreTx } from '../store/store';
import { newId, nowIso } from './context';
import { loadOwned } from './access';
import { audit } from './audit';
import { transition } from './status';
import { mergeDraft } from './content';
import { viewOf } from './queries';
import { ApplicationView } from './view';
import { ApplicationError } from './errors';
import { createDraftRequest, updateDraftRequest, parseApplicationRequest, DraftContent } from '../../shared/schemas/application';
import { inverseRelation } from '../../shared/filing/relations';
import { earlierResult, onceByKey, recordResult } from './request-key';
import { issueNumber, numberOutdated } from './number';
import { checkOfficeChange, officeFor } from './office';

/**
 * A saved family member (mine) as the principal: the sealed ID number is copied, never sent to the client. A phone
 * typed in the same request (the member was saved without one) is kept rather than dropped.
 */
async function withFamilyMember(
  tx: StoreTx,
  identity: Identity,
  content: StoredContent,
  familyMemberId: string | undefined,
  typedPhone: string | undefined,
): Promise<StoredContent> {
  if (!familyMemberId) return content;
  const member = await tx.getFamilyMember(familyMemberId);
  if (!member || member.openid !== identity.openid) {
    throw new ApplicationError('NOT_FOUND', '未找到该家庭成员', 'principalFamilyMemberId');
  }
  const phone = typedPhone ?? member.phone ?? undefined;
  return {
    ...content,
    principal: { name: member.name, idNumber: member.idNumber, ...(phone ? { phone } : {}) },
    // I saved them as "my parent": filing for them, I am their child — unless the form already says otherwise.
    agent: { ...content.agent, relation: content.agent?.relation ?? inverseRelation(member.relation) },
  };
}

function principalHash(content: StoredContent): string | null {
  return content.principal?.idNumber?.hash ?? null;
}

/**
 * A new draft owned by the caller. Invalid input throws before anything is written. With a request key, a retried
 * call (the platform's, or the page's after a lost answer) answers with the draft the first call created.
 */
export async function createDraft(ctx: AppContext, identity: Identity, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(createDraftRequest, input);
  const at = nowIso(ctx);
  const earlier = async (id: string) => {
    const r = await ctx.store.getApplication(id);
    return r && r.filerOpenid === identity.openid ? r : null;
  };
  const record = await onceByKey(
    ctx,
    identity,
    'createDraft',
    req.requestId,
    () =>
      ctx.store.transaction(async (tx) => {
        const seen = await earlierResult(tx, identity, 'createDraft', req.requestId);
        const found = seen ? await tx.getApplication(seen) : null;
        if (found && found.filerOpenid === identity.openid) return found;
        const content = await withFamilyMember(
          tx,
          identity,
          mergeDraft(ctx.cipher, null, req.content as DraftContent),
          req.principalFamilyMemberId,
          req.content.principal?.phone,
        );
        const r: ApplicationRecord = {
          id: newId(),
          type: content.type,
          status: 'draft',
          filerOpenid: identity.openid,
          principalIdHash: principalHash(content),
          content,
          commitment: null,
          decisionReason: null,
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
        };
        r.office = await officeFor(tx, r);
        r.number = await issueNumber(tx, r, at);
        await tx.insertApplication(r);
        await audit(tx, r, at, { role: 'applicant', id: identity.openid }, 'create', null, '创建草稿');
        await recordResult(ctx, tx, identity, 'createDraft', req.requestId, r.id);
        return r;
      }),
    earlier,
  );
  return viewOf(ctx, record, identity);
}

/** Changes a draft, or a returned application before it is resubmitted; fields not sent stay as stored. */
export async function updateDraft(ctx: AppContext, identity: Identity, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(updateDraftRequest, input);
  const at = nowIso(ctx);
  const record = await ctx.store.transaction(async (tx) => {
    const r = await loadOwned(ctx, identity, req.id, tx);
    transition(r.status, 'update');
    if (req.content.type !== r.type) {
      throw new ApplicationError('INVALID_STATE', '申请类型不能修改；如需办理其他事项，请新建申请', 'content.type');
    }
    const content = await withFamilyMember(
      tx,
      identity,
      mergeDraft(ctx.cipher, r.content, req.content as DraftContent),
      req.principalFamilyMemberId,
      req.content.principal?.phone,
    );
    const next: ApplicationRecord = { ...r, content, principalIdHash: principalHash(content), updatedAt: at };
    next.office = await officeFor(tx, next);
    checkOfficeChange(r, next.office);
    // Another 参保地 of other letters: a new number (the old one is never reused).
    const renumbered = numberOutdated(next);
    if (renumbered) next.number = await issueNumber(tx, next, at);
    await tx.updateApplication(next);
    await audit(tx, next, at, { role: 'applicant', id: identity.openid }, 'update', r.status, renumbered ? `修改申请内容；参保地改变，业务编号改为 ${next.number}` : '修改申请内容');
    return next;
  });
  return viewOf(ctx, record, identity);
}
