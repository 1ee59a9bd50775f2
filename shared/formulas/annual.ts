import type Decimal from 'decimal.js';
import { max0, type Amount } from '../amount';
import { max0 as decimalMax0 } from '../money';

/**
 * Payers whose deductible and bands run over the calendar year (大病保险, 职工大额, 医疗救助) pay, for one visit,
 * the growth of their yearly entitlement: f(accumulated after) − f(accumulated before). So the deductible is met
 * once a year and a band boundary crossed mid-year splits the visit correctly.
 */
export function yearlyIncrement(
  entitlement: (accumulated: Amount) => Amount,
  before: Amount,
  thisVisit: Amount,
): { increment: Amount; entitledBefore: Amount; entitledAfter: Amount } {
  const entitledBefore = entitlement(before);
  const entitledAfter = entitlement(before.plus(thisVisit));
  return { increment: max0(entitledAfter.minus(entitledBefore)), entitledBefore, entitledAfter };
}

/** What is left of an annual cap once `paid` has been used (the estimate's amounts, or decimal.js values elsewhere). */
export function capRemaining(cap: Amount, paid: Amount): Amount;
export function capRemaining(cap: Decimal, paid: Decimal): Decimal;
export function capRemaining(cap: Amount | Decimal, paid: Amount | Decimal): Amount | Decimal {
  if ('u' in cap) return max0(cap.minus(paid as Amount));
  return decimalMax0(cap.minus(paid as Decimal));
}
