import type { StoreTx } from '../store/store';
import type { ApplicationRecord } from '../store/types';
import { applicationType } from '../../shared/applications/registry';
import { formatNumber, NUMBER_PATTERN, PREFIX_PATTERN } from '../../shared/applications/numbers';
import { officePrefix } from '../../shared/applications/offices';
import { sectionOf } from './content';

/**
 * Gives a new application its business number (shared/applications/numbers.ts) inside the transaction that creates
 * it. The counter of a prefix and year is one keyed document (kept with the store's counters, never expiring): read,
 * incremented, written back in the same transaction, so two creations at once conflict and one is run again —
 * SQLite serializes them, CloudBase fails the second writer and the adapter retries it. A number is never reused: the
 * counter only goes up, and a creation that fails rolls its increment back with it (nothing was issued).
 *
 * The number is stored on the record; staff find an application by it through the store's query (`number`).
 */
const NEVER = '9999-12-31T23:59:59.999Z';

function counterId(prefix: string, year: number): string {
  return `applicationNumber:${prefix}-${year}`;
}

/** The year in China (UTC+8) of an ISO instant. */
function chinaYear(at: string): number {
  return new Date(Date.parse(at) + 8 * 3600 * 1000).getUTCFullYear();
}

/**
 * The letters of an application's number: its office's (BZ for a 巴中 filing, SX for a 山西 one: shared/applications/
 * offices.ts), else its type module's.
 */
export function numberPrefixOf(record: Pick<ApplicationRecord, 'type' | 'content' | 'office'>): string {
  const byOffice = record.office ? officePrefix(record.office) : null;
  return byOffice ?? applicationType(record.type).numberPrefix(sectionOf(record.content) as never);
}

/** Whether a number issued earlier no longer carries the letters of the application's office (its 参保地 changed). */
export function numberOutdated(record: Pick<ApplicationRecord, 'type' | 'content' | 'office' | 'number'>): boolean {
  const m = record.number ? NUMBER_PATTERN.exec(record.number) : null;
  return m !== null && m[1] !== numberPrefixOf(record);
}

export async function issueNumber(tx: StoreTx, record: Pick<ApplicationRecord, 'id' | 'type' | 'content' | 'office'>, at: string): Promise<string> {
  const prefix = numberPrefixOf(record);
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`numberPrefix of ${record.type} is not 2–4 capital letters: ${prefix}`);
  const year = chinaYear(at);
  const id = counterId(prefix, year);
  const last = (await tx.getRateCounter(id))?.count ?? 0;
  const next = last + 1;
  await tx.putRateCounter({ id, count: next, expiresAt: NEVER });
  return formatNumber(prefix, year, next);
}
