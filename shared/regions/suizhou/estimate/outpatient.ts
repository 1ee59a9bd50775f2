import { ZERO, figure, minOf, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { outpatient as outpatientParam } from '../params/outpatient';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { OutpatientVisit } from '../../../schemas/estimate';
import { RuleError, notCovered } from '../../../errors';
import { payBasic } from './fund';

/**
 * 门诊统筹 (002 三、门诊待遇): "不设起付标准，在一级及以下定点医疗机构政策范围内费用医保基金支付50%，年封顶350元。基金支付
 * 日限额为：卫生室（所，站）每人每天30元，卫生院（卫生服务中心，附属医院）每人每天50元，未达到日限额的按实际费用结算";
 * "产前检查、先兆流产、流产、引产门诊费用纳入门诊统筹保障范围，不受日限额和医疗机构等级限制".
 *
 * One bill is read as one day's care. An 一级 facility that is neither a 卫生室 nor a 卫生院 has no daily limit in
 * 002, and 定点零售药店 are not mentioned: both are refused rather than guessed.
 */
export function outpatient(ctx: ChainContext, visit: OutpatientVisit): void {
  const { trace } = ctx;
  const level = visit.facilityLevel;
  if (level === 'pharmacy') {
    throw notCovered('随县门诊统筹只写明在一级及以下定点医疗机构报销，未涉及定点零售药店，暂未收录', 'visit.facilityLevel');
  }
  if (visit.villageClinic && (level === 'level2' || level === 'level3')) {
    throw new RuleError('INVALID_INPUT', '村卫生室（所、站）属一级及以下医疗机构：医院等级请选一级或乡镇卫生院', 'visit.villageClinic');
  }
  const ruleValue = valueAt(outpatientParam, ctx.date);
  const rule = trace.use(ruleValue);
  const pregnancy = visit.pregnancyCare === true;

  if (!pregnancy && (level === 'level2' || level === 'level3')) {
    payBasic(
      ctx,
      ZERO,
      `随县门诊统筹只在一级及以下定点医疗机构报销：${level === 'level2' ? '二级' : '三级'}医疗机构的普通门诊费用统筹不予支付（产前检查、先兆流产、流产、引产门诊费用除外）`,
      ruleValue.source,
      'outpatientPaid',
    );
    return;
  }
  let daily: { limit: string; where: string } | null = null;
  if (!pregnancy) {
    if (visit.villageClinic) daily = { limit: rule.dailyLimits.villageClinic, where: '卫生室（所、站）' };
    else if (level === 'township') daily = { limit: rule.dailyLimits.healthCenter, where: '卫生院（社区卫生服务中心、附属医院）' };
    else {
      throw notCovered(
        '随县门诊统筹日限额只规定了村卫生室（所、站）每人每天 30 元、卫生院（社区卫生服务中心、附属医院）每人每天 50 元；其他一级医疗机构的日限额文件未载明，暂未收录。如在村卫生室就诊请注明',
        'visit.facilityLevel',
      );
    }
  }

  const ratio = figure(rule.ratio);
  const amount = ctx.inScope.times(ratio);
  let due = amount;
  let text = `门诊统筹不设起付线：政策范围内费用 ${yuan(ctx.inScope)} × ${percent(ratio)} = ${yuan(amount)}`;
  if (daily) {
    const limit = figure(daily.limit);
    if (amount.greaterThan(limit)) {
      due = limit;
      text += `；${daily.where}基金支付日限额每人每天 ${yuan(limit)}，按日限额支付`;
    } else {
      text += `，未达到${daily.where}日限额 ${yuan(limit)}，按实际结算`;
    }
    trace.note('门诊统筹日限额按每人每天计算：本估算把这张单据当作一天的费用，同一天多张单据合计不超过日限额。');
  } else {
    text += '；产前检查、先兆流产、流产、引产门诊费用不受日限额和医疗机构等级限制';
  }
  const annual = figure(rule.annualLimit);
  const left = capRemaining(annual, ctx.ytd.outpatientPaid);
  if (due.greaterThan(left)) {
    text += `；门诊统筹年封顶 ${yuan(annual)}，本年已支付 ${yuan(ctx.ytd.outpatientPaid)}，仅余 ${yuan(left)}`;
    due = minOf(due, left);
  }
  payBasic(ctx, due, text, ruleValue.source, 'outpatientPaid');
  if (ctx.ytd.twoDiseasesPaid.greaterThan(0)) {
    trace.note('享受“两病”待遇的，“两病”年度限额（高血压 450 元、糖尿病 500 元、两病 550 元）包含门诊统筹年度支付限额：门诊统筹与“两病”合计不超过该限额。');
  }
}
