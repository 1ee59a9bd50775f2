import type { Source } from '../source';
import type { CommitmentForm, MaterialItem } from '../applications/types';
import type { ExclusionId, VeteranCategory } from '../schemas/veteran';

/**
 * A region's 优抚医疗补助 words and ids, in its manifest (no zod, no rules): what the roster import accepts and what
 * the claim pages ask. The rules that act on them are the region's VeteranProgram (./program.ts).
 */
export interface VeteranVocabulary {
  /** The short name a roster's 地区 column uses ("阳城"). */
  readonly shortName: string;
  /** How a help text or a refusal listing the regions names it, after the id ("<id>（阳城县）"). */
  readonly label: string;
  /** What the roster's 致残原因 column must say for this region, when the document makes it matter. */
  readonly causeNote?: string;
  /** Words a roster's 地区 column (or --region) may write for the region, besides its id. */
  readonly rosterAliases: readonly string[];
  /** The 优抚对象类别 the region's document covers: a roster row of another category is refused. */
  readonly categories: readonly VeteranCategory[];
  /**
   * Present when the region's document sets a 非一站式 住院 claim the app files (the generic application type
   * shared/applications/veteran-subsidy reads these words): a region without it offers no claim.
   */
  readonly claim?: ClaimVocabulary;
}

/**
 * The words of a region's 非一站式 住院医疗补助 claim, as its document prints them: the paper handed in and its
 * forms, the questions of what is not covered, what the signer accepts and the approval form the station fills in.
 * Data only: the claim's schema, checklist and views are built from it (shared/applications/veteran-subsidy).
 */
export interface ClaimVocabulary {
  /** The letters of the claim's business numbers (shared/applications/numbers.ts): the region's, e.g. "YC". */
  readonly numberPrefix: string;
  /** The paper the claim is filed with (the 结算单): the type's one material item. */
  readonly settlementSheet: MaterialItem;
  /** Which form of that paper is brought ("原件或复印件加盖医疗机构印章"), in the order the page offers them. */
  readonly sheetForms: readonly { readonly id: string; readonly label: string }[];
  /** What the document does not cover, asked one by one before a claim is filed; any "是" stops it. */
  readonly questions: readonly ClaimQuestion[];
  /** What the signer accepts, the document's own articles. */
  readonly declaration: CommitmentForm;
  /** The approval form the station fills in: named by the document, its boxes not printed. */
  readonly approvalForm: { readonly title: string; readonly procedure: string; readonly note: string; readonly source: Source };
}

/** One exclusion question a claim page asks before a claim is filed; zod-free so the page reads it as data. */
export interface ClaimQuestion {
  /** One of the schemas' EXCLUSION_IDS. */
  id: ExclusionId;
  /** The question as a person hears it; "是" means the exclusion applies. */
  question: string;
  /** The document's words, quoted. */
  quote: string;
  /** Where, as citation text. */
  source: string;
  /** Why "是" stops the claim, and what to do instead. */
  refusal: string;
}
