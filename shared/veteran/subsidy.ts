import Decimal from 'decimal.js';
import { Trace } from '../explain';
import { fen } from '../money';
import { fingerprint } from '../hash';
import { RULESET_VERSION } from '../version';
import { parseVeteran, subsidySchema } from '../schemas/veteran';
import { SubsidyResult } from './result';
import { veteranRegion } from './registry';
import { yearNotesOf } from './notes';

/** A ratio as the documents write it, at least two decimals: "0.95", "1.00", "0.825". */
export function ratioText(ratio: Decimal): string {
  return ratio.toFixed(Math.max(2, ratio.decimalPlaces()));
}

export const money = (d: Decimal | null): string | null => (d === null ? null : fen(d));

const hashes = new Map<string, string>();

/** The ruleset a result was computed with: the version and a hash of the region's parameters. */
export function rulesetOf(region: string): { version: string; paramsHash: string } {
  let hash = hashes.get(region);
  if (hash === undefined) {
    hash = fingerprint(veteranRegion(region).veteran.params);
    hashes.set(region, hash);
  }
  return { version: RULESET_VERSION, paramsHash: hash };
}

/**
 * 优抚对象医疗补助 for one claim, from the figures on a 医保结算单 (what insurance, 大病 and 救助 already paid), so it
 * works whatever insurance the veteran has. Validates the input; every amount is explained and cited.
 */
export function subsidy(input: unknown): SubsidyResult {
  const c = parseVeteran(subsidySchema, input);
  const trace = new Trace();
  const o = veteranRegion(c.region).veteran.claim(c, trace);
  if (c.yearToDate === undefined && o.annualCap !== null) {
    trace.note('未填写本年度已获住院医疗补助，按 0 元计算剩余限额。');
  }
  return {
    region: c.region,
    date: c.date,
    care: c.care,
    eligible: o.eligible,
    subsidy: fen(o.subsidy),
    ratio: ratioText(o.ratio),
    annualCap: money(o.annualCap),
    remainingCap: money(o.remainingCap),
    outpatientAllowance: money(o.outpatientAllowance),
    nextApplicationMonth: o.nextApplicationMonth,
    oneStop: o.oneStop,
    steps: trace.steps,
    notes: trace.notes,
    yearNotes: yearNotesOf(trace),
    exclusions: o.exclusions,
    ruleset: rulesetOf(c.region),
  };
}
