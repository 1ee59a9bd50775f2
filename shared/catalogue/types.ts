import type { Source } from '../source';
import type { Param } from '../params/param';

/** 门诊慢性病 or 门诊特殊疾病 (004 第四章 三问, 五问). */
export type DiseaseKind = 'chronic' | 'special';

export type Scheme = 'resident' | 'employee';

/**
 * 慢病年度支付限额 in yuan, as the table prints it ("1000"). `null` where the cell is "/": the document lists no
 * limit for that scheme, and nothing is paid from it (never a guessed figure). A region's limits are a dated
 * parameter keyed by disease or sub-type code (CatalogueData.limits).
 */
export interface Limits {
  employee: string | null;
  resident: string | null;
}

/** 复审: "周期/月" and "依据" of the criteria tables. */
export interface Review {
  /** Months between reviews; `null` for "长期" (recognised for good, no periodic review). */
  cycleMonths: number | null;
  /** What the cell adds to "长期", e.g. "前列腺手术后停止". */
  note?: string;
  /** 复审依据, e.g. "同认定依据"; absent where the cell is "/". */
  basis?: string;
}

/** 认定标准 of one disease or sub-type (四问 for 慢病, 六问 for 特病). */
export interface Criteria {
  /** 认定依据, close to the handbook's wording. */
  basis: string;
  /** 认定材料, one item per numbered point. */
  materials: string[];
  review: Review;
  source: Source;
}

/** 亚类病种: recognised, and for 慢病 limited, on its own. */
export interface Subtype {
  code: string;
  name: string;
  criteria: Criteria;
}

/** A code or name the handbook prints for the same disease in another table. */
export interface Alias {
  code?: string;
  name?: string;
  /** Where it is printed, e.g. "第四章 四问 序号 16". */
  where: string;
}

export interface Disease {
  kind: DiseaseKind;
  code: string;
  name: string;
  /** Row number in the handbook's list (三问 for 慢病, 六问 for 特病). */
  no: number;
  /** Absent when the disease has sub-types: each sub-type has its own. */
  criteria?: Criteria;
  subtypes?: Subtype[];
  aliases?: Alias[];
  /** The list entry: 三问 (name, code, limits) or 五问/六问 (name, code). */
  source: Source;
  /** How a flaw in the handbook's text was read. */
  note?: string;
}

/** A hit of a code look-up or a search: the disease, and the sub-type when the code or name is a sub-type's. */
export interface DiseaseMatch {
  disease: Disease;
  subtype?: Subtype;
}

/** 认定医疗机构 (七问). `only` restricts it to some diseases: "二医院(精神病)". */
export interface Institution {
  name: string;
  only?: string;
}

/** One row of 七问: the institutions of a 市本级/区/县 for 慢病 and 特病. */
export interface RecognitionArea {
  area: string;
  chronic: Institution[];
  /** Empty where the handbook's cell is blank. */
  special: Institution[];
  note?: string;
}

/** A statement of the handbook with its citation. */
export interface Cited<T> {
  value: T;
  source: Source;
}

/** How 门诊慢特病 are applied for, recognised, appealed and settled (第四章 二问, 七问–十六问). */
export interface ApplicationGuide {
  sameForBothSchemes: Cited<string>;
  whereToApply: Cited<string>;
  publishedList: Cited<string>;
  materials: Cited<string[]>;
  process: Cited<{ steps: string[]; monthlyDeadlineDay: number }>;
  appeal: Cited<string>;
  benefitStart: Cited<Record<DiseaseKind, string>>;
  review: Cited<string>;
  settlement: Cited<{ local: string; elsewhere: string }>;
  separatePrescription: Cited<string>;
  exclusions: Cited<string[]>;
  recognisedElsewhere: Cited<string[]>;
}

/** What a region's 门诊慢特病 catalogue is made of (shared/regions/<id>/catalogue/). */
export interface CatalogueData {
  chronic: Disease[];
  special: Disease[];
  /** 慢病年度支付限额 by disease or sub-type code: a dated parameter, so each bill reads its year's limits. */
  limits: Param<Record<string, Limits>>;
  /** How the two kinds are paid (the estimate's own parameters), for the pages that explain a disease. */
  benefits: {
    chronicRatio: Param<string>;
    specialDisease: Param<{ deductible: string; ratio: Record<Scheme, string> }>;
  };
  recognitionAreas: RecognitionArea[];
  institutionsSource: Source;
  application: ApplicationGuide;
}

/** The look-ups over one region's catalogue (built by shared/catalogue/lookup.ts). */
export interface CatalogueProgram extends CatalogueData {
  /** 慢病 (list order) then 特病; `kind` narrows to one list. */
  diseases(kind?: DiseaseKind): readonly Disease[];
  /** A disease code, a sub-type code or a code the document prints for the same disease elsewhere. */
  findDisease(code: string): DiseaseMatch | undefined;
  /** The limits row of a disease or sub-type code on `date` (a 慢病 without sub-types, or a sub-type). */
  limitsOf(code: string, date: string): Limits | undefined;
  /** 慢病年度支付限额 in yuan for `code`, `scheme` and `date`, or null where the table gives none. */
  chronicLimit(code: string, scheme: Scheme, date: string): string | null;
  searchDiseases(query: string): DiseaseMatch[];
}
