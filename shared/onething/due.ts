import type dayjs from 'dayjs';
import { DATE_FORMAT, day, isIsoDate } from '../dates';
import type { DueRule } from './types';

/**
 * The last day a claim may be made, for a stay that ended on `ended` (YYYY-MM-DD, a China civil date as every date of
 * the app): a dayjs date at 00:00 of that civil day, so `.format('YYYY-MM-DD')` is the day shown and compared with
 * todayInChina(). Throws on a date that is not a real calendar day (the callers' schemas refuse those first).
 *
 * - 次年 N 月底: the last day of month N of the next year (2026-03-10 → 2027-06-30).
 * - N 个月内: the same day N months later, clamped to a shorter month (2026-11-30 + 3 → 2027-02-28).
 * - 每年 7 月和 12 月: the last day of the first such month at or after the month the stay ended (2026-03-10 → 2026-07-31;
 *   2026-08-01 → 2026-12-31); a stay of December is taken in that December's round.
 */
export function dueDate(rule: DueRule, ended: string): dayjs.Dayjs {
  if (!isIsoDate(ended)) throw new Error(`不是有效的日期：${ended}`);
  const end = day(ended);
  switch (rule.type) {
    case 'next-year-month-end':
      return monthEnd(end.year() + 1, rule.month);
    case 'months-after':
      return day(end.add(rule.months, 'month').format(DATE_FORMAT));
    case 'window-months': {
      const months = [...rule.months].sort((a, b) => a - b);
      const month = end.month() + 1;
      const next = months.find((m) => m >= month);
      return next === undefined ? monthEnd(end.year() + 1, months[0]) : monthEnd(end.year(), next);
    }
  }
}

/** The last day of `month` (1–12) of `year`. */
function monthEnd(year: number, month: number): dayjs.Dayjs {
  const first = day(`${year}-${String(month).padStart(2, '0')}-01`);
  return day(first.endOf('month').format(DATE_FORMAT));
}

/** Whole days from `today` to `due` (0 on the day itself, negative once past). */
export function daysLeft(due: dayjs.Dayjs, today: string): number {
  return due.diff(day(today), 'day');
}
