import { ChainContext } from '../../chain/context';
import { InpatientVisit } from '../../schemas/estimate';
import { basicInpatient } from './basic-inpatient';
import { seriousIllness } from './serious-illness';
import { civilServant } from './civil-servant';
import { largeExpense } from './large-expense';
import { routine, tilted } from './assistance';

/**
 * Bazhong inpatient care, in the order the payers pay (004 第一章 四, 第六章 三问):
 * 居民: 基本医保 → 大病保险 → 医疗救助 → 倾斜救助;
 * 职工: 基本医保 → 公务员医疗补助 → 职工大额医疗费用补助 → 医疗救助 → 倾斜救助.
 */
export function inpatient(ctx: ChainContext, visit: InpatientVisit): void {
  basicInpatient(ctx, visit);
  if (ctx.c.scheme === 'resident') {
    seriousIllness(ctx);
  } else {
    if (ctx.c.person.civilServant) civilServant(ctx);
    largeExpense(ctx);
  }
  routine(ctx, visit);
  tilted(ctx, visit);
}
