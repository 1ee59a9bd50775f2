import { Step } from './explain';
import { Source } from './source';

/** The amounts every estimate answers with: strings with two decimals, "0.00" when a payer pays nothing. */
export interface Payments {
  basic: string;
  civilServant: string;
  largeExpense: string;
  seriousIllness: string;
  assistance: string;
  tiltedAssistance: string;
  veteranSubsidy: string;
}

export const PAYMENT_KEYS: (keyof Payments)[] = [
  'basic',
  'civilServant',
  'largeExpense',
  'seriousIllness',
  'assistance',
  'tiltedAssistance',
  'veteranSubsidy',
];

export interface EstimateResult {
  region: string;
  date: string;
  scheme: 'resident' | 'employee';
  visitType: string;
  totalCost: string;
  inScopeCost: string;
  payments: Payments;
  /** Sum of every payment. */
  fundTotal: string;
  /** 目录外费用: paid wholly by the patient. */
  outOfScope: string;
  /** 个人自付: in-scope cost left after every payer. */
  selfPayInScope: string;
  /** 个人负担: what the patient pays in the end (total minus every payment). */
  personalPay: string;
  steps: Step[];
  notes: string[];
  /** Fixed allowances paid to the person outside the bill, e.g. 产前检查费 (absent when none). */
  allowances?: { name: string; amount: string; formula: string; source: Source }[];
  /** The year-to-date figures after this visit: feed them into the next visit of the same year. */
  yearToDateAfter: Record<string, string>;
  ruleset: { version: string; paramsHash: string };
}
