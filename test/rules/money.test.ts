import { Money, fen, yuan, percent } from '../../shared/money';

describe('money is decimal.js, rounded to the fen half up (DESIGN.md)', () => {
  test.each([
    ['1.005', '1.01'],
    ['1.004', '1.00'],
    ['3690', '3690.00'],
    ['0', '0.00'],
    ['0.125', '0.13'],
  ])('fen(%s) = %s', (v, expected) => {
    expect(fen(new Money(v))).toBe(expected);
  });
  test('0.1 + 0.2 is exactly 0.3 in decimal.js', () => {
    expect(fen(new Money('0.1').plus('0.2'))).toBe('0.30');
    expect(new Money('0.1').plus('0.2').equals('0.3')).toBe(true);
  });
  test.each([
    ['3690', '3,690.00 元'],
    ['1234567.891', '1,234,567.89 元'],
    ['999', '999.00 元'],
    ['-1500.5', '-1,500.50 元'],
  ])('yuan(%s) = %s', (v, expected) => {
    expect(yuan(v)).toBe(expected);
  });
  test('percent writes ratios as the documents do', () => {
    expect(percent('0.9')).toBe('90%');
    expect(percent(new Money('0.825'))).toBe('82.5%');
  });
});
