import type { StoreTx } from '../store/store';
import type { ApplicationRecord } from '../store/types';
import { applicationType } from '../../shared/applications/registry';
import { formatNumber, PREFIX_PATTERN } from '../../shared/applications/numbers';
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

export async function issueNumber(tx: StoreTx, record: Pick<ApplicationRecord, 'id' | 'type' | 'content'>, at: string): Promise<string> {
  const prefix = applicationType(record.type).numberPrefix(sectionOf(record.content) as never);
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`numberPrefix of ${record.type} is not 2–4 capital letters: ${prefix}`);
  const year = chinaYear(at);
  const id = counterId(prefix, year);
  const last = (await tx.getRateCounter(id))?.count ?? 0;
  const next = last + 1;
  await tx.putRateCounter({ id, count: next, expiresAt: NEVER });
  return formatNumber(prefix, year, next);
}
