import { figure, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { negotiatedDrugs } from '../params/chronic-special';
import { ChainContext } from '../../../chain/context';
import { HighValueDrugVisit } from '../../../schemas/estimate';
import { basicInpatient } from './basic-inpatient';
import { afterBasic } from './inpatient';

/**
 * 单行支付药品 (004 第五章 二问): "不计起付线，直接纳入基本医疗保险统筹基金按比例支付，职工支付比例为 70%，城乡居民支付
 * 比例为 60%，个人负担部分不纳入职工大额医疗补助、公务员医疗补助、城乡居民大病保险支付范围". Nothing follows 基本医保.
 */
export function singlePayDrug(ctx: ChainContext): void {
  const ruleValue = valueAt(negotiatedDrugs, ctx.date);
  const rule = ctx.trace.use(ruleValue);
  const ratio = figure(ctx.c.scheme === 'resident' ? rule.singlePayRatio.resident : rule.singlePayRatio.employee);
  const amount = ctx.inScope.times(ratio);
  ctx.pay('basic', amount, `单行支付药品不计起付线：药品费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}`, ruleValue.source);
  ctx.trace.note('单行支付药品的个人负担部分不纳入职工大额医疗补助、公务员医疗补助、城乡居民大病保险支付范围（第五章 二问）。');
  ctx.trace.note('单行支付药品须先经认定机构认定、在治疗机构开方、在供药机构购药（“五定”管理，第五章 三问），否则不能报销。');
}

/**
 * 高值药品 (第五章 二问): "按乙类支付管理。由个人先行自付 10% 后，纳入基本医疗保险基金报销" — the rest is reimbursed
 * like the stay it is used in (the inpatient table for the facility and place, and the payers after it).
 */
export function highValueDrug(ctx: ChainContext, visit: HighValueDrugVisit): void {
  const ruleValue = valueAt(negotiatedDrugs, ctx.date);
  const rule = ctx.trace.use(ruleValue);
  const share = figure(rule.highValuePrepay);
  const prepay = ctx.inScope.times(share);
  ctx.prepay(prepay, `高值药品按乙类管理，个人先行自付 ${yuan(ctx.inScope)} × ${percent(share)} = ${yuan(prepay)}`, ruleValue.source);
  basicInpatient(ctx, visit);
  afterBasic(ctx, visit);
  ctx.trace.note('高值药品须先经认定（“五定”管理，第五章 三问）才能享受报销。');
}
