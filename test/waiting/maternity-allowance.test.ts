import { maternityAllowance } from '../../shared/regions/bazhong/waiting/maternity-allowance';
import { errorOf } from './helpers';

describe('004 第二章 十五问、十六问: “两类人员”生育津贴', () => {
  test('十六问 举例: joined 生育保险 and gave birth in January 2025, 职工医保 continuous 2024-01…2025-01 → claim from 2026-01', () => {
    const r = maternityAllowance({ eventDate: '2025-01-15', insuredHereAtEvent: true, maternityMonthsAtEvent: 1, basicMonthsAtEvent: 13 });
    expect([r.eligible, r.route, r.eligibleFrom]).toEqual([true, 'transition-2025', '2026-01-01']);
    expect(r.steps[0].source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第二章 十三问、十五问、十六问' });
  });
  test('2025, 6 months of 生育保险 at a July birth → claim once 12 are paid: 2026-01', () => {
    expect(maternityAllowance({ eventDate: '2025-07-03', insuredHereAtEvent: true, maternityMonthsAtEvent: 7, basicMonthsAtEvent: 12 }).eligibleFrom).toBe('2026-01-01');
  });
  test('2025 with only 11 months of 职工医保 → not eligible', () => {
    const r = maternityAllowance({ eventDate: '2025-03-01', insuredHereAtEvent: true, maternityMonthsAtEvent: 3, basicMonthsAtEvent: 11 });
    expect([r.eligible, r.eligibleFrom]).toEqual([false, null]);
  });
  test('2025 transition needs the 职工医保 months', () => {
    const e = errorOf(() => maternityAllowance({ eventDate: '2025-03-01', insuredHereAtEvent: true, maternityMonthsAtEvent: 3 }));
    expect([e.code, e.field]).toEqual(['INVALID_INPUT', 'basicMonthsAtEvent']);
  });
  test('"2026年起……满12个月（含）的方可享受": 12 months → eligible at the event', () => {
    const r = maternityAllowance({ eventDate: '2026-04-10', insuredHereAtEvent: true, maternityMonthsAtEvent: 12 });
    expect([r.eligible, r.route, r.eligibleFrom]).toEqual([true, 'standard', '2026-04-10']);
  });
  test('"否则，不能享受": 2026 with 11 months, even with 36 months of 职工医保 → not eligible', () => {
    expect(maternityAllowance({ eventDate: '2026-04-10', insuredHereAtEvent: true, maternityMonthsAtEvent: 11, basicMonthsAtEvent: 36 }).eligible).toBe(false);
  });
  test('condition 1: not paying 生育保险 here at the event → not eligible', () => {
    expect(maternityAllowance({ eventDate: '2026-04-10', insuredHereAtEvent: false, maternityMonthsAtEvent: 20 }).eligible).toBe(false);
  });
  test('condition 3: not paying during the leave → not eligible', () => {
    expect(maternityAllowance({ eventDate: '2026-04-10', insuredHereAtEvent: true, maternityMonthsAtEvent: 20, payingDuringLeave: false }).eligible).toBe(false);
  });
  test('十三问: the two groups could join 生育保险 only from 2025-01 → a 2024 birth is 暂未收录', () => {
    expect(errorOf(() => maternityAllowance({ eventDate: '2024-12-31', insuredHereAtEvent: true, maternityMonthsAtEvent: 12 })).code).toBe('NOT_COVERED');
  });
});
