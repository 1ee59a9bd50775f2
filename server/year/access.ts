import { createHash } from 'crypto';
import type { StoreTx } from '../store/store';
import type { FamilyMemberRecord } from '../store/types';
import type { Identity } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import type { YearPerson } from '../../shared/year/types';

/**
 * Whose year an account may read and write: its own ('self') and its own saved family members', nobody else's. The
 * record's id is a hash of (account, person, year), so one account's request can never address another account's
 * record, even with the right member id.
 */
export function yearRecordId(openid: string, person: YearPerson, year: number): string {
  return createHash('sha256').update(`${openid}\n${person}\n${year}`).digest('hex').slice(0, 32);
}

/** One answer whether the member id does not exist, was deleted, or belongs to another account. */
export const PERSON_NOT_FOUND = '未找到这位家庭成员，请在“家庭成员”里重新选择';

/**
 * The family member a person names (null for 'self'), read by id so it works inside a transaction; NOT_FOUND when the
 * account has no such member.
 */
export async function memberOf(tx: Pick<StoreTx, 'getFamilyMember'>, identity: Identity, person: YearPerson): Promise<FamilyMemberRecord | null> {
  if (person === 'self') return null;
  const m = await tx.getFamilyMember(person);
  if (!m || m.openid !== identity.openid) throw new ApplicationError('NOT_FOUND', PERSON_NOT_FOUND, 'person');
  return m;
}

/** The ids of a member's year records: deleted with the member, in the same transaction (server/applications/family.ts). */
export function memberYearRecordIds(member: FamilyMemberRecord): string[] {
  return (member.years ?? []).map((y) => yearRecordId(member.openid, member.id, y));
}
