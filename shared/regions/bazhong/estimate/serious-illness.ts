import Decimal from 'decimal.js';
import { ZERO, max0, minOf, yuan, figure } from '../../../money';
import { valueAt } from '../../../params/param';
import {
  priorYearDisposableIncome,
  seriousIllnessBands,
  seriousIllnessCap,
  seriousIllnessDeductibleShare,
  seriousIllnessPreference,
} from '../params/serious-illness';
import { banded, describeBands } from '../../../formulas/bands';
import { capRemaining, yearlyIncrement } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { cite } from '../../../source';
import { CATEGORY_NAMES } from '../../vocabulary';
import type { Category } from '../manifest';
import { categoriesOf } from './categories';
import { DOC } from '../documents';

/** The 大病 step draws on 二十二问 (deductible) to 二十六问 (cap): it cites them together. */
const SOURCE = cite(DOC, '第三章 二十二问至二十六问 城乡居民大病保险');

/** 特困人员、孤儿、低保对象 (004 第三章 二十四问): the one override of the base 大病 rule. */
const PREFERRED: Category[] = ['extreme-poverty', 'orphan', 'dibao'];

/**
 * 城乡居民大病保险: "扣除起付标准后分段按比例赔付" (004 第三章 二十三问) on the year's accumulated in-scope
 * self-pay left after 基本医保; the deductible is 50% of the prior year's per-capita disposable income (二十二问).
 */
export function seriousIllness(ctx: ChainContext): void {
  const { trace } = ctx;
  const incomeValue = valueAt(priorYearDisposableIncome, ctx.date);
  const income = figure(trace.use(incomeValue));
  const share = figure(trace.use(valueAt(seriousIllnessDeductibleShare, ctx.date)));
  const bandsValue = valueAt(seriousIllnessBands, ctx.date);
  const bands = trace.use(bandsValue);
  const preference = trace.use(valueAt(seriousIllnessPreference, ctx.date));

  const preferredAs = categoriesOf(ctx).find((cat) => PREFERRED.includes(cat));
  let deductible = income.times(share);
  let deductibleText = `上一年度人均可支配收入 ${yuan(income)} × ${share.times(100)}% = ${yuan(deductible)}`;
  let bonus = ZERO;
  if (preferredAs) {
    deductible = deductible.times(preference.deductibleShare);
    deductibleText += `，${CATEGORY_NAMES[preferredAs]}降低 50% 为 ${yuan(deductible)}，各段比例提高 ${figure(preference.ratioBonus).times(100)}%`;
    bonus = figure(preference.ratioBonus);
  }

  const thisVisit = ctx.remaining();
  const before = ctx.ytd.seriousIllnessSelfPay;
  const entitlement = (acc: Decimal) => banded(max0(acc.minus(deductible)), bands, bonus).total;
  const { increment, entitledBefore, entitledAfter } = yearlyIncrement(entitlement, before, thisVisit);
  ctx.accumulate('seriousIllnessSelfPay', thisVisit);

  const after = before.plus(thisVisit);
  let text = `本年累计基本医保后政策范围内自付 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}），起付线：${deductibleText}`;
  if (after.lessThanOrEqualTo(deductible)) {
    text += '；累计未超过起付线，本次不予赔付';
  } else {
    const parts = banded(after.minus(deductible), bands, bonus).parts;
    text += `；超过起付线 ${yuan(after.minus(deductible))}：${describeBands(parts)}；本年应赔付累计 ${yuan(entitledAfter)}，扣除此前应赔付 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
  }

  let pay = increment;
  if (preferredAs && preference.noCap) {
    text += `；${CATEGORY_NAMES[preferredAs]}不设赔付限额`;
  } else {
    const cap = figure(trace.use(valueAt(seriousIllnessCap, ctx.date)));
    const left = capRemaining(cap, ctx.ytd.seriousIllnessPaid);
    if (increment.greaterThan(left)) {
      text += `；年度最高赔付限额 ${yuan(cap)} 仅余 ${yuan(left)}，按余额赔付`;
      pay = minOf(increment, left);
    }
  }
  const paid = ctx.pay('seriousIllness', pay, text, SOURCE);
  ctx.accumulate('seriousIllnessPaid', paid);
}
