import { ZERO, max0, minOf, yuan, figure, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { residentInpatient, employeeInpatient, InpatientTable } from '../params/inpatient';
import { residentTransferDeductible } from '../params/transfer';
import { residentFundCap, employeeFundCaps } from '../params/fund-caps';
import { aboveDeductible } from '../../../formulas/deductible-ratio';
import { capRemaining } from '../../../formulas/annual';
import { FACILITY_NAMES, FacilityLevel, PLACE_NAMES, Place } from '../../../schemas/estimate';
import { ChainContext } from '../../../chain/context';
import { notCovered } from '../../../errors';

/** The place's name without its explanation in brackets, as the step names it. */
const SHORT_PLACE_NAMES = Object.fromEntries(Object.entries(PLACE_NAMES).map(([k, v]) => [k, v.replace(/（.*）/, '')])) as Record<Place, string>;

/** The facility levels from low to high, as 第三章 十二问 compares them (低级别 → 高级别). */
const RANK: Record<FacilityLevel, number> = { township: 0, level1: 1, level2: 2, level3: 3 };

/**
 * 统筹基金 for one stay: "扣减住院报销起付标准后按定点医疗机构等级确定报销比例" (004 第二章 二十七问; residents
 * 第三章 十一问), within what is left of the scheme's annual fund cap (居民 十六问, 职工 三十七问). A resident's stay
 * that continues a course of treatment begun at another hospital (`transferredFrom`) takes the 起付标准 of 十二问.
 */
export function basicInpatient(ctx: ChainContext, visit: { facilityLevel: FacilityLevel; place: Place; transferredFrom?: FacilityLevel }): void {
  const { trace } = ctx;
  const resident = ctx.c.scheme === 'resident';
  const tableValue = valueAt(resident ? residentInpatient : employeeInpatient, ctx.date);
  const table = trace.use(tableValue);
  const cell = table[visit.place][visit.facilityLevel];
  const deductible =
    visit.transferredFrom === undefined ? figure(cell.deductible) : transferDeductible(ctx, table, visit, visit.transferredFrom);
  const ratio = figure(cell.ratio);

  const cap = figure(
    resident ? trace.use(valueAt(residentFundCap, ctx.date)) : trace.use(valueAt(employeeFundCaps, ctx.date)).basic,
  );
  const left = capRemaining(cap, ctx.ytd.basicPaid);

  // remaining(), not inScope: a 高值药品 先行自付 may already have left the base.
  const { amount, formula } = aboveDeductible(ctx.remaining(), deductible, ratio);
  const where = `${SHORT_PLACE_NAMES[visit.place]}·${FACILITY_NAMES[visit.facilityLevel]}`;
  let text = `${where}：${formula}`;
  if (amount.greaterThan(left)) {
    text += `；本年度统筹基金已支付 ${yuan(ctx.ytd.basicPaid)}，年度限额 ${yuan(cap)} 仅余 ${yuan(left)}，按余额支付`;
  }
  const paid = ctx.pay('basic', minOf(amount, left), text, tableValue.source);
  ctx.accumulate('basicPaid', paid);
}

/**
 * "参保城乡居民在一个治疗过程中因病情需要双向转诊的，由低级别定点医疗机构转往高级别定点医疗机构，只补计起付标准差额；由高级别
 * 定点医疗机构转往同级别或低级别定点医疗机构，不再另计起付标准" (004 第三章 十二问). Both levels' 起付标准 are read in
 * this stay's row of the table (市内 and 长期备案地 print the same figures); the step says what was charged and why.
 */
function transferDeductible(ctx: ChainContext, table: InpatientTable, visit: { facilityLevel: FacilityLevel; place: Place }, from: FacilityLevel): Amount {
  const field = 'visit.transferredFrom';
  if (ctx.c.scheme !== 'resident') {
    throw notCovered(
      '转院“只补计起付标准差额”的规定（第三章 十二问）只适用于参保城乡居民，手册职工篇（第二章）未规定职工转院的起付标准，暂未收录；' +
        '不填转院前医院等级，则按本次医院等级的起付线估算',
      field,
    );
  }
  const ruleValue = valueAt(residentTransferDeductible, ctx.date);
  ctx.trace.use(ruleValue);
  const here = figure(table[visit.place][visit.facilityLevel].deductible);
  const move = `同一治疗过程中由${FACILITY_NAMES[from]}转往${FACILITY_NAMES[visit.facilityLevel]}`;
  let deductible: Amount;
  let text: string;
  if (RANK[visit.facilityLevel] > RANK[from]) {
    if (visit.place === 'temporary-filed' || visit.place === 'unfiled') {
      throw notCovered(
        `转往${PLACE_NAMES[visit.place].replace(/（.*）/, '')}的高级别医院：这类市外住院各级起付线都是 ${yuan(here)}，` +
          '手册第三章 十二问未说明从转院前的医院起算的起付标准差额如何计算，暂未收录；不填转院前医院等级，则按本次起付线估算',
        field,
      );
    }
    const before = figure(table[visit.place][from].deductible);
    deductible = max0(here.minus(before));
    text = `${move}（低级别转往高级别）：只补计起付标准差额 = 本次起付线 ${yuan(here)} − 转院前起付线 ${yuan(before)} = ${yuan(deductible)}`;
  } else {
    deductible = ZERO;
    text = `${move}（转往同级别或低级别）：不再另计起付标准，本次起付线 ${yuan(here)} 不再扣减`;
  }
  // What the patient bears of it: no more than the bill itself.
  ctx.trace.step('patient', minOf(deductible, ctx.remaining()), text, ruleValue.source, '转院起付标准');
  return deductible;
}
