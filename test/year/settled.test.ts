/**
 * The settled mode (estimateSettled, ChainContext `settled`): an entry with its 结算单 counts the 结算单's amounts, so
 * the chain after it follows the real figures. 巴中 城乡居民, aged 68; rules of 004 第三章 十一问 (市内 统筹: 三级 起付线 700
 * × 60%, 二级 起付线 400 × 70%), 十六问 (居民 统筹 年度限额 110,000) and 二十二问至二十六问 (大病: 起付线 28,896 × 50% = 14,448;
 * 10 万元以内部分 60%, on the year's in-scope self-pay left after 统筹).
 */
import { estimate, estimateSettled } from '../../shared/estimate';
import { ChainContext } from '../../shared/chain/context';
import { estimateCaseSchema } from '../../shared/schemas/estimate';
import { cite } from '../../shared/source';
import { Money } from '../../shared/money';
import { RuleError } from '../../shared/errors';
import { runYear, yearToDateFor } from '../../shared/year/chain';
import type { YearCase, YearEntry } from '../../shared/year/types';

const case1: YearCase = {
  region: 'bazhong',
  date: '2026-03-01',
  scheme: 'resident',
  person: { age: 68 },
  visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '55000.00', inScopeCost: '50000.00' },
};
const case2: YearCase = { ...case1, date: '2026-08-10', visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '20000.00', inScopeCost: '18000.00' } };
const T1 = '2026-03-05T08:00:00.000Z';
const stay1: YearEntry = { id: 'stay-0001', case: case1, settled: { payments: { basic: '30000.00' } }, createdAt: T1, updatedAt: T1 };
const stay2: YearEntry = { id: 'stay-0002', case: case2, createdAt: '2026-08-12T08:00:00.000Z', updatedAt: '2026-08-12T08:00:00.000Z' };

describe('estimateSettled', () => {
  test('统筹 settled at 30,000.00 (estimate 29,580.00): 大病 自付 50,000 − 30,000 = 20,000, 大病 (20,000 − 14,448) × 60% = 3,331.20 (第三章 十一问, 二十二问至二十六问)', () => {
    const r = estimateSettled(case1, { payments: { basic: '30000.00' } });
    expect(r.payments).toEqual({ basic: '30000.00', civilServant: '0.00', largeExpense: '0.00', seriousIllness: '3331.20', assistance: '0.00', tiltedAssistance: '0.00', veteranSubsidy: '0.00' });
    expect(r.selfPayInScope).toBe('16668.80');
    // 5,000 目录外 + 16,668.80.
    expect(r.personalPay).toBe('21668.80');
    expect(r.yearToDateAfter).toMatchObject({ basicPaid: '30000.00', seriousIllnessSelfPay: '20000.00', seriousIllnessPaid: '3331.20' });
    expect(r.steps[0].formula).toBe('市内·三级医疗机构：（政策范围内费用 50,000.00 元 − 起付线 700.00 元）× 60% = 29,580.00 元；结算单实付 30,000.00 元，按结算单计');
  });

  test("the 结算单's totals re-run the case: 统筹 given 28,000 on 48,000 in scope; 大病 on 20,000 − 14,448 = 5,552 × 60% = 3,331.20", () => {
    const r = estimateSettled(case1, { totalCost: '53000.00', inScopeCost: '48000.00', payments: { basic: '28000.00' } });
    expect([r.totalCost, r.inScopeCost, r.payments.basic, r.payments.seriousIllness, r.personalPay]).toEqual(['53000.00', '48000.00', '28000.00', '3331.20', '21668.80']);
  });

  test('every payer the 结算单 names is paid its amount, also one the rules did not reach (a note says so)', () => {
    const r = estimateSettled(case1, { payments: { basic: '29580.00', seriousIllness: '3583.20', assistance: '500.00' } });
    expect([r.payments.basic, r.payments.seriousIllness, r.payments.assistance, r.fundTotal]).toEqual(['29580.00', '3583.20', '500.00', '33663.20']);
    expect(r.notes).toContain('结算单显示医疗救助支付 500.00 元，本估算的规则未算这项支付，按结算单计入（本年度累计未含这笔）');
    expect(r.yearToDateAfter.assistancePaid).toBe('0.00');
  });

  test('a 结算单 equal to the estimate gives the estimate back, figure for figure', () => {
    const plain = estimate(case1);
    const settled = estimateSettled(case1, { payments: { basic: plain.payments.basic, seriousIllness: plain.payments.seriousIllness } });
    expect([settled.payments, settled.personalPay, settled.yearToDateAfter]).toEqual([plain.payments, plain.personalPay, plain.yearToDateAfter]);
  });

  test('payments above the in-scope cost are refused', () => {
    expect(() => estimateSettled(case1, { payments: { basic: '50000.00', seriousIllness: '0.01' } })).toThrow(
      new RuleError('INVALID_INPUT', '结算单：各项支付合计 50,000.01 元 大于政策范围内费用 50,000.00 元，请核对', 'settled.payments'),
    );
  });

  test('a malformed 结算单 is refused on its field', () => {
    expect(() => estimateSettled(case1, { payments: { basic: '30000.001' } })).toThrow('结算单支付（basic）：金额须为不小于 0 的数字，最多两位小数');
    expect(() => estimateSettled(case1, { payments: { hospital: '1.00' } as never })).toThrow('结算单各项支付：包含不认识的字段：hospital');
  });

  test("a payer's first pay() takes the whole settled amount, its later ones nothing; other payers as estimated", () => {
    const ctx = new ChainContext(estimateCaseSchema.parse(case1), { basic: '100.00' });
    const src = cite('004_6dc5632ce2988a73.txt', '第三章 十一问');
    expect(ctx.pay('basic', new Money('60'), 'a', src).toFixed(2)).toBe('100.00');
    expect(ctx.pay('basic', new Money('30'), 'b', src).toFixed(2)).toBe('0.00');
    expect(ctx.pay('seriousIllness', new Money('7.005'), 'c', src).toFixed(2)).toBe('7.01');
    expect(ctx.remaining().toFixed(2)).toBe('49892.99');
    expect(ctx.trace.steps.map((s) => s.formula)).toEqual(['a；结算单实付 100.00 元，按结算单计', 'b；已按结算单计入，本项不再另计', 'c']);
  });
});

describe('the chain with a settled stay 1', () => {
  test('stay 2 starts from the 结算单: basicPaid 30,000.00, 大病 自付累计 20,000.00, 大病 3,331.20 (not 29,580 / 20,420 / 3,583.20)', () => {
    const [v1, v2] = runYear([stay2, stay1]);
    expect(v1.result?.payments.basic).toBe('30000.00');
    expect(v2.ytdBefore).toEqual({ basicPaid: '30000.00', seriousIllnessSelfPay: '20000.00', seriousIllnessPaid: '3331.20' });
    expect(yearToDateFor([stay1], case2).yearToDate).toEqual(v2.ytdBefore);
  });

  test('stay 2: 统筹 (18,000 − 400) × 70% = 12,320; 大病 累计 20,000 + 5,680 = 25,680, (25,680 − 14,448) × 60% − 3,331.20 = 3,408.00; 个人负担 2,000 + 5,680 − 3,408 = 4,272.00; after: 42,320.00 / 25,680.00 / 6,739.20', () => {
    const v2 = runYear([stay1, stay2])[1];
    expect([v2.result?.payments.basic, v2.result?.payments.seriousIllness, v2.result?.personalPay]).toEqual(['12320.00', '3408.00', '4272.00']);
    expect(v2.ytdAfter).toEqual({ basicPaid: '42320.00', seriousIllnessSelfPay: '25680.00', seriousIllnessPaid: '6739.20' });
    // Unsettled, the same stay 2 ends the year at 41,900.00 / 26,100.00 / 6,991.20.
    expect(runYear([{ ...stay1, settled: undefined }, stay2])[1].ytdAfter).toEqual({ basicPaid: '41900.00', seriousIllnessSelfPay: '26100.00', seriousIllnessPaid: '6991.20' });
  });

  test('a settled 统筹 near the 110,000 cap (十六问) leaves stay 2 only the rest: 110,000 − 100,000 = 10,000 instead of 12,320', () => {
    const big: YearEntry = {
      ...stay1,
      case: { ...case1, visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '200000.00', inScopeCost: '180000.00' } },
      settled: { payments: { basic: '100000.00' } },
    };
    const v2 = runYear([big, stay2])[1];
    expect(v2.ytdBefore.basicPaid).toBe('100000.00');
    expect(v2.result?.payments.basic).toBe('10000.00');
  });
});
