import Decimal from 'decimal.js';
import { max0 } from '../money';

/**
 * Payers whose deductible and bands run over the calendar year (大病保险, 职工大额, 医疗救助) pay, for one visit,
 * the growth of their yearly entitlement: f(accumulated after) − f(accumulated before). So the deductible is met
 * once a year and a band boundary crossed mid-year splits the visit correctly.
 */
export function yearlyIncrement(
  entitlement: (accumulated: Decimal) => Decimal,
  before: Decimal,
  thisVisit: Decimal,
): { increment: Decimal; entitledBefore: Decimal; entitledAfter: Decimal } {
  const entitledBefore = entitlement(before);
  const entitledAfter = entitlement(before.plus(thisVisit));
  return { increment: max0(entitledAfter.minus(entitledBefore)), entitledBefore, entitledAfter };
}

/** What is left of an annual cap once `paid` has been used. */
export function capRemaining(cap: Decimal, paid: Decimal): Decimal {
  return max0(cap.minus(paid));
}
