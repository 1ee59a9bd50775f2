import type { Source } from '../source';

/**
 * 就医费用报销“一件事” (issue 18): the four items 003 一、 and 004 第七章 二问 name — 职工医保个人账户家庭共济, 异地就医备案,
 * 门诊慢特病费用跨省直接结算, 医疗费用报销直接结算 — and the deadlines after which a claim is out of time. Each region says
 * what its own document says (shared/regions/<id>/onething/); where the document is silent the data says so in `silent`
 * and carries no rule.
 */
export type OneScheme = 'resident' | 'employee';

/** A statement of a document, in its words or close to them, with where it is printed. */
export interface Cited<T> {
  value: T;
  source: Source;
}

/** How a deadline's last day is counted from the day a stay ended (出院 / 就医结束). */
export type DueRule =
  /** "次年6月底前": the last day of `month` in the year after the stay. */
  | { type: 'next-year-month-end'; month: number }
  /** "就医结束三个月内": the same day `months` later (dayjs clamps 31 → 30, the reading shared/dates.ts adopts). */
  | { type: 'months-after'; months: number }
  /** "每年7月和12月": not a cut-off but the months the claim is taken; the last day of the next such month. */
  | { type: 'window-months'; months: readonly number[] };

export type DeadlineKind = 'inpatient-manual' | 'serious-illness' | 'drug-manual' | 'assistance' | 'maternity-allowance' | 'veteran-round';

/** The kinds of a year-record visit (shared/schemas/estimate.ts VISIT_TYPES) a deadline follows. */
export interface DeadlineTrigger {
  visitTypes: readonly string[];
  schemes: readonly OneScheme[];
  /** Only where the visit was outside the city (any place but `local`): 三十八问 is about 异地就医. */
  awayOnly?: boolean;
  /** Only for a person with a 救助身份 (第六章 七问 is about 救助对象). */
  assistedOnly?: boolean;
}

/** One deadline of one region, exactly as its document words it. */
export interface DeadlineRule {
  id: string;
  kind: DeadlineKind;
  /** Short name, e.g. "住院费用手工报销". */
  title: string;
  /** The document's own words for the time limit, e.g. "原则上应在费用发生次年 6 月底前". */
  words: string;
  /** Who and which claims it is about, in plain Chinese. */
  appliesTo: string;
  schemes: readonly OneScheme[];
  due: DueRule;
  /** Where the claim is taken. */
  where: string;
  /** What to bring, as the document lists it. */
  bring: readonly string[];
  /**
   * The visits of the year record it follows; absent where the day it counts from is not the visit's date (生育津贴
   * counts from the end of the 计发天数, which the record does not hold).
   */
  trigger?: DeadlineTrigger;
  source: Source;
}

/** The ten 门诊慢特病 that settle across provinces (003 五（三）, 004 第七章 二问（三）, 002 三、门诊待遇). */
export type CrossDiseaseId =
  | 'hypertension'
  | 'diabetes'
  | 'cancer-outpatient'
  | 'uremia-dialysis'
  | 'transplant'
  | 'copd'
  | 'rheumatoid'
  | 'coronary'
  | 'viral-hepatitis'
  | 'ankylosing';

export interface CrossDisease {
  id: CrossDiseaseId;
  /** The name 003 and 004 print. */
  name: string;
}

/** A code of the region's 门诊慢特病 catalogue (shared/regions/<id>/catalogue) that counts as one of the ten. */
export interface CatalogueEntryRef {
  code: string;
  name: string;
  /** Where the catalogue's name is narrower or wider than the list's, in plain words. */
  note?: string;
}

/** One of the ten, for one region: its catalogue entries, or why there are none. */
export interface CrossDiseaseMapping {
  disease: CrossDiseaseId;
  entries: readonly CatalogueEntryRef[];
  /** E.g. that 两病 高血压 is not this 认定; or that the region's catalogue is not held. */
  note?: string;
}

/** 门诊慢特病费用跨省直接结算 for one region. */
export interface CrossProvince {
  /** The region's document's own list of the ten, or null where it prints none. */
  listed: Source | null;
  /** What must come first, in order ("认定 → 备案 → 直接结算"). */
  steps: Cited<readonly string[]>;
  mapping: readonly CrossDiseaseMapping[];
  /** How the mapping was read (by name; the documents print no table joining the ten to local codes). */
  mappingNote: string;
  /** 两病 is not a 慢特病 认定, in the region's words. */
  twoDiseases?: Cited<string>;
  /** Where the 认定 is applied for. */
  recognitionWhere?: Cited<string>;
}

/** 职工医保个人账户家庭共济 for one region. */
export interface FamilySharing {
  relatives: Cited<readonly string[]>;
  /** What the personal account may pay for them. */
  pays: Cited<readonly string[]>;
  /** How it is authorised (binding the family, signing a commitment online), or null where the document is silent. */
  authorise: Cited<string> | null;
  /** The channels the document names, in its words. */
  channels: Cited<readonly string[]>;
}

/** 异地就医备案 for one region: the channels and, for 长期备案, what proves the stay. */
export interface Filing {
  online: Cited<readonly string[]> | null;
  offline: Cited<string> | null;
  longTermProof: Cited<readonly string[]> | null;
}

/** 直接结算 vs 手工报销 for one region. */
export interface Settlement {
  direct: Cited<string>;
  /** When a manual claim is needed instead, in the document's cases. */
  manualWhen: Cited<readonly string[]>;
  /** Where and how a manual claim is made. */
  manualChannels: Cited<readonly string[]> | null;
}

export interface OneThingProgram {
  /** The name the 一件事 page offers, e.g. "巴中市". */
  name: string;
  /** The schemes its document speaks of. */
  schemes: readonly OneScheme[];
  /** The 一件事 channel itself (e.g. 四川政务服务网 → 一件事服务 专区), or null where the document names none. */
  entry: Cited<string> | null;
  family: FamilySharing | null;
  filing: Filing;
  crossProvince: CrossProvince;
  settlement: Settlement;
  deadlines: readonly DeadlineRule[];
  /** What the region's document does not say, so the page says so instead of guessing. */
  silent: readonly string[];
}
