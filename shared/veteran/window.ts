import { yearOf } from '../dates';

/**
 * The first application month on or after `date` ('YYYY-MM'): 000 第六条 "在县外就医住院优抚对象医疗补助办理时间为
 * 每年7月和12月". A date inside a window month answers that month (the window is still open).
 */
export function nextApplicationMonth(date: string, months: readonly number[]): string {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  const sorted = [...months].sort((a, b) => a - b);
  const same = sorted.find((m) => m >= month);
  const [y, m] = same !== undefined ? [year, same] : [year + 1, sorted[0]];
  return `${y}-${String(m).padStart(2, '0')}`;
}
