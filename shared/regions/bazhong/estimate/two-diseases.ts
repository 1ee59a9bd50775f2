import { figure, minOf, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { twoDiseases as twoDiseasesParam } from '../params/chronic-special';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { TwoDiseasesVisit } from '../../../schemas/estimate';

/**
 * “两病” (004 第四章 十九问): "门诊发生的降血压、降血糖的药品费用……由医保基金报销 50%，一个自然年度内累计最高支付限额：
 * 高血压 200 元，糖尿病 300 元，同时患高血压、糖尿病为 500 元" — the same for both schemes.
 */
export function twoDiseases(ctx: ChainContext, visit: TwoDiseasesVisit): void {
  const ruleValue = valueAt(twoDiseasesParam, ctx.date);
  const rule = ctx.trace.use(ruleValue);
  const both = visit.diseases.length === 2;
  const which = both ? '高血压、糖尿病' : visit.diseases[0] === 'hypertension' ? '高血压' : '糖尿病';
  const limit = figure(both ? rule.limits.both : rule.limits[visit.diseases[0]]);
  const ratio = figure(rule.ratio);
  const left = capRemaining(limit, ctx.ytd.twoDiseasesPaid);
  const amount = ctx.inScope.times(ratio);
  let text = `“两病”（${which}）门诊用药：政策范围内费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}，年度限额 ${yuan(limit)}`;
  if (amount.greaterThan(left)) text += `，本年已报销 ${yuan(ctx.ytd.twoDiseasesPaid)}，仅余 ${yuan(left)}`;
  const paid = ctx.pay('basic', minOf(amount, left), text, ruleValue.source);
  ctx.accumulate('twoDiseasesPaid', paid);
}
