import { figure } from '../money';
import { parseVeteran, veteranPerson } from '../schemas/veteran';
import type { Source } from '../source';
import { money, ratioText, rulesetOf } from './subsidy';
import { veteranRegion } from './registry';

/**
 * A person's year by the region's rules, without a claim: what the ledger shows and the payment import checks
 * against. Amounts are strings with two decimals, as in SubsidyResult.
 */
export interface YearFigures {
  region: string;
  date: string;
  eligible: boolean;
  /** The ratio of the 住院 rule that applies to this person ("0.95"); "0.00" when not eligible. */
  ratio: string;
  annualCap: string | null;
  /** What is left of the annual cap after `paid` (null when there is no cap). */
  remainingCap: string | null;
  /** This year's 定额门诊补助 standard: "0.00" for none, null when not collected. */
  outpatientAllowance: string | null;
  /** 'YYYY-MM': the next 非一站式 window for a 县外 stay settled on the date, or null. */
  nextApplicationMonth: string | null;
  /** The article the ratio and cap come from. */
  source: Source;
  ruleset: { version: string; paramsHash: string };
}

/** The year read on `date` after `paid` this year; refuses (RuleError) what a claim on that date would. */
export function yearFigures(input: { region: string; date: string; veteran: unknown }, paid: string): YearFigures {
  const veteran = parseVeteran(veteranPerson, input.veteran);
  const o = veteranRegion(input.region).veteran.year({ date: input.date, veteran }, figure(paid));
  return {
    region: input.region,
    date: input.date,
    eligible: o.eligible,
    ratio: ratioText(o.ratio),
    annualCap: money(o.annualCap),
    remainingCap: money(o.remainingCap),
    outpatientAllowance: money(o.outpatientAllowance),
    nextApplicationMonth: o.nextApplicationMonth,
    source: o.source,
    ruleset: rulesetOf(input.region),
  };
}
