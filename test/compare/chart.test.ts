import { payCurve } from '../../shared/compare/curve';
import { chartGeometry } from '../../miniprogram/packages/estimate/pages/compare/components/pay-chart/geometry';

/** The curve drawn as boxes: columns scaled to the tallest, lines placed by bill size on the same axis. */
describe('the column chart of the issue’s profile (巴中 城乡居民, 二级 市内, 20,000 / 18,000)', () => {
  const curve = payCurve({
    region: 'bazhong',
    date: '2025-06-01',
    scheme: 'resident',
    person: { age: 68 },
    visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '20000', inScopeCost: '18000' },
  });
  const g = chartGeometry(curve);

  test('24 columns, the last (800,000 元, 390,000 元 to pay) the full height', () => {
    expect(g.columns).toHaveLength(24);
    expect(g.lastBill).toBe('800000.00');
    expect(g.highestPay).toBe('390000.00');
    expect(g.columns[23].height).toBe('100.00');
    // 33,333.33 元: 政策范围内 30,000.00, 统筹 (30,000 − 400) × 70% = 20,720 (004 第三章 十一问), she pays 12,613.33,
    // drawn as 12,613.33 / 390,000 = 3.23% of the height.
    expect(g.columns[0].personalPay).toBe('12613.33');
    expect(g.columns[0].height).toBe('3.23');
    expect(g.columns[0].ariaLabel).toBe('医疗总费用 33,333.33 元，个人负担 12,613.33 元');
  });

  test('each marker line sits at its bill on the 0–800,000 axis; close badges take another row', () => {
    expect(g.lines.map((l) => [l.badge, l.left, l.row])).toEqual([
      ['①', '0.06', 0], // 444.45
      ['②', '6.56', 1], // 52,474.10
      ['③', '21.88', 0], // 175,047.61
      ['④', '31.17', 1], // 249,386.68
      ['⑤', '45.06', 0], // 360,497.79
      ['⑥', '72.84', 0], // 582,720.00
    ]);
    expect(g.lines[1].ariaLabel).toBe('② 医疗总费用超过 52,474.09 元后，城乡居民大病保险开始报销');
    expect(g.current.left).toBe('2.50'); // 20,000 of 800,000
    expect(g.ariaLabel).toBe('个人负担随医疗总费用变化的柱状图：医疗总费用从 33,333.33 元到 800,000.00 元，共 24 档，个人负担最多 390,000.00 元');
  });
});
