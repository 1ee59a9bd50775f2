import { Step } from '../explain';
import { Source } from '../source';
import type { ExclusionId } from '../schemas/veteran';
import type { YearNote } from './notes';

/** A circumstance that takes a claim out of the subsidy: the app asks about each one before estimating. */
export interface Exclusion {
  id: ExclusionId;
  /** The document's words, plain Chinese. */
  text: string;
  source: Source;
}

/** One 优抚医疗补助 claim, explained. Amounts are strings with two decimals. */
export interface SubsidyResult {
  region: string;
  date: string;
  care: 'inpatient' | 'outpatient';
  /** False when the person is not an 优抚对象 of the region's document (e.g. 阳城 因病七至十级). */
  eligible: boolean;
  /** 优抚医疗补助 for this claim. */
  subsidy: string;
  /** The ratio applied to this claim ("0.95"); "0.00" when nothing is due. */
  ratio: string;
  /** The annual cap of the rule that applied, or null when the document sets none for it. */
  annualCap: string | null;
  /** What is left of the annual cap after this claim (null when there is no cap). */
  remainingCap: string | null;
  /**
   * This year's 定额门诊补助: "0.00" when the person gets none; null when the standard is not collected (广西 leaves
   * it to each 市县; 阳城 2026 was paid in the first quarter under the 办法 the 细则 replaced).
   */
  outpatientAllowance: string | null;
  /** 'YYYY-MM': the next 非一站式 application window, for a claim settled outside the one-stop desk; else null. */
  nextApplicationMonth: string | null;
  /** Settled at the hospital's window (一站式) rather than claimed afterwards. */
  oneStop: boolean;
  steps: Step[];
  notes: string[];
  /** Those of `notes` that describe the person's year rather than this claim, by kind (./notes.ts). */
  yearNotes: YearNote[];
  /** The exclusion questions the app must ask for this region, with their citations. */
  exclusions: Exclusion[];
  ruleset: { version: string; paramsHash: string };
}
