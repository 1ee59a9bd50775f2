import { benefits, findDisease, limitsOf, type Criteria, type Disease, type Review } from '../../../../shared/catalogue';
import { percent } from '../../../../shared/money';
import { valueAt } from '../../../../shared/params/param';
import { todayInChina } from '../../../../shared/dates';
import type { Source } from '../../../../shared/source';
import { limitsText } from './rows';

/** 复审 in plain words: "长期（不需要定期复审）" or "每 12 个月复审一次（依据：同认定依据）". */
export function reviewText(review: Review): string {
  const base = review.cycleMonths === null ? '长期有效，不需要定期复审' : `每 ${review.cycleMonths} 个月复审一次`;
  const parts = [base];
  if (review.note) parts.push(review.note);
  if (review.basis) parts.push(`复审依据：${review.basis}`);
  return parts.join('；');
}

/** One recognisable unit of the page: the disease itself, or one of its sub-types. */
export interface DetailUnit {
  code: string;
  name: string;
  limits?: string;
  criteria?: Criteria;
}

/** The disease's units with the limits in force on `date` (today on the page). */
export function unitsOf(disease: Disease, date: string = todayInChina()): DetailUnit[] {
  const text = (code: string) => {
    const limits = disease.kind === 'chronic' ? limitsOf(code, date) : undefined;
    return limits ? limitsText(limits) : undefined;
  };
  if (disease.subtypes && disease.subtypes.length > 0) {
    return disease.subtypes.map((s) => ({ code: s.code, name: s.name, limits: text(s.code), criteria: s.criteria }));
  }
  return [{ code: disease.code, name: disease.name, limits: text(disease.code), criteria: disease.criteria }];
}

/**
 * The disease a page address names: a disease, sub-type or alias code (the catalogue's own look-up), shown as
 * the whole disease. Undefined for anything else.
 */
export function diseaseOf(code: string | undefined): Disease | undefined {
  if (!code) return undefined;
  return findDisease(decodeURIComponent(code))?.disease;
}

/**
 * How this kind of disease is paid, in one sentence with the figures in force on `date` (第四章 三问, 五问): read
 * from the same parameters the estimate uses.
 */
export function benefitText(disease: Disease, date: string): { text: string; source: Source } {
  if (disease.kind === 'chronic') {
    const ratio = valueAt(benefits.chronicRatio, date);
    return {
      text: `门诊治疗这个病的政策范围内费用，统筹基金按 ${percent(ratio.value)} 支付，一年最多报到下面的年度限额；同时有几种慢性病的，按限额最高的一种算。`,
      source: ratio.source,
    };
  }
  const rule = valueAt(benefits.specialDisease, date);
  return {
    text: `一年只扣一次二级医院住院起付线 ${rule.value.deductible} 元，城乡居民医保报销 ${percent(rule.value.ratio.resident)}，职工医保报销 ${percent(rule.value.ratio.employee)}；和住院共用年度限额，之后还有大病保险（职工大额）和医疗救助。`,
    source: rule.source,
  };
}
