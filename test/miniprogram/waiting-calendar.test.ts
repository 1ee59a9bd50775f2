import { calendarStrip, MAX_STRIP_MONTHS, waitingText, type StripMonth } from '../../miniprogram/packages/waiting/model/calendar';
import { waiting } from '../../shared/waiting';

const resident = (paymentDate: string, coverageYear: number, insuredYears: number[], extra: Record<string, unknown> = {}) =>
  waiting({ region: 'bazhong', scheme: 'resident', paymentDate, coverageYear, insuredYears, ...extra });

const kinds = (strip: StripMonth[]) => strip.map((m) => `${m.key}:${m.kind}${m.paid ? '*' : ''}${m.startDay ? `@${m.startDay}` : ''}`);

describe('the calendar strip: a row of months from the payment to the first covered month', () => {
  test('例五: paid 2026-11, waiting January–April 2027, covered from 1 May', () => {
    const r = resident('2026-11-15', 2027, []);
    const strip = calendarStrip(r, '2026-11-15');
    expect(kinds(strip)).toEqual([
      '2026-11:before*',
      '2026-12:before',
      '2027-01:waiting',
      '2027-02:waiting',
      '2027-03:waiting',
      '2027-04:waiting',
      '2027-05:start@1',
      '2027-06:covered',
      '2027-07:covered',
    ]);
    expect(strip.filter((m) => m.kind === 'waiting')).toHaveLength(r.waitingMonths);
    expect(strip.filter((m) => m.showYear).map((m) => m.key)).toEqual(['2026-11', '2027-01']);
  });

  test('例五 repaired: one waiting month fewer, covered from 1 April', () => {
    const strip = calendarStrip(resident('2026-11-15', 2027, [], { repairYears: 1 }), '2026-11-15');
    expect(strip.filter((m) => m.kind === 'waiting').map((m) => m.key)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(strip.find((m) => m.kind === 'start')?.key).toBe('2027-04');
  });

  test('例四: paid 2 January, 3 waiting months, from 2 April', () => {
    expect(kinds(calendarStrip(resident('2026-01-02', 2026, []), '2026-01-02'))).toEqual([
      '2026-01:waiting*',
      '2026-02:waiting',
      '2026-03:waiting',
      '2026-04:start@2',
      '2026-05:covered',
      '2026-06:covered',
    ]);
  });

  test('a clamped end of month keeps exactly the waiting months: 2026-11-30 + 3 → 2027-02-28', () => {
    const strip = calendarStrip(resident('2026-11-30', 2026, [2024]), '2026-11-30');
    expect(kinds(strip).slice(0, 4)).toEqual(['2026-11:waiting*', '2026-12:waiting', '2027-01:waiting', '2027-02:start@28']);
  });

  test('例一: insured last year, paid in December → nothing to wait, from 1 January', () => {
    const r = resident('2025-12-20', 2026, [2025]);
    expect(waitingText(r)).toBe('不用等待');
    expect(kinds(calendarStrip(r, '2025-12-20'))).toEqual(['2025-12:before*', '2026-01:start@1', '2026-02:covered', '2026-03:covered']);
  });

  test('a newborn covered from birth, paid later: the payment month is marked inside the covered months', () => {
    const r = resident('2026-04-01', 2026, [], { birthDate: '2026-03-10' });
    expect(kinds(calendarStrip(r, '2026-04-01'))).toEqual(['2026-03:start@10', '2026-04:covered*', '2026-05:covered', '2026-06:covered']);
  });

  test('a very long wait is cut at three years', () => {
    const r = resident('2070-12-01', 2071, []);
    expect(calendarStrip(r, '2070-12-01').length).toBeLessThanOrEqual(MAX_STRIP_MONTHS);
  });

  test('the months in words', () => {
    expect(waitingText(resident('2026-11-15', 2027, []))).toBe('要等 4 个月（固定 3 个月 + 变动 1 个月）');
    expect(waitingText(resident('2026-01-02', 2026, []))).toBe('要等 3 个月');
  });
});
