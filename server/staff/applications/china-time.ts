import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { addDays } from '../../../shared/dates';

dayjs.extend(utc);

/** China is UTC+8 all year (no daylight saving), so a China day is one fixed UTC interval. */
const CHINA_OFFSET_MINUTES = 8 * 60;

/** The instant a China date begins, in UTC: 2026-12-01 → 2026-11-30T16:00:00.000Z. */
export function chinaDayStart(date: string): string {
  return dayjs.utc(`${date}T00:00:00.000Z`).subtract(CHINA_OFFSET_MINUTES, 'minute').toISOString();
}

/** The submission bounds of China dates [from, to], inclusive of the whole `to` day: [start of from, start of to + 1). */
export function chinaDateBounds(from: string | undefined, to: string | undefined): { from?: string; before?: string } {
  return { ...(from ? { from: chinaDayStart(from) } : {}), ...(to ? { before: chinaDayStart(addDays(to, 1)) } : {}) };
}

/** An instant as staff read it, China time: "2026-12-01 13:57". */
export function chinaTimeText(iso: string): string {
  return dayjs.utc(iso).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm');
}
