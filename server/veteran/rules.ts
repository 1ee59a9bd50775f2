import { RuleError } from '../../shared/errors';
import { subsidy, SubsidyResult, veteranRegion, yearFigures as rulesYear, YearFigures } from '../../shared/veteran';
import { CATEGORY_NAMES, CAUSE_NAMES, VeteranCategory, VeteranRegion, Cause } from '../../shared/schemas/veteran';
import type { StoredContent, VeteranRosterRecord } from '../store/types';

/**
 * The ledger never computes a figure itself: every cap, ratio, standard and window it shows comes from the shared
 * rules (shared/veteran), asked the same question a claim would ask.
 */
export function regionName(region: VeteranRegion): string {
  return veteranRegion(region).name;
}

/** What the rules need to know about a person: the roster's category, grade and cause. */
export interface RulesVeteran {
  region: VeteranRegion;
  category: VeteranCategory;
  disabilityGrade: number | null;
  cause: Cause | null;
}

export function veteranInput(v: RulesVeteran): { category: VeteranCategory; disabilityGrade?: number; cause?: Cause } {
  return {
    category: v.category,
    ...(v.disabilityGrade !== null ? { disabilityGrade: v.disabilityGrade } : {}),
    ...(v.cause !== null ? { cause: v.cause } : {}),
  };
}

export function categoryLabel(v: Pick<RulesVeteran, 'category' | 'disabilityGrade' | 'cause'>): string {
  if (v.category !== 'disabled') return CATEGORY_NAMES[v.category];
  const cause = v.cause ? CAUSE_NAMES[v.cause] : '';
  return `${cause}${v.disabilityGrade ?? ''}级残疾军人`;
}

/**
 * The year's figures for this person on `date`, after `paid` this year, as the region's program reads them: the
 * annual cap and what is left of it, the 定额门诊补助 standard, the next 非一站式 window. A date the rules do not
 * cover comes back as the rules' own Chinese refusal.
 */
export function yearFigures(v: RulesVeteran, date: string, paid: string): YearFigures | RuleError {
  try {
    return rulesYear({ region: v.region, date, veteran: veteranInput(v) }, paid);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
}

/** The settlement-sheet figures a claim is computed from (a submitted claim has them all). */
export interface ClaimFigures {
  dischargeDate: string;
  inScopeSelfPay: string;
  outOfScope?: string;
  personalAccountPaid?: string;
  exclusions?: NonNullable<StoredContent['veteranSubsidy']>['exclusions'];
}

/** One 非一站式 claim as the rules read it: a 县外 住院 settled on the discharge date, against what the ledger has paid. */
export function claimEstimate(v: RulesVeteran, claim: ClaimFigures, paidBefore: string): SubsidyResult {
  const exclusions = Object.fromEntries(Object.entries(claim.exclusions ?? {}).filter(([, on]) => on !== undefined));
  return subsidy({
    region: v.region,
    date: claim.dischargeDate,
    care: 'inpatient',
    veteran: veteranInput(v),
    hospital: { inCounty: false },
    settlement: {
      inScopeSelfPay: claim.inScopeSelfPay,
      ...(claim.outOfScope !== undefined ? { outOfScope: claim.outOfScope } : {}),
      ...(claim.personalAccountPaid !== undefined ? { personalAccountPaid: claim.personalAccountPaid } : {}),
    },
    yearToDate: { subsidyPaid: paidBefore },
    ...(Object.keys(exclusions).length > 0 ? { exclusions } : {}),
  });
}

export function rulesVeteranOf(r: VeteranRosterRecord): RulesVeteran {
  return { region: r.region, category: r.category, disabilityGrade: r.disabilityGrade, cause: r.cause };
}
