import type { Source } from '../source';

/** The bill items a 收费优惠 can apply to. */
export type FeeItem = 'surgery' | 'consultation' | 'equipmentExam' | 'bed';

export interface FeeLine {
  item: FeeItem;
  name: string;
  /** The list price on the bill. */
  listed: string;
  /** What a disabled veteran should be charged at most, by the document. */
  charged: string;
  reduction: string;
  /** True when the document sets only a floor on the reduction ("不低于 10%"): the hospital may reduce more. */
  atLeast: boolean;
  formula: string;
  source: Source | null;
}

/** 医疗机构收费优惠 for one bill, by the region's document. Amounts are strings with two decimals. */
export interface FeeDiscountResult {
  region: string;
  date: string;
  lines: FeeLine[];
  listedTotal: string;
  chargedTotal: string;
  reductionTotal: string;
  notes: string[];
}
