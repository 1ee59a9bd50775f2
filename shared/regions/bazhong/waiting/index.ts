import type { WaitingProgram } from '../../../waiting/program';
import { valueAt } from '../../../params/param';
import { residentWaiting, collectionPeriodOf } from './resident';
import { employeeWaiting } from './employee';
import { seriousIllnessCapFor } from './serious-illness-cap';
import { maternityAllowance } from './maternity-allowance';
import { retirementMinimum } from './retirement';
import { seriousIllnessIncentives } from '../params/waiting/serious-illness-incentives';

/**
 * This region's 待遇等待期 rules (004 第二章、第三章): the modules of this folder are the handbook's own rules, not
 * generic ones; shared/waiting calls them through its waiting table.
 */
export const waiting: WaitingProgram = {
  name: '巴中市',
  waiting: (c) => (c.scheme === 'resident' ? residentWaiting(c) : employeeWaiting(c)),
  seriousIllnessCap: seriousIllnessCapFor,
  continuityAfterYears: (coverageYear) => valueAt(seriousIllnessIncentives, `${coverageYear}-01-01`).value.continuityAfterYears,
  maternityAllowance,
  retirementMinimum,
  collectionPeriod: collectionPeriodOf,
};
