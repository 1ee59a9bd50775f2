import { ChainContext } from '../../../chain/context';
import { amountOf, percent, yuan } from '../../../amount';
import { valueAt } from '../../../chain/params';
import { assistanceClasses } from '../params/assistance';
import { seriousIllness } from './serious-illness';
import { Setting, explainOnApplication, routine, tilted } from './assistance';
import { categoriesOf } from './categories';

/**
 * The payers after 基本医保 for a stay and for what 002 settles like one (门诊慢特病、单独支付药品), in the order
 * "经基本医保，大病保险支付后……享受医疗救助" and "经基本医保，大病保险，医疗救助报销后……可以享受倾斜救助" (002 四、住院待遇):
 * 大病保险 → 基本救助 → 倾斜救助, then 依申请救助 explained.
 */
export function afterBasic(ctx: ChainContext, setting: Setting): void {
  seriousIllness(ctx);
  routine(ctx, setting);
  tilted(ctx, setting);
  explainOnApplication(ctx);
}

/**
 * "农村低收入人口住院治疗政策范围外医疗费用占医疗总费用比例，县域内定点一级医疗机构不超过3%，县域内定点二级、三级医疗机构不超过
 * 8%，县域外省内定点三级医疗机构不超过10%。超出规定比例的医疗费用，市域内由医疗机构承担" (002 着力提升农村医疗服务质量).
 * 县域 is not the 市域 the inpatient table uses, and 农村 is not an identity the estimate knows: explained, not deducted.
 */
export function explainOutOfScopeControl(ctx: ChainContext): void {
  const table = ctx.trace.use(valueAt(assistanceClasses, ctx.date));
  if (!categoriesOf(ctx).some((c) => table[c])) return;
  const total = amountOf(ctx.c.visit.totalCost);
  if (total.isZero()) return;
  const share = total.minus(ctx.inScope).dividedBy(total);
  ctx.trace.note(
    `农村低收入人口住院的政策范围外费用占医疗总费用的比例，县域内一级定点医疗机构不超过 3%、二级和三级不超过 8%，县域外省内三级不超过 10%，超出部分在市域内由医疗机构承担；` +
      `本次政策范围外费用 ${yuan(total.minus(ctx.inScope))}，占 ${percent(share.toDecimalPlaces(4))}，本估算未作扣减。`,
  );
}
