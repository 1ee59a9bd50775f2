import type Decimal from 'decimal.js';
import type { Trace } from '../explain';
import type { Source } from '../source';
import type { Cause, ExclusionId, FeeDiscountCase, SubsidyCase, VeteranCategory, VeteranPerson } from '../schemas/veteran';
import type { Outcome } from './claim';
import type { FeeDiscountResult } from './fee-discount-result';

/**
 * One region's 优抚对象医疗补助 program: its rules, and the words its ledger page, roster import and claim pages use.
 * A region folder builds one (shared/regions/<id>/veteran/) and the veteran table (shared/regions/registry/veteran.ts)
 * lists it; the generic code here and in server/veteran dispatches on the region id and never names a region.
 */
export interface VeteranProgram {
  /** How the region's document is called in a sentence: "实施细则", "实施办法". */
  documentTitle: string;
  /** Every parameter module the rules read: hashed into each result so a stored estimate stays explainable. */
  params: object[];
  /** One claim, by the region's document. */
  claim(c: SubsidyCase, trace: Trace): Outcome;
  /**
   * The person's year without a claim, read on `date` after `paid` this year: who counts, the 住院 ratio and cap,
   * the 定额门诊补助 standard, the next 非一站式 window. Refuses (RuleError) where `claim` would.
   */
  year(person: PersonOn, paid: Decimal, trace?: Trace): YearOutcome;
  /** 医疗机构收费优惠, when the region's document sets any; `scope` names them in another region's refusal. */
  feeDiscounts?: { scope: string; compute(c: FeeDiscountCase): FeeDiscountResult };
  /** Why a roster row's person is not an 优抚对象 of the region's document (the row is refused), or null. */
  rosterProblem(p: RosterPerson): { column: 'category' | 'cause'; message: string } | null;
  /** The ledger page's region-specific words. */
  status: VeteranStatusTexts;
  /** Why the payment import refuses a row, in the document's words. */
  payments: VeteranPaymentTexts;
  /**
   * How a claim is brought: the papers to bring and the approval form. A 非一站式 claim filed in the app is the
   * generic application type shared/applications/veteran-subsidy, offered where the manifest's `veteran.claim` is.
   */
  procedure: VeteranProcedure;
}

/** The 结算单 figures of one 县外 住院 as the rules read them (the claim's schema may carry more). */
export interface ClaimFigures {
  hospital?: string;
  admissionDate?: string;
  dischargeDate: string;
  inScopeSelfPay: string;
  outOfScope?: string;
  personalAccountPaid?: string;
  exclusions?: Partial<Record<ExclusionId, boolean>>;
}

/** The person and date a year is read for. */
export interface PersonOn {
  date: string;
  veteran: VeteranPerson;
}

/** What the rules say about the person's year (amounts rounded; see SubsidyResult for the wire form). */
export interface YearOutcome {
  eligible: boolean;
  /** The ratio of the 住院 rule that applies to this person; 0 when not eligible. */
  ratio: Decimal;
  annualCap: Decimal | null;
  remainingCap: Decimal | null;
  outpatientAllowance: Decimal | null;
  /** 'YYYY-MM': the next 非一站式 window for a 县外 stay settled on the date; null when the document sets none. */
  nextApplicationMonth: string | null;
  /** The article the ratio and cap come from (or why the person is not counted). */
  source: Source;
}

export interface RosterPerson {
  category: VeteranCategory;
  disabilityGrade: number | null;
  cause: Cause | null;
}

/** One paper to bring, in the document's words. */
export interface ProcedureItem {
  name: string;
  /** Who issues it or where it goes, as the article says. */
  where: string;
  source: Source;
}

export interface VeteranProcedure {
  /** Papers for a 一站式 settlement at the hospital's window. */
  oneStop: ProcedureItem[];
  /** Papers for a 非一站式 claim at the township station. */
  nonOneStop: ProcedureItem[];
  /** The approval form the station fills in, when the document names one. */
  approvalForm: { title: string; note: string; source: Source } | null;
  /** How each payment route reads on the ledger page. */
  routeLabels: { oneStop: string; nonOneStop: string };
}

/** The payment import's refusals that cite the region's document. */
export interface VeteranPaymentTexts {
  /** A person the document does not count: "该人员不属于细则所称优抚对象（第二条）". */
  notCounted: string;
  /** A person whose 定额门诊补助 standard is 0, and why. */
  noAllowance: string;
  /** Where the 定额门诊补助 standard is set, in brackets after a mismatching amount. */
  allowanceRule: string;
  /** Where the annual cap is set, in brackets after a row that would pass it. */
  capRule: string;
}

/** The texts of the ledger page that the region's document words its own way. */
export interface VeteranStatusTexts {
  outpatientAllowance: AllowanceTexts;
  inpatient: {
    /** After "本年度已登记住院医疗补助 …；" for a person the document does not count. */
    notCounted: string;
    /** The rule when there is no annual cap, given the ratio ("0.80"). */
    noCap(ratio: string): string;
    /** After the cap figures: how the cap is shared. */
    capNote: string;
  };
  /** The 非一站式 window line, given "2026 年 12 月" and whether it is this month; absent when the document sets no months. */
  window?(label: string, openNow: boolean): { text: string; source: Source };
  /** Notes the page always shows for the region. */
  notes: string[];
}

interface AllowanceBase {
  /** Where the 定额门诊补助 is set. */
  source: Source;
  /** Said after "… 已于 <date> 发放" ("" for nothing). */
  paidNote: string;
}

/** The 定额门诊补助's words: a standard the document sets and pays on a schedule, or one left to local rules. */
export type AllowanceTexts =
  | (AllowanceBase & {
      /** A person with no allowance: not an 优抚对象 of the document (eligible false), or one whose standard is 0. */
      none(eligible: boolean): { text: string; source: Source };
      /** The last day ('MM-DD') of the paying period, and the texts before and after it with nothing recorded. */
      schedule: {
        paidBy: string;
        expected(year: number, standard: string | null): string;
        notRecorded(year: number, standard: string | null): string;
      };
    })
  | (AllowanceBase & {
      /** The standard is left to local rules and not collected: said whenever nothing is recorded. */
      notCollected: string;
    });
