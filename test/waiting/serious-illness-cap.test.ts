import { seriousIllnessCapFor } from '../../shared/regions/bazhong/waiting/serious-illness-cap';
import { errorOf } from './helpers';

const cap = (coverageYear: number, insuredYears: number[], zeroClaimYears: number[] = [], extra: Record<string, unknown> = {}) =>
  seriousIllnessCapFor({ coverageYear, insuredYears, zeroClaimYears, ...extra });
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('004 第三章 九问 例一 (李某): continuous cover', () => {
  test('2025–2028 insured, 2028 itself is year 4 → 300,000', () => {
    expect(cap(2028, years(2025, 2027)).cap).toBe('300000.00');
  });
  test('2029, the 5th year → 304,000 (30.4 万元)', () => {
    const r = cap(2029, years(2025, 2028));
    expect([r.cap, r.base, r.adjustment, r.continuousYears]).toEqual(['304000.00', '300000.00', '4000.00', 5]);
    expect(r.steps.find((s) => s.rule === '连续参保激励')?.source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第三章 九问' });
  });
  test('2030, the 6th year → 308,000 (30.8 万元)', () => {
    expect(cap(2030, years(2025, 2029)).cap).toBe('308000.00');
  });
  test('"最高支付限额可达到36万元": 2040 → 348,000; 2045 (21 years) → 360,000, no more', () => {
    expect(cap(2040, years(2025, 2039)).cap).toBe('348000.00');
    expect(cap(2045, years(2025, 2044)).cap).toBe('360000.00');
    expect(cap(2050, years(2025, 2049)).cap).toBe('360000.00');
  });
  test('years before 2025 do not count ("从2025年起")', () => {
    expect(cap(2028, years(2015, 2027)).cap).toBe('300000.00');
  });
});

describe('004 第三章 九问 例二 (张某): zero-claim years', () => {
  test('2025 zero-claim → 2026 is 304,000', () => {
    expect(cap(2026, [2025], [2025]).cap).toBe('304000.00');
  });
  test('2027 is back to 300,000', () => {
    expect(cap(2027, [2025, 2026], [2025]).cap).toBe('300000.00');
  });
  test('2025 and 2026 both zero-claim → 2027 only 304,000 ("不累计")', () => {
    expect(cap(2027, [2025, 2026], [2025, 2026]).cap).toBe('304000.00');
  });
  test('… and 2028 is back to 300,000', () => {
    expect(cap(2028, [2025, 2026, 2027], [2025, 2026]).cap).toBe('300000.00');
  });
  test('both rewards together: 2025–2028 insured, 2028 zero-claim → 2029 is 308,000', () => {
    expect(cap(2029, years(2025, 2028), [2028]).cap).toBe('308000.00');
  });
  test('a zero-claim year must be an insured year', () => {
    const e = errorOf(() => cap(2027, [2026], [2025]));
    expect([e.code, e.field, e.message]).toEqual(['INVALID_INPUT', 'zeroClaimYears', '基金零报销年度：2025 年度未参保，不能是基金零报销年度']);
  });
});

describe('004 第三章 十问（一） (李某): years without cover', () => {
  test('2025 not insured, 2026 enrolled → 296,000 (29.6 万元)', () => {
    const r = cap(2026, []);
    expect([r.cap, r.adjustment, r.uncoveredYears]).toEqual(['296000.00', '-4000.00', 1]);
    expect(r.steps.find((s) => s.rule === '断保降低限额')?.source.section).toBe('第三章 十问（一）');
  });
  test('2025 and 2026 not insured, 2027 enrolled → 292,000 (29.2 万元)', () => {
    expect(cap(2027, []).cap).toBe('292000.00');
  });
  test('"不参保年限累计计算": 2025 and 2027 missed, 2028 → 292,000', () => {
    expect(cap(2028, [2026]).cap).toBe('292000.00');
  });
  test('"最高支付限额可降低到24万元": 16 years missed → 240,000, no lower', () => {
    expect(cap(2041, []).cap).toBe('240000.00');
    expect(cap(2041, []).decrease).toBe('60000.00');
  });
  test('after a break the continuity count restarts: missed 2025, insured 2026–2029 → 2030 is +4,000 − 4,000 = 300,000', () => {
    const r = cap(2030, years(2026, 2029));
    expect([r.cap, r.increase, r.decrease, r.continuousYears]).toEqual(['300000.00', '4000.00', '4000.00', 5]);
  });
  test('years before birth are not breaks', () => {
    expect(cap(2028, [2027], [], { birthDate: '2027-03-01' }).cap).toBe('300000.00');
  });
});

describe('004 第三章 二十六问: 特困对象、孤儿、低保不设赔付限额', () => {
  test.each(['extreme-poverty', 'orphan', 'dibao'])('%s → no cap', (category) => {
    const r = cap(2026, [], [], { categories: [category] });
    expect(r.cap).toBeNull();
    expect(r.steps[0].source.section).toBe('第三章 二十六问');
  });
  test('a 低保边缘家庭成员 keeps the cap', () => {
    expect(cap(2026, [], [], { categories: ['dibao-edge'] }).cap).toBe('296000.00');
  });
  test('2024: before the 2025 figures → 暂未收录', () => {
    expect(errorOf(() => cap(2024, [])).code).toBe('NOT_COVERED');
  });
});
