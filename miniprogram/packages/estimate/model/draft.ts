import {
  FACILITY_LEVELS,
  LARGE_EXPENSE_CONDITIONS,
  PLACES,
  SPECIAL_TREATMENTS,
  VISIT_TYPES,
  YEAR_TO_DATE_KEYS,
  type FacilityLevel,
  type Place,
  type VisitType,
} from '../../../../shared/schemas/estimate';
import { categoriesOf, isCategory, type CategoryId } from '../../../models/categories';
import {
  DEFAULT_PROFILE,
  asksHistory,
  historyForCase,
  schemesOf,
  withRegion as withProfileRegion,
  type InsuredHistory,
  type Profile,
  type Scheme,
} from '../../../models/profile';
import { CATALOGUE_REGION, regionForm, type YtdKey } from './regions';

export type Condition = (typeof LARGE_EXPENSE_CONDITIONS)[number];
export type OutpatientFacility = FacilityLevel | 'pharmacy';
export const OUTPATIENT_FACILITIES: readonly OutpatientFacility[] = [...FACILITY_LEVELS, 'pharmacy'];
export const TWO_DISEASES = ['hypertension', 'diabetes'] as const;
export type TwoDisease = (typeof TWO_DISEASES)[number];
export type MaternityEvent = 'delivery' | 'termination';
export type SpecialTreatment = (typeof SPECIAL_TREATMENTS)[number];
export type { YtdKey };

/**
 * What the person has typed so far, exactly as typed (amounts stay strings, choices may still be empty). It is
 * saved on every change, so nothing is lost when the app is closed or the network drops. Answers to questions the
 * chosen kind of care does not ask are kept (switching back restores them) but never sent: draftToCase and the
 * steps read the same `asks()`.
 */
export interface EstimateDraft {
  v: 2;
  /** The step the person was on (0-based, in stepsFor(draft)). */
  step: number;
  region: string;
  visitType: VisitType;
  scheme: Scheme | '';
  categories: CategoryId[];
  retired: boolean;
  age: string;
  civilServant: boolean;
  conditions: Condition[];
  /** Hospital level; 'pharmacy' only for 普通门诊. */
  facilityLevel: OutpatientFacility | '';
  place: Place | '';
  /** Only for 临时备案: 规范转诊 or 急诊抢救 ('' = not said). */
  referral: '' | 'referral' | 'emergency';
  /** Only for 临时备案: whether the hospital is in the province ('' = not said). */
  inProvince: '' | 'yes' | 'no';
  /** 随县 住院: the 乙类 part of the in-scope cost (optional). */
  classBCost: string;
  /** 随县 门诊统筹: at a 村卫生室（所、站）. */
  villageClinic: boolean;
  /** 随县 门诊统筹: 产前检查、先兆流产、流产、引产 outpatient costs. */
  pregnancyCare: boolean;
  /** 随县 门诊特殊疾病: 器官移植抗排异治疗 or 透析 ('' = neither). */
  treatment: SpecialTreatment | '';
  /** 门诊慢性病 / 门诊特殊疾病: the recognised disease (or sub-type) code. */
  diseaseCode: string;
  /** 门诊慢性病: the other recognised chronic diseases (the highest limit applies). */
  otherDiseaseCodes: string[];
  /** “两病”. */
  twoDiseases: TwoDisease[];
  maternityEvent: MaternityEvent | '';
  /** 难产（含剖宫产）. */
  difficult: boolean;
  babies: string;
  gestationWeeks: string;
  caesarean: boolean;
  liveBirth: boolean;
  totalCost: string;
  inScopeCost: string;
  yearToDate: Partial<Record<YtdKey, string>>;
  /** Whose bill this is: 'self' or a saved family member's id (whose year record the estimate reads and adds to). */
  who: string;
  /** The person chose 不对，我自己填 on the year-to-date step: the typed figures are sent instead of the record's. */
  ytdManual: boolean;
  /** The year entry being changed (修改这一次 on the overview): '' for a new bill. */
  editing: string;
}

/** The year-to-date figures the rules read: the schema's own list, so a new figure reaches the form. */
export const YTD_KEYS: readonly YtdKey[] = YEAR_TO_DATE_KEYS;

export function emptyDraft(profile?: Profile): EstimateDraft {
  return {
    v: 2,
    step: 0,
    region: profile?.region ?? DEFAULT_PROFILE.region,
    visitType: 'inpatient',
    scheme: profile?.scheme ?? '',
    categories: profile ? [...profile.categories] : [],
    retired: false,
    age: '',
    civilServant: false,
    conditions: [],
    facilityLevel: '',
    place: '',
    referral: '',
    inProvince: '',
    classBCost: '',
    villageClinic: false,
    pregnancyCare: false,
    treatment: '',
    diseaseCode: '',
    otherDiseaseCodes: [],
    twoDiseases: [],
    maternityEvent: '',
    difficult: false,
    babies: '1',
    gestationWeeks: '',
    caesarean: false,
    liveBirth: false,
    totalCost: '',
    inScopeCost: '',
    yearToDate: {},
    who: 'self',
    ytdManual: false,
    editing: '',
  };
}

/**
 * A new estimate for one recognised disease (the catalogue's "估算这个病的门诊费用"): the profile's person in the
 * catalogue's region (the list is that region's), the disease chosen, nothing carried over from an earlier bill.
 */
export function draftForDisease(profile: Profile, visitType: 'chronic' | 'special', diseaseCode: string): EstimateDraft {
  return { ...emptyDraft(withProfileRegion(profile, CATALOGUE_REGION)), visitType, diseaseCode };
}

export function serializeDraft(draft: EstimateDraft): string {
  return JSON.stringify(draft);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T | ''): T | '' {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function listOf<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(value)) return [];
  return Array.from(new Set(value.filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v))));
}

function text(value: unknown, max = 40): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

const DISEASE_CODE = /^M\d{5}$/;

/** A disease code as typed (regions without a catalogue ask for it): no spaces, capital M. */
export function cleanCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function codes(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return Array.from(new Set(value.filter((v): v is string => typeof v === 'string' && DISEASE_CODE.test(v)))).slice(0, 33);
}

/**
 * Reads a saved draft back. A damaged or older entry never breaks the form: each field that does not read
 * cleanly falls back to empty, and anything unknown is dropped. A version-1 draft (住院 only, without the first
 * step that asks the kind of care) keeps its answers and moves one step on.
 */
export function parseDraft(raw: unknown, profile?: Profile): EstimateDraft {
  const base = emptyDraft(profile);
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return base;
    }
  }
  if (!value || typeof value !== 'object') return base;
  const r = value as Record<string, unknown>;
  if (r.v !== 1 && r.v !== 2) return base;
  const ytdRaw = r.yearToDate && typeof r.yearToDate === 'object' ? (r.yearToDate as Record<string, unknown>) : {};
  const yearToDate: Partial<Record<YtdKey, string>> = {};
  for (const key of YTD_KEYS) {
    const v = text(ytdRaw[key]);
    if (v) yearToDate[key] = v;
  }
  const rawStep = typeof r.step === 'number' && Number.isInteger(r.step) ? r.step + (r.v === 1 ? 1 : 0) : 0;
  const draft: EstimateDraft = {
    v: 2,
    step: 0,
    region: typeof r.region === 'string' && r.region ? r.region.slice(0, 40) : base.region,
    visitType: oneOf(r.visitType, VISIT_TYPES, '') || 'inpatient',
    scheme: oneOf(r.scheme, ['resident', 'employee'] as const, base.scheme),
    categories: Array.isArray(r.categories) ? Array.from(new Set(r.categories.filter(isCategory))) : base.categories,
    retired: r.retired === true,
    age: text(r.age, 3),
    civilServant: r.civilServant === true,
    conditions: listOf(r.conditions, LARGE_EXPENSE_CONDITIONS),
    facilityLevel: oneOf(r.facilityLevel, OUTPATIENT_FACILITIES, ''),
    place: oneOf(r.place, PLACES, ''),
    referral: oneOf(r.referral, ['referral', 'emergency'] as const, ''),
    inProvince: oneOf(r.inProvince, ['yes', 'no'] as const, ''),
    classBCost: text(r.classBCost),
    villageClinic: r.villageClinic === true,
    pregnancyCare: r.pregnancyCare === true,
    treatment: oneOf(r.treatment, SPECIAL_TREATMENTS, ''),
    diseaseCode: text(r.diseaseCode, 10),
    otherDiseaseCodes: codes(r.otherDiseaseCodes),
    twoDiseases: listOf(r.twoDiseases, TWO_DISEASES),
    maternityEvent: oneOf(r.maternityEvent, ['delivery', 'termination'] as const, ''),
    difficult: r.difficult === true,
    babies: typeof r.babies === 'string' ? text(r.babies, 2) : base.babies,
    gestationWeeks: text(r.gestationWeeks, 2),
    caesarean: r.caesarean === true,
    liveBirth: r.liveBirth === true,
    totalCost: text(r.totalCost),
    inScopeCost: text(r.inScopeCost),
    yearToDate,
    who: typeof r.who === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(r.who) ? r.who : 'self',
    ytdManual: r.ytdManual === true,
    editing: typeof r.editing === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(r.editing) ? r.editing : '',
  };
  return { ...draft, step: Math.min(Math.max(rawStep, 0), stepCount(draft) - 1) };
}

/** Amounts and counts as typed, minus the spaces a phone keyboard adds; the rules judge the rest. */
export function cleanAmount(value: string): string {
  return value.replace(/\s+/g, '');
}

/** A whole number typed in a box, as a number when it reads as one; otherwise the text, for the schema to refuse. */
function count(value: string): number | string | undefined {
  const v = cleanAmount(value);
  if (v === '') return undefined;
  return /^\d{1,3}$/.test(v) ? Number(v) : v;
}

/** What the rules read for each kind of care, so the form asks exactly that (shared/regions/*; model/regions.ts). */
export interface Asks {
  /** 救助身份: the payers after 基本医保 (医疗救助, 倾斜救助, 大病保险 倾斜). */
  categories: boolean;
  /** 职工: 退休 changes 门诊统筹 and 职工大额. */
  retired: boolean;
  /** 职工: 公务员医疗补助. */
  civilServant: boolean;
  /** 职工: age and conditions choose the 职工大额 row. */
  largeExpense: boolean;
  facility: boolean;
  place: boolean;
  disease: boolean;
  /** The disease is picked from the catalogue (else typed as a code). */
  diseaseCatalogue: boolean;
  twoDiseases: boolean;
  maternity: boolean;
  /** 随县: 乙类 cost of a stay. */
  classBCost: boolean;
  /** 随县: 村卫生室 and 产前检查等 for 普通门诊. */
  outpatientSetting: boolean;
  /** 随县: 器官移植抗排异 or 透析 for 门诊特殊疾病. */
  specialTreatment: boolean;
  /** Whether any earlier visit of the year changes this one. */
  yearToDate: boolean;
}

export function asks(draft: Pick<EstimateDraft, 'region' | 'visitType' | 'scheme'>): Asks {
  const t = draft.visitType;
  const form = regionForm(draft.region);
  const employee = draft.scheme === 'employee';
  const stayLike = t === 'inpatient' || t === 'high-value-drug' || t === 'special';
  return {
    categories: form.categoriesFor.includes(t),
    retired: employee && (stayLike || t === 'outpatient'),
    civilServant: employee && (stayLike || t === 'outpatient' || t === 'chronic'),
    largeExpense: employee && stayLike,
    facility: t === 'inpatient' || t === 'high-value-drug' || t === 'outpatient',
    place: t === 'inpatient' || t === 'high-value-drug',
    disease: t === 'chronic' || t === 'special',
    diseaseCatalogue: form.diseaseCatalogue,
    twoDiseases: t === 'two-diseases',
    maternity: t === 'maternity',
    classBCost: form.classBCost && t === 'inpatient',
    outpatientSetting: form.outpatientSetting && t === 'outpatient',
    specialTreatment: form.specialTreatment && t === 'special',
    yearToDate: form.ytdKeys({ visitType: t, employee, civilServant: true, assisted: true }).length > 0,
  };
}

/** The region's 救助身份 the draft has chosen (a draft moved between regions keeps only the new region's). */
export function categoriesInRegion(draft: Pick<EstimateDraft, 'region' | 'categories'>): CategoryId[] {
  const allowed = categoriesOf(draft.region);
  return draft.categories.filter((c) => allowed.includes(c));
}

/**
 * The draft moved to another region: the scheme that region does not cover is cleared, and a kind of care it does
 * not cover goes back to 住院; everything else typed is kept.
 */
export function withRegion(draft: EstimateDraft, region: string, visitTypes: readonly VisitType[]): EstimateDraft {
  const schemes = schemesOf(region);
  return {
    ...draft,
    region,
    scheme: draft.scheme && schemes.includes(draft.scheme) ? draft.scheme : schemes.length === 1 ? schemes[0] : '',
    visitType: visitTypes.includes(draft.visitType) ? draft.visitType : (visitTypes[0] ?? 'inpatient'),
  };
}

/** Whether a termination is settled as a delivery (存活婴儿) and so asks 顺产/难产 and the number of babies. */
export function asDelivery(draft: Pick<EstimateDraft, 'maternityEvent' | 'liveBirth'>): boolean {
  return draft.maternityEvent === 'delivery' || (draft.maternityEvent === 'termination' && draft.liveBirth);
}

/** 施行剖宫术 adds to the limit of a termination from 16 weeks on, when no baby lived. */
export function asksCaesarean(draft: Pick<EstimateDraft, 'maternityEvent' | 'liveBirth' | 'gestationWeeks'>): boolean {
  const weeks = count(draft.gestationWeeks);
  return draft.maternityEvent === 'termination' && !draft.liveBirth && typeof weeks === 'number' && weeks >= 16;
}

/** Which year-to-date boxes matter for this person and this kind of care (the others are not shown and not sent). */
export function relevantYtdKeys(
  draft: Pick<EstimateDraft, 'region' | 'visitType' | 'scheme' | 'categories' | 'civilServant'>,
): YtdKey[] {
  const a = asks(draft);
  return regionForm(draft.region).ytdKeys({
    visitType: draft.visitType,
    employee: draft.scheme === 'employee',
    civilServant: a.civilServant && draft.civilServant,
    assisted: a.categories && categoriesInRegion(draft).length > 0,
  });
}

/** The facility as this kind of care reads it: a 定点零售药店 is a place for 普通门诊 only. */
export function facilityOf(draft: Pick<EstimateDraft, 'visitType' | 'facilityLevel'>): OutpatientFacility | '' {
  return draft.facilityLevel === 'pharmacy' && draft.visitType !== 'outpatient' ? '' : draft.facilityLevel;
}

/** The visit part of the case: only what this kind of care reads. */
function visitOf(draft: EstimateDraft): Record<string, unknown> {
  const visit: Record<string, unknown> = { type: draft.visitType };
  const a = asks(draft);
  if (a.facility) visit.facilityLevel = facilityOf(draft) || undefined;
  if (a.outpatientSetting) {
    if (draft.villageClinic) visit.villageClinic = true;
    if (draft.pregnancyCare) visit.pregnancyCare = true;
  }
  if (a.place) {
    visit.place = draft.place || undefined;
    if (draft.place === 'temporary-filed') {
      if (draft.referral) visit.referral = draft.referral === 'referral';
      if (draft.inProvince) visit.inProvince = draft.inProvince === 'yes';
    }
  }
  if (a.disease) {
    const code = cleanCode(draft.diseaseCode);
    visit.diseaseCode = code || undefined;
    if (draft.visitType === 'chronic' && a.diseaseCatalogue) visit.otherDiseaseCodes = draft.otherDiseaseCodes.filter((c) => c !== code);
    if (a.specialTreatment && draft.treatment) visit.treatment = draft.treatment;
  }
  if (a.twoDiseases) visit.diseases = TWO_DISEASES.filter((d) => draft.twoDiseases.includes(d));
  if (a.maternity) {
    visit.event = draft.maternityEvent || undefined;
    if (asDelivery(draft)) {
      visit.difficult = draft.difficult;
      visit.babies = count(draft.babies) ?? 1;
    }
    if (draft.maternityEvent === 'termination') {
      visit.gestationWeeks = count(draft.gestationWeeks);
      visit.liveBirth = draft.liveBirth;
      if (asksCaesarean(draft)) visit.caesarean = draft.caesarean;
    }
  }
  visit.totalCost = cleanAmount(draft.totalCost);
  visit.inScopeCost = cleanAmount(draft.inScopeCost);
  if (a.classBCost && cleanAmount(draft.classBCost) !== '') visit.classBCost = cleanAmount(draft.classBCost);
  return visit;
}

/**
 * The case the rules read (estimateCaseSchema), built from the draft. Nothing is checked here: validation is the
 * schema's, so the form and the cloud function give the same messages. `history` is the profile's 参保 history
 * (asked once on the home page): for a 巴中 城乡居民 case it becomes `person.insuredYears` / `zeroClaimYears` for
 * the year of `date` (the 大病保险 cap, 004 第三章 九问、十问（一）); for any other case, or when not given, nothing is
 * sent and the rules use the base cap with a note saying so.
 */
export function draftToCase(draft: EstimateDraft, date: string, history?: InsuredHistory): Record<string, unknown> {
  const a = asks(draft);
  const person: Record<string, unknown> = { categories: a.categories ? categoriesInRegion(draft) : [] };
  const years = asksHistory(draft) && /^\d{4}-/.test(date) ? historyForCase(history, Number(date.slice(0, 4))) : undefined;
  if (years) {
    person.insuredYears = years.insuredYears;
    if (years.zeroClaimYears) person.zeroClaimYears = years.zeroClaimYears;
  }
  if (a.retired) person.retired = draft.retired;
  if (a.civilServant) person.civilServant = draft.civilServant;
  if (a.largeExpense) {
    person.conditions = draft.conditions;
    const age = count(draft.age);
    if (age !== undefined) person.age = age;
  }
  const yearToDate: Record<string, string> = {};
  for (const key of relevantYtdKeys(draft)) {
    const v = cleanAmount(draft.yearToDate[key] ?? '');
    if (v !== '') yearToDate[key] = v;
  }
  return { region: draft.region, date, scheme: draft.scheme || undefined, person, visit: visitOf(draft), yearToDate };
}

/** The ids of the steps this draft goes through, in order (model/steps.ts gives each its title and fields). */
export type StepId = 'visit-type' | 'person' | 'facility' | 'place' | 'disease' | 'two-diseases' | 'maternity' | 'bill' | 'year-to-date';

export function stepIds(draft: Pick<EstimateDraft, 'region' | 'visitType' | 'scheme'>): StepId[] {
  const a = asks(draft);
  const ids: StepId[] = ['visit-type', 'person'];
  if (a.facility) ids.push('facility');
  if (a.place) ids.push('place');
  if (a.disease) ids.push('disease');
  if (a.twoDiseases) ids.push('two-diseases');
  if (a.maternity) ids.push('maternity');
  ids.push('bill');
  if (a.yearToDate) ids.push('year-to-date');
  return ids;
}

export function stepCount(draft: Pick<EstimateDraft, 'region' | 'visitType' | 'scheme'>): number {
  return stepIds(draft).length;
}
