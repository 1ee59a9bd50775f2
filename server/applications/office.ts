import type { StoreTx } from '../store/store';
import type { ApplicationRecord } from '../store/types';
import type { OfficeRef } from '../../shared/applications/offices-types';
import { choosesOffice, fallbackOffice, officeFromRoster, officeRegionsFor } from '../../shared/applications/offices';
import { ApplicationError } from './errors';

/**
 * The office that handles an application (ApplicationRecord.office), worked out by the server at creation, at each
 * change and at submission — never taken from the client as such: a filing's is the 参保地 chosen in its content
 * (checked by the content schema against the offices that take the type), or 山西 with no office named when none was
 * chosen (what every filing was before the choice existed); a 优抚 claim's is the veteran's roster entry — its region
 * and 乡镇 — read by key, so it also runs inside a CloudBase transaction. null: not known yet (no roster entry).
 */
export async function officeFor(tx: StoreTx, record: Pick<ApplicationRecord, 'type' | 'content' | 'principalIdHash'>): Promise<OfficeRef | null> {
  if (choosesOffice(record.type)) return record.content.office ?? fallbackOffice(record.type);
  if (officeFromRoster(record.type) && record.principalIdHash) {
    const entry = await tx.getVeteranRoster(record.principalIdHash);
    if (entry && officeRegionsFor(record.type).some((r) => r.region === entry.region)) {
      return { region: entry.region, area: entry.township?.trim() || null };
    }
  }
  return null;
}

export function sameOffice(a: OfficeRef | null | undefined, b: OfficeRef | null | undefined): boolean {
  return (a?.region ?? null) === (b?.region ?? null) && (a?.area ?? null) === (b?.area ?? null);
}

/**
 * Once submitted, the office stays: a returned application may move to another office only when staff named the
 * 参保地 among what to fix (its return concerns name "office").
 */
export function checkOfficeChange(before: ApplicationRecord, next: OfficeRef | null): void {
  if (before.status !== 'returned' || before.office === undefined || sameOffice(before.office, next)) return;
  if (before.returnConcerns?.fields.includes('office')) return;
  throw new ApplicationError('INVALID_STATE', '参保地（受理机构）提交后不能修改；只有经办机构退回时要求更正参保地，才能修改', 'office');
}
