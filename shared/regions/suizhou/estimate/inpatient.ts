import { ChainContext } from '../../../chain/context';
import { InpatientVisit } from '../../../schemas/estimate';
import { basicInpatient } from './basic-inpatient';
import { afterBasic, explainOutOfScopeControl } from './chain';

/** 随县 inpatient care: 基本医保 (with 转外 and 乙类 先行自付) → 大病保险 → 基本救助 → 倾斜救助 (002 四、住院待遇). */
export function inpatient(ctx: ChainContext, visit: InpatientVisit): void {
  basicInpatient(ctx, visit);
  afterBasic(ctx, visit);
  explainOutOfScopeControl(ctx);
}
