import { max0, minOf, yuan, figure, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { largeExpense as largeExpenseParam } from '../params/large-expense';
import { employeeFundCaps } from '../params/fund-caps';
import { banded, describeBands } from '../../../formulas/bands';
import { capRemaining, yearlyIncrement } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { CONDITION_NAMES } from '../../../schemas/estimate';

/**
 * 职工大额医疗费用补助: "经职工基本医疗保险、公务员医疗补助报销后，剩余部分扣减二级定点医疗机构住院起付标准后，
 * 实行累计分段按比例报销" (004 第二章 三十六问), capped at 50 万 a year (三十七问).
 */
export function largeExpense(ctx: ChainContext): void {
  const { trace } = ctx;
  const { person } = ctx.c;
  const ruleValue = valueAt(largeExpenseParam, ctx.date);
  const rules = trace.use(ruleValue);
  const cap = figure(trace.use(valueAt(employeeFundCaps, ctx.date)).largeExpense);

  // Which row of the table applies: 80 岁以上 wins over 退休/重病, which win over 普通人员.
  let rule = rules.ordinary;
  let who = '普通人员';
  if (person.age !== undefined && person.age >= 80) {
    rule = rules.aged80;
    who = '80 周岁以上人员';
  } else if (person.retired || person.conditions.length > 0) {
    rule = rules.exempt;
    who = person.retired ? '退休人员' : `患${person.conditions.map((c) => CONDITION_NAMES[c]).join('、')}人员`;
  }
  const deductible = figure(rule.deductible);

  const thisVisit = ctx.remaining();
  const before = ctx.ytd.largeExpenseSelfPay;
  const entitlement = (acc: Amount) => banded(max0(acc.minus(deductible)), rule.bands).total;
  const { increment, entitledBefore, entitledAfter } = yearlyIncrement(entitlement, before, thisVisit);
  ctx.accumulate('largeExpenseSelfPay', thisVisit);

  const after = before.plus(thisVisit);
  let text = `${who}：本年累计基本医保、公务员补助后剩余 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}）`;
  text += deductible.isZero() ? '，不设起付线' : `，扣减起付线 ${yuan(deductible)}`;
  if (after.lessThanOrEqualTo(deductible)) {
    text += '，未超过起付线，本次不予支付';
  } else {
    text += `：${describeBands(banded(after.minus(deductible), rule.bands).parts)}；本年应支付累计 ${yuan(entitledAfter)}，扣除此前 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
  }
  const left = capRemaining(cap, ctx.ytd.largeExpensePaid);
  if (increment.greaterThan(left)) text += `；年度限额 ${yuan(cap)} 仅余 ${yuan(left)}，按余额支付`;
  const paid = ctx.pay('largeExpense', minOf(increment, left), text, ruleValue.source);
  ctx.accumulate('largeExpensePaid', paid);
}
