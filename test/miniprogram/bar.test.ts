import { barSegments } from '../../miniprogram/packages/estimate/model/bar';
import type { Payments } from '../../shared/result';

const NONE: Payments = {
  basic: '0.00',
  civilServant: '0.00',
  largeExpense: '0.00',
  seriousIllness: '0.00',
  assistance: '0.00',
  tiltedAssistance: '0.00',
  veteranSubsidy: '0.00',
};

describe('the payer bar: shares of the total bill, split with decimal.js', () => {
  test('张三 (004 第一章 四十三): 3,690 of 4,500 is 82%, the rest 18% is his', () => {
    const segments = barSegments({ totalCost: '4500.00', payments: { ...NONE, basic: '3690.00' }, personalPay: '810.00' });
    expect(segments).toEqual([
      { payer: 'basic', name: '医保统筹', amount: '3690.00', percent: '82.00' },
      { payer: 'patient', name: '个人负担', amount: '810.00', percent: '18.00' },
    ]);
  });

  test('payers that pay nothing are not drawn; the order is the payer chain', () => {
    const segments = barSegments({
      totalCost: '1000.00',
      payments: { ...NONE, basic: '500.00', assistance: '100.00', seriousIllness: '200.00' },
      personalPay: '200.00',
    });
    expect(segments.map((s) => [s.name, s.percent])).toEqual([
      ['医保统筹', '50.00'],
      ['大病保险', '20.00'],
      ['医疗救助', '10.00'],
      ['个人负担', '20.00'],
    ]);
  });

  test('thirds: rounding remainders go to the largest fractions, and the bar fills exactly 100%', () => {
    const segments = barSegments({ totalCost: '3.00', payments: { ...NONE, basic: '1.00', seriousIllness: '1.00' }, personalPay: '1.00' });
    expect(segments.map((s) => s.percent)).toEqual(['33.34', '33.33', '33.33']);
    const odd = barSegments({ totalCost: '7.00', payments: { ...NONE, basic: '1.00', civilServant: '2.00', largeExpense: '3.00' }, personalPay: '1.00' });
    // In hundredths: 1428.57…, 2857.14…, 4285.71…, 1428.57…; floors add to 9998, so the two largest fractions (.71,
    // then the first of the tied .57s) get one more.
    expect(odd.map((s) => s.percent)).toEqual(['14.29', '28.57', '42.86', '14.28']);
    const sum = odd.reduce((a, s) => a + Math.round(Number(s.percent) * 100), 0);
    expect(sum).toBe(10000);
  });

  test('amounts far below a cent of a percent still add up', () => {
    const segments = barSegments({
      totalCost: '999999999.99',
      payments: { ...NONE, basic: '999999999.98' },
      personalPay: '0.01',
    });
    expect(segments.map((s) => s.percent)).toEqual(['100.00', '0.00']);
  });

  test('everything paid: no 个人负担 segment; a zero bill draws nothing', () => {
    expect(barSegments({ totalCost: '100.00', payments: { ...NONE, basic: '100.00' }, personalPay: '0.00' }).map((s) => s.payer)).toEqual([
      'basic',
    ]);
    expect(barSegments({ totalCost: '0.00', payments: NONE, personalPay: '0.00' })).toEqual([]);
  });
});
