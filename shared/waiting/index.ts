import { notCovered } from '../errors';
import { parseWaiting, waitingSchema } from '../schemas/waiting';
import { residentWaiting } from './resident';
import { employeeWaiting } from './employee';
import { WaitingResult } from './trace';

export type { WaitingResult, WaitingStep, Shorten } from './trace';
export { retirementMinimum } from './retirement';
export { seriousIllnessCapFor, annualSeriousIllnessCap } from './serious-illness-cap';
export type { SeriousIllnessCapResult } from './serious-illness-cap';
export type { MaternityAllowanceResult } from './maternity-allowance';
export type { RetirementMinimum } from './retirement';
export { maternityAllowance } from './maternity-allowance';

/** Regions whose waiting rules are encoded. */
const REGIONS: Record<string, string> = { bazhong: '巴中市' };

/** When will my insurance pay: validates one case and answers with the first day the fund pays, explained. */
export function waiting(input: unknown): WaitingResult {
  const c = parseWaiting(waitingSchema, input);
  if (!Object.prototype.hasOwnProperty.call(REGIONS, c.region)) {
    const known = Object.entries(REGIONS).map(([id, name]) => `${name}（${id}）`).join('、');
    throw notCovered(`参保地“${c.region}”的待遇等待期暂未收录，目前支持：${known}`, 'region');
  }
  return c.scheme === 'resident' ? residentWaiting(c) : employeeWaiting(c);
}
