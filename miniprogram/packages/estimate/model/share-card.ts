import { grouped, yuan } from '../../../../shared/money';
import type { Payer } from '../../../../shared/explain';
import type { EstimateResult } from '../../../../shared/result';
import { SCHEME_NAMES } from '../../../models/profile';
import { barSegments } from './bar';
import type { SummaryContext } from './summary';

/**
 * What the share card says: the result's own figures (the rules' strings, only formatted), nothing computed again.
 * The same words go to the H5 picture and to the weapp 转发 card and title.
 */
export interface ShareCard {
  /** "住院费用估算" */
  title: string;
  /** "自己约付" + the amount: the answer first. */
  headlineLabel: string;
  headline: string;
  /** "医疗总费用 23,800.00 元" */
  total: string;
  /** Each payer that pays something, 个人负担 last. */
  payers: { payer: Payer; name: string; amount: string }[];
  /** "报销合计 19,528.00 元" */
  fundTotal: string;
  /** "巴中市 · 城乡居民基本医疗保险" */
  place: string;
  /** "结算日期 2026-12-01" */
  date: string;
  disclaimer: string;
}

export const CARD_DISCLAIMER = '仅供参考，以医保结算为准';

export function shareCardOf(result: EstimateResult, context: SummaryContext): ShareCard {
  return {
    title: `${context.visit.title}费用估算`,
    headlineLabel: '自己约付',
    headline: yuan(result.personalPay),
    total: `医疗总费用 ${yuan(result.totalCost)}`,
    payers: barSegments(result).map((s) => ({ payer: s.payer, name: s.name, amount: yuan(s.amount) })),
    fundTotal: `报销合计 ${yuan(result.fundTotal)}`,
    place: `${context.regionName} · ${SCHEME_NAMES[result.scheme]}`,
    date: `结算日期 ${result.date}`,
    disclaimer: CARD_DISCLAIMER,
  };
}

/** The 转发 title: the answer itself ("住院估算：自己约付 4,272.00 元"). */
export function shareTitle(result: EstimateResult, context: SummaryContext): string {
  return `${context.visit.title}估算：自己约付 ${grouped(result.personalPay)} 元`;
}
