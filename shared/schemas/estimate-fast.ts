import { isIsoDate } from '../dates';
import { allCategoryIds, categoriesOf, manifestById } from '../regions/vocabulary';
import { FACILITY_LEVELS, LARGE_EXPENSE_CONDITIONS, PLACES, SPECIAL_TREATMENTS, YEAR_TO_DATE_KEYS, type EstimateCase } from './estimate';

/**
 * The estimate request's fast path (issue 17): the common well-formed case checked by hand, in a fraction of zod's
 * time, and built exactly as `estimateCaseSchema.parse` builds it (same keys, same order, same defaults, fresh
 * objects). Anything it is not sure of — a bad field, an absent-but-present `undefined`, an object that is not a
 * plain one, the insured history (its checks are `checkInsuredHistory`'s) — gives undefined, and the caller asks zod,
 * which accepts it or words the Chinese error. So it accepts only what zod accepts; test/estimate checks that.
 */

/** `amount` of ./common.ts: both of its regexes at once (1–9 integer digits, at most two decimals). */
const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
const DISEASE_CODE = /^M\d{5}$/;

const TOP_KEYS = new Set(['region', 'date', 'scheme', 'person', 'visit', 'yearToDate']);
const PERSON_KEYS = new Set(['categories', 'retired', 'age', 'civilServant', 'conditions']);
const YTD_KEYS = new Set<string>(YEAR_TO_DATE_KEYS);
const LEVELS = new Set<string>(FACILITY_LEVELS);
const OUTPATIENT_LEVELS = new Set<string>([...FACILITY_LEVELS, 'pharmacy']);
const PLACE_SET = new Set<string>(PLACES);
const CONDITIONS = new Set<string>(LARGE_EXPENSE_CONDITIONS);
const TREATMENTS = new Set<string>(SPECIAL_TREATMENTS);

const VISIT_KEYS: Record<string, Set<string>> = {
  inpatient: new Set(['type', 'facilityLevel', 'place', 'totalCost', 'inScopeCost', 'referral', 'inProvince', 'classBCost', 'transferredFrom', 'dayCase']),
  outpatient: new Set(['type', 'facilityLevel', 'totalCost', 'inScopeCost', 'villageClinic', 'pregnancyCare']),
  chronic: new Set(['type', 'diseaseCode', 'otherDiseaseCodes', 'totalCost', 'inScopeCost']),
  special: new Set(['type', 'diseaseCode', 'totalCost', 'inScopeCost', 'treatment']),
  'two-diseases': new Set(['type', 'diseases', 'totalCost', 'inScopeCost']),
  'single-pay-drug': new Set(['type', 'totalCost', 'inScopeCost']),
  'high-value-drug': new Set(['type', 'facilityLevel', 'place', 'totalCost', 'inScopeCost']),
  maternity: new Set(['type', 'event', 'difficult', 'babies', 'gestationWeeks', 'caesarean', 'liveBirth', 'spouseOfEmployee', 'totalCost', 'inScopeCost']),
};

type Plain = Record<string, unknown>;

/** A plain object (what JSON gives) whose every key is allowed and none holds undefined. */
function plain(v: unknown, keys: Set<string>): v is Plain {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) {
    if (!keys.has(k) || (v as Plain)[k] === undefined) return false;
  }
  return true;
}

function isAmount(v: unknown): v is string {
  return typeof v === 'string' && AMOUNT.test(v);
}

/** An amount's fen as an integer (below 10^11, exact). */
function fenOf(v: string): number {
  const point = v.indexOf('.');
  if (point < 0) return Number(v) * 100;
  const frac = v.slice(point + 1);
  return Number(v.slice(0, point)) * 100 + Number(frac.length === 1 ? `${frac}0` : frac);
}

function int(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function optionalBool(v: unknown): boolean {
  return v === undefined || typeof v === 'boolean';
}

/** A copy of an array whose every item passes `ok`, at most `max` long; null otherwise. */
function list<T>(v: unknown, max: number, ok: (x: unknown) => boolean): T[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    if (!ok(v[i])) return null;
    out.push(v[i] as T);
  }
  return out;
}

function person(v: unknown, region: string): EstimateCase['person'] | undefined {
  if (v === undefined) return { categories: [], retired: false, civilServant: false, conditions: [] };
  if (!plain(v, PERSON_KEYS)) return undefined;
  const categories = v.categories === undefined ? [] : list<EstimateCase['person']['categories'][number]>(v.categories, 6, (x) => typeof x === 'string');
  if (categories === null) return undefined;
  if (categories.length > 0) {
    const allowed: readonly string[] = manifestById(region)?.programs.includes('estimate') ? categoriesOf(region) : allCategoryIds();
    for (const c of categories) if (!allowed.includes(c)) return undefined;
  }
  if (!optionalBool(v.retired) || !optionalBool(v.civilServant)) return undefined;
  if (v.age !== undefined && !int(v.age, 0, 130)) return undefined;
  const conditions = v.conditions === undefined ? [] : list<EstimateCase['person']['conditions'][number]>(v.conditions, 5, (x) => typeof x === 'string' && CONDITIONS.has(x));
  if (conditions === null) return undefined;
  const out: Plain = { categories, retired: v.retired ?? false };
  if (v.age !== undefined) out.age = v.age;
  out.civilServant = v.civilServant ?? false;
  out.conditions = conditions;
  return out as EstimateCase['person'];
}

/** The visit as its schema outputs it, or undefined. Key order follows each schema's shape. */
function visit(v: unknown): EstimateCase['visit'] | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const type = (v as Plain).type;
  const keys = typeof type === 'string' ? VISIT_KEYS[type] : undefined;
  if (keys === undefined || !Object.prototype.hasOwnProperty.call(VISIT_KEYS, type as string) || !plain(v, keys)) return undefined;
  const { totalCost, inScopeCost } = v;
  if (!isAmount(totalCost) || !isAmount(inScopeCost) || fenOf(inScopeCost) > fenOf(totalCost)) return undefined;
  const money = { totalCost, inScopeCost };
  switch (type) {
    case 'inpatient': {
      const { facilityLevel, place, referral, inProvince, classBCost, transferredFrom, dayCase } = v;
      if (typeof facilityLevel !== 'string' || !LEVELS.has(facilityLevel) || typeof place !== 'string' || !PLACE_SET.has(place)) return undefined;
      if (!optionalBool(referral) || !optionalBool(inProvince) || !optionalBool(dayCase)) return undefined;
      if (transferredFrom !== undefined && (typeof transferredFrom !== 'string' || !LEVELS.has(transferredFrom))) return undefined;
      if (classBCost !== undefined && (!isAmount(classBCost) || fenOf(classBCost) > fenOf(inScopeCost))) return undefined;
      const out: Plain = { type, facilityLevel, place, totalCost, inScopeCost };
      if (referral !== undefined) out.referral = referral;
      if (inProvince !== undefined) out.inProvince = inProvince;
      if (classBCost !== undefined) out.classBCost = classBCost;
      if (transferredFrom !== undefined) out.transferredFrom = transferredFrom;
      if (dayCase !== undefined) out.dayCase = dayCase;
      return out as EstimateCase['visit'];
    }
    case 'outpatient': {
      const { facilityLevel, villageClinic, pregnancyCare } = v;
      if (typeof facilityLevel !== 'string' || !OUTPATIENT_LEVELS.has(facilityLevel) || !optionalBool(villageClinic) || !optionalBool(pregnancyCare)) return undefined;
      const out: Plain = { type, facilityLevel, ...money };
      if (villageClinic !== undefined) out.villageClinic = villageClinic;
      if (pregnancyCare !== undefined) out.pregnancyCare = pregnancyCare;
      return out as EstimateCase['visit'];
    }
    case 'chronic': {
      const { diseaseCode } = v;
      if (typeof diseaseCode !== 'string' || !DISEASE_CODE.test(diseaseCode)) return undefined;
      const others = v.otherDiseaseCodes === undefined ? [] : list<string>(v.otherDiseaseCodes, 33, (x) => typeof x === 'string' && DISEASE_CODE.test(x));
      if (others === null) return undefined;
      return { type, diseaseCode, otherDiseaseCodes: others, ...money } as EstimateCase['visit'];
    }
    case 'special': {
      const { diseaseCode, treatment } = v;
      if (typeof diseaseCode !== 'string' || !DISEASE_CODE.test(diseaseCode)) return undefined;
      if (treatment !== undefined && (typeof treatment !== 'string' || !TREATMENTS.has(treatment))) return undefined;
      const out: Plain = { type, diseaseCode, ...money };
      if (treatment !== undefined) out.treatment = treatment;
      return out as EstimateCase['visit'];
    }
    case 'two-diseases': {
      const diseases = list<string>(v.diseases, 2, (x) => x === 'hypertension' || x === 'diabetes');
      if (diseases === null || diseases.length === 0 || (diseases.length === 2 && diseases[0] === diseases[1])) return undefined;
      return { type, diseases, ...money } as EstimateCase['visit'];
    }
    case 'single-pay-drug':
      return { type, ...money } as EstimateCase['visit'];
    case 'high-value-drug': {
      const { facilityLevel, place } = v;
      if (typeof facilityLevel !== 'string' || !LEVELS.has(facilityLevel) || typeof place !== 'string' || !PLACE_SET.has(place)) return undefined;
      return { type, facilityLevel, place, ...money } as EstimateCase['visit'];
    }
    case 'maternity': {
      const { event, difficult, babies, gestationWeeks, caesarean, liveBirth, spouseOfEmployee } = v;
      if (event !== 'delivery' && event !== 'termination') return undefined;
      if (!optionalBool(difficult) || !optionalBool(caesarean) || !optionalBool(liveBirth) || !optionalBool(spouseOfEmployee)) return undefined;
      if (babies !== undefined && !int(babies, 1, 8)) return undefined;
      if (gestationWeeks !== undefined && !int(gestationWeeks, 0, 45)) return undefined;
      // The schema's superRefine: a termination needs its weeks.
      if (event === 'termination' && gestationWeeks === undefined) return undefined;
      const out: Plain = { type, event, difficult: difficult ?? false, babies: babies ?? 1 };
      if (gestationWeeks !== undefined) out.gestationWeeks = gestationWeeks;
      out.caesarean = caesarean ?? false;
      out.liveBirth = liveBirth ?? false;
      if (spouseOfEmployee !== undefined) out.spouseOfEmployee = spouseOfEmployee;
      out.totalCost = totalCost;
      out.inScopeCost = inScopeCost;
      return out as EstimateCase['visit'];
    }
  }
  return undefined;
}

function yearToDate(v: unknown): EstimateCase['yearToDate'] | undefined {
  if (v === undefined) return {};
  if (!plain(v, YTD_KEYS)) return undefined;
  const out: Record<string, string> = {};
  for (const k in v) {
    const a = v[k];
    if (!isAmount(a)) return undefined;
    out[k] = a;
  }
  return out;
}

/** The last date found real: a batch of bills shares a few dates. */
let lastDate = '';

function isoDate(date: string): boolean {
  if (date === lastDate) return true;
  if (!isIsoDate(date)) return false;
  lastDate = date;
  return true;
}

/** `estimateCaseSchema.parse(input)` for the inputs this path is sure of; undefined for every other (ask zod). */
export function fastEstimateCase(input: unknown): EstimateCase | undefined {
  if (!plain(input, TOP_KEYS)) return undefined;
  const { region, date, scheme } = input;
  if (typeof region !== 'string' || region.length < 1 || region.length > 40) return undefined;
  if (typeof date !== 'string' || !isoDate(date)) return undefined;
  if (scheme !== 'resident' && scheme !== 'employee') return undefined;
  const p = person(input.person, region);
  if (p === undefined) return undefined;
  const v = visit(input.visit);
  if (v === undefined) return undefined;
  const y = yearToDate(input.yearToDate);
  if (y === undefined) return undefined;
  return { region, date, scheme, person: p, visit: v, yearToDate: y };
}
