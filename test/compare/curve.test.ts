import { payCurve, scaledCase, type CurveMarker } from '../../shared/compare/curve';
import { estimate } from '../../shared/estimate';
import { Money } from '../../shared/money';

/**
 * Personal pay against bill size, for the profile (issue 14): a 68-year-old resident, a 二级 stay in the city,
 * in-scope share 90% (18,000 of 20,000). Each marker is checked on the real estimate one fen below and at it.
 */
const stay = (region: string, extra: Record<string, unknown> = {}) => ({
  region,
  date: '2025-06-01',
  scheme: 'resident',
  person: { age: 68 },
  visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '20000', inScopeCost: '18000' },
  ...extra,
});

type Row = [kind: CurveMarker['kind'], payer: string, totalCost: string, inScopeCost: string];

/** The payer (or its band) has not started one fen below the marker and has at it; a cap is reached at it only. */
function checkMarker(input: Record<string, unknown>, m: CurveMarker): void {
  const below = estimate(scaledCase(input, new Money(m.totalCost).minus('0.01')));
  const at = estimate(scaledCase(input, new Money(m.totalCost)));
  expect(below.totalCost).toBe(m.below);
  const payer = m.payer as keyof typeof at.payments;
  if (m.kind === 'starts') {
    expect(below.payments[payer]).toBe('0.00');
    expect(new Money(at.payments[payer]).greaterThan(0)).toBe(true);
  } else if (m.kind === 'cap') {
    expect(new Money(below.payments[payer]).lessThan(m.limit!)).toBe(true);
    expect(at.payments[payer]).toBe(m.limit);
  } else {
    const part = (r: typeof at) => r.steps.filter((s) => s.payer === payer).map((s) => s.formula).join('；');
    expect(part(below)).not.toMatch(new RegExp(`${m.band!.label} [1-9]`));
    expect(part(at)).toContain(`${m.band!.label} 0.01 元 × ${m.band!.percent}%`);
  }
}

describe('巴中 城乡居民, 二级 市内, 90% in scope', () => {
  const input = stay('bazhong');
  const curve = payCurve(input);

  // 004 第三章 十一问（一）: 二级 起付线 400 元, 70% → pays from 政策范围内 400.01 元 = 90% of 444.45 元.
  // 二十二问: 大病 起付线 14,448 元 of 自付 (0.3 × 政策范围内 + 280 > 14,448 → 47,226.69 元 in scope).
  // 十六问: 统筹 年度限额 110,000 元 → (政策范围内 − 400) × 70% = 110,000 at 157,542.85 元 in scope.
  // 二十三问: bands of the excess over 14,448: 10 万 (60%), 20 万 (70%), above (85%) → 自付 114,448 and 214,448
  //   (past the fund cap 自付 = 政策范围内 − 110,000: 224,448.01 and 324,448.01 in scope).
  // 二十六问: 30 万 a year: 60,000 + 70,000 + 85% × 200,000 → 自付 414,448, 政策范围内 524,448.00.
  const rows: Row[] = [
    ['starts', 'basic', '444.45', '400.01'],
    ['starts', 'seriousIllness', '52474.10', '47226.69'],
    ['cap', 'basic', '175047.61', '157542.85'],
    ['band', 'seriousIllness', '249386.68', '224448.01'],
    ['band', 'seriousIllness', '360497.79', '324448.01'],
    ['cap', 'seriousIllness', '582720.00', '524448.00'],
  ];

  test('the markers, to the fen, in bill order', () => {
    expect(curve.markers.map((m) => [m.kind, m.payer, m.totalCost, m.inScopeCost])).toEqual(rows);
    expect(curve.markers.map((m) => m.band?.label ?? null)).toEqual([null, null, null, '10 万元至20 万元部分', '20 万元以上部分', null]);
    expect(curve.markers.map((m) => m.limit ?? null)).toEqual([null, null, '110000.00', null, null, '300000.00']);
  });

  test('each marker is true on the real estimate: one fen below it has not happened, at it it has', () => {
    for (const m of curve.markers) checkMarker(input, m);
  });

  test('the sentences', () => {
    expect(curve.markers.map((m) => m.sentence)).toEqual([
      '医疗总费用超过 444.44 元后，基本医保统筹开始报销',
      '医疗总费用超过 52,474.09 元后，城乡居民大病保险开始报销',
      '医疗总费用达到 175,047.61 元时，基本医保统筹本年还能报的 110,000.00 元已全部报完，再多的费用它不再报销',
      '医疗总费用超过 249,386.67 元后，城乡居民大病保险的“10 万元至20 万元部分”按 70% 报销',
      '医疗总费用超过 360,497.78 元后，城乡居民大病保险的“20 万元以上部分”按 85% 报销',
      '医疗总费用达到 582,720.00 元时，城乡居民大病保险本年还能报的 300,000.00 元已全部报完，再多的费用它不再报销',
    ]);
  });

  test('24 bills up to a round figure beyond the last marker, each the real estimate, personal pay never falling', () => {
    expect(curve.points).toHaveLength(24);
    expect(curve.inScopeShare).toBe('0.9');
    // 582,720 × 1.2 = 699,264 → 800,000; 800,000 / 24 per column.
    expect(curve.points[0].totalCost).toBe('33333.33');
    expect(curve.points[23].totalCost).toBe('800000.00');
    for (const p of curve.points) {
      const r = estimate(scaledCase(input, new Money(p.totalCost)));
      expect(p.personalPay).toBe(r.personalPay);
      expect(p.inScopeCost).toBe(new Money(p.totalCost).times('0.9').toFixed(2));
    }
    for (let i = 1; i < 24; i++) expect(new Money(curve.points[i].personalPay).greaterThanOrEqualTo(curve.points[i - 1].personalPay)).toBe(true);
    // Past both caps she pays every further yuan: 800,000 − 110,000 − 300,000.
    expect(curve.points[23].personalPay).toBe('390000.00');
    expect(curve.current.personalPay).toBe('7680.00');
  });

  test('her year so far moves the markers: after 5,680 元 of 自付 the 大病 deductible is nearer', () => {
    // The first-stay figures carried forward (yearToDateAfter of the 20,000 元 stay).
    const ytd = { basicPaid: '12320.00', seriousIllnessSelfPay: '5680.00' };
    const later = stay('bazhong', { yearToDate: ytd });
    const c = payCurve(later);
    const si = c.markers.find((m) => m.kind === 'starts' && m.payer === 'seriousIllness')!;
    // 自付 = 政策范围内 − 统筹 (rounded to the fen) must exceed 14,448 − 5,680 = 8,768: at 28,293.35 统筹 is
    // 19,525.345 → 19,525.35 and 自付 8,768.00; at 28,293.36 统筹 19,525.35, 自付 8,768.01. 90% of 31,437.07 元.
    expect([si.totalCost, si.inScopeCost]).toEqual(['31437.07', '28293.36']);
    const cap = c.markers.find((m) => m.kind === 'cap' && m.payer === 'basic')!;
    // 110,000 − 12,320 = 97,680 left: (139,942.85 − 400) × 70% = 97,679.995 → 97,680.00 (half up).
    expect(cap.limit).toBe('97680.00');
    expect(cap.inScopeCost).toBe('139942.85');
    for (const m of c.markers) checkMarker(later, m);
  });
});

describe('随县 城乡居民, 二级 市内, 90% in scope', () => {
  const input = stay('suizhou');
  const curve = payCurve(input);

  // 002 四、住院待遇 城乡居民基本医疗保险政策表: 二级 起付线 500 元, 甲类 80%; 表 备注 2: 年度最高支付限额 15 万元.
  // 002 四、住院待遇 城乡居民大病保险政策: 1.2 万元以上 3 万元（含）以下 60%; 3 万—10 万 65%; 10 万以上 75%;
  // 年度最高支付限额 35 万元 (10,800 + 45,500 + 75% × 391,600 → 自付 491,600, 政策范围内 641,600).
  const rows: Row[] = [
    ['starts', 'basic', '555.57', '500.01'],
    ['starts', 'seriousIllness', '64444.48', '58000.03'],
    ['band', 'seriousIllness', '164444.48', '148000.03'],
    ['cap', 'basic', '208888.89', '188000.00'],
    ['band', 'seriousIllness', '277777.79', '250000.01'],
    ['cap', 'seriousIllness', '712888.89', '641600.00'],
  ];

  test('the markers, to the fen', () => {
    expect(curve.markers.map((m) => [m.kind, m.payer, m.totalCost, m.inScopeCost])).toEqual(rows);
    expect(curve.markers.filter((m) => m.band).map((m) => m.band)).toEqual([
      { label: '3 万元至 10 万元部分', percent: '65' },
      { label: '10 万元以上部分', percent: '75' },
    ]);
    expect(curve.markers.map((m) => m.limit ?? null)).toEqual([null, null, null, '150000.00', null, '350000.00']);
  });

  test('each marker is true on the real estimate', () => {
    for (const m of curve.markers) checkMarker(input, m);
  });
});

describe('bad input', () => {
  test('a bill of 0 has no share to keep', () => {
    expect(() => payCurve(stay('bazhong', { visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '0', inScopeCost: '0' } }))).toThrow(
      '医疗总费用：大于 0 才能画出随费用变化的曲线',
    );
  });
  test('points between 2 and 60', () => {
    expect(() => payCurve(stay('bazhong'), 1)).toThrow('点数：须为 2 到 60 之间的整数');
    expect(payCurve(stay('bazhong'), 6).points.map((p) => p.totalCost)).toEqual(['133333.33', '266666.67', '400000.00', '533333.33', '666666.67', '800000.00']);
  });
});
