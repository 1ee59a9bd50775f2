import { RuleError } from '../../shared/errors';
import { subsidy, SubsidyResult } from '../../shared/veteran';

type Veteran = { category: string; disabilityGrade?: number; cause?: string };

/** One claim; `extra` is merged at the top level, `settlement` extends the settlement sheet. */
export function claim(
  region: 'yangcheng' | 'guangxi',
  date: string,
  veteran: Veteran,
  inScopeSelfPay: string,
  extra: Record<string, unknown> = {},
  settlement: Record<string, unknown> = {},
): SubsidyResult {
  return subsidy({
    region,
    date,
    veteran,
    hospital: { inCounty: true },
    settlement: { inScopeSelfPay, ...settlement },
    ...extra,
  });
}

export const yangcheng = (veteran: Veteran, inScopeSelfPay: string, extra: Record<string, unknown> = {}, settlement: Record<string, unknown> = {}) =>
  claim('yangcheng', '2027-08-15', veteran, inScopeSelfPay, extra, settlement);

export const guangxi = (veteran: Veteran, inScopeSelfPay: string, extra: Record<string, unknown> = {}, settlement: Record<string, unknown> = {}) =>
  claim('guangxi', '2024-08-15', veteran, inScopeSelfPay, extra, settlement);

export const disabled = (disabilityGrade: number, cause = 'war'): Veteran => ({ category: 'disabled', disabilityGrade, cause });

/** The RuleError a call throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}
