import { ChainContext } from '../../../chain/context';
import type { EstimateProgram } from '../../region';
import { cite } from '../../../source';
import { notCovered } from '../../../errors';
import { inpatient } from './inpatient';
import { outpatient } from './outpatient';
import { twoDiseases } from './two-diseases';
import { chronic, singlePayDrug, special } from './chronic-special';
import * as premiumParams from '../params/premium';
import * as outpatientParams from '../params/outpatient';
import * as inpatientParams from '../params/inpatient';
import * as fundCapParams from '../params/fund-cap';
import * as seriousIllnessParams from '../params/serious-illness';
import * as assistanceParams from '../params/assistance';
import * as dayCaseParams from '../params/day-case';
import { SECTIONS } from '../params/sections';
import { DOC } from '../documents';

/** The region's payer chain (002): one function per kind of care, over the shared chain context. */
export const estimate: EstimateProgram = {
  personalPaySource: cite(DOC, `${SECTIONS.routineAssistance}：经基本医疗保险、大病保险支付后政策范围内个人自付部分（含基本医疗起付线）`),
  params: [inpatientParams, dayCaseParams, outpatientParams, fundCapParams, seriousIllnessParams, assistanceParams, premiumParams],
  run(ctx: ChainContext): void {
    const { visit } = ctx.c;
    switch (visit.type) {
      case 'inpatient':
        return inpatient(ctx, visit);
      case 'outpatient':
        return outpatient(ctx, visit);
      case 'two-diseases':
        return twoDiseases(ctx, visit);
      case 'chronic':
        return chronic(ctx, visit);
      case 'special':
        return special(ctx, visit);
      case 'single-pay-drug':
        return singlePayDrug(ctx);
      default:
        // checkCoverage refuses the other types before the chain runs; this keeps the refusal if it ever does not.
        throw notCovered(`湖北省随州市随县暂未收录这类就医（${visit.type}）的费用估算`, 'visit.type');
    }
  },
};
