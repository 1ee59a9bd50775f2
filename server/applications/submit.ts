import type { AppContext, Identity } from './context';
import type { ApplicationRecord, StoredContent } from '../store/types';
import type { StoreTx } from '../store/store';
import { newId, nowIso } from './context';
import { loadOwned } from './access';
import { audit } from './audit';
import { transition } from './status';
import { mergeDraft, openContent } from './content';
import { viewOf } from './queries';
import { ApplicationView } from './view';
import { ApplicationError } from './errors';
import { RuleError } from '../../shared/errors';
import {
  applicationContent,
  DraftContent,
  parseApplicationRequest,
  submitRequest,
} from '../../shared/schemas/application';
import { commitmentFormFor } from '../../shared/filing/commitments';
import { prepareSubsidyClaim } from '../veteran/claim';

/**
 * The signer's ID number becomes the filer's own (access.ts): first come, first claimed. Someone else's claim means
 * this account is signing as a person another account already is — refused, with nothing written.
 */
async function claimSigner(tx: StoreTx, identity: Identity, content: StoredContent, at: string): Promise<void> {
  const signer = content.agent ?? content.principal;
  const hash = signer?.idNumber?.hash;
  if (!hash) return;
  const claim = await tx.getIdentityClaim(hash);
  if (claim && claim.openid !== identity.openid) {
    throw new ApplicationError(
      'CONFLICT',
      `${content.agent ? '代办人' : '参保人'}身份证号已由其他微信账号作为本人使用，请核对；如有疑问请联系参保地经办机构`,
      content.agent ? 'agent.idNumber' : 'principal.idNumber',
    );
  }
  if (!claim) await tx.insertIdentityClaim({ idHash: hash, openid: identity.openid, claimedAt: at });
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
  const record = await ctx.store.transaction(async (tx) => {
    const seen = await tx.getIdempotency(identity.openid, req.requestId);
    if (seen) {
      const earlier = await tx.getApplication(seen.applicationId);
      if (earlier) return earlier;
    }

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

    const form = commitmentFormFor(content.type, Boolean(content.agent));
    const signerName = (content.agent ?? content.principal)!.name!;
    if (req.commitment.signerName !== signerName) {
      throw new RuleError(
        'INVALID_INPUT',
        `签名：须由${content.agent ? '代办人' : '参保人本人'}（${signerName}）签署《${form.title}》`,
        'commitment.signerName',
      );
    }
    await claimSigner(tx, identity, content, at);
    // 优抚 住院医疗补助: the principal must be on the county's roster; the amount is estimated against the ledger.
    const subsidyClaim = content.type === 'veteranSubsidy' ? await prepareSubsidyClaim(tx, content, at) : undefined;

    const next: ApplicationRecord = {
      id: base?.id ?? newId(),
      type: content.type,
      status: 'submitted',
      filerOpenid: identity.openid,
      principalIdHash: content.principal!.idNumber!.hash,
      content,
      commitment: { formId: form.id, kind: form.kind, signerName, signedAt: at },
      decisionReason: null,
      createdAt: base?.createdAt ?? at,
      updatedAt: at,
      submittedAt: at,
      ...(subsidyClaim ? { subsidyClaim } : {}),
      // 变更备案: the filing this one replaces, kept through every resubmission.
      ...(base?.replaces ? { replaces: base.replaces } : {}),
    };
    if (base) await tx.updateApplication(next);
    else await tx.insertApplication(next);
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
