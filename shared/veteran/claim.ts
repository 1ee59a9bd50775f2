import Decimal from 'decimal.js';
import { RuleError } from '../errors';
import { Trace } from '../explain';
import { ZERO } from '../money';
import type { SubsidyCase } from '../schemas/veteran';
import { Exclusion } from './result';

/** What a region's rules decide for one claim; subsidy() turns it into the wire format. */
export interface Outcome {
  eligible: boolean;
  subsidy: Decimal;
  ratio: Decimal;
  annualCap: Decimal | null;
  /** Already rounded: cap − paid this year − this claim. */
  remainingCap: Decimal | null;
  outpatientAllowance: Decimal | null;
  nextApplicationMonth: string | null;
  oneStop: boolean;
  exclusions: Exclusion[];
}

/**
 * The exclusions the input flags as applying. A flag that belongs to another region's list is an input error,
 * not silently ignored: the person answered a question this region does not ask.
 */
export function flaggedExclusions(c: SubsidyCase, list: Exclusion[]): Exclusion[] {
  const flags = c.exclusions ?? {};
  for (const [id, on] of Object.entries(flags)) {
    if (on !== undefined && !list.some((e) => e.id === id)) {
      throw new RuleError('INVALID_INPUT', `不予补助情形（${id}）：该情形不是本地区文件列出的情形，请不要填写`, `exclusions.${id}`);
    }
  }
  return list.filter((e) => flags[e.id] === true);
}

/** Subsidy 0 with the refusal explained: one step citing each exclusion that applies. */
export function refuse(trace: Trace, flagged: Exclusion[]): Decimal {
  for (const e of flagged) {
    trace.step('veteranSubsidy', ZERO, `属于“${e.text}”的情形，这部分医疗费用不在医疗补助范围内，补助 0 元`, e.source);
  }
  trace.note(`本次不予补助：${flagged.map((e) => e.text).join('；')}。`);
  return ZERO;
}
