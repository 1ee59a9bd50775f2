import Decimal from 'decimal.js';
import { PAYMENT_KEYS, type EstimateResult } from '../../shared/result';

const AMOUNT = /^\d+\.\d{2}$/;

/**
 * What every estimate must satisfy, whatever the case: amounts are non-negative strings with two decimals; no payer
 * and not all payers together pay more than the in-scope cost; the fund total is the sum of the payments; personal
 * pay plus the fund total is the bill, to the fen; the out-of-scope and in-scope self-pay parts add up.
 * Returns the broken rules (empty when none).
 */
export function estimateProblems(r: EstimateResult): string[] {
  const problems: string[] = [];
  const amounts: Record<string, string> = {
    totalCost: r.totalCost,
    inScopeCost: r.inScopeCost,
    fundTotal: r.fundTotal,
    outOfScope: r.outOfScope,
    selfPayInScope: r.selfPayInScope,
    personalPay: r.personalPay,
    ...Object.fromEntries(PAYMENT_KEYS.map((k) => [`payments.${k}`, r.payments[k]])),
  };
  for (const [k, v] of Object.entries(amounts)) {
    if (typeof v !== 'string' || !AMOUNT.test(v)) problems.push(`${k} = ${JSON.stringify(v)} is not a non-negative amount with two decimals`);
  }
  if (problems.length) return problems;
  const d = (s: string) => new Decimal(s);
  const inScope = d(r.inScopeCost);
  let sum = new Decimal(0);
  for (const k of PAYMENT_KEYS) {
    sum = sum.plus(r.payments[k]);
    if (d(r.payments[k]).greaterThan(inScope)) problems.push(`payments.${k} ${r.payments[k]} > in-scope ${r.inScopeCost}`);
  }
  if (!sum.equals(r.fundTotal)) problems.push(`fundTotal ${r.fundTotal} ≠ sum of payments ${sum.toFixed(2)}`);
  if (d(r.fundTotal).greaterThan(inScope)) problems.push(`fundTotal ${r.fundTotal} > in-scope ${r.inScopeCost}`);
  if (!d(r.personalPay).plus(r.fundTotal).equals(r.totalCost)) problems.push(`personalPay ${r.personalPay} + fundTotal ${r.fundTotal} ≠ totalCost ${r.totalCost}`);
  if (!d(r.outOfScope).plus(r.selfPayInScope).equals(r.personalPay)) problems.push(`outOfScope ${r.outOfScope} + selfPayInScope ${r.selfPayInScope} ≠ personalPay ${r.personalPay}`);
  if (!d(r.inScopeCost).plus(r.outOfScope).equals(r.totalCost)) problems.push(`inScope ${r.inScopeCost} + outOfScope ${r.outOfScope} ≠ totalCost ${r.totalCost}`);
  for (const [k, v] of Object.entries(r.yearToDateAfter ?? {})) {
    if (!AMOUNT.test(v)) problems.push(`yearToDateAfter.${k} = ${v}`);
  }
  if (!Array.isArray(r.steps) || r.steps.length === 0) problems.push('no steps');
  return problems;
}
