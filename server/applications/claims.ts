import type { AppContext, Identity } from './context';
import { nowIso } from './context';
import { ApplicationError } from './errors';
import { claimIdentityRequest, parseApplicationRequest } from '../../shared/schemas/application';

/**
 * "This ID number is me": lets a principal see what a relative filed for them (access.ts). First come, first
 * claimed; claiming one's own number again is harmless.
 */
export async function claimIdentity(ctx: AppContext, identity: Identity, input: unknown): Promise<{ name: string; idNumberMasked: string }> {
  const req = parseApplicationRequest(claimIdentityRequest, input);
  const sealed = ctx.cipher.seal(req.idNumber);
  const at = nowIso(ctx);
  await ctx.store.transaction(async (tx) => {
    const claim = await tx.getIdentityClaim(sealed.hash);
    if (claim && claim.openid !== identity.openid) {
      throw new ApplicationError('CONFLICT', '该身份证号已由其他微信账号作为本人使用；如有疑问请联系参保地经办机构', 'idNumber');
    }
    if (!claim) await tx.insertIdentityClaim({ idHash: sealed.hash, openid: identity.openid, claimedAt: at });
  });
  return { name: req.name, idNumberMasked: sealed.masked };
}
