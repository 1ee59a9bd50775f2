import type { AppContext, Identity } from './context';
import type { ApplicationRecord, StoredContent } from '../store/types';
import { newId, nowDate, nowIso } from './context';
import { LIMITS, spendIn, type Limit } from '../identity/rate-limit';
import { loadOwned } from './access';
import { audit } from './audit';
import { transition } from './status';
import { mergeDraft, openContent } from './content';
import { viewOf } from './queries';
import { ApplicationView } from './view';
import { ApplicationError } from './errors';
import { invalidField, RuleError } from '../../shared/errors';
import {
  applicationContent,
  DraftContent,
  parseApplicationRequest,
  submitRequest,
} from '../../shared/schemas/application';
import { applicationType } from '../../shared/applications/registry';
import { openCall } from './types';
import { issueNumber, numberOutdated } from './number';
import { checkOfficeChange, officeFor } from './office';

function submitLimits(openid: string): Limit[] {
  const what = '提交申请';
  return [
    { bucket: `submit:hour:${openid}`, ...LIMITS.submitPerAccountHour, what },
    { bucket: `submit:day:${openid}`, ...LIMITS.submitPerAccountDay, what },
  ];
}

/** The stored form must be complete and valid now (a draft may have been saved half-filled). */
function checkComplete(ctx: AppContext, content: StoredContent): void {
  const result = applicationContent.safeParse(openContent(ctx.cipher, content));
  if (result.success) {
    if (content.agent && content.principal?.idNumber?.hash === content.agent.idNumber?.hash) {
      throw new RuleError('INVALID_INPUT', '代办人不能是参保人本人；本人办理请不要填写代办人', 'agent.idNumber');
    }
    return;
  }
  // Reuse the schema's Chinese message and field by re-parsing through the request parser.
  parseApplicationRequest(applicationContent, openContent(ctx.cipher, content));
}

/**
 * Submits a draft (by id) or a whole application in one go. Idempotent per (openid, requestId): a retry — after a
 * timeout, a double tap, 50 at once — returns the application the first one created, and only one exists. The key
 * is written in the same transaction as the application, so an acknowledged submission and its key are stored
 * together or not at all.
 */
export async function submit(ctx: AppContext, identity: Identity, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(submitRequest, input);
  const at = nowIso(ctx);
  // The type's hooks (server/applications/types.ts) run inside; its type cannot change, so it is read first.
  const type = req.content?.type ?? (req.id ? (await ctx.store.getApplication(req.id))?.type : undefined);
  const call = openCall(ctx.store, type);
  const record = await call.transaction(async (tx) => {
    const seen = await tx.getIdempotency(identity.openid, req.requestId);
    if (seen) {
      const earlier = await tx.getApplication(seen.applicationId);
      if (earlier) return earlier;
    }
    // Counted with the submission itself: a retry answered above, or a refused submission, does not count.
    await spendIn(tx, submitLimits(identity.openid), nowDate(ctx));

    let base: ApplicationRecord | null = null;
    if (req.id) {
      base = await loadOwned(ctx, identity, req.id, tx);
      transition(base.status, 'submit');
      if (req.content && req.content.type !== base.type) {
        throw new ApplicationError('INVALID_STATE', '申请类型不能修改；如需办理其他事项，请新建申请', 'content.type');
      }
    }
    const content = req.content ? mergeDraft(ctx.cipher, base?.content ?? null, req.content as DraftContent) : base!.content;
    checkComplete(ctx, content);

    const form = applicationType(content.type).commitmentFor(Boolean(content.agent));
    const signerName = (content.agent ?? content.principal)!.name!;
    if (req.commitment.signerName !== signerName) {
      throw invalidField('签名', `须由${content.agent ? '代办人' : '参保人本人'}（${signerName}）签署《${form.title}》`, ['commitment', 'signerName']);
    }
    // The type's own checks and the state it keeps (a 补助 claim: the filer's binding, the roster, the estimate).
    if (call.mayFile) await call.mayFile(tx, identity, content);
    const state = call.prepare ? await call.prepare(tx, content, at, base?.id) : {};

    const next: ApplicationRecord = {
      id: base?.id ?? newId(),
      type: content.type,
      status: 'submitted',
      filerOpenid: identity.openid,
      principalIdHash: content.principal!.idNumber!.hash,
      content,
      commitment: { formId: form.id, kind: form.kind, signerName, signedAt: at },
      decisionReason: null,
      // What a 退回 named goes with its reason: the resubmitted application is a new answer to both.
      returnConcerns: null,
      createdAt: base?.createdAt ?? at,
      updatedAt: at,
      submittedAt: at,
      ...state,
      // 变更备案: the filing this one replaces, kept through every resubmission.
      ...(base?.replaces ? { replaces: base.replaces } : {}),
    };
    next.office = await officeFor(tx, next);
    if (base) checkOfficeChange(base, next.office);
    if (base) {
      // The number stays through every resubmission (a record older than numbers keeps showing its id), unless its
      // 参保地 changed to one of other letters.
      if (base.number) next.number = base.number;
      if (numberOutdated(next)) next.number = await issueNumber(tx, next, at);
      await tx.updateApplication(next);
    } else {
      next.number = await issueNumber(tx, next, at);
      await tx.insertApplication(next);
    }
    await audit(
      tx,
      next,
      at,
      { role: 'applicant', id: identity.openid },
      'submit',
      base?.status ?? null,
      `${base?.status === 'returned' ? '修改后重新提交' : '提交申请'}；${signerName} 已阅读并签署《${form.title}》`,
    );
    await tx.insertIdempotency({ openid: identity.openid, requestId: req.requestId, applicationId: next.id, createdAt: at });
    return next;
  });
  return viewOf(ctx, record, identity);
}
