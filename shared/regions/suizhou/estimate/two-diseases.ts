import { figure, minOf, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { twoDiseases as twoDiseasesParam } from '../params/outpatient';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { TwoDiseasesVisit } from '../../../schemas/estimate';
import { payBasic } from './fund';

/**
 * “两病” (002 三、门诊待遇): "不设起付标准。政策范围内费用医保基金支付50%。高血压每年最高支付限额450元，糖尿病……500元，同时
 * 符合……550元，最高支付限额包含门诊统筹年度支付限额，不受日限额限制". "包含" is read as one pool: what 门诊统筹 has
 * paid this year comes out of the “两病” limit too.
 */
export function twoDiseases(ctx: ChainContext, visit: TwoDiseasesVisit): void {
  const { trace } = ctx;
  const ruleValue = valueAt(twoDiseasesParam, ctx.date);
  const rule = trace.use(ruleValue);
  const both = visit.diseases.length === 2;
  const which = both ? '同时符合高血压和糖尿病' : visit.diseases[0] === 'hypertension' ? '高血压' : '糖尿病';
  const limit = figure(both ? rule.limits.both : rule.limits[visit.diseases[0]]);
  const ratio = figure(rule.ratio);
  const used = ctx.ytd.outpatientPaid.plus(ctx.ytd.twoDiseasesPaid);
  const left = capRemaining(limit, used);
  const amount = ctx.inScope.times(ratio);
  let text = `“两病”（${which}）门诊用药不设起付线、不受日限额限制：政策范围内费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}，年度最高支付限额 ${yuan(limit)}（含门诊统筹）`;
  if (amount.greaterThan(left)) {
    text += `；本年门诊统筹已支付 ${yuan(ctx.ytd.outpatientPaid)}、“两病”已支付 ${yuan(ctx.ytd.twoDiseasesPaid)}，仅余 ${yuan(left)}`;
  }
  payBasic(ctx, minOf(amount, left), text, ruleValue.source, 'twoDiseasesPaid');
  trace.note('“两病”认定按随州市相关规定执行；纳入门诊慢特病保障的不再享受“两病”待遇。');
}
