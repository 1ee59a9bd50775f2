import { ZERO, amountOf, figure, max0, percent, toFen, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { classBPrepay, deductibleWaiver, inpatientTable } from '../params/inpatient';
import { dayCaseDeductible } from '../params/day-case';
import { ChainContext } from '../../../chain/context';
import { InpatientVisit } from '../../../schemas/estimate';
import { notCovered } from '../../../errors';
import { categoriesOf, nameOf } from './categories';
import { payBasic } from './fund';

const LEVEL_NAMES = { level1: '一级定点医疗机构', level2: '二级定点医疗机构', level3: '三级定点医疗机构' };

/**
 * 统筹基金 for one stay (002 四、住院待遇 城乡居民基本医疗保险政策表): the patient first pays 转外先行自付 (a share of the
 * in-scope cost outside the city) and 乙类先行自付 ("个人先行自付10%，再按甲类比例支付"); what is left above the 起付线 is
 * paid at the level's 甲类 ratio, inside the 15 万 fund cap.
 *
 * Two readings 002 does not spell out: each 先行自付 is taken on the base the table names (转外: "政策范围内费用"; 乙类:
 * the 乙类 cost), not one after the other; and the 起付线 is taken after both, as the ratio applies to "再按甲类比例".
 * Both 先行自付 stay in the patient's in-scope self-pay, so 大病保险 and 医疗救助 count them ("个人年度累计负担的政策范围内
 * 的医疗费用"; "政策范围内个人自付部分（含基本医疗起付线）").
 *
 * 日间手术 (`dayCase`): "参照住院待遇管理……不设起付标准，由基本医疗保险基金按照医疗机构级别所对应的住院支付比例支付，纳入
 * 基本医疗保险最高支付限额计算范围" (002 三、门诊待遇): the same stay with no 起付线. 转院 (`transferredFrom`): 002 says
 * nothing of a course of treatment across hospitals, so it is refused.
 */
export function basicInpatient(ctx: ChainContext, visit: InpatientVisit): void {
  const { trace } = ctx;
  if (visit.transferredFrom !== undefined) {
    throw notCovered(
      '随县政策（002）未规定同一治疗过程中转院时起付线如何计算，暂未收录；不填转院前医院等级，则本次住院按所在医院等级的起付线估算',
      'visit.transferredFrom',
    );
  }
  if (visit.facilityLevel === 'township') {
    throw notCovered('随县住院政策表只列一级、二级、三级定点医疗机构，未单列乡镇卫生院：请按该医院的定点等级（一级、二级或三级）估算', 'visit.facilityLevel');
  }
  const tableValue = valueAt(inpatientTable, ctx.date);
  const row = trace.use(tableValue)[visit.place];
  const cell = row.cells[visit.facilityLevel];
  const where = `${row.name}${row.code ? `（国家字典码 ${row.code}）` : ''}·${LEVEL_NAMES[visit.facilityLevel]}`;
  const inScope = ctx.inScope;

  const referralShare = figure(cell.referralPrepay);
  const referral = toFen(inScope.times(referralShare));
  if (referral.greaterThan(0)) {
    trace.step('patient', referral, `${where}：转外先行自付 = 政策范围内费用 ${yuan(inScope)} × ${percent(referralShare)} = ${yuan(referral)}`, tableValue.source, '转外先行自付');
  }

  const classBValue = valueAt(classBPrepay, ctx.date);
  const classBShare = figure(trace.use(classBValue));
  let classB = ZERO;
  if (visit.classBCost === undefined) {
    trace.note('未填写乙类费用，按政策范围内费用全部为甲类估算；如含乙类药品或诊疗项目，个人须先行自付乙类费用的 10%，统筹支付会相应减少。');
  } else {
    const classBCost = amountOf(visit.classBCost);
    classB = toFen(classBCost.times(classBShare));
    if (classB.greaterThan(0)) {
      trace.step('patient', classB, `乙类先行自付 = 乙类费用 ${yuan(classBCost)} × ${percent(classBShare)} = ${yuan(classB)}，其余按甲类比例支付`, classBValue.source, '乙类先行自付');
    }
  }

  const dayCaseValue = visit.dayCase ? valueAt(dayCaseDeductible, ctx.date) : undefined;
  const waiverValue = valueAt(deductibleWaiver, ctx.date);
  const waivedAs = dayCaseValue ? undefined : categoriesOf(ctx).find((c) => trace.use(waiverValue).includes(c));
  const deductible = dayCaseValue ? figure(trace.use(dayCaseValue)) : waivedAs ? ZERO : figure(cell.deductible);
  const ratio = figure(cell.ratio);

  const base = max0(inScope.minus(referral).minus(classB));
  const amount = max0(base.minus(deductible)).times(ratio);
  const minus = [
    referral.greaterThan(0) ? ` − 转外先行自付 ${yuan(referral)}` : '',
    classB.greaterThan(0) ? ` − 乙类先行自付 ${yuan(classB)}` : '',
  ].join('');
  let text = `${where}：`;
  if (dayCaseValue) {
    text +=
      `日间手术参照住院待遇管理，不设起付标准（本级住院起付线 ${yuan(cell.deductible)} 不扣减），按本级住院支付比例支付：` +
      `（政策范围内费用 ${yuan(inScope)}${minus}）× 甲类比例 ${percent(ratio)} = ${yuan(amount)}`;
    trace.note('日间手术按住院估算，只是不设起付标准：转外先行自付、乙类先行自付、基本医保年度最高支付限额和其后的大病保险、医疗救助都与住院相同（002 三、门诊待遇“参照住院待遇管理”）。');
    payBasic(ctx, amount, text, dayCaseValue.source);
    return;
  }
  if (waivedAs) text += `${nameOf(waivedAs)}过渡期内住院不设起付标准（2026 年起执行居民住院起付线 ${yuan(cell.deductible)}），`;
  text += base.lessThanOrEqualTo(deductible)
    ? `政策范围内费用 ${yuan(inScope)}${minus ? `${minus} = ${yuan(base)}` : ''} 未超过起付线 ${yuan(deductible)}，不予支付`
    : `（政策范围内费用 ${yuan(inScope)}${minus} − 起付线 ${yuan(deductible)}）× 甲类比例 ${percent(ratio)} = ${yuan(amount)}`;
  payBasic(ctx, amount, text, waivedAs ? waiverValue.source : tableValue.source);
}
