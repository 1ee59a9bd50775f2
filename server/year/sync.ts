import type { AppContext, Identity } from '../applications/context';
import { nowDate, nowIso } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import { spendIn } from '../identity/rate-limit';
import type { StoredYearRecord } from '../store/types';
import type { YearRecordView } from '../../shared/contract/year';
import { MAX_YEAR_ENTRIES, parseYear, yearSyncRequest } from '../../shared/schemas/year';
import { mergeEntries } from '../../shared/year/merge';
import { memberOf, yearRecordId } from './access';
import { yearSyncLimits } from './limits';
import { yearView } from './view';

const isLive = (e: { deletedAt?: string; case?: unknown }) => e.deletedAt === undefined && e.case !== undefined;

/**
 * `family.yearSync` {person, year, entries, requestId?}: the device's entries merged into the stored record in one
 * transaction (read, mergeEntries, write), and the merged record answered, so two devices syncing at once both keep
 * their entries (CloudBase: the second writer conflicts and the store reruns the transaction on the new record).
 *
 * A retried call needs no request key: merging the same entries again changes nothing (mergeEntries is idempotent),
 * so `requestId` is accepted for the client's retry machinery and not stored. A merge that changes nothing writes no
 * record; a merge above MAX_YEAR_ENTRIES live entries is refused and writes nothing.
 */
export async function yearSync(ctx: AppContext, identity: Identity, input: unknown): Promise<YearRecordView> {
  const req = parseYear(yearSyncRequest, input ?? {});
  const id = yearRecordId(identity.openid, req.person, req.year);
  const stored = await ctx.store.transaction(async (tx) => {
    const member = await memberOf(tx, identity, req.person);
    // Counted with the sync itself: one refused below writes nothing, its count included.
    await spendIn(tx, yearSyncLimits(identity.openid), nowDate(ctx));
    const before = await tx.getYearRecord(id);
    const merged = mergeEntries(before?.entries ?? [], req.entries);
    const live = merged.filter(isLive).length;
    if (live > MAX_YEAR_ENTRIES) {
      const kept = before ? before.entries.filter(isLive).length : 0;
      throw new ApplicationError(
        'CONFLICT',
        `${req.year} 年已保存 ${kept} 次就医，加上这台手机上的记录共 ${live} 次，超过每年 ${MAX_YEAR_ENTRIES} 次的上限，这次没有保存。请先删除不需要的记录，再同步。`,
        'entries',
      );
    }
    // Nothing new (a retry, a device already up to date, an empty year never stored): nothing written.
    if (before ? JSON.stringify(before.entries) === JSON.stringify(merged) : merged.length === 0) return before;
    const record: StoredYearRecord = { id, openid: identity.openid, person: req.person, year: req.year, entries: merged, updatedAt: nowIso(ctx) };
    await tx.putYearRecord(record);
    // The member remembers its years, so deleting it can delete them by id (see FamilyMemberRecord.years).
    if (member && !(member.years ?? []).includes(req.year)) {
      await tx.putFamilyMember({ ...member, years: [...(member.years ?? []), req.year].sort((a, b) => a - b) });
    }
    return record;
  });
  return yearView(req.person, req.year, stored);
}
