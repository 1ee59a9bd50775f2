import { RuleError } from '../../shared/errors';
import { waiting, WaitingResult } from '../../shared/waiting';

export function resident(
  paymentDate: string,
  coverageYear: number,
  insuredYears: number[],
  extra: Record<string, unknown> = {},
): WaitingResult {
  return waiting({ region: 'bazhong', scheme: 'resident', paymentDate, coverageYear, insuredYears, ...extra });
}

export function employee(paymentDate: string, situation: Record<string, unknown>): WaitingResult {
  return waiting({ region: 'bazhong', scheme: 'employee', paymentDate, employee: situation });
}

/** The RuleError a call throws; fails the test when it does not throw one. */
export function errorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}
