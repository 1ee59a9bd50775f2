export { subsidy } from './subsidy';
export { feeDiscounts } from './fee-discounts';
export { nextApplicationMonth } from './window';
export type { SubsidyResult, Exclusion } from './result';
export type { FeeDiscountResult, FeeLine, FeeItem } from './fee-discounts';
