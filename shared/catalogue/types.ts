import { Source } from '../source';

/** 门诊慢性病 or 门诊特殊疾病 (004 第四章 三问, 五问). */
export type DiseaseKind = 'chronic' | 'special';

export type Scheme = 'resident' | 'employee';

/**
 * 慢病年度支付限额 in yuan, as the table prints it ("1000"). `null` where the cell is "/": the handbook lists no
 * limit for that scheme, and nothing is paid from it (never a guessed figure).
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
  /** 慢病 only. */
  limits?: Limits;
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
  /** 慢病 without sub-types only; with sub-types the limits are on each sub-type. */
  limits?: Limits;
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
