import { ChainContext } from '../../../chain/context';
import type { EstimateProgram } from '../../region';
import { cite } from '../../../source';
import { inpatient } from './inpatient';
import { outpatient } from './outpatient';
import { chronic } from './chronic';
import { special } from './special';
import { twoDiseases } from './two-diseases';
import { singlePayDrug, highValueDrug } from './drugs';
import { maternity } from './maternity';
import * as outpatientParams from '../params/outpatient';
import * as chronicSpecialParams from '../params/chronic-special';
import * as chronicLimitParams from '../params/chronic-limits';
import * as maternityParams from '../params/maternity';
import * as inpatientParams from '../params/inpatient';
import * as transferParams from '../params/transfer';
import * as fundCaps from '../params/fund-caps';
import * as civilServantParams from '../params/civil-servant';
import * as largeExpenseParams from '../params/large-expense';
import * as seriousIllnessParams from '../params/serious-illness';
import * as assistanceParams from '../params/assistance';
import * as seriousIllnessIncentiveParams from '../params/waiting/serious-illness-incentives';
import { DOC } from '../documents';

/** The region's payer chain (004): one function per kind of care, over the shared chain context. */
export const estimate: EstimateProgram = {
  personalPaySource: cite(DOC, '第一章 四十三 医保统筹支付、个人自付、个人自费规定'),
  params: [
    inpatientParams,
    transferParams,
    outpatientParams,
    chronicSpecialParams,
    chronicLimitParams,
    maternityParams,
    fundCaps,
    civilServantParams,
    largeExpenseParams,
    seriousIllnessParams,
    // The 大病 cap's continuity rewards and break penalties (九问、十问（一）), read when the person's history is given.
    seriousIllnessIncentiveParams,
    assistanceParams,
  ],
  run(ctx: ChainContext): void {
    const { visit } = ctx.c;
    switch (visit.type) {
      case 'inpatient':
        return inpatient(ctx, visit);
      case 'outpatient':
        return outpatient(ctx, visit);
      case 'chronic':
        return chronic(ctx, visit);
      case 'special':
        return special(ctx, visit);
      case 'two-diseases':
        return twoDiseases(ctx, visit);
      case 'single-pay-drug':
        return singlePayDrug(ctx);
      case 'high-value-drug':
        return highValueDrug(ctx, visit);
      case 'maternity':
        return maternity(ctx, visit);
    }
  },
};
