import { ChainContext } from '../../../chain/context';
import { InpatientVisit } from '../../../schemas/estimate';
import { basicInpatient } from './basic-inpatient';
import { seriousIllness } from './serious-illness';
import { civilServant } from './civil-servant';
import { largeExpense } from './large-expense';
import { routine, tilted, Setting } from './assistance';
import { notCovered } from '../../../errors';

/**
 * Bazhong inpatient care, in the order the payers pay (004 第一章 四, 第六章 三问):
 * 居民: 基本医保 → 大病保险 → 医疗救助 → 倾斜救助;
 * 职工: 基本医保 → 公务员医疗补助 → 职工大额医疗费用补助 → 医疗救助 → 倾斜救助.
 */
export function inpatient(ctx: ChainContext, visit: InpatientVisit): void {
  if (visit.dayCase) dayCase(ctx);
  basicInpatient(ctx, visit);
  afterBasic(ctx, visit);
}

/**
 * 日间手术: the handbook speaks of it for 职工 only — "参保人员因急诊、抢救、日间手术发生的符合职工基本医疗保险基金支付范围
 * 内的门（急）诊医疗费用纳入住院医疗费用报销" (第二章 三十一问) — and waives no 起付标准, so an employee's day case is
 * settled as the stay it is (the note says so); the 城乡居民 chapter says nothing, so a resident's is refused.
 */
function dayCase(ctx: ChainContext): void {
  if (ctx.c.scheme === 'resident') {
    throw notCovered('巴中手册城乡居民篇（第三章）未规定日间手术的待遇，暂未收录；不选日间手术，则按一次普通住院估算', 'visit.dayCase');
  }
  ctx.trace.note(
    '日间手术：职工因日间手术发生的符合职工基本医疗保险基金支付范围的门（急）诊医疗费用纳入住院医疗费用报销（第二章 三十一问），' +
      '按本次医院等级的住院起付线和报销比例估算；手册未规定日间手术免起付标准。',
  );
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
