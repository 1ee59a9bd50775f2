import { minOf, yuan, figure } from '../../../money';
import { valueAt } from '../../../params/param';
import { residentInpatient, employeeInpatient } from '../params/inpatient';
import { residentFundCap, employeeFundCaps } from '../params/fund-caps';
import { aboveDeductible } from '../../../formulas/deductible-ratio';
import { capRemaining } from '../../../formulas/annual';
import { FACILITY_NAMES, FacilityLevel, PLACE_NAMES, Place } from '../../../schemas/estimate';
import { ChainContext } from '../../../chain/context';

/**
 * 统筹基金 for one stay: "扣减住院报销起付标准后按定点医疗机构等级确定报销比例" (004 第二章 二十七问; residents
 * 第三章 十一问), within what is left of the scheme's annual fund cap (居民 十六问, 职工 三十七问).
 */
export function basicInpatient(ctx: ChainContext, visit: { facilityLevel: FacilityLevel; place: Place }): void {
  const { trace } = ctx;
  const resident = ctx.c.scheme === 'resident';
  const tableValue = valueAt(resident ? residentInpatient : employeeInpatient, ctx.date);
  const cell = trace.use(tableValue)[visit.place][visit.facilityLevel];
  const deductible = figure(cell.deductible);
  const ratio = figure(cell.ratio);

  const cap = figure(
    resident ? trace.use(valueAt(residentFundCap, ctx.date)) : trace.use(valueAt(employeeFundCaps, ctx.date)).basic,
  );
  const left = capRemaining(cap, ctx.ytd.basicPaid);

  // remaining(), not inScope: a 高值药品 先行自付 may already have left the base.
  const { amount, formula } = aboveDeductible(ctx.remaining(), deductible, ratio);
  const where = `${PLACE_NAMES[visit.place].replace(/（.*）/, '')}·${FACILITY_NAMES[visit.facilityLevel]}`;
  let text = `${where}：${formula}`;
  if (amount.greaterThan(left)) {
    text += `；本年度统筹基金已支付 ${yuan(ctx.ytd.basicPaid)}，年度限额 ${yuan(cap)} 仅余 ${yuan(left)}，按余额支付`;
  }
  const paid = ctx.pay('basic', minOf(amount, left), text, tableValue.source);
  ctx.accumulate('basicPaid', paid);
}
