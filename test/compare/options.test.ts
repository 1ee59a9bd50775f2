import { compareOptions } from '../../shared/compare/options';
import { reasonFigures } from '../../shared/compare/reason';
import { estimate } from '../../shared/estimate';
import { RuleError } from '../../shared/errors';

/**
 * Where to go for treatment: the case (issue 14) — a 68-year-old 巴中 resident, a 二级 stay in the city,
 * 20,000 元 of which 18,000 元 in scope, nothing earlier in the year — at every level and place.
 */
const stay = (region: string, visit: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  region,
  date: '2025-06-01',
  scheme: 'resident',
  person: { age: 68 },
  visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '20000', inScopeCost: '18000', ...visit },
  ...extra,
});

describe('巴中 城乡居民 住院: 16 options, the handbook table', () => {
  const c = compareOptions(stay('bazhong'));
  const byKey = Object.fromEntries(c.options.map((o) => [o.key, o]));

  test('every level at every place, place by place and level by level, her choice marked', () => {
    expect(c.varies).toEqual(['facilityLevel', 'place']);
    expect(c.refused).toEqual([]);
    expect(c.options.map((o) => o.key)).toEqual([
      'township|local', 'level1|local', 'level2|local', 'level3|local',
      'township|long-term-filed', 'level1|long-term-filed', 'level2|long-term-filed', 'level3|long-term-filed',
      'township|temporary-filed', 'level1|temporary-filed', 'level2|temporary-filed', 'level3|temporary-filed',
      'township|unfiled', 'level1|unfiled', 'level2|unfiled', 'level3|unfiled',
    ]);
    expect(c.options.filter((o) => o.current).map((o) => o.key)).toEqual(['level2|local']);
    expect(byKey['level2|local'].label).toBe('二级 · 市内');
    expect(byKey['level2|local'].difference).toBe('0.00');
  });

  // Personal pay = 2,000 目录外 + 18,000 − (18,000 − 起付线) × 比例; 大病保险 pays nothing (自付 below 14,448 元,
  // 004 第三章 二十二问). 起付线 and 比例 from 004 第三章 十一问（一）市内住院、（二）市外住院.
  test.each([
    ['township|local', '3890.00', '−3,790.00'], // 100 元, 90%
    ['level1|local', '5840.00', '−1,840.00'], // 300 元, 80%
    ['level2|local', '7680.00', '0.00'], // 400 元, 70%
    ['level3|local', '9620.00', '+1,940.00'], // 700 元, 60%
    ['level2|long-term-filed', '7680.00', '0.00'], // 长期备案: as in the city
    ['township|temporary-filed', '5550.00', '−2,130.00'], // 1,000 元, 85%
    ['level2|temporary-filed', '8950.00', '+1,270.00'], // 1,000 元, 65%
    ['level3|temporary-filed', '10650.00', '+2,970.00'], // 1,000 元, 55%
    ['level2|unfiled', '9800.00', '+2,120.00'], // 1,000 元, 60%
    ['level3|unfiled', '11500.00', '+3,820.00'], // 1,000 元, 50%
  ])('%s: she pays %s (%s against her choice)', (key, pay, difference) => {
    expect(byKey[key].result.personalPay).toBe(pay);
    expect(byKey[key].difference).toBe(difference);
  });

  test('the reason comes from the option’s own steps: 起付线, 比例, and how far 备案 lowers the ratio', () => {
    expect(byKey['level2|local'].reason).toBe('起付线 400.00 元、报销比例 70%');
    expect(byKey['township|local'].reason).toBe('起付线 100.00 元、报销比例 90%');
    // 临时备案 5 points below the city, 未备案 10 (004 第三章 十一问（二）).
    expect(byKey['level2|temporary-filed'].reason).toBe('起付线 1,000.00 元（比市内高 600.00 元）、报销比例 65%（比市内降低 5 个百分点）');
    expect(byKey['level2|unfiled'].reason).toBe('起付线 1,000.00 元（比市内高 600.00 元）、报销比例 60%（比市内降低 10 个百分点）');
    // The figures are read off the formula the result explains itself with, not typed again.
    const step = byKey['level3|unfiled'].result.steps.find((s) => s.payer === 'basic')!;
    expect(step.formula).toContain('起付线 1,000.00 元');
    expect(reasonFigures(byKey['level3|unfiled'].result)).toEqual({ deductible: '1,000.00', ratio: { name: '报销比例', percent: '50' }, capped: false });
  });

  test('the cheapest is marked (乡镇卫生院 in the city and at a 长期备案地 tie), and every result is the real estimate', () => {
    expect(c.options.filter((o) => o.cheapest).map((o) => o.key)).toEqual(['township|local', 'township|long-term-filed']);
    const v = estimate(stay('bazhong', { facilityLevel: 'level1', place: 'unfiled' }));
    expect(byKey['level1|unfiled'].result).toEqual(v);
    expect(v.personalPay).toBe('8100.00');
  });

  test('a bill past the 大病 deductible: the reason names the 大病保险 payment', () => {
    const big = compareOptions(stay('bazhong', { totalCost: '100000', inScopeCost: '90000' }));
    const mine = big.options.find((o) => o.current)!;
    // (90,000 − 400) × 70% = 62,720; 自付 27,280 − 14,448 = 12,832 × 60% = 7,699.20 (004 第三章 二十二问、二十三问).
    expect(mine.reason).toBe('起付线 400.00 元、报销比例 70%、城乡居民大病保险再报 7,699.20 元');
    expect(mine.result.personalPay).toBe('29580.80');
  });

  test('a temporary filing keeps its 转诊 answer; other places drop it', () => {
    const c2 = compareOptions(stay('bazhong', { place: 'temporary-filed', referral: true, inProvince: true }));
    expect(c2.options.find((o) => o.current)!.key).toBe('level2|temporary-filed');
    expect(c2.options.find((o) => o.key === 'level2|local')!.result.personalPay).toBe('7680.00');
  });
});

describe('随县 城乡居民 住院 (002 四、住院待遇 城乡居民基本医疗保险政策表)', () => {
  const c = compareOptions(stay('suizhou'));
  const byKey = Object.fromEntries(c.options.map((o) => [o.key, o]));

  test('乡镇卫生院 is not a row of 随县’s table: one 不适用 line for every place', () => {
    expect(c.options).toHaveLength(12);
    expect(c.refused).toEqual([
      {
        label: '乡镇卫生院（各就医地）',
        code: 'NOT_COVERED',
        message: '随县住院政策表只列一级、二级、三级定点医疗机构，未单列乡镇卫生院：请按该医院的定点等级（一级、二级或三级）估算',
        keys: ['township|local', 'township|long-term-filed', 'township|temporary-filed', 'township|unfiled'],
      },
    ]);
  });

  test.each([
    // 市内 二级: 起付线 500, 甲类 80% → 2,000 + 18,000 − 14,000
    ['level2|local', '6000.00', '起付线 500.00 元、甲类比例 80%'],
    ['level1|local', '3980.00', '起付线 200.00 元、甲类比例 90%'],
    ['level3|local', '8030.00', '起付线 900.00 元、甲类比例 70%'],
    // 市外 转诊: 起付线 1,500, 转外先行自付 10% (1,800), then the level's ratio
    ['level2|temporary-filed', '8240.00', '起付线 1,500.00 元（比市内高 1,000.00 元）、转外先行自付 1,800.00 元、甲类比例 80%'],
    // 未转诊: 先行自付 20% (3,600)
    ['level2|unfiled', '9680.00', '起付线 1,500.00 元（比市内高 1,000.00 元）、转外先行自付 3,600.00 元、甲类比例 80%'],
  ])('%s: %s — %s', (key, pay, reason) => {
    expect(byKey[key].result.personalPay).toBe(pay);
    expect(byKey[key].reason).toBe(reason);
  });
});

describe('other kinds of care: only what changes the money', () => {
  test('普通门诊 varies by facility alone; 巴中 offers 定点零售药店', () => {
    const c = compareOptions({
      region: 'bazhong',
      date: '2025-06-01',
      scheme: 'employee',
      person: { age: 50 },
      visit: { type: 'outpatient', facilityLevel: 'level3', totalCost: '3000', inScopeCost: '3000' },
    });
    expect(c.varies).toEqual(['facilityLevel']);
    expect(c.options.map((o) => o.key)).toEqual(['township', 'level1', 'level2', 'level3', 'pharmacy']);
    expect(c.options.find((o) => o.current)!.key).toBe('level3');
    for (const o of c.options) {
      expect(o.result).toEqual(
        estimate({ region: 'bazhong', date: '2025-06-01', scheme: 'employee', person: { age: 50 }, visit: { type: 'outpatient', facilityLevel: o.facilityLevel, totalCost: '3000', inScopeCost: '3000' } }),
      );
    }
  });

  test('a kind of care settled the same everywhere has one option and says so', () => {
    const c = compareOptions({
      region: 'bazhong',
      date: '2025-06-01',
      scheme: 'resident',
      visit: { type: 'two-diseases', diseases: ['hypertension'], totalCost: '300', inScopeCost: '300' },
    });
    expect(c.varies).toEqual([]);
    expect(c.options).toHaveLength(1);
    expect(c.options[0].current).toBe(true);
    expect(c.note).toBe('这类就医的报销不按医院等级和就医地区分，换一家医院也是同样的算法。');
  });

  test('a case the rules refuse is refused as it is', () => {
    expect(() => compareOptions(stay('suizhou', { facilityLevel: 'township' }))).toThrow(RuleError);
    expect(() => compareOptions(stay('bazhong', { totalCost: '1', inScopeCost: '2' }))).toThrow('政策范围内费用不能大于医疗总费用');
  });
});

describe('随县: what the patient pays first is read from its own step, not taken for the ratio', () => {
  test('乙类先行自付 10% and 转外先行自付 10% (002 四、住院待遇), then 甲类比例 70%', () => {
    const c = compareOptions(stay('suizhou', { facilityLevel: 'level3', place: 'temporary-filed', classBCost: '2000' }));
    const mine = c.options.find((o) => o.current)!;
    // (18,000 − 1,800 − 200 − 1,500) × 70% = 10,150; she pays 2,000 + 18,000 − 10,150 = 9,850.
    expect(mine.result.personalPay).toBe('9850.00');
    expect(mine.reason).toBe('起付线 1,500.00 元（比市内高 600.00 元）、转外先行自付 1,800.00 元、乙类先行自付 200.00 元、甲类比例 70%');
    // Below the 起付线 the words say so.
    const small = compareOptions(stay('suizhou', { facilityLevel: 'level3', totalCost: '500', inScopeCost: '450', classBCost: '200' }));
    expect(small.options.find((o) => o.current)!.reason).toBe('起付线 900.00 元、乙类先行自付 20.00 元、未超过起付线，统筹不报');
  });
});
