import { ChainContext } from '../chain/context';
import { DocumentId, Source } from '../source';
import type { Category, VisitType } from '../schemas/estimate';

/**
 * One 统筹区's ruleset. Regions differ in structure, not only in numbers, so each composes its own payer chain
 * from the shared formulas; this is all the engine needs to know about it.
 */
export interface Region {
  id: string;
  name: string;
  documents: DocumentId[];
  /** The month the figures were last checked against the documents. */
  verifiedAt: string;
  /** Dates before this have no figures: "暂未收录". */
  firstDate: string;
  schemes: ('resident' | 'employee')[];
  visitTypes: VisitType[];
  categories: Category[];
  /** What this region's rules do not cover, in plain Chinese, so the app can say so instead of guessing. */
  notCovered: string[];
  /** Where the document defines 医疗总费用 = 统筹支付 + 个人自付 + 个人自费: cited by the closing step. */
  personalPaySource: Source;
  /** Every parameter module the region reads: hashed into each result so a stored estimate stays explainable. */
  params: object[];
  estimate(ctx: ChainContext): void;
}
