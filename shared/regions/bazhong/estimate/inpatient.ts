import { ChainContext } from '../../../chain/context';
import { InpatientVisit } from '../../../schemas/estimate';
import { basicInpatient } from './basic-inpatient';
import { seriousIllness } from './serious-illness';
import { civilServant } from './civil-servant';
import { largeExpense } from './large-expense';
import { routine, tilted, Setting } from './assistance';

/**
 * Bazhong inpatient care, in the order the payers pay (004 第一章 四, 第六章 三问):
 * 居民: 基本医保 → 大病保险 → 医疗救助 → 倾斜救助;
 * 职工: 基本医保 → 公务员医疗补助 → 职工大额医疗费用补助 → 医疗救助 → 倾斜救助.
 */
export function inpatient(ctx: ChainContext, visit: InpatientVisit): void {
  basicInpatient(ctx, visit);
  afterBasic(ctx, visit);
}

/**
 * The payers that follow 基本医保 for a stay and for what the handbook settles like a stay (二类门特: 居民
 * 十六问 and 职工 三十三、三十六问 put it in the same caps and bands).
 */
export function afterBasic(ctx: ChainContext, setting: Setting): void {
  if (ctx.c.scheme === 'resident') {
    seriousIllness(ctx);
  } else {
    if (ctx.c.person.civilServant) civilServant(ctx);
    largeExpense(ctx);
  }
  routine(ctx, setting);
  tilted(ctx, setting);
}
