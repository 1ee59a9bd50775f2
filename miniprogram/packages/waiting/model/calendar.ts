import type { WaitingResult } from '../../../../shared/waiting';

/**
 * One month of the calendar strip. `before`: paid, but the wait is not counted yet (e.g. December for a wait counted
 * from 1 January); `waiting`: a month of 等待期; `start`: the month the fund starts paying, from `startDay`;
 * `covered`: paid for by the fund.
 */
export interface StripMonth {
  key: string;
  year: number;
  month: number;
  kind: 'before' | 'waiting' | 'start' | 'covered';
  /** The month the premium was paid in. */
  paid: boolean;
  startDay?: number;
  /** The first cell, and every January, carry the year. */
  showYear: boolean;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const keyOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The strip never grows past three years; a longer wait is still said in words and in the steps. */
export const MAX_STRIP_MONTHS = 36;

/**
 * A row of months from the payment to a little after the fund starts paying. The waiting months are the
 * `waitingMonths` months just before the start month, which holds for every reading of "N个月后" the rules use
 * (the same day N months later, clamped to the month's end).
 */
export function calendarStrip(result: WaitingResult, paymentDate: string): StripMonth[] {
  const start = monthIndex(result.benefitStart);
  const firstWaiting = start - result.waitingMonths;
  const paid = monthIndex(paymentDate);
  const from = Math.min(paid, firstWaiting, start);
  const to = Math.min(Math.max(start + 2, paid, from + 3), from + MAX_STRIP_MONTHS - 1);
  const months: StripMonth[] = [];
  for (let i = from; i <= to; i++) {
    const kind = i < firstWaiting ? 'before' : i < start ? 'waiting' : i === start ? 'start' : 'covered';
    months.push({
      key: keyOf(i),
      year: Math.floor(i / 12),
      month: (i % 12) + 1,
      kind,
      paid: i === paid,
      ...(kind === 'start' ? { startDay: Number(result.benefitStart.slice(8, 10)) } : {}),
      showYear: i === from || i % 12 === 0,
    });
  }
  return months;
}

/** "要等 4 个月（固定 3 个月 + 变动 1 个月）" / "不用等待". */
export function waitingText(result: WaitingResult): string {
  if (result.waitingMonths === 0) return '不用等待';
  if (result.variableMonths === 0) return `要等 ${result.waitingMonths} 个月`;
  return `要等 ${result.waitingMonths} 个月（固定 ${result.fixedMonths} 个月 + 变动 ${result.variableMonths} 个月）`;
}

export const STRIP_LEGEND: { kind: StripMonth['kind']; label: string }[] = [
  { kind: 'before', label: '已缴费，尚未起算' },
  { kind: 'waiting', label: '等待期，不能报销' },
  { kind: 'start', label: '开始报销' },
  { kind: 'covered', label: '可以报销' },
];
