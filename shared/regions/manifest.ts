import type { DocumentId } from '../source';
import type { VisitType, YearToDateInput } from '../schemas/estimate';
import type { VeteranVocabulary } from '../veteran/vocabulary';

/**
 * What a region is, in words and ids only: no zod, no figures, no rules. The mini-program's main package, the
 * schemas and the CLI read it (through ./vocabulary.ts); the rules that act on it are the region's programs
 * (./region.ts, one table per program in ./registry/). Type imports only, so loading a manifest loads nothing else.
 */
export type Scheme = 'resident' | 'employee';

/** The programs a region can have: each is a folder of the region and a table of shared/regions/registry/. */
export type Program = 'estimate' | 'waiting' | 'catalogue' | 'veteran' | 'premium';

export type YtdKey = keyof YearToDateInput;

/** 救助身份 (or any identity the region's rules read) with the label the app shows. */
export interface CategoryLabel {
  readonly id: string;
  readonly name: string;
}

/** What decides which year-to-date figures a region's rules read for one visit. */
export interface YtdContext {
  visitType: VisitType;
  employee: boolean;
  /** 职工 with 公务员医疗补助. */
  civilServant: boolean;
  /** Has a 救助身份 the region's 医疗救助 reads. */
  assisted: boolean;
}

/**
 * The questions the estimate form asks for this region beyond the shared case: regions differ in structure
 * (DESIGN.md), so each says which optional inputs its rules read and which running figures of the year matter.
 */
export interface RegionForm {
  /** Kinds of care 救助身份 matter for: those 医疗救助 (and 大病保险's 倾斜) follow. */
  readonly categoriesFor: readonly VisitType[];
  /** 门诊慢特病 chosen from the region's disease catalogue rather than typed as a code. */
  readonly diseaseCatalogue: boolean;
  /** 普通门诊 at a 定点零售药店. */
  readonly pharmacy: boolean;
  /** 乙类 part of a stay's in-scope cost, of which the patient first pays a share. */
  readonly classBCost: boolean;
  /** 门诊统筹 at a 村卫生室 and 产前检查、流产、引产 outpatient care. */
  readonly outpatientSetting: boolean;
  /** 器官移植抗排异治疗、慢性肾功能衰竭透析 paid at a higher 特殊疾病 ratio. */
  readonly specialTreatment: boolean;
  /**
   * The schemes whose estimate reads the person's insurance history (`person.insuredYears` / `zeroClaimYears`): the
   * home page asks it once for these; empty where the region's rules do not read it.
   */
  readonly insuredHistoryFor: readonly Scheme[];
  /** The first coverage year that history counts from (the region's rules say; test/regions checks the parameters). */
  readonly insuredHistoryFrom?: number;
  ytdKeys(c: YtdContext): YtdKey[];
}

export interface RegionManifest {
  readonly id: string;
  readonly name: string;
  readonly documents: readonly DocumentId[];
  /** The month the figures were last checked against the documents. */
  readonly verifiedAt: string;
  /** Dates before this have no figures: "暂未收录". */
  readonly firstDate: string;
  readonly schemes: readonly Scheme[];
  /** Kinds of care the estimate covers, in the engine's order; empty without an estimate program. */
  readonly visitTypes: readonly VisitType[];
  /** The identities the region's rules read, in the order its documents list them. */
  readonly categories: readonly CategoryLabel[];
  /** What this region's rules do not cover, in plain Chinese, so the app can say so instead of guessing. */
  readonly notCovered: readonly string[];
  /** The estimate form's questions; present when `programs` has 'estimate'. */
  readonly form?: RegionForm;
  /** The 优抚医疗补助 words; present when `programs` has 'veteran'. */
  readonly veteran?: VeteranVocabulary;
  /** The tables of shared/regions/registry/ that list the region (test/regions checks they agree). */
  readonly programs: readonly Program[];
}
