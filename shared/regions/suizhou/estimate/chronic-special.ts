import { figure, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { chronicSpecial } from '../params/outpatient';
import { ChainContext } from '../../../chain/context';
import { ChronicVisit, SpecialVisit } from '../../../schemas/estimate';
import { payBasic } from './fund';
import { afterBasic } from './chain';

const LIMITS_NOT_GIVEN =
  '002 未载明随县门诊慢特病的起付线和各病种年度支付限额：本估算只按报销比例计算，未按病种限额封顶，实际以病种限额为准。';

/**
 * 门诊慢性病 and 门诊特殊疾病 (002 三、门诊待遇): "居民门诊慢性病报销60%，特殊疾病报销70%（其中器官移植抗排异治疗、慢性
 * 肾功能衰竭透析报销80%）". 002 has no disease list: the code is recorded, not checked. The payers after 基本医保 are a
 * stay's — 大病保险 covers "门诊慢特病治疗所发生的高额医疗费用", 医疗救助 "门诊慢特病费用（医保政策限额以内费用）".
 */
export function chronic(ctx: ChainContext, visit: ChronicVisit): void {
  const ruleValue = valueAt(chronicSpecial, ctx.date);
  const ratio = figure(ctx.trace.use(ruleValue).chronic);
  const amount = ctx.inScope.times(ratio);
  payBasic(ctx, amount, `门诊慢性病（病种编码 ${visit.diseaseCode}）：政策范围内费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}`, ruleValue.source, 'chronicPaid');
  ctx.trace.note(LIMITS_NOT_GIVEN);
  afterBasic(ctx, { place: 'local' });
}

export function special(ctx: ChainContext, visit: SpecialVisit): void {
  const ruleValue = valueAt(chronicSpecial, ctx.date);
  const rule = ctx.trace.use(ruleValue);
  const ratio = figure(visit.treatment ? rule.specialTreatment : rule.special);
  const what =
    visit.treatment === 'transplant-antirejection' ? '器官移植抗排异治疗' : visit.treatment === 'dialysis' ? '慢性肾功能衰竭透析' : '门诊特殊疾病';
  const amount = ctx.inScope.times(ratio);
  payBasic(ctx, amount, `${what}（病种编码 ${visit.diseaseCode}）：政策范围内费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}`, ruleValue.source);
  ctx.trace.note(LIMITS_NOT_GIVEN);
  ctx.trace.note('纳入特殊疾病支付的单独支付药品按对应病种的报销比例支付：请与该病种一并按“门诊特殊疾病”估算。');
  afterBasic(ctx, { place: 'local' });
}

/**
 * 单独支付药品: "办理单独支付药品使用资格表，报销50%" (002 三). 大病保险 names them ("含“单独支付”药品") and 医疗救助
 * the 国谈药“双通道”用药费用 they are settled through, so the same payers follow.
 */
export function singlePayDrug(ctx: ChainContext): void {
  const ruleValue = valueAt(chronicSpecial, ctx.date);
  const ratio = figure(ctx.trace.use(ruleValue).singlePayDrug);
  const amount = ctx.inScope.times(ratio);
  payBasic(ctx, amount, `单独支付药品（已办理使用资格表）：药品费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}`, ruleValue.source);
  ctx.trace.note('单独支付药品须先办理单独支付药品使用资格表；纳入特殊疾病支付的按对应病种比例报销。');
  afterBasic(ctx, { place: 'local' });
}
