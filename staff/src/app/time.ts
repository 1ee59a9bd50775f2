import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** An instant as staff read it: China time (UTC+8) whatever the browser's zone, "2026-12-01 13:57". */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = dayjs.utc(iso);
  return t.isValid() ? t.utcOffset(8 * 60).format('YYYY-MM-DD HH:mm') : iso;
}
