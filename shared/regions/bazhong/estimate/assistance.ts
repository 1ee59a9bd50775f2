import { ZERO, max0, minOf, percent, yuan, figure, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { routineAssistance, tiltedAssistance as tiltedParam } from '../params/assistance';
import { priorYearDisposableIncome } from '../params/serious-illness';
import { capRemaining, yearlyIncrement } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import type { Place } from '../../../schemas/estimate';
import { CATEGORY_NAMES } from '../../vocabulary';
import type { Category } from '../manifest';
import { categoriesOf } from './categories';

/** Where the care happened, as far as 医疗救助 cares: the filing situation, and for 倾斜救助 referral and province. */
export interface Setting {
  place: Place;
  referral?: boolean;
  inProvince?: boolean;
}

interface Candidate {
  category: Category;
  amount: Amount;
  text: string;
}

/** The best of several candidates: "救助对象具有多重困难身份属性的，按‘待遇就高’原则实施救助" (第六章 五问（三）). */
function best(candidates: Candidate[]): Candidate {
  return candidates.reduce((a, b) => (b.amount.greaterThan(a.amount) ? b : a));
}

/**
 * 常规救助: "经基本医疗、城乡居民大病保险报销后超过救助起付标准的部分，在年度救助限额内按比例救助"
 * (004 第六章 五问（一）); for employees the base is what 公务员补助 and 职工大额 leave (三问).
 */
export function routine(ctx: ChainContext, visit: Setting): void {
  const categories = categoriesOf(ctx);
  if (categories.length === 0) return;
  const { trace } = ctx;
  const rulesValue = valueAt(routineAssistance, ctx.date);
  const rules = trace.use(rulesValue);
  const thisVisit = ctx.remaining();

  if (visit.place === 'unfiled') {
    ctx.pay('assistance', ZERO, '非急诊且未转诊的异地住院：“未按规定转诊的救助对象，所发生的医疗费用原则上不纳入医疗救助范围”', rulesValue.source);
    trace.note('本次为非急诊且未转诊的异地住院，医疗救助原则上不予支付；如有特殊情况请向参保地医保经办机构咨询。');
    return;
  }

  const before = ctx.ytd.assistanceSelfPay;
  const income = () => figure(trace.use(valueAt(priorYearDisposableIncome, ctx.date)));
  const candidates = categories.map((category): Candidate => {
    const rule = rules[category];
    const ratio = figure(rule.ratio);
    const limit = figure(rule.annualLimit);
    let deductible: Amount;
    let deductibleText: string;
    if ('fixed' in rule.deductible) {
      deductible = figure(rule.deductible.fixed);
      deductibleText = deductible.isZero() ? '无起付线' : `起付线 ${yuan(deductible)}`;
    } else {
      deductible = income().times(rule.deductible.incomeShare);
      deductibleText = `起付线为上年度人均可支配收入 ${yuan(income())} × ${percent(rule.deductible.incomeShare)} = ${yuan(deductible)}`;
    }
    const entitlement = (acc: Amount) => max0(acc.minus(deductible)).times(ratio);
    const { increment, entitledBefore, entitledAfter } = yearlyIncrement(entitlement, before, thisVisit);
    const left = capRemaining(limit, ctx.ytd.assistancePaid);
    const after = before.plus(thisVisit);
    let text = `${CATEGORY_NAMES[category]}：本年累计医保报销后政策范围内自付 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}），${deductibleText}`;
    text += after.lessThanOrEqualTo(deductible)
      ? '，未超过起付线，本次不予救助'
      : `，（${yuan(after)} − ${yuan(deductible)}）× ${percent(ratio)} = ${yuan(entitledAfter)}，扣除此前 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
    if (increment.greaterThan(left)) text += `；年度救助限额 ${yuan(limit)} 仅余 ${yuan(left)}，按余额救助`;
    return { category, amount: minOf(increment, left), text };
  });
  const chosen = best(candidates);
  const text = candidates.length > 1 ? `${chosen.text}（多重身份按待遇就高）` : chosen.text;
  const paid = ctx.pay('assistance', chosen.amount, text, rulesValue.source);
  ctx.accumulate('assistanceSelfPay', thisVisit);
  ctx.accumulate('assistancePaid', paid);
}

/**
 * 倾斜救助: "对规范转诊且在省域内就医的救助对象（急诊、急症和异地长期备案人员除外），经基本医保、大病保险和医疗救助
 * 支付后，年度内个人自付合规医疗费用累计超过我市当年防止返贫监测范围的部分" (004 第六章 五问（二）).
 */
export function tilted(ctx: ChainContext, visit: Setting): void {
  const categories = categoriesOf(ctx);
  if (categories.length === 0) return;
  const { trace } = ctx;
  const ruleValue = valueAt(tiltedParam, ctx.date);
  const rule = trace.use(ruleValue);
  const thisVisit = ctx.remaining();

  const refusal = tiltedRefusal(visit);
  if (refusal) {
    ctx.pay('tiltedAssistance', ZERO, refusal, ruleValue.source);
    return;
  }

  const threshold = figure(rule.threshold);
  const limit = figure(rule.annualLimit);
  const before = ctx.ytd.tiltedSelfPay;
  const after = before.plus(thisVisit);
  const left = capRemaining(limit, ctx.ytd.tiltedAssistancePaid);
  const candidates = categories.map((category): Candidate => {
    const ratio = figure(rule.ratios[category]);
    const entitlement = (acc: Amount) => max0(acc.minus(threshold)).times(ratio);
    const { increment, entitledBefore, entitledAfter } = yearlyIncrement(entitlement, before, thisVisit);
    let text = `${CATEGORY_NAMES[category]}：本年累计各项报销后个人自付合规费用 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}），防止返贫监测线 ${yuan(threshold)}`;
    text += after.lessThanOrEqualTo(threshold)
      ? '，未超过监测线，本次不予倾斜救助'
      : `，（${yuan(after)} − ${yuan(threshold)}）× ${percent(ratio)} = ${yuan(entitledAfter)}，扣除此前 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
    if (increment.greaterThan(left)) text += `；年度限额 ${yuan(limit)} 仅余 ${yuan(left)}，按余额救助`;
    return { category, amount: minOf(increment, left), text };
  });
  const chosen = best(candidates);
  const paid = ctx.pay('tiltedAssistance', chosen.amount, chosen.text, ruleValue.source);
  ctx.accumulate('tiltedSelfPay', thisVisit);
  ctx.accumulate('tiltedAssistancePaid', paid);
}

/** Why a stay does not qualify for 倾斜救助, or null when it does. */
function tiltedRefusal(visit: Setting): string | null {
  switch (visit.place) {
    case 'local':
      return null;
    case 'long-term-filed':
      return '异地长期备案人员不适用倾斜救助（第六章 五问（二）：急诊、急症和异地长期备案人员除外）';
    case 'unfiled':
      return '非急诊且未转诊的异地住院不属于规范转诊，不适用倾斜救助';
    case 'temporary-filed':
      if (visit.referral !== true) return '急诊抢救或未注明规范转诊的临时备案住院不适用倾斜救助（仅规范转诊且在省域内就医的可享受）';
      if (visit.inProvince !== true) return '转诊到省外就医不适用倾斜救助（仅规范转诊且在省域内就医的可享受）';
      return null;
  }
}
