import { estimate } from '../../shared/estimate';
import { EstimateResult } from '../../shared/result';

/** A Bazhong inpatient case with the handbook's defaults; tests state only what the example states. */
export function inpatientCase(over: {
  scheme?: 'resident' | 'employee';
  date?: string;
  level: 'township' | 'level1' | 'level2' | 'level3';
  place?: 'local' | 'long-term-filed' | 'temporary-filed' | 'unfiled';
  total?: string;
  inScope: string;
  person?: Record<string, unknown>;
  visit?: Record<string, unknown>;
  yearToDate?: Record<string, string>;
}): Record<string, unknown> {
  return {
    region: 'bazhong',
    date: over.date ?? '2025-06-15',
    scheme: over.scheme ?? 'resident',
    person: over.person ?? {},
    visit: {
      type: 'inpatient',
      facilityLevel: over.level,
      place: over.place ?? 'local',
      totalCost: over.total ?? over.inScope,
      inScopeCost: over.inScope,
      ...over.visit,
    },
    ...(over.yearToDate ? { yearToDate: over.yearToDate } : {}),
  };
}

export function run(c: Record<string, unknown>): EstimateResult {
  return estimate(c);
}
