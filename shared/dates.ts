import dayjs from 'dayjs';

/** Dates are date-only `YYYY-MM-DD`, read as China civil dates (no time zone arithmetic needed). */
export const DATE_FORMAT = 'YYYY-MM-DD';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD (rejects 2025-02-30, which dayjs would roll over). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const dayOfMonth = Number(m[3]);
  if (year < 1900 || month < 1 || month > 12 || dayOfMonth < 1) return false;
  return dayOfMonth <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function day(value: string): dayjs.Dayjs {
  return dayjs(value, DATE_FORMAT);
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/**
 * Adds months the way the documents count waiting periods: dayjs clamps to the end of a shorter month
 * (2025-11-30 + 3 months = 2026-02-28), which is the reading we adopt.
 */
export function addMonths(value: string, months: number): string {
  return day(value).add(months, 'month').format(DATE_FORMAT);
}

export function addDays(value: string, days: number): string {
  return day(value).add(days, 'day').format(DATE_FORMAT);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today's date in China (UTC+8), whatever the machine's zone. */
export function todayInChina(now: Date = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3600 * 1000);
  return china.toISOString().slice(0, 10);
}
