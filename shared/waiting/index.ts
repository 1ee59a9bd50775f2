import { notCovered } from '../errors';
import { parseWaiting, waitingSchema } from '../schemas/waiting';
import { WAITING } from '../regions/registry/waiting';
import type { WaitingProgram, SeriousIllnessCapResult, MaternityAllowanceResult, RetirementMinimum } from './program';
import { WaitingResult, WaitingTrace } from './trace';

export type { WaitingResult, WaitingStep, Shorten } from './trace';
export type { SeriousIllnessCapResult, MaternityAllowanceResult, RetirementMinimum, WaitingProgram } from './program';

/** The regions whose waiting rules are encoded, as the refusals list them. */
function known(): string {
  return Object.entries(WAITING)
    .map(([id, program]) => `${program.name}（${id}）`)
    .join('、');
}

/** When will my insurance pay: validates one case and answers with the first day the fund pays, explained. */
export function waiting(input: unknown): WaitingResult {
  const c = parseWaiting(waitingSchema, input);
  const program = Object.prototype.hasOwnProperty.call(WAITING, c.region) ? WAITING[c.region] : undefined;
  if (!program) throw notCovered(`参保地“${c.region}”的待遇等待期暂未收录，目前支持：${known()}`, 'region');
  return program.waiting(c);
}

/**
 * The questions asked without a region (the 大病 cap, 生育津贴, 退休 minimum years, the 集中缴费期): answered by the
 * table's region with waiting rules, the only one encoded. A second region's rules would add `region` to their
 * schemas and look it up as waiting() does.
 */
function sole(): WaitingProgram {
  const [program] = Object.values(WAITING);
  if (!program) throw notCovered('待遇等待期暂未收录', 'region');
  return program;
}

/** 大病保险年度最高赔付限额 for a coverage year, from unchecked input (CLI, cloud function). */
export function seriousIllnessCapFor(input: unknown): SeriousIllnessCapResult {
  return sole().seriousIllnessCap(input);
}

/** Years of 连续参保 after which each further year raises the 大病 cap. */
export function continuityAfterYears(coverageYear: number): number {
  return sole().continuityAfterYears(coverageYear);
}

export function maternityAllowance(input: unknown): MaternityAllowanceResult {
  return sole().maternityAllowance(input);
}

export function retirementMinimum(year: number, sex: 'male' | 'female'): RetirementMinimum {
  return sole().retirementMinimum(year, sex);
}

/** The first and last day of a coverage year's 集中缴费期. */
export function collectionPeriodOf(coverageYear: number, trace: WaitingTrace): { opens: string; closes: string } {
  return sole().collectionPeriod(coverageYear, trace);
}
