import { estimate } from '../../shared/estimate';
import { EstimateResult } from '../../shared/result';
import { RuleError } from '../../shared/errors';

/** A 随县 resident case on 2025-06-15 (before the transitional 起付线 waiver ends); tests state what differs. */
export function sz(
  visit: Record<string, unknown>,
  over: { date?: string; scheme?: string; categories?: string[]; yearToDate?: Record<string, string> } = {},
): EstimateResult {
  return estimate({
    region: 'suizhou',
    date: over.date ?? '2025-06-15',
    scheme: over.scheme ?? 'resident',
    person: { categories: over.categories ?? [] },
    visit,
    ...(over.yearToDate ? { yearToDate: over.yearToDate } : {}),
  });
}

/** An inpatient stay: in-scope cost only unless the test says otherwise. */
export function stay(
  level: 'township' | 'level1' | 'level2' | 'level3',
  inScope: string,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type: 'inpatient', facilityLevel: level, place: 'local', totalCost: inScope, inScopeCost: inScope, ...more };
}

export function bill(inScope: string, total = inScope): { totalCost: string; inScopeCost: string } {
  return { totalCost: total, inScopeCost: inScope };
}

export function errorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

/** The step a payer paid in, or undefined. */
export function stepOf(r: EstimateResult, payer: string): EstimateResult['steps'][number] | undefined {
  return r.steps.find((s) => s.payer === payer);
}
