import { minOf, percent, yuan, figure } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { civilServantInpatient } from '../params/civil-servant';
import { employeeFundCaps } from '../params/fund-caps';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';

/**
 * 公务员医疗补助: "职工基本医疗保险基金支付后，由公务员医疗补助基金报销 60%。一个自然年度内最高支付限额（含二类门特）
 * 2 万元" (004 第二章 三十三问).
 */
export function civilServant(ctx: ChainContext): void {
  const { trace } = ctx;
  const ruleValue = valueAt(civilServantInpatient, ctx.date);
  const ratio = figure(trace.use(ruleValue).ratio);
  const cap = figure(trace.use(valueAt(employeeFundCaps, ctx.date)).civilServant);
  const left = capRemaining(cap, ctx.ytd.civilServantPaid);

  const base = ctx.remaining();
  const amount = base.times(ratio);
  let text = `基本医保支付后政策范围内余额 ${yuan(base)} × ${percent(ratio)} = ${yuan(amount)}`;
  if (amount.greaterThan(left)) text += `；年度限额 ${yuan(cap)} 仅余 ${yuan(left)}，按余额支付`;
  const paid = ctx.pay('civilServant', minOf(amount, left), text, ruleValue.source);
  ctx.accumulate('civilServantPaid', paid);
}
