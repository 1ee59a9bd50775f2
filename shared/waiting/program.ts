import type { Source } from '../source';
import type { WaitingCase } from '../schemas/waiting';
import type { WaitingResult, WaitingStep, WaitingTrace } from './trace';

/**
 * A region's waiting-period rules (待遇等待期 and the questions next to it), as the generic entry (./index.ts)
 * calls them through the waiting table (shared/regions/registry/waiting.ts). The answers' shapes are generic; the
 * rules are the region's own (shared/regions/<id>/waiting/).
 */
export interface WaitingProgram {
  /** The name the answers use for the region ("目前支持：…"). */
  name: string;
  waiting(c: WaitingCase): WaitingResult;
  /** 大病保险年度最高赔付限额 with the continuity rewards and break penalties, from unchecked input. */
  seriousIllnessCap(input: unknown): SeriousIllnessCapResult;
  /** Years of 连续参保 after which each further year raises the 大病 cap (for the cap card's wording). */
  continuityAfterYears(coverageYear: number): number;
  maternityAllowance(input: unknown): MaternityAllowanceResult;
  retirementMinimum(year: number, sex: 'male' | 'female'): RetirementMinimum;
  /** The 集中参保缴费期 for a coverage year. */
  collectionPeriod(coverageYear: number, trace: WaitingTrace): { opens: string; closes: string };
}

export interface SeriousIllnessCapResult {
  coverageYear: number;
  /** The year's cap, or null for 特困人员、孤儿、低保对象 ("不设赔付限额"). */
  cap: string | null;
  base: string;
  /** cap − base: positive for a reward, negative for a penalty. */
  adjustment: string;
  increase: string;
  decrease: string;
  continuousYears: number;
  uncoveredYears: number;
  steps: WaitingStep[];
  notes: string[];
}

export interface MaternityAllowanceResult {
  eligible: boolean;
  /** 'standard': 12 months paid at the event (十五问); 'transition-2025': the 2025 rule of 十六问. */
  route: 'standard' | 'transition-2025' | null;
  /** The first day the allowance can be claimed; null when not eligible. */
  eligibleFrom: string | null;
  steps: WaitingStep[];
  notes: string[];
}

export interface RetirementMinimum {
  year: number;
  sex: 'male' | 'female';
  /** 累计缴费年限. */
  totalYears: number;
  /** 本市 (2025) or 省内 (from 2035) 缴费年限. */
  localYears: number;
  localScope: '本市' | '省内';
  formula: string;
  source: Source;
}
