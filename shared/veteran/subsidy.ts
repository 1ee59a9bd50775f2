import Decimal from 'decimal.js';
import { Trace } from '../explain';
import { fen } from '../money';
import { fingerprint } from '../hash';
import { RULESET_VERSION } from '../version';
import { SubsidyCase, parseVeteran, subsidySchema } from '../schemas/veteran';
import { Outcome } from './claim';
import { SubsidyResult } from './result';
import { YANGCHENG_PARAMS, yangcheng } from './yangcheng';
import { GUANGXI_PARAMS, guangxi } from './guangxi';

const REGIONS: Record<SubsidyCase['region'], { rules: (c: SubsidyCase, t: Trace) => Outcome; paramsHash: string }> = {
  yangcheng: { rules: yangcheng, paramsHash: fingerprint(YANGCHENG_PARAMS) },
  guangxi: { rules: guangxi, paramsHash: fingerprint(GUANGXI_PARAMS) },
};

/** A ratio as the documents write it, at least two decimals: "0.95", "1.00", "0.825". */
function ratioText(ratio: Decimal): string {
  return ratio.toFixed(Math.max(2, ratio.decimalPlaces()));
}

const money = (d: Decimal | null): string | null => (d === null ? null : fen(d));

/**
 * 优抚对象医疗补助 for one claim, from the figures on a 医保结算单 (what insurance, 大病 and 救助 already paid), so it
 * works whatever insurance the veteran has. Validates the input; every amount is explained and cited.
 */
export function subsidy(input: unknown): SubsidyResult {
  const c = parseVeteran(subsidySchema, input);
  const trace = new Trace();
  const region = REGIONS[c.region];
  const o = region.rules(c, trace);
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
    exclusions: o.exclusions,
    ruleset: { version: RULESET_VERSION, paramsHash: region.paramsHash },
  };
}
