import { figure, minOf, yuan, type Amount } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { annualFundCap } from '../params/fund-cap';
import { capRemaining } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { Source } from '../../../source';
import { YearToDateInput } from '../../../schemas/estimate';

/**
 * Pays a 基本医保 amount inside the one annual fund cap that 住院 and every kind of 门诊 share: "基本医疗保险基金年度最高
 * 支付限额为15万元（含住院和门诊费用）" (002 四、住院待遇 表 备注 2). `basicPaid` therefore runs over every visit type;
 * `runningKey` is the visit type's own running figure (门诊统筹、“两病”), when it has one.
 */
export function payBasic(ctx: ChainContext, amount: Amount, text: string, source: Source, runningKey?: keyof YearToDateInput): Amount {
  const cap = figure(ctx.trace.use(valueAt(annualFundCap, ctx.date)));
  const left = capRemaining(cap, ctx.ytd.basicPaid);
  let words = text;
  if (amount.greaterThan(left)) {
    words += `；本年基本医保基金已支付 ${yuan(ctx.ytd.basicPaid)}，年度最高支付限额 ${yuan(cap)}（含住院和门诊）仅余 ${yuan(left)}，按余额支付`;
  }
  const paid = ctx.pay('basic', minOf(amount, left), words, source);
  ctx.accumulate('basicPaid', paid);
  if (runningKey) ctx.accumulate(runningKey, paid);
  return paid;
}
