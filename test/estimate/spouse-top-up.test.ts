/**
 * 巴中 职工配偶 产前检查费补差 (004 第二章 九问): the table rows check the first allowance only; here the second,
 * paid beside the resident scheme's own 产前检查费 on a delivery: 职工 800 − 城乡居民 500 = 300 (第二章 二十八问, 第三章 十四问).
 */
import { estimate } from '../../shared/estimate';

const delivery = (spouseOfEmployee?: boolean) =>
  estimate({
    region: 'bazhong',
    date: '2025-06-15',
    scheme: 'resident',
    visit: { type: 'maternity', event: 'delivery', totalCost: '4000', inScopeCost: '4000', ...(spouseOfEmployee === undefined ? {} : { spouseOfEmployee }) },
  });

describe('巴中 职工配偶 产前检查费补差 (第二章 九问)', () => {
  test('a delivery gets the resident 500 and the 补差 300, each with its own citation', () => {
    const r = delivery(true);
    expect(r.allowances?.map((a) => [a.name, a.amount, a.source.section])).toEqual([
      ['产前检查费', '500.00', '第三章 十四问'],
      ['产前检查费补差', '300.00', '第二章 九问'],
    ]);
    expect(r.allowances?.[1].formula).toBe(
      '产前检查费补差 = 职工产前检查费补助标准 800.00 元（生育，第二章 二十八问） − 城乡居民产前检查费补助标准 500.00 元 = 300.00 元',
    );
  });

  test('without the spouse, only the resident 产前检查费', () => {
    for (const given of [undefined, false]) {
      expect(delivery(given).allowances?.map((a) => a.name)).toEqual(['产前检查费']);
    }
  });
});
