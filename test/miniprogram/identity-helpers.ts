import type { AppContext, Identity } from '../../server/applications/context';
import type { FamilyMemberView } from '../../server/applications/family';
import { declareSelf, staffVerify } from '../../server/identity';

/**
 * Verification as the office does it (server/identity/staff.ts, `yibao staff verify`): the person brings the card,
 * reads out the 核验编号, staff confirm. For tests whose subject is what a *verified* account sees.
 */
export async function verifiedSelf(ctx: AppContext, identity: Identity, person: { name: string; idNumber: string }) {
  const declared = await declareSelf(ctx, identity, person);
  if (!declared.self) throw new Error('declareSelf answered no binding');
  await staffVerify(ctx, { idNumber: person.idNumber, name: person.name, ref: declared.self.ref, staff: '王经办', evidence: '核对身份证原件' });
}

/** A saved relative whose relationship the office confirmed (户口本 and both cards): the agent binding verified. */
export async function verifiedMember(ctx: AppContext, member: FamilyMemberView, idNumber: string): Promise<FamilyMemberView> {
  await staffVerify(ctx, { idNumber, name: member.name, ref: member.ref, staff: '王经办', evidence: '核对户口本和双方身份证' });
  return { ...member, level: 'verified' };
}
