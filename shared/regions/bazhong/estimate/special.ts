import { figure, max0, minOf, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { specialDisease } from '../params/chronic-special';
import { residentFundCap, employeeFundCaps } from '../params/fund-caps';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { CONDITION_NAMES, LARGE_EXPENSE_CONDITIONS, SpecialVisit } from '../../../schemas/estimate';
import { notCovered } from '../../../errors';
import { catalogue } from '../catalogue';
import { afterBasic } from './inpatient';

/**
 * 职工大额 exempts from its 起付线 those "患精神病、艾滋病、恶性肿瘤、肾功能衰竭、器官或骨髓移植术后抗免疫排斥治疗"
 * (004 第二章 三十六问). A 特病 visit for one of these diseases says so itself, whether or not the person also ticked it.
 * 慢性肾脏病 (M07807, CKD 3 期及以上，非透析) is not read as 肾功能衰竭.
 */
const LARGE_EXPENSE_CONDITION: Record<string, (typeof LARGE_EXPENSE_CONDITIONS)[number]> = {
  M02100: 'mental-illness', // 重症精神障碍
  M00300: 'aids', // 艾滋病
  M00500: 'cancer', // 恶性肿瘤门诊治疗
  M07801: 'renal-failure', // 慢性肾功能衰竭透析治疗
  M08300: 'transplant', // 器官移植抗排异治疗, every sub-type including 骨髓移植 and 干细胞移植
};

/**
 * 门诊特殊疾病 (004 第四章 五问): "一个自然年度内只扣减一次二级定点医疗机构住院起付标准，城乡居民医保报销 60%，职工医保
 * 报销 70%", inside the annual fund cap that 住院 shares with 二类门特 (第三章 十六问, 第二章 三十七问); the payers after
 * 基本医保 are those of a stay (公务员补助 and 职工大额 name 二类门特 explicitly; 大病保险 covers "高额医疗费用经基本医疗
 * 保险报销后" without limiting it to stays).
 */
export function special(ctx: ChainContext, visit: SpecialVisit): void {
  const { trace } = ctx;
  const found = catalogue.findDisease(visit.diseaseCode);
  if (!found || found.disease.kind !== 'special') throw notCovered(`病种编码 ${visit.diseaseCode} 不在巴中门诊特殊疾病目录中`, 'visit.diseaseCode');
  const name = found.subtype?.name ?? found.disease.name;
  const implied = LARGE_EXPENSE_CONDITION[found.disease.code];
  const { person } = ctx.c;
  if (ctx.c.scheme === 'employee' && implied && !person.conditions.includes(implied)) {
    person.conditions = [...person.conditions, implied];
    trace.note(`门诊特殊疾病为${found.disease.name}，职工大额医疗费用补助按“患${CONDITION_NAMES[implied]}”人员不扣起付线（第二章 三十六问）。`);
  }

  const ruleValue = valueAt(specialDisease, ctx.date);
  const rule = trace.use(ruleValue);
  const deductible = figure(rule.deductible);
  const ratio = figure(ctx.c.scheme === 'resident' ? rule.ratio.resident : rule.ratio.employee);
  const cap = figure(
    ctx.c.scheme === 'resident' ? trace.use(valueAt(residentFundCap, ctx.date)) : trace.use(valueAt(employeeFundCaps, ctx.date)).basic,
  );

  const before = ctx.ytd.specialSelfPay;
  const after = before.plus(ctx.inScope);
  const aboveDeductible = max0(after.minus(deductible)).minus(max0(before.minus(deductible)));
  ctx.accumulate('specialSelfPay', ctx.inScope);
  const amount = aboveDeductible.times(ratio);
  const left = capRemaining(cap, ctx.ytd.basicPaid);
  let text = `门诊特殊疾病（${name} ${visit.diseaseCode}）：本年累计政策范围内费用 ${yuan(after)}（此前 ${yuan(before)}），一年只扣一次起付线 ${yuan(deductible)}`;
  text += aboveDeductible.isZero() ? '，本次未超过起付线不予支付' : `，本次起付线以上 ${yuan(aboveDeductible)} × ${percent(ratio)} = ${yuan(amount)}`;
  if (amount.greaterThan(left)) text += `；年度统筹限额 ${yuan(cap)}（含住院、二类门特、生育）仅余 ${yuan(left)}`;
  const paid = ctx.pay('basic', minOf(amount, left), text, ruleValue.source);
  ctx.accumulate('basicPaid', paid);
  afterBasic(ctx, { place: 'local' });
}
