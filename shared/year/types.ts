import type { Payments } from '../result';

/**
 * A person's year (issue 14 "Her whole year"): the stays and visits of one person in one coverage year, kept on the
 * device and, for a signed-in account, in the store. The next estimate of that person and year starts from it: the
 * year-to-date figures are the chain of its entries (shared/year/chain.ts), never typed by the person.
 *
 * Who: `self` (the account's own person) or a saved family member's id (family.list). One record per account,
 * person and year, never mixed between people.
 */
export type YearPerson = 'self' | string;

/** The estimate request of one visit as it was estimated, without year-to-date figures: the chain supplies those. */
export interface YearCase {
  region: string;
  /** 结算日期 (YYYY-MM-DD): the year of the record and the order of the chain. */
  date: string;
  scheme: 'resident' | 'employee';
  person?: Record<string, unknown>;
  visit: Record<string, unknown> & { type: string; totalCost: string; inScopeCost: string };
}

/**
 * What the 结算单 says, when the person has it: the bill's totals and what each payer actually paid. The chain then
 * counts these amounts instead of the estimate's (a payer not given keeps the estimate's amount).
 */
export interface Settlement {
  totalCost?: string;
  inScopeCost?: string;
  payments: Partial<Payments>;
}

/**
 * One visit in the year. `id` is made by the device that added it (so two devices never collide); `updatedAt` decides
 * which copy wins when two devices changed it (shared/year/merge.ts). A deleted entry stays as a tombstone (`deletedAt`,
 * no case) so a device that still has it does not bring it back.
 */
export interface YearEntry {
  id: string;
  /** Absent on a tombstone. */
  case?: YearCase;
  settled?: Settlement;
  /** What the person calls it, e.g. "县医院 住院" (optional, at most 30 characters). */
  label?: string;
  /** Timestamps as `Date.prototype.toISOString` writes them (UTC, milliseconds): the schema refuses any other spelling, so they compare as strings. */
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

export interface YearRecord {
  person: YearPerson;
  year: number;
  entries: YearEntry[];
}
