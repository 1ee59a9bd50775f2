import { addMonths } from '../dates';

/**
 * "3个月后": the handbook's examples fix the reading. 十问 例二: waiting counted from 1 January →
 * "4月1日起享受待遇"; 例四: paid 1月2日 → "4月2日后才能享受待遇"; 例五: from 1 January, 4 months →
 * "2027年5月1日后享受待遇". So the first day the fund pays is the start date plus the waiting months, same day of
 * the month ("X日后" read as "from X"; reading it as the day after X would make 例二 and 例五 disagree), and a day
 * that does not exist in the target month clamps to that month's last day (2026-11-30 + 3 → 2027-02-28), as
 * shared/dates.ts does everywhere.
 */
export function afterWaiting(start: string, months: number): string {
  return months === 0 ? start : addMonths(start, months);
}

/** "缴费当月即可享受待遇" (第二章 二十一问、二十三问): the first day of the payment month. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
