import { estimate } from '../estimate';
import { RuleError, type RuleErrorCode } from '../errors';
import { Money, grouped } from '../money';
import { manifestById } from '../regions/vocabulary';
import type { EstimateResult } from '../result';
import { FACILITY_LEVELS, PLACES, type FacilityLevel, type Place } from '../schemas/estimate';
import { reasonFigures, reasonText, type ReasonFigures } from './reason';

/**
 * Where to go for treatment: the same case — the same person, bill and year-to-date — at every facility level and
 * place the region's rules accept for that kind of care, each estimated by the real rules.
 *
 * Order: place by place (市内, 长期备案, 临时备案, 未备案), and within a place by level (乡镇卫生院 → 三级), the
 * order of the documents' own tables and of the form's choices. Not cheapest first: the options are a grid a person
 * reads like the handbook's table — going up a level, or out of the city, the bar lengthens step by step — and her
 * own choice stays where she expects it; the cheapest is marked instead (`cheapest`).
 */
export type CompareFacility = FacilityLevel | 'pharmacy';

export interface CompareOption {
  /** "level2|local": stable id for the page. */
  key: string;
  facilityLevel: CompareFacility;
  /** Absent for kinds of care that have no place (普通门诊). */
  place?: Place;
  /** "二级 · 市内". */
  label: string;
  /** Her own choice (the case as given). */
  current: boolean;
  /** The lowest personal pay of all options (every option that ties is marked). */
  cheapest: boolean;
  result: EstimateResult;
  /** "起付线 400.00 元、报销比例 70%" — from the result's steps. */
  reason: string;
  /** Personal pay minus hers, signed: "+1,270.00", "−3,790.00", "0.00". */
  difference: string;
}

/** Options the rules refuse, one line per distinct refusal: "乡镇卫生院（各就医地）" 不适用：… */
export interface RefusedOption {
  label: string;
  code: RuleErrorCode;
  message: string;
  keys: string[];
}

export interface Comparison {
  /** What varies for this kind of care: both for 住院 and 高值药品, the facility alone for 普通门诊, none otherwise. */
  varies: ('facilityLevel' | 'place')[];
  options: CompareOption[];
  refused: RefusedOption[];
  /** Plain words when nothing varies (the kind of care is paid the same wherever it is settled). */
  note?: string;
}

export const FACILITY_SHORT: Record<CompareFacility, string> = {
  township: '乡镇卫生院',
  level1: '一级',
  level2: '二级',
  level3: '三级',
  pharmacy: '定点零售药店',
};

export const PLACE_SHORT: Record<Place, string> = {
  local: '市内',
  'long-term-filed': '长期备案地',
  'temporary-filed': '临时备案（转诊、急诊）',
  unfiled: '未备案（非急诊且未转诊）',
};

type Visit = Record<string, unknown> & { type?: unknown; facilityLevel?: unknown; place?: unknown };

/** Kinds of care whose schema carries a level and a place: the stay's chain reads both. */
const WITH_PLACE = ['inpatient', 'high-value-drug'];

/** The variants the form would offer for this kind of care in this region. */
function variants(region: string, visit: Visit): { facilityLevel: CompareFacility; place?: Place }[] {
  if (WITH_PLACE.includes(String(visit.type))) {
    return PLACES.flatMap((place) => FACILITY_LEVELS.map((facilityLevel) => ({ facilityLevel, place })));
  }
  if (visit.type === 'outpatient') {
    // 定点零售药店 only where the region's form offers it (its manifest says).
    const pharmacy = manifestById(region)?.form?.pharmacy === true;
    return [...FACILITY_LEVELS, ...(pharmacy ? (['pharmacy'] as const) : [])].map((facilityLevel) => ({ facilityLevel }));
  }
  return [];
}

function keyOf(facilityLevel: CompareFacility, place?: Place): string {
  return place ? `${facilityLevel}|${place}` : facilityLevel;
}

function labelOf(facilityLevel: CompareFacility, place?: Place): string {
  return place ? `${FACILITY_SHORT[facilityLevel]} · ${PLACE_SHORT[place]}` : FACILITY_SHORT[facilityLevel];
}

/** The case at another level and place; the 临时备案's own questions (转诊, 省内) go with the temporary filing only. */
function variantCase(input: Record<string, unknown>, visit: Visit, facilityLevel: CompareFacility, place?: Place): Record<string, unknown> {
  const next: Visit = { ...visit, facilityLevel };
  if (place) {
    next.place = place;
    if (place !== 'temporary-filed' || visit.place !== 'temporary-filed') {
      delete next.referral;
      delete next.inProvince;
    }
  }
  return { ...input, visit: next };
}

function signed(value: Money): string {
  if (value.isZero()) return '0.00';
  return `${value.isNegative() ? '−' : '+'}${grouped(value.abs())}`;
}

/**
 * Compares the case at every level and place. The case itself must be one the rules accept (its RuleError is
 * thrown as is); options the rules refuse are gathered in `refused`, one line per distinct message.
 */
export function compareOptions(input: Record<string, unknown>): Comparison {
  const mine = estimate(input);
  const visit = (input.visit ?? {}) as Visit;
  const region = String(input.region);
  const list = variants(region, visit);
  const currentKey = keyOf(visit.facilityLevel as CompareFacility, list[0]?.place ? (visit.place as Place) : undefined);

  if (list.length === 0) {
    const option: CompareOption = {
      key: 'current',
      facilityLevel: 'level1',
      label: '这次的就医',
      current: true,
      cheapest: true,
      result: mine,
      reason: reasonText(mine),
      difference: '0.00',
    };
    return { varies: [], options: [option], refused: [], note: '这类就医的报销不按医院等级和就医地区分，换一家医院也是同样的算法。' };
  }

  const estimated: { facilityLevel: CompareFacility; place?: Place; key: string; result: EstimateResult }[] = [];
  const refused: RefusedOption[] = [];
  for (const v of list) {
    const key = keyOf(v.facilityLevel, v.place);
    try {
      const result = key === currentKey ? mine : estimate(variantCase(input, visit, v.facilityLevel, v.place));
      estimated.push({ ...v, key, result });
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      const same = refused.find((r) => r.message === error.message);
      if (same) same.keys.push(key);
      else refused.push({ label: labelOf(v.facilityLevel, v.place), code: error.code, message: error.message, keys: [key] });
    }
  }
  // A refusal that covers one level at every place is that level's, whatever the place.
  for (const r of refused) {
    const levels = [...new Set(r.keys.map((k) => k.split('|')[0]))];
    if (levels.length === 1 && r.keys.length > 1 && r.keys.length === PLACES.length) r.label = `${FACILITY_SHORT[levels[0] as CompareFacility]}（各就医地）`;
    else r.label = r.keys.map((k) => labelOf(k.split('|')[0] as CompareFacility, k.split('|')[1] as Place | undefined)).join('、');
  }

  // The city's figures for the same level: a place outside the city says how far its 起付线 and ratio differ.
  const localFigures = new Map<string, ReasonFigures>();
  for (const e of estimated) if (e.place === 'local') localFigures.set(e.facilityLevel, reasonFigures(e.result));

  const lowest = estimated.reduce((low, e) => Money.min(low, new Money(e.result.personalPay)), new Money(mine.personalPay));
  const options = estimated.map((e): CompareOption => {
    const pay = new Money(e.result.personalPay);
    return {
      key: e.key,
      facilityLevel: e.facilityLevel,
      ...(e.place ? { place: e.place } : {}),
      label: labelOf(e.facilityLevel, e.place),
      current: e.key === currentKey,
      cheapest: pay.equals(lowest),
      result: e.result,
      reason: reasonText(e.result, e.place && e.place !== 'local' ? localFigures.get(e.facilityLevel) : undefined),
      difference: signed(pay.minus(mine.personalPay)),
    };
  });
  return { varies: list[0].place ? ['facilityLevel', 'place'] : ['facilityLevel'], options, refused };
}
