import { ZERO, figure, max0, minOf, percent, toFen, yuan, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import {
  AssistanceClass,
  assistanceClasses,
  onApplicationAssistance,
  routineAssistance,
  tiltedAssistance as tiltedParam,
} from '../params/assistance';
import { capRemaining, yearlyIncrement } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { CategoryId, Place } from '../../../schemas/estimate';
import { categoriesOf, nameOf } from './categories';

const CLASS_NAMES: Record<AssistanceClass, string> = {
  class1: '一类医疗救助对象',
  class2: '二类医疗救助对象',
  class3: '三类医疗救助对象',
  class4: '四类医疗救助对象',
};

/** Where the care happened, as far as 医疗救助 cares. */
export interface Setting {
  place: Place;
  referral?: boolean;
  inProvince?: boolean;
}

interface Candidate {
  cls: AssistanceClass;
  category: CategoryId;
  amount: Amount;
  text: string;
}

/** The 医疗救助 class of each identity the person has, best class first (一类 before 四类). */
function classesOf(ctx: ChainContext): { cls: AssistanceClass; category: CategoryId }[] {
  const table = ctx.trace.use(valueAt(assistanceClasses, ctx.date));
  const found: { cls: AssistanceClass; category: CategoryId }[] = [];
  for (const category of categoriesOf(ctx)) {
    const cls = table[category];
    if (cls && !found.some((f) => f.cls === cls)) found.push({ cls, category });
  }
  return found.sort((a, b) => a.cls.localeCompare(b.cls));
}

/**
 * 002 does not say how several 救助 identities combine; its 资助参保 rule is "就高不就低，不得重复资助". The estimate
 * takes the class that pays most, once, and says so.
 */
function best(candidates: Candidate[]): Candidate {
  return candidates.reduce((a, b) => (b.amount.greaterThan(a.amount) ? b : a));
}

/**
 * 基本救助 (002 四、住院待遇 医疗救助政策): "按照“先保险后救助”的原则，农村低收入人口规范就医发生的政策范围内医疗费用，经基本
 * 医保，大病保险支付后，个人自付部分按规定享受医疗救助", by class: 起付线 0 / 0 / 1800 / 5000, 100% / 70% / 60% / 50%, 4 万
 * a year. The 起付线 is met once a year on the running self-pay.
 */
export function routine(ctx: ChainContext, setting: Setting): void {
  const { trace } = ctx;
  const classes = classesOf(ctx);
  const table = trace.use(valueAt(assistanceClasses, ctx.date));
  const others = categoriesOf(ctx).filter((c) => !table[c]);
  if (others.length > 0) {
    trace.note(`${others.map(nameOf).join('、')}：以此身份在医疗救助表中不属于医疗救助对象，不享受医疗救助和倾斜救助（002 四、住院待遇 医疗救助政策）。`);
  }
  if (classes.length === 0) return;
  const rulesValue = valueAt(routineAssistance, ctx.date);
  const rules = trace.use(rulesValue);
  const thisVisit = ctx.remaining();

  if (setting.place === 'unfiled') {
    ctx.pay('assistance', ZERO, '基本救助限“规范就医”发生的费用：非急诊且未转诊的市外临时外出就医是否属于规范就医，文件未写明，本估算不计医疗救助', rulesValue.source);
    trace.note('非急诊且未转诊的市外就医，医疗救助是否支付 002 未写明（只说“规范就医”），本估算未计；请向随县医保局咨询（待遇政策咨询 0722-3560608）。');
    return;
  }

  const limit = figure(rules.annualLimit);
  const left = capRemaining(limit, ctx.ytd.assistancePaid);
  const before = ctx.ytd.assistanceSelfPay;
  const after = before.plus(thisVisit);
  const candidates = classes.map(({ cls, category }): Candidate => {
    const rule = rules.classes[cls];
    const deductible = figure(rule.deductible);
    const ratio = figure(rule.ratio);
    const { increment, entitledBefore, entitledAfter } = yearlyIncrement((acc) => max0(acc.minus(deductible)).times(ratio), before, thisVisit);
    let text = `${nameOf(category)}（${CLASS_NAMES[cls]}）：本年累计经基本医保、大病保险支付后的政策范围内个人自付 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}），`;
    text += deductible.isZero() ? '起付线 0 元' : `起付线 ${yuan(deductible)}`;
    text += after.lessThanOrEqualTo(deductible)
      ? '，未超过起付线，本次不予救助'
      : `，（${yuan(after)} − ${yuan(deductible)}）× ${percent(ratio)} = ${yuan(entitledAfter)}，扣除此前 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
    if (increment.greaterThan(left)) text += `；年救助限额 ${yuan(limit)}，本年已救助 ${yuan(ctx.ytd.assistancePaid)}，仅余 ${yuan(left)}`;
    return { cls, category, amount: minOf(increment, left), text };
  });
  const chosen = best(candidates);
  const text = candidates.length > 1 ? `${chosen.text}（多重身份按待遇最高的一类计算，不重复救助）` : chosen.text;
  const paid = ctx.pay('assistance', chosen.amount, text, rulesValue.source);
  ctx.accumulate('assistanceSelfPay', thisVisit);
  ctx.accumulate('assistancePaid', paid);
}

/** The 倾斜救助 ratio for where the care happened, or why there is none. */
function tiltedRatio(setting: Setting, ratios: { withinCity: string; outsideCityInProvince: string }): { ratio: string; where: string } | { refusal: string } {
  switch (setting.place) {
    case 'local':
      return { ratio: ratios.withinCity, where: '随州市域内' };
    case 'temporary-filed':
      if (setting.referral !== true) return { refusal: '倾斜救助限规范转诊的救助对象：急诊抢救或未注明规范转诊的市外住院不适用' };
      if (setting.inProvince !== true) return { refusal: '倾斜救助限在省域内定点医疗机构就医：转诊到省外不适用' };
      return { ratio: ratios.outsideCityInProvince, where: '市域外省内' };
    case 'long-term-filed':
      return { refusal: '倾斜救助限规范转诊且在省域内就医的救助对象：异地长期备案人员在备案地就医不属于转诊，不适用' };
    case 'unfiled':
      return { refusal: '非急诊且未转诊的市外就医不属于规范转诊，不适用倾斜救助' };
  }
}

/**
 * 倾斜救助 (002 倾斜救助表): "对规范转诊且在省域内定点医疗机构就医的医疗救助对象，经三重制度（包含基本医保、大病保险和医疗
 * 救助）综合保障后，年度内政策范围内个人自付医疗费用" above the class's 起付线, at 80% in the city and 70% elsewhere in
 * the province. The class thresholds and limits are a reading of a misaligned table (params/suizhou/assistance.ts).
 */
export function tilted(ctx: ChainContext, setting: Setting): void {
  const { trace } = ctx;
  const classes = classesOf(ctx);
  if (classes.length === 0) return;
  const ruleValue = valueAt(tiltedParam, ctx.date);
  const rule = trace.use(ruleValue);
  const thisVisit = ctx.remaining();

  const place = tiltedRatio(setting, rule.ratios);
  if ('refusal' in place) {
    ctx.pay('tiltedAssistance', ZERO, place.refusal, ruleValue.source);
    return;
  }
  trace.note('倾斜救助各类对象的起付线和年度限额由 002 中错位的表格读出（一至四类起付线依次 5000、7000、5000、7000 元；一、二类不设限额，三、四类 8 万元），仅供参考，以医保部门核定为准。');
  const ratio = figure(place.ratio);
  const before = ctx.ytd.tiltedSelfPay;
  const after = before.plus(thisVisit);
  const candidates = classes.map(({ cls, category }): Candidate => {
    const threshold = figure(rule.thresholds[cls]);
    const { increment, entitledBefore, entitledAfter } = yearlyIncrement((acc) => max0(acc.minus(threshold)).times(ratio), before, thisVisit);
    let text = `${nameOf(category)}（${CLASS_NAMES[cls]}）：本年累计三重制度保障后政策范围内个人自付 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}），起付线 ${yuan(threshold)}`;
    text += after.lessThanOrEqualTo(threshold)
      ? '，未超过起付线，本次不予倾斜救助'
      : `，${place.where}（${yuan(after)} − ${yuan(threshold)}）× ${percent(ratio)} = ${yuan(entitledAfter)}，扣除此前 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
    let amount = increment;
    const limitText = rule.annualLimits[cls];
    if (limitText === null) {
      text += '；不设年度限额';
    } else {
      const limit = figure(limitText);
      const left = capRemaining(limit, ctx.ytd.tiltedAssistancePaid);
      if (increment.greaterThan(left)) {
        text += `；年救助限额 ${yuan(limit)}，本年已救助 ${yuan(ctx.ytd.tiltedAssistancePaid)}，仅余 ${yuan(left)}`;
        amount = left;
      }
    }
    return { cls, category, amount, text };
  });
  const chosen = best(candidates);
  const paid = ctx.pay('tiltedAssistance', chosen.amount, chosen.text, ruleValue.source);
  ctx.accumulate('tiltedSelfPay', thisVisit);
  ctx.accumulate('tiltedAssistancePaid', paid);
}

/**
 * 依申请救助 is retrospective ("对其身份确定前12个月发生的医疗费用"), so a result explains it and never pays it: for a
 * person who is not yet a 救助对象, with what this visit's self-pay alone would bring.
 */
export function explainOnApplication(ctx: ChainContext): void {
  if (classesOf(ctx).length > 0) return;
  const selfPay = ctx.remaining();
  if (!selfPay.greaterThan(0)) return;
  const rule = ctx.trace.use(valueAt(onApplicationAssistance, ctx.date));
  const threshold = figure(rule.threshold);
  let text =
    `依申请救助（事后申请，不在本次结算）：因疾病导致家庭基本生活没有保障、被认定为医疗救助对象的，身份确定前 ${rule.lookbackMonths} 个月内的住院、门诊慢特病（限额内）和“双通道”药品费用，` +
    `经基本医保、大病保险报销后的政策范围内个人自付累计在 ${yuan(threshold)} 以上部分按 ${percent(rule.ratio)} 一次性救助，限额 ${yuan(rule.limit)}`;
  if (selfPay.greaterThan(threshold)) {
    const amount = toFen(minOf(selfPay.minus(threshold).times(rule.ratio), figure(rule.limit)));
    text += `；仅按本次个人自付 ${yuan(selfPay)} 计，（${yuan(selfPay)} − ${yuan(threshold)}）× ${percent(rule.ratio)} = ${yuan(amount)}`;
  }
  ctx.trace.note(`${text}。`);
}
