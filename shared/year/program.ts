import type { EstimateCase } from '../schemas/estimate';
import type { EstimateResult } from '../result';
import type { Step } from '../explain';
import type { YearVisit } from './chain';
import type { Meter } from './meter';

/** What the year-record rules read of one run visit (shared/year/chain.ts): its entry, its result or its refusal. */
export type RunVisit = Pick<YearVisit, 'entry' | 'result' | 'error'>;

/** A visit counted by 依申请救助: what it left to the person, and how. */
export interface CountedVisit {
  entryId: string;
  date: string;
  visitType: string;
  label?: string;
  /** 政策范围内个人自付 after every payer of the visit's result. */
  selfPay: string;
}

/** A visit of the list that 依申请救助 does not count, with the reason in Chinese: no visit is dropped silently. */
export interface ExcludedVisit {
  entryId: string;
  date?: string;
  reason: string;
}

/**
 * 依申请救助 over the year record: a retrospective assistance, applied for after the person is recognised as a
 * 医疗救助对象, over the self-pay of the months before — never paid at the hospital's settlement.
 */
export interface ApplicationAssistance {
  region: string;
  /** 认定为医疗救助对象的日期. */
  recognisedOn: string;
  /** The settlement dates counted, both inclusive. */
  window: { from: string; to: string };
  /** False when the identity given is not a 医疗救助对象 (then nothing is due and a step says why). */
  eligible: boolean;
  counted: CountedVisit[];
  excluded: ExcludedVisit[];
  selfPayTotal: string;
  threshold: string;
  ratio: string;
  limit: string;
  amount: string;
  steps: Step[];
  notes: string[];
}

export interface ApplicationOptions {
  /** The region whose rules apply; by default the region of the visits. */
  region?: string;
  /** The identity the person was recognised with, when known: one that is not a 医疗救助对象 gets nothing. */
  category?: string;
}

/**
 * A region's rules over the year record, reached through shared/regions/registry/year.ts: the meters of a result,
 * and 依申请救助 where the region's documents have it.
 */
export interface YearProgram {
  /** The caps and deductibles this visit's year counts against, from its validated case and its result. */
  meters(result: EstimateResult, c: EstimateCase): Meter[];
  applicationAssistance?(visits: RunVisit[], recognisedOn: string, options: ApplicationOptions): ApplicationAssistance;
  /** Where the region's documents have a 依申请救助 that is not encoded: why, in Chinese (the refusal says it). */
  applicationAssistanceNotCovered?: string;
}
