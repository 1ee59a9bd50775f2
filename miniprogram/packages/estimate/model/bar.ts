import { Money, ZERO } from '../../../../shared/money';
import { PAYMENT_KEYS, type EstimateResult } from '../../../../shared/result';
import type { Payer } from '../../../../shared/explain';
import { BAR_NAMES } from './labels';

export interface BarSegment {
  payer: Payer;
  name: string;
  /** The rules' amount, unchanged ("3690.00"). */
  amount: string;
  /** Share of 医疗总费用 in percent with two decimals ("82.00"); the segments add up to exactly "100.00". */
  percent: string;
}

const BASIS = 10000; // hundredths of a percent

/**
 * The picture of who pays: one segment per payer that pays something, then 个人负担, each as a share of the total
 * bill. Shares are computed with decimal.js in hundredths of a percent and the rounding remainder goes to the
 * largest fractions, so the bar always fills exactly 100% and no payer is drawn larger than it is by a float.
 */
export function barSegments(result: Pick<EstimateResult, 'totalCost' | 'payments' | 'personalPay'>): BarSegment[] {
  const total = new Money(result.totalCost);
  const items: { payer: Payer; amount: string }[] = PAYMENT_KEYS.filter((k) => new Money(result.payments[k]).greaterThan(ZERO)).map(
    (k) => ({ payer: k, amount: result.payments[k] }),
  );
  if (new Money(result.personalPay).greaterThan(ZERO)) items.push({ payer: 'patient', amount: result.personalPay });
  if (!total.greaterThan(ZERO) || items.length === 0) return [];

  const exact = items.map((item) => new Money(item.amount).div(total).times(BASIS));
  const units = exact.map((e) => e.floor());
  let left = new Money(BASIS).minus(units.reduce((a, b) => a.plus(b), ZERO)).toNumber();
  const byFraction = exact
    .map((e, index) => ({ index, fraction: e.minus(e.floor()) }))
    .sort((a, b) => b.fraction.comparedTo(a.fraction) || a.index - b.index);
  for (const { index } of byFraction) {
    if (left <= 0) break;
    units[index] = units[index].plus(1);
    left -= 1;
  }
  return items.map((item, index) => ({
    payer: item.payer,
    name: BAR_NAMES[item.payer],
    amount: item.amount,
    percent: units[index].div(100).toFixed(2),
  }));
}
