import { errorOf, resident } from './helpers';

/** 004 = 巴中市医保政策宣传手册（2025-11）. Every date below is the handbook's or follows from it exactly. */

describe('004 第三章 三问（一）/ 十问（二）例一: insured in 2025, enrolling for 2026', () => {
  test.each([
    ['paid 2025-11-10 (before 31 Dec) → from 2026-01-01', '2025-11-10', '2026-01-01', 0],
    ['paid 2025-12-31 ("12月31日(含)前") → from 2026-01-01', '2025-12-31', '2026-01-01', 0],
    ['paid 2026-01-01 → from the payment date', '2026-01-01', '2026-01-01', 0],
    ['paid 2026-02-15 → from the payment date', '2026-02-15', '2026-02-15', 0],
    ['paid 2026-02-28, last day of the 集中缴费期 → from the payment date', '2026-02-28', '2026-02-28', 0],
    ['paid 2026-03-01, after the period → fixed 3 months → 2026-06-01', '2026-03-01', '2026-06-01', 3],
    ['paid 2026-03-31 → 3 months clamp to the month end → 2026-06-30', '2026-03-31', '2026-06-30', 3],
  ])('%s', (_name, paid, start, months) => {
    const r = resident(paid, 2026, [2024, 2025]);
    expect(r.benefitStart).toBe(start);
    expect(r.waitingMonths).toBe(months);
    expect(r.fixedMonths).toBe(months);
    expect(r.variableMonths).toBe(0);
    expect(r.shorten).toBeNull();
    expect(r.steps[0].source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第三章 三问（一）、十问（二）例一' });
  });

  test('2026 uses the handbook\'s own collection period, with no stale note', () => {
    const r = resident('2026-02-28', 2026, [2025]);
    expect(r.steps[0].formula).toContain('2026年2月28日');
    expect(r.notes).toEqual([]);
  });
});

describe('004 第三章 三问（二）/ 十问（二）例二、例四: not insured in 2025, enrolling for 2026', () => {
  test('例二: paid in the collection period before 2026-01-01 → 3 months from 1 January → "4月1日起享受待遇"', () => {
    const r = resident('2025-12-20', 2026, [2024]);
    expect(r.benefitStart).toBe('2026-04-01');
    expect([r.waitingMonths, r.fixedMonths, r.variableMonths]).toEqual([3, 3, 0]);
    expect(r.steps[0].source.section).toBe('第三章 三问（二）、十问（二）');
    expect(r.steps[0].formula).toContain('等待期从 2026年1月1日起算');
  });
  test('例二: paid on 2025-12-31 still counts from 1 January → 2026-04-01', () => {
    expect(resident('2025-12-31', 2026, []).benefitStart).toBe('2026-04-01');
  });
  test('例二: paid on 2026-01-01 counts from the payment date → 2026-04-01', () => {
    expect(resident('2026-01-01', 2026, []).benefitStart).toBe('2026-04-01');
  });
  test('例四: "1月2日参保，4月2日后才能享受待遇" → 2026-04-02', () => {
    const r = resident('2026-01-02', 2026, []);
    expect(r.benefitStart).toBe('2026-04-02');
    expect(r.steps[0].formula).toContain('等待期从缴费之日起算');
  });
  test('例二: "2026年2月28日前缴费参保的，自缴费之日起，3个月后" → 2026-02-28 → 2026-05-28', () => {
    expect(resident('2026-02-28', 2026, []).benefitStart).toBe('2026-05-28');
  });
  test('after the period (2026-08-31) → 3 months, clamped → 2026-11-30', () => {
    expect(resident('2026-08-31', 2026, [2024]).benefitStart).toBe('2026-11-30');
  });
});

describe('004 第三章 十问（二）例三: a December payment for the current year runs into next year', () => {
  test('broke cover in 2025, pays the 2026 premium on 2026-12-10 → the wait ends 2027-03-10, only if 2027 is paid too', () => {
    const r = resident('2026-12-10', 2026, [2024]);
    expect(r.benefitStart).toBe('2027-03-10');
    expect(r.fixedMonths).toBe(3);
    const step = r.steps.find((s) => s.rule === '等待期跨入下一年度');
    expect(step?.source.section).toBe('第三章 十问（二）例三');
    expect(step?.formula).toContain('须同时缴纳 2027 年度保费');
  });
  test('paid 2026-11-30 → 3 months clamp to February\'s end → 2027-02-28', () => {
    expect(resident('2026-11-30', 2026, [2024]).benefitStart).toBe('2027-02-28');
  });
  test('the same holds for someone insured last year who pays late: 2026-11-15 → 2027-02-15, with the 例三 step', () => {
    const r = resident('2026-11-15', 2026, [2025]);
    expect(r.benefitStart).toBe('2027-02-15');
    expect(r.steps.map((s) => s.rule)).toContain('等待期跨入下一年度');
  });
  test('a wait that ends inside the year has no such step', () => {
    expect(resident('2026-03-10', 2026, [2024]).steps.map((s) => s.rule)).not.toContain('等待期跨入下一年度');
  });
});

describe('004 第三章 十问（二）例五: 2025 and 2026 not insured, enrolling for 2027 in the collection period', () => {
  const r = resident('2026-11-15', 2027, [2024]);
  test('3 (fixed) + 1 (variable) = 4 months from 2027-01-01 → "2027年5月1日后享受待遇"', () => {
    expect(r.benefitStart).toBe('2027-05-01');
    expect([r.waitingMonths, r.fixedMonths, r.variableMonths, r.repairedMonths]).toEqual([4, 3, 1, 0]);
  });
  test('"通过缴费修复1个月，需等待3个月": shorten = 1 year at 400 元, saves 1 month → 2027-04-01', () => {
    expect(r.shorten).toMatchObject({
      years: 1,
      premiumPerYear: '400.00',
      premiumYear: 2027,
      cost: '400.00',
      monthsSaved: 1,
      waitingMonthsAfter: 3,
      benefitStartAfter: '2027-04-01',
      floorApplies: false,
    });
  });
  test('2027\'s collection period and premium are carried from 2026 and flagged as stale', () => {
    expect(r.notes).toContain('城乡居民医保集中缴费期按 2026 年度标准计算，2027 年标准未公布');
    expect(r.shorten?.staleNote).toBe('城乡居民医保个人缴费标准按 2026 年度标准计算，2027 年标准未公布');
  });
  test('repairYears 1 → 3 months → 2027-04-01, and the cost is a step', () => {
    const repaired = resident('2026-11-15', 2027, [2024], { repairYears: 1 });
    expect(repaired.benefitStart).toBe('2027-04-01');
    expect([repaired.waitingMonths, repaired.fixedMonths, repaired.variableMonths, repaired.repairedMonths]).toEqual([3, 3, 0, 1]);
    expect(repaired.steps.find((s) => s.rule === '缴费修复变动待遇等待期')?.formula).toContain('补缴 1 年 × 400.00 元（2027 年度个人缴费标准）= 400.00 元');
    expect(repaired.notes).toContain('修复后断保期间的医保待遇不追溯（十问（二））');
  });
  test('repairing 2 years is refused: only 1 month of variable wait exists', () => {
    const e = errorOf(() => resident('2026-11-15', 2027, [2024], { repairYears: 2 }));
    expect([e.code, e.field, e.message]).toEqual(['INVALID_INPUT', 'repairYears', '修复年数：最多修复 1 年（修复只减少变动待遇等待期）']);
  });
});

describe('004 第三章 十问（二）例六: 2025–2029 not insured, enrolling for 2030', () => {
  const r = resident('2029-12-01', 2030, [2024]);
  test('3 + 4 = 7 months → "2030年8月1日后才可享受待遇"', () => {
    expect(r.benefitStart).toBe('2030-08-01');
    expect([r.waitingMonths, r.fixedMonths, r.variableMonths]).toEqual([7, 3, 4]);
  });
  test('"可以通过缴费修复1个月，固定等待期+变动等待期之和不得少于6个月" → shorten 1 year, 6 months, 2030-07-01', () => {
    expect(r.shorten).toMatchObject({ years: 1, cost: '400.00', monthsSaved: 1, waitingMonthsAfter: 6, benefitStartAfter: '2030-07-01', floorApplies: true });
  });
  test('repairYears 1 → 2030-07-01; repairYears 2 is refused by the 6-month floor', () => {
    expect(resident('2029-12-01', 2030, [2024], { repairYears: 1 }).benefitStart).toBe('2030-07-01');
    const e = errorOf(() => resident('2029-12-01', 2030, [2024], { repairYears: 2 }));
    expect(e.field).toBe('repairYears');
    expect(e.message).toBe('修复年数：最多修复 1 年（连续断保 5 年（4 年及以上），修复后固定与变动等待期之和不得少于 6 个月）');
  });
  test('breaks are counted "从2025年起": never insured before gives the same 7 months', () => {
    expect(resident('2029-12-01', 2030, []).benefitStart).toBe('2030-08-01');
  });
  test('only the consecutive years just before 2030 count: insured 2027 → 2028–2029 = 2 years → 3 + 1', () => {
    const r2 = resident('2029-12-01', 2030, [2027]);
    expect([r2.fixedMonths, r2.variableMonths, r2.benefitStart]).toEqual([3, 1, '2030-05-01']);
  });
});

describe('004 第三章 十问（二）: the repair floor around 4-year breaks', () => {
  test('a 4-year break (2025–2028): 3 + 3 = 6 months already at the floor → no shorten, a note says why', () => {
    const r = resident('2028-12-01', 2029, []);
    expect([r.benefitStart, r.fixedMonths, r.variableMonths]).toEqual(['2029-07-01', 3, 3]);
    expect(r.shorten).toBeNull();
    expect(r.notes).toContain('连续断保 4 年，等待期 6 个月已到修复后的下限 6 个月，缴费修复不能再缩短（十问（二））');
    expect(errorOf(() => resident('2028-12-01', 2029, [], { repairYears: 1 })).message).toBe(
      '修复年数：连续断保 4 年（4 年及以上），修复后固定与变动等待期之和不得少于 6 个月，已无可修复的月数',
    );
  });
  test('a 3-year break (2025–2027): 3 + 2 = 5 months, no floor → repairing 2 years gives 3 months', () => {
    const r = resident('2027-12-01', 2028, []);
    expect([r.benefitStart, r.variableMonths]).toEqual(['2028-06-01', 2]);
    expect(r.shorten).toMatchObject({ years: 2, cost: '800.00', monthsSaved: 2, waitingMonthsAfter: 3, benefitStartAfter: '2028-04-01', floorApplies: false });
  });
  test('a 1-year break has no variable wait: repairYears is refused', () => {
    expect(errorOf(() => resident('2025-12-01', 2026, [2024], { repairYears: 1 })).message).toBe('修复年数：没有变动待遇等待期，无需修复');
  });
});

describe('004 第三章 七问 and 十问（二）例七: newborns', () => {
  test('七问: paid within 90 days of birth → from the day of birth', () => {
    const r = resident('2026-04-01', 2026, [], { birthDate: '2026-03-10' });
    expect([r.benefitStart, r.waitingMonths]).toEqual(['2026-03-10', 0]);
    expect(r.steps[0].source.section).toBe('第三章 七问');
  });
  test('七问: the 90th day after birth (2026-06-08) is still within; the 91st (2026-06-09) is from payment', () => {
    expect(resident('2026-06-08', 2026, [], { birthDate: '2026-03-10' }).benefitStart).toBe('2026-03-10');
    expect(resident('2026-06-09', 2026, [], { birthDate: '2026-03-10' }).benefitStart).toBe('2026-06-09');
  });
  test('七问: born 2025-12-20, pays the 2025 premium on 2026-01-10 (within 90 days) → from birth', () => {
    expect(resident('2026-01-10', 2025, [], { birthDate: '2025-12-20' }).benefitStart).toBe('2025-12-20');
  });
  test('七问: more than 90 days after birth and in the next year → not in the handbook, refused', () => {
    const e = errorOf(() => resident('2026-01-10', 2025, [], { birthDate: '2025-10-01' }));
    expect([e.code, e.field]).toEqual(['NOT_COVERED', 'paymentDate']);
  });
  test('例七: "出生后两年再参保" — born 2025, enrols for 2027 → 3 + 1 = 4 months → 2027-05-01', () => {
    const r = resident('2026-12-01', 2027, [], { birthDate: '2025-03-10' });
    expect([r.benefitStart, r.fixedMonths, r.variableMonths]).toEqual(['2027-05-01', 3, 1]);
  });
  test('例七: "缴费后等待期减少到3个月" → repairing 1 year → 2027-04-01', () => {
    const r = resident('2026-12-01', 2027, [], { birthDate: '2025-03-10', repairYears: 1 });
    expect([r.benefitStart, r.waitingMonths]).toEqual(['2027-04-01', 3]);
  });
  test('years before birth are not a break: born 2027, enrolling for 2028 → 2027 only → fixed 3', () => {
    const r = resident('2027-12-01', 2028, [], { birthDate: '2027-05-01' });
    expect([r.benefitStart, r.variableMonths]).toEqual(['2028-04-01', 0]);
  });
  test('born 2025-11-20, enrolling for 2026 in January: the answer reminds that 2025 can still be paid from birth', () => {
    const r = resident('2026-01-05', 2026, [], { birthDate: '2025-11-20' });
    expect(r.benefitStart).toBe('2026-04-05');
    expect(r.notes.some((n) => n.includes('出生后 90 天内（2026年2月18日前）还可缴纳出生当年（2025 年度）保费'))).toBe(true);
  });
});

describe('004 第一章 十八、十九 and 第三章 三问: special groups', () => {
  test('第一章 十九: 参保当年退役军人、刑满释放人员（未就业）→ from the payment date, no wait', () => {
    const r = resident('2026-07-15', 2026, [], { specialGroup: 'discharge-year' });
    expect([r.benefitStart, r.waitingMonths]).toEqual(['2026-07-15', 0]);
    expect(r.steps[0].source.section).toBe('第一章 十八、十九；第三章 三问');
  });
  test('三问 "学生群体可提前缴纳": a student paying on 2025-09-01 is covered from 2026-01-01 without a warning', () => {
    const r = resident('2025-09-01', 2026, [2025], { specialGroup: 'student' });
    expect(r.benefitStart).toBe('2026-01-01');
    expect(r.notes).toEqual([]);
  });
  test('anyone else paying before the period opens gets the same date and a note to check it', () => {
    const r = resident('2025-09-01', 2026, [2025]);
    expect(r.benefitStart).toBe('2026-01-01');
    expect(r.notes[0]).toContain('早于 2026 年度集中缴费期（2025年10月20日起）');
  });
});

describe('dates: leap years and month ends', () => {
  test('2028\'s period closes on 2028-02-29: a continuing resident paying that day is covered from it', () => {
    expect(resident('2028-02-29', 2028, [2027]).benefitStart).toBe('2028-02-29');
  });
  test('2027\'s period closes on 2027-02-28: paying on 2027-03-01 → 2027-06-01', () => {
    expect(resident('2027-03-01', 2027, [2026]).benefitStart).toBe('2027-06-01');
  });
  test('a break, paid 2027-11-30 for 2027 → 3 months → 2028-02-29 (leap February)', () => {
    expect(resident('2027-11-30', 2027, [2025]).benefitStart).toBe('2028-02-29');
  });
});

describe('what the handbook does not give is refused', () => {
  test('coverage year 2024: before the rules of 三问、十问（二）("从 2025 年起") → 暂未收录', () => {
    const e = errorOf(() => resident('2023-12-01', 2024, [2023]));
    expect([e.code, e.field]).toEqual(['NOT_COVERED', 'coverageYear']);
    expect(e.message).toBe('2024 年度城乡居民医保的集中缴费期和待遇享受时间手册未给出（自 2025 年度起收录），暂未收录');
  });
});
