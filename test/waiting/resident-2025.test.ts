import { valueAt } from '../../shared/params/param';
import { collectionPeriod } from '../../shared/regions/bazhong/params/waiting/collection-period';
import { collectionPeriodOf } from '../../shared/waiting';
import { WaitingTrace } from '../../shared/waiting/trace';
import { resident } from './helpers';

/**
 * The 2025 coverage year (004 = 巴中市医保政策宣传手册 2025-11). 三问 prints dates for 2026 only, but gives the period's
 * shape, "参保城乡居民医保设置集中缴费期，时间相对固定，即上一年的10月至当年的2月底", and 十问（二）sets the waits "从 2025
 * 年起": "除新生儿等特殊人员外，未在居民医保集中缴费期内参保或未连续参保人员，设置参保后固定待遇等待期 3 个月".
 */
const DOC = '004_6dc5632ce2988a73.txt';
const RULE_NOTE = '手册只写明 2026 年度的缴费期和待遇享受时间';

describe('004 第三章 三问: the 2025 集中缴费期 is "上一年的10月至当年的2月底"', () => {
  test('2024-10-01 to 2025-02-28, cited to 三问、十问（二）, with the note that the dates are read from the general rule', () => {
    const trace = new WaitingTrace();
    expect(collectionPeriodOf(2025, trace)).toEqual({ opens: '2024-10-01', closes: '2025-02-28' });
    expect(valueAt(collectionPeriod, '2025-06-01').source).toEqual({ doc: DOC, section: '第三章 三问、十问（二）' });
    expect(trace.notes).toHaveLength(1);
    expect(trace.notes[0]).toContain(RULE_NOTE);
  });

  test('2026 keeps its printed period (2025-10-20 to 2026-02-28) and no note', () => {
    const trace = new WaitingTrace();
    expect(collectionPeriodOf(2026, trace)).toEqual({ opens: '2025-10-20', closes: '2026-02-28' });
    expect(trace.notes).toEqual([]);
  });
});

describe('004 第三章 三问、十问（二）: insured in 2024, enrolling for 2025', () => {
  test.each([
    ['paid 2024-11-10 (before 31 Dec) → from 2025-01-01', '2024-11-10', '2025-01-01', 0],
    ['paid 2024-12-31 → from 2025-01-01', '2024-12-31', '2025-01-01', 0],
    ['paid 2025-01-01 → from the payment date', '2025-01-01', '2025-01-01', 0],
    ['paid 2025-02-28, last day of "当年的2月底" → from the payment date', '2025-02-28', '2025-02-28', 0],
    ['paid 2025-03-01, "未在居民医保集中缴费期内参保" → fixed 3 months → 2025-06-01', '2025-03-01', '2025-06-01', 3],
    ['paid 2025-11-30 → 3 months → 2026-02-28 (month end clamp), runs into 2026', '2025-11-30', '2026-02-28', 3],
  ])('%s', (_name, paid, start, months) => {
    const r = resident(paid, 2025, [2024]);
    expect(r.benefitStart).toBe(start);
    expect([r.waitingMonths, r.fixedMonths, r.variableMonths]).toEqual([months, months, 0]);
    expect(r.shorten).toBeNull();
    expect(r.notes[0]).toContain(RULE_NOTE);
  });

  test('paying before 1 October 2024 is flagged as earlier than the period', () => {
    const r = resident('2024-09-20', 2025, [2024]);
    expect(r.benefitStart).toBe('2025-01-01');
    expect(r.notes).toContain('缴费日期早于 2025 年度集中缴费期（2024年10月1日起），手册只说学生群体可提前缴纳，请核对缴费日期');
  });
});

describe('004 第三章 十问（一）、（二）"从 2025 年起": a year before 2025 is no break, so a 2024 gap waits only if paid late', () => {
  test('not insured in 2024, paid 2024-12-20 → from 2025-01-01; the step says why and a note gives the other reading', () => {
    const r = resident('2024-12-20', 2025, [2023]);
    expect(r.benefitStart).toBe('2025-01-01');
    expect([r.waitingMonths, r.fixedMonths, r.variableMonths]).toEqual([0, 0, 0]);
    expect(r.steps[0]).toEqual({
      rule: '断保年数自 2025 年起计算',
      formula: '2024 年度早于断保年数的起算年（十问“从 2025 年起”），2024 年度未参保不计为断保，按连续参保的规则计算',
      source: { doc: DOC, section: '第三章 十问（一）、十问（二）' },
    });
    expect(r.steps[1].formula).toBe('2024 年度不计断保，2024年12月20日（2024年12月31日前）缴费，自 2025年1月1日起享受待遇');
    expect(r.notes[1]).toBe(
      '手册未说明 2024 年度未参保的人参加 2025 年度时是否算“未连续参保”；如经办机构按未连续参保处理，则有固定待遇等待期 3 个月，2025年4月1日起享受待遇。已参加 2024 年度医保的，不受影响',
    );
  });

  test('never insured, paid 2025-01-02 in the period → from the payment date; the other reading: 2025-04-02', () => {
    const r = resident('2025-01-02', 2025, []);
    expect(r.benefitStart).toBe('2025-01-02');
    expect(r.notes[1]).toContain('2025年4月2日起享受待遇');
  });

  test('paid after the period (2025-03-10), "未在居民医保集中缴费期内参保" → 3 months → 2025-06-10, no alternative note', () => {
    const r = resident('2025-03-10', 2025, []);
    expect(r.benefitStart).toBe('2025-06-10');
    expect([r.waitingMonths, r.fixedMonths, r.variableMonths]).toEqual([3, 3, 0]);
    expect(r.notes).toHaveLength(1);
  });

  test('insured in 2024: no break step, no alternative note', () => {
    const r = resident('2024-12-20', 2025, [2024]);
    expect(r.steps).toHaveLength(1);
    expect(r.notes).toHaveLength(1);
  });

  test('缴费修复 has nothing to shorten in 2025', () => {
    expect(() => resident('2024-12-20', 2025, [], { repairYears: 1 })).toThrow('修复年数：没有变动待遇等待期，无需修复');
  });

  test('the first counted break still works: 2025 not insured, enrolling for 2026 → 3 months (例二)', () => {
    expect(resident('2025-12-20', 2026, []).benefitStart).toBe('2026-04-01');
  });
});

describe('2026 answers are unchanged by the 2025 figures', () => {
  test('例二: 2025 not insured, paid 2025-12-20 → 2026-04-01, with no note', () => {
    const r = resident('2025-12-20', 2026, [2024]);
    expect(r.benefitStart).toBe('2026-04-01');
    expect(r.notes).toEqual([]);
  });
  test('例五: 2025 and 2026 not insured → 3 + 1 months → 2027-05-01', () => {
    expect(resident('2026-11-15', 2027, [2024]).benefitStart).toBe('2027-05-01');
  });
});
