import type { AppContext, Identity } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import type { CloseRelative } from '../../shared/filing/relations';
import type { VeteranRosterRecord } from '../store/types';
import { getBindingOf, isActive, isVerified } from '../identity/bindings';
import { needsVerification } from '../identity/messages';

export const NOT_ON_ROSTER_MESSAGE =
  '优抚对象名册中没有找到该人员（姓名和身份证号须与名册一致）。名册由县退役军人事务局导入；如有疑问，请联系所在乡（镇）退役军人服务站';

/** Whose ledger the caller reads: their own, or a relative's they saved as a family member. */
export type Viewer = { role: 'self' } | { role: 'agent'; relation: CloseRelative; familyMemberId: string };

/**
 * Who may read a veteran's ledger and roster data (category, grade, township, payments), or file a 住院补助 claim
 * for him: an account whose binding to the veteran is *verified* (server/identity) — his own (self), or a relative's
 * saved as a family member (agent) whose saved name is also the roster's name. A declared binding, or an ID number
 * alone, opens nothing; it is told where to verify. Whether a person is on the roster is told only to verified
 * bindings: everyone else gets one answer, whoever they named.
 */
export async function veteranFor(
  ctx: AppContext,
  identity: Identity,
  familyMemberId: string | undefined,
): Promise<{ roster: VeteranRosterRecord; viewer: Viewer }> {
  if (familyMemberId !== undefined) {
    const member = await ctx.store.getFamilyMember(familyMemberId);
    if (!member || member.openid !== identity.openid) throw new ApplicationError('NOT_FOUND', '未找到该家庭成员', 'familyMemberId');
    const binding = await getBindingOf(ctx.store, identity.openid, member.idNumber.hash, 'agent');
    if (!isVerified(binding)) {
      throw new ApplicationError('NEEDS_VERIFICATION', needsVerification(`查看${member.name}的优抚补助台账`), 'familyMemberId');
    }
    const roster = await ctx.store.getVeteranRoster(member.idNumber.hash);
    if (!roster || roster.name !== member.name) throw new ApplicationError('NOT_FOUND', NOT_ON_ROSTER_MESSAGE, 'familyMemberId');
    return { roster, viewer: { role: 'agent', relation: member.relation, familyMemberId } };
  }
  const selves = (await ctx.store.bindingsOf(identity.openid)).filter((b) => b.role === 'self' && isActive(b));
  if (selves.length === 0) {
    throw new ApplicationError(
      'NOT_FOUND',
      '请先在“本人信息与核验”中填写本人的姓名和身份证号；为家人查询时，请选择已保存的家庭成员',
      'familyMemberId',
    );
  }
  const verified = selves.filter((b) => isVerified(b));
  if (verified.length === 0) throw new ApplicationError('NEEDS_VERIFICATION', needsVerification('查看本人的优抚补助台账'), 'familyMemberId');
  for (const b of verified) {
    const roster = await ctx.store.getVeteranRoster(b.idHash);
    if (roster) return { roster, viewer: { role: 'self' } };
  }
  throw new ApplicationError('NOT_FOUND', NOT_ON_ROSTER_MESSAGE, 'familyMemberId');
}
