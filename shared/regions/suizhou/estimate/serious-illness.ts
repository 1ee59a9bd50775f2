import { ONE, ZERO, figure, max0, minOf, percent, yuan, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { AbsoluteBands, seriousIllness as ordinaryParam, seriousIllnessPreference } from '../params/serious-illness';
import { capRemaining, yearlyIncrement } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { categoriesOf, nameOf } from './categories';

interface Part {
  from: Amount;
  to: Amount | null;
  ratio: Amount;
  base: Amount;
  amount: Amount;
}

/**
 * Absolute cumulative bands: each band pays its ratio on the part of the accumulated amount between its bounds, the
 * first band starting at the deductible ("累计金额在1.2万元以上3万元（含）以下部分赔付60%").
 */
export function absoluteBanded(accumulated: Amount, rule: AbsoluteBands): { total: Amount; parts: Part[] } {
  const parts: Part[] = [];
  let from = figure(rule.deductible);
  for (const band of rule.bands) {
    const to = band.upTo === null ? null : figure(band.upTo);
    const ratio = minOf(figure(band.ratio), ONE);
    const top = to === null ? accumulated : minOf(accumulated, to);
    const base = max0(top.minus(from));
    if (base.greaterThan(0)) parts.push({ from, to, ratio, base, amount: base.times(ratio) });
    if (to === null || accumulated.lessThanOrEqualTo(to)) break;
    from = to;
  }
  return { total: parts.reduce((s, p) => s.plus(p.amount), ZERO), parts };
}

function wan(v: Amount): string {
  return v.greaterThanOrEqualTo(10000) && v.modulo(1000).isZero() ? `${v.dividedBy(10000).toString()} 万元` : yuan(v);
}

function describe(parts: Part[]): string {
  return parts
    .map((p) => `${wan(p.from)}${p.to === null ? '以上' : `至 ${wan(p.to)}`}部分 ${yuan(p.base)} × ${percent(p.ratio)} = ${yuan(p.amount)}`)
    .join('；');
}

/**
 * 城乡居民大病保险 (002 四、住院待遇): on "个人年度累计负担的政策范围内的医疗费用" after 基本医保, absolute bands from a
 * 1.2 万 deductible, capped at 35 万 a year; "城乡特困人员、孤儿、低保对象、返贫致贫人口享受大病保险起付线降低50%，各段报销比例
 * 分别提高5%，不设封顶线" — the one override, read from the table's own row for them.
 */
export function seriousIllness(ctx: ChainContext): void {
  const { trace } = ctx;
  const ordinaryValue = valueAt(ordinaryParam, ctx.date);
  const ordinary = trace.use(ordinaryValue);
  const preference = trace.use(valueAt(seriousIllnessPreference, ctx.date));
  const preferredAs = categoriesOf(ctx).find((c) => preference.categories.includes(c));
  const rule = preferredAs ? preference.rule : ordinary;
  const deductible = figure(rule.deductible);

  const thisVisit = ctx.remaining();
  const before = ctx.ytd.seriousIllnessSelfPay;
  const after = before.plus(thisVisit);
  const { increment, entitledBefore, entitledAfter } = yearlyIncrement((acc) => absoluteBanded(acc, rule).total, before, thisVisit);
  ctx.accumulate('seriousIllnessSelfPay', thisVisit);

  let text = `本年累计经基本医保支付后个人负担的政策范围内费用 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}）`;
  text += preferredAs
    ? `；${nameOf(preferredAs)}享受倾斜政策：起付线降低 50% 为 ${yuan(deductible)}，各段比例提高 ${percent(preference.ratioBonus)}，不设封顶线`
    : `；起付线 ${yuan(deductible)}`;
  if (after.lessThanOrEqualTo(deductible)) {
    text += '，累计未超过起付线，本次不予赔付';
  } else {
    text += `：${describe(absoluteBanded(after, rule).parts)}；本年应赔付累计 ${yuan(entitledAfter)}，扣除此前 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
  }
  let pay = increment;
  if (rule.annualCap !== null) {
    const cap = figure(rule.annualCap);
    const left = capRemaining(cap, ctx.ytd.seriousIllnessPaid);
    if (increment.greaterThan(left)) {
      text += `；年度最高支付限额 ${yuan(cap)}，本年已赔付 ${yuan(ctx.ytd.seriousIllnessPaid)}，仅余 ${yuan(left)}，按余额赔付`;
      pay = left;
    }
  }
  const paid = ctx.pay('seriousIllness', pay, text, ordinaryValue.source);
  ctx.accumulate('seriousIllnessPaid', paid);
}
