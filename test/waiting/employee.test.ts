import { retirementMinimum } from '../../shared/waiting';
import { employee, errorOf } from './helpers';

describe('004 第二章 六问: first enrolment in 职工医保 — "6个月后享受"', () => {
  test('paid 2026-03-15 → 2026-09-15', () => {
    const r = employee('2026-03-15', { kind: 'first' });
    expect([r.benefitStart, r.waitingMonths, r.fixedMonths, r.variableMonths]).toEqual(['2026-09-15', 6, 6, 0]);
    expect(r.steps[0].source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第二章 六问、八问' });
    expect(r.notes).toContain('生育医疗保险待遇同样自参保缴费之日起 6 个月后享受（第二章 八问）');
    expect(r.shorten).toBeNull();
  });
  test('paid 2025-08-31 → 6 months clamp to February\'s end → 2026-02-28', () => {
    expect(employee('2025-08-31', { kind: 'first' }).benefitStart).toBe('2026-02-28');
  });
});

test('a payment before the handbook\'s 2025 figures is 暂未收录, naming the payment date', () => {
  const e = errorOf(() => employee('2024-12-31', { kind: 'first' }));
  expect([e.code, e.field]).toEqual(['NOT_COVERED', 'paymentDate']);
});

describe('004 第二章 二十一问: transfer between pooling areas', () => {
  test('gap of 3 months ("含3个月") → "缴费当月即可享受" → 2026-05-01 for a payment on 2026-05-20', () => {
    const r = employee('2026-05-20', { kind: 'transfer', gapMonths: 3 });
    expect([r.benefitStart, r.waitingMonths]).toEqual(['2026-05-01', 0]);
  });
  test('gap of 4 months → 6-month wait → 2026-11-20', () => {
    const r = employee('2026-05-20', { kind: 'transfer', gapMonths: 4 });
    expect([r.benefitStart, r.waitingMonths]).toEqual(['2026-11-20', 6]);
    expect(r.steps[0].source.section).toBe('第二章 二十一问');
  });
});

describe('004 第一章 二十六: switching between 职工 and 居民', () => {
  test('2 years continuous ("含2年"), gap 3 months → from the payment date 2026-05-20', () => {
    expect(employee('2026-05-20', { kind: 'switch', continuousYears: 2, gapMonths: 3 }).benefitStart).toBe('2026-05-20');
  });
  test('gap 4 months → 6 months from the transfer → 2026-11-20', () => {
    const r = employee('2026-05-20', { kind: 'switch', continuousYears: 5, gapMonths: 4 });
    expect([r.benefitStart, r.fixedMonths]).toEqual(['2026-11-20', 6]);
    expect(r.steps[0].source.section).toBe('第一章 二十六');
  });
  test('fewer than 2 continuous years: not in the handbook → 暂未收录', () => {
    const e = errorOf(() => employee('2026-05-20', { kind: 'switch', continuousYears: 1, gapMonths: 0 }));
    expect([e.code, e.field]).toEqual(['NOT_COVERED', 'employee.continuousYears']);
  });
});

describe('004 第二章 二十三问: arrears, repaid on 2026-05-20', () => {
  test.each([
    ['3 months: not yet suspended ("从欠费第4个月起暂停"), payment month', 3, '2026-05-01', 0],
    ['4 months: suspended, repaid within 6 → payment month, retroactive', 4, '2026-05-01', 0],
    ['6 months ("6个月以内(含6个月)") → payment month, retroactive', 6, '2026-05-01', 0],
    ['7 months → from the day arrears are cleared', 7, '2026-05-20', 0],
    ['12 months ("至12个月(含12个月)") → from the day arrears are cleared', 12, '2026-05-20', 0],
    ['13 months → 6-month wait → 2026-11-20', 13, '2026-11-20', 6],
  ])('%s', (_name, months, start, wait) => {
    const r = employee('2026-05-20', { kind: 'arrears', arrearsMonths: months });
    expect([r.benefitStart, r.waitingMonths]).toEqual([start, wait]);
    expect(r.steps.every((s) => s.source.section === '第二章 二十三问')).toBe(true);
  });
  test('within 6 months the interrupted period is covered retroactively; 7–12 months it is not', () => {
    expect(employee('2026-05-20', { kind: 'arrears', arrearsMonths: 6 }).steps.at(-1)?.formula).toContain('中断期间的待遇追溯享受');
    expect(employee('2026-05-20', { kind: 'arrears', arrearsMonths: 7 }).steps.at(-1)?.formula).toContain('中断期间不追溯');
  });
  test('3 months in arrears: a note says benefits were not suspended', () => {
    expect(employee('2026-05-20', { kind: 'arrears', arrearsMonths: 3 }).notes[0]).toBe('连续欠费 3 个月，未到第 4 个月，待遇未暂停；仍应补缴欠费');
  });
});

describe('004 第二章 十九问: minimum contribution years at retirement', () => {
  test('2025: 20 years in all and 10 in the city, for men and women', () => {
    expect(retirementMinimum(2025, 'male')).toMatchObject({ totalYears: 20, localYears: 10, localScope: '本市' });
    expect(retirementMinimum(2025, 'female')).toMatchObject({ totalYears: 20, localYears: 10, localScope: '本市' });
  });
  test('2035: men 30, women 25, 15 in the province; later years keep the 2035 standard', () => {
    expect(retirementMinimum(2035, 'male')).toMatchObject({ totalYears: 30, localYears: 15, localScope: '省内' });
    expect(retirementMinimum(2035, 'female')).toMatchObject({ totalYears: 25, localYears: 15, localScope: '省内' });
    expect(retirementMinimum(2040, 'female').totalYears).toBe(25);
    expect(retirementMinimum(2035, 'male').source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第二章 十九问' });
  });
  test.each([2026, 2030, 2034])('%i: the yearly steps are not published → refused, not interpolated', (year) => {
    const e = errorOf(() => retirementMinimum(year, 'male'));
    expect([e.code, e.field]).toEqual(['NOT_COVERED', 'year']);
    expect(e.message).toContain('暂未公布逐年标准');
  });
  test('2024: before the handbook\'s figures → refused', () => {
    expect(errorOf(() => retirementMinimum(2024, 'female')).code).toBe('NOT_COVERED');
  });
});
