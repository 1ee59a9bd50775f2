import type Decimal from 'decimal.js';
import { fen, type Amount } from './amount';
import { Source } from './source';
import { ParamValue } from './params/param';

/** Who pays: the payer chain of DESIGN.md, plus the patient. */
export type Payer =
  | 'basic'
  | 'civilServant'
  | 'largeExpense'
  | 'seriousIllness'
  | 'assistance'
  | 'tiltedAssistance'
  | 'veteranSubsidy'
  | 'patient';

export const PAYER_NAMES: Record<Payer, string> = {
  basic: '基本医保统筹',
  civilServant: '公务员医疗补助',
  largeExpense: '职工大额医疗费用补助',
  seriousIllness: '城乡居民大病保险',
  assistance: '医疗救助',
  tiltedAssistance: '倾斜救助',
  veteranSubsidy: '优抚医疗补助',
  patient: '个人负担',
};

export interface Step {
  payer: Payer;
  payerName: string;
  amount: string;
  /** Plain Chinese with the actual numbers. */
  formula: string;
  source: Source;
}

/**
 * Collects the explanation of one computation: the ordered steps and the notes (stale figures, refusals,
 * assumptions). Every param read through `use` contributes its stale note once.
 */
export class Trace {
  readonly steps: Step[] = [];
  readonly notes: string[] = [];

  /** `payerName` overrides the chain's name where the fund differs (e.g. 职工生育保险 pays as `basic`). */
  step(payer: Payer, amount: Amount | Decimal, formula: string, source: Source, payerName = PAYER_NAMES[payer]): void {
    this.steps.push({ payer, payerName, amount: fen(amount), formula, source });
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  use<T>(v: ParamValue<T>): T {
    if (v.staleNote) this.note(v.staleNote);
    return v.value;
  }
}
