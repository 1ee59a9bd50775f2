import { Source } from '../source';
import { Param, ParamValue, valueAt } from '../params/param';
import { RuleError } from '../errors';

/** One step of a waiting-period answer: which rule, the reasoning with its dates and numbers, the citation. */
export interface WaitingStep {
  rule: string;
  /** Plain Chinese with the actual dates and numbers. */
  formula: string;
  source: Source;
}

/** Collects steps and notes; every parameter read through `use` contributes its stale note once. */
export class WaitingTrace {
  readonly steps: WaitingStep[] = [];
  readonly notes: string[] = [];

  step(rule: string, formula: string, source: Source): void {
    this.steps.push({ rule, formula, source });
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  use<T>(v: ParamValue<T>): T {
    if (v.staleNote) this.note(v.staleNote);
    return v.value;
  }
}

/**
 * What paying for missed years (缴费修复) would cost and gain: the best repair measured from the unrepaired wait,
 * whatever `repairYears` the person entered (the page shows it as the option; the result already applies theirs).
 */
export interface Shorten {
  /** Years to pay for: the most that still shortens the wait. */
  years: number;
  /** The individual premium per year, and the coverage year whose standard it is. */
  premiumPerYear: string;
  premiumYear: number;
  cost: string;
  monthsSaved: number;
  waitingMonthsAfter: number;
  benefitStartAfter: string;
  /** True when the 6-month floor for breaks of 4 years or more limits the repair. */
  floorApplies: boolean;
  /** Set when the premium is carried past the year the document gives it for. */
  staleNote?: string;
  source: Source;
}

export interface WaitingResult {
  region: string;
  scheme: 'resident' | 'employee';
  /** The first day the fund pays (YYYY-MM-DD). */
  benefitStart: string;
  waitingMonths: number;
  fixedMonths: number;
  variableMonths: number;
  /** Months of 变动等待期 removed by the repair the person says they pay (`repairYears`). */
  repairedMonths: number;
  steps: WaitingStep[];
  notes: string[];
  shorten: Shorten | null;
}

/** "2026年4月1日": dates in formulas read as the handbook writes them. */
export function cn(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** `valueAt`, but a date before the first figure is refused naming the input field the date came from. */
export function paramAt<T>(p: Param<T>, date: string, field: string): ParamValue<T> {
  try {
    return valueAt(p, date);
  } catch (e) {
    if (e instanceof RuleError) throw new RuleError(e.code, e.message, field);
    throw e;
  }
}
