import type { VeteranCategory } from '../schemas/veteran';

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
}

/** One exclusion question a claim page asks before a claim is filed; zod-free so the page reads it as data. */
export interface ClaimQuestion {
  /** One of the schemas' EXCLUSION_IDS. */
  id: string;
  /** The question as a person hears it; "是" means the exclusion applies. */
  question: string;
  /** The document's words, quoted. */
  quote: string;
  /** Where, as citation text. */
  source: string;
  /** Why "是" stops the claim, and what to do instead. */
  refusal: string;
}
