import { max0, percent, yuan, type Amount } from '../amount';

/**
 * "起付线以上的部分，按医疗机构规定的报销比例报销" (004 第三章 十一问): the base formula of every basic-insurance
 * payment. Returns the exact amount (unrounded: the caller rounds once, after any cap) and its formula in words.
 */
export function aboveDeductible(inScope: Amount, deductible: Amount, ratio: Amount): { amount: Amount; formula: string } {
  const amount = max0(inScope.minus(deductible)).times(ratio);
  const formula = inScope.lessThanOrEqualTo(deductible)
    ? `政策范围内费用 ${yuan(inScope)} 未超过起付线 ${yuan(deductible)}，不予支付`
    : `（政策范围内费用 ${yuan(inScope)} − 起付线 ${yuan(deductible)}）× ${percent(ratio)} = ${yuan(amount)}`;
  return { amount, formula };
}
