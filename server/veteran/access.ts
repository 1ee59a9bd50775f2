import type { AppContext, Identity } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import type { CloseRelative } from '../../shared/filing/relations';
import type { VeteranRosterRecord } from '../store/types';

export const NOT_ON_ROSTER_MESSAGE =
  '优抚对象名册中没有找到该人员（姓名和身份证号须与名册一致）。名册由县退役军人事务局导入；如有疑问，请联系所在乡（镇）退役军人服务站';

/** Whose ledger the caller reads: their own, or a relative's they saved as a family member. */
export type Viewer = { role: 'self' } | { role: 'agent'; relation: CloseRelative; familyMemberId: string };

/**
 * Who may read a veteran's ledger, kept to the applications' rule (server/applications/access.ts): the person whose
 * ID number this account has claimed as its own, or a close relative the account saved as a family member — and
 * then the saved name must be the roster's name too, so an ID number alone opens nothing. Everything else is one
 * "not on the roster" answer, whether the person is absent or the name differs.
 */
export async function veteranFor(
  ctx: AppContext,
  identity: Identity,
  familyMemberId: string | undefined,
): Promise<{ roster: VeteranRosterRecord; viewer: Viewer }> {
  if (familyMemberId !== undefined) {
    const member = await ctx.store.getFamilyMember(familyMemberId);
    if (!member || member.openid !== identity.openid) throw new ApplicationError('NOT_FOUND', '未找到该家庭成员', 'familyMemberId');
    const roster = await ctx.store.getVeteranRoster(member.idNumber.hash);
    if (!roster || roster.name !== member.name) throw new ApplicationError('NOT_FOUND', NOT_ON_ROSTER_MESSAGE, 'familyMemberId');
    return { roster, viewer: { role: 'agent', relation: member.relation, familyMemberId } };
  }
  const claims = await ctx.store.claimsOf(identity.openid);
  if (claims.length === 0) {
    throw new ApplicationError(
      'NOT_FOUND',
      '请先在“本人实名”中填写本人的姓名和身份证号；为家人查询时，请选择已保存的家庭成员',
      'familyMemberId',
    );
  }
  for (const claim of claims) {
    const roster = await ctx.store.getVeteranRoster(claim.idHash);
    if (roster) return { roster, viewer: { role: 'self' } };
  }
  throw new ApplicationError('NOT_FOUND', NOT_ON_ROSTER_MESSAGE, 'familyMemberId');
}
