import { notCovered } from '../errors';
import { feeDiscountSchema, parseVeteran } from '../schemas/veteran';
import type { FeeDiscountResult } from './fee-discount-result';
import { veteranRegion, veteranRegions } from './registry';

/** 医疗机构收费优惠 for one bill, by the region's document; a region whose document sets none says so. */
export function feeDiscounts(input: unknown): FeeDiscountResult {
  const c = parseVeteran(feeDiscountSchema, input);
  const region = veteranRegion(c.region);
  if (!region.veteran.feeDiscounts) {
    const collected = veteranRegions().flatMap((r) => (r.veteran.feeDiscounts ? [r.veteran.feeDiscounts.scope] : []));
    throw notCovered(`${region.name}的${region.veteran.documentTitle}没有规定医疗机构收费优惠；目前只收录了${collected.join('、')}`, 'region');
  }
  return region.veteran.feeDiscounts.compute(c);
}
