import type { Cause, VeteranCategory, VeteranRegion } from '../schemas/veteran';
import type { SubsidyResult } from '../veteran/result';
import type { ApplicationStatus } from './applications';

/**
 * Wire types of the `subsidy` function's ledger actions (status, estimateClaim): what the veteran pages receive. The
 * server (server/veteran) builds them; the mini-program imports them from here. ID numbers appear masked.
 */

export type PaymentRoute = 'oneStop' | 'nonOneStop';

/** One paper to bring, with its citation as text. */
export interface MaterialView {
  name: string;
  where: string;
  source: string;
}

/**
 * This year's 优抚医疗补助 at a glance, for the page: the 定额门诊补助, the 住院补助 used against the cap (a progress
 * bar), the next 非一站式 window and the papers to bring. Built from the ledger and the shared rules only.
 */
export interface SubsidyStatusView {
  year: number;
  /** The China date the status was read on. */
  asOf: string;
  veteran: {
    name: string;
    idNumberMasked: string;
    region: VeteranRegion;
    regionName: string;
    category: VeteranCategory;
    categoryLabel: string;
    disabilityGrade: number | null;
    cause: Cause | null;
    causeLabel: string | null;
    county: string | null;
    township: string;
    rosterYear: number;
  };
  viewer: { role: 'self' | 'agent'; relation?: string; relationLabel?: string };
  outpatientAllowance: {
    /** paid; expected (paying period not over); notRecorded (period over, nothing on the list); notApplicable; notCollected (standard left to 各地). */
    state: 'paid' | 'expected' | 'notRecorded' | 'notApplicable' | 'notCollected';
    /** The year's standard by the rules, or null when not collected. */
    standard: string | null;
    amount: string | null;
    paidOn: string | null;
    text: string;
    source: string | null;
  };
  inpatient: {
    ratio: string | null;
    annualCap: string | null;
    paid: string;
    remainingCap: string | null;
    /** paid / cap, 0–1 with four decimals, for the progress bar; null without a cap. */
    usedShare: string | null;
    /** Estimates of this person's submitted claims not yet accepted (those the caller may see). */
    pending: string;
    payments: { date: string; amount: string; route: PaymentRoute | null; routeLabel: string; hospital: string | null; applicationId: string | null }[];
    text: string;
    source: string | null;
  };
  nextWindow: { month: string; label: string; openNow: boolean; text: string; source: string } | null;
  materials: {
    oneStop: MaterialView[];
    nonOneStop: MaterialView[];
    /** The approval form the township station fills in, when the region's document names one. */
    approvalForm: { title: string; note: string; source: string } | null;
  };
  /**
   * Whether a 非一站式 住院补助 claim can be started from this ledger: the region contributes the claim's application
   * type (its document has the procedure), and the rules count the person that year (a ratio is set).
   */
  claimable: boolean;
  claims: {
    id: string;
    status: ApplicationStatus;
    statusLabel: string;
    hospital: string | null;
    dischargeDate: string | null;
    estimatedSubsidy: string | null;
    paidAmount: string | null;
    submittedAt: string | null;
  }[];
  notes: string[];
  ruleset: { version: string; paramsHash: string } | null;
}

/** "How much would this 结算单 bring?", against the year's ledger, before the claim is filed. */
export interface ClaimEstimateView {
  year: number;
  veteran: { name: string; idNumberMasked: string; categoryLabel: string };
  /** 住院补助 already recorded for the year: what the cap is counted against. */
  paidBefore: string;
  estimate: SubsidyResult;
}
