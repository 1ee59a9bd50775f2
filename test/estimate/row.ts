/**
 * The vocabulary of the estimate tables (test/estimate/cases/*.ts): one row is one case a policy expert can check
 * against the document it cites, with the figures the document gives, to the fen.
 */

/** A document of ../shared/seeds/ and the section the expectation comes from. */
export interface Citation {
  doc: string;
  section: string;
}

/** Where a row is run besides the rules themselves (every row is always run through `estimate()`). */
export type Surface = 'cli' | 'function' | 'browser';

export type PayerKey = 'basic' | 'civilServant' | 'largeExpense' | 'seriousIllness' | 'assistance' | 'tiltedAssistance' | 'veteranSubsidy';

/**
 * One line of the explanation the answer must contain. The step is found by `at` (its position; 'last' is the
 * patient's closing line), else by `payerName`, else by `payer`; every other field given is then checked.
 */
export interface StepExpectation {
  at?: number | 'last';
  payer?: string;
  payerName?: string;
  /** The answer has no such step at all. */
  absent?: true;
  amount?: string;
  /** The whole explanation, word for word. */
  formula?: string;
  /** Phrases the explanation contains. */
  says?: string[];
  /** The citation printed beside the step. */
  source?: Citation;
}

/** The figures and explanations a case must answer with. Amounts are yuan with two decimals, as the API answers. */
export interface Expectation {
  region?: string;
  payments?: Partial<Record<PayerKey, string>>;
  totalCost?: string;
  fundTotal?: string;
  /** 目录外费用 */
  outOfScope?: string;
  /** 政策范围内个人自付 */
  selfPayInScope?: string;
  /** 个人负担 */
  personalPay?: string;
  /** The running year-to-date figures after this case (only the keys listed). */
  yearToDateAfter?: Record<string, string>;
  /** The first fixed allowance (e.g. 产前检查费), or null when there is none. */
  allowance?: string | null;
  steps?: StepExpectation[];
  /** No step's explanation contains these phrases. */
  noStepSays?: string[];
  /** Notes that must be there, word for word. */
  notesInclude?: string[];
  /** Phrases the notes contain / do not contain. */
  notesSay?: string[];
  notesDoNotSay?: string[];
  /** The note starting with `startsWith`: what it says, or that there is none (`absent`). */
  note?: { startsWith: string; says?: string[]; saysNot?: string[]; absent?: true };
  /** The case is refused: the error's code, field and message (exact) or phrase in it (`says`). */
  error?: { code?: 'INVALID_INPUT' | 'NOT_COVERED'; field?: string; message?: string; says?: string };
}

export interface EstimateRow {
  /** Stable, unique, ASCII: names the row in test output and lets another row follow it (`after`). */
  id: string;
  /** What the case is, in Chinese, with the document's arithmetic. */
  title: string;
  /** The document section(s) the expected figures come from. */
  source: Citation[];
  /** The estimate case exactly as the public API takes it. */
  input: Record<string, unknown>;
  /** A row earlier in the same year: its answer's `yearToDateAfter` is this case's `yearToDate`. */
  after?: string;
  expect: Expectation;
  surfaces?: Surface[];
}
