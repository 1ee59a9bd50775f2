import { estimate, estimateSettled } from '../estimate';
import { RuleError } from '../errors';
import type { EstimateResult } from '../result';
import { inChainOrder } from './merge';
import type { YearCase, YearEntry } from './types';

/**
 * The year as a chain (issue 14 "Her whole year"): the visits of one region, scheme and year, each estimated with the
 * year-to-date figures the visits before it left (result.yearToDateAfter), so the second stay of the year meets the
 * deductibles and caps the first one already used. The person never types those figures.
 */

export interface YearVisit {
  entry: YearEntry;
  /** The case as estimated: the entry's case with the yearToDate the chain gave it. */
  input: Record<string, unknown>;
  result: EstimateResult | null;
  /** Why the rules refused this entry; it then passes its yearToDate on unchanged. */
  error?: { code: string; message: string; field?: string };
  /** Year-to-date figures before and after this visit, only the non-zero ones. */
  ytdBefore: Record<string, string>;
  ytdAfter: Record<string, string>;
}

/** One chain per region, scheme and year: a 随县 visit does not use up a 巴中 deductible, nor 职工 a 居民 one. */
function chainKey(c: YearCase): string {
  return `${c.region}|${c.scheme}|${c.date.slice(0, 4)}`;
}

function nonZero(ytd: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(ytd)) if (!/^0+(\.0+)?$/.test(ytd[k])) out[k] = ytd[k];
  return out;
}

/** One visit of a chain: estimated (with its 结算单 when it has one) from the figures the chain carried to it. */
function runVisit(entry: YearEntry & { case: YearCase }, ytdBefore: Record<string, string>): YearVisit {
  const input: Record<string, unknown> = { ...entry.case, yearToDate: ytdBefore };
  try {
    const result = entry.settled ? estimateSettled(input, entry.settled) : estimate(input);
    return { entry, input, result, ytdBefore, ytdAfter: nonZero(result.yearToDateAfter) };
  } catch (e) {
    const error =
      e instanceof RuleError
        ? { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) }
        : { code: 'INTERNAL', message: '这次就医计算出错，未计入本年度累计' };
    return { entry, input, result: null, error, ytdBefore, ytdAfter: ytdBefore };
  }
}

function isLive(e: YearEntry): e is YearEntry & { case: YearCase } {
  return e.deletedAt === undefined && e.case !== undefined;
}

/** Runs chains over live entries already in chain order. */
function runChains(ordered: (YearEntry & { case: YearCase })[]): YearVisit[] {
  const carried = new Map<string, Record<string, string>>();
  return ordered.map((entry) => {
    const key = chainKey(entry.case);
    const visit = runVisit(entry, carried.get(key) ?? {});
    carried.set(key, visit.ytdAfter);
    return visit;
  });
}

/**
 * Every live entry in chain order (case.date, createdAt, id), each estimated within its region+scheme+year chain.
 * A refused entry gets `error` and leaves the chain's figures as they were.
 */
export function runYear(entries: YearEntry[]): YearVisit[] {
  return runChains(inChainOrder(entries).filter(isLive));
}

/**
 * The year-to-date figures for the next estimate `next` of this person: the chain of the entries of its region,
 * scheme and year dated on or before next.date. Editing an entry (`excludeId`): that entry is left out and only the
 * entries before its place in chain order count (next.date, then its createdAt and id), as runYear would count them.
 */
export function yearToDateFor(
  entries: YearEntry[],
  next: YearCase,
  options: { excludeId?: string } = {},
): { yearToDate: Record<string, string>; counted: YearVisit[] } {
  const key = chainKey(next);
  const edited = options.excludeId === undefined ? undefined : entries.find((e) => e.id === options.excludeId);
  const before = (e: YearEntry & { case: YearCase }): boolean => {
    if (e.case.date !== next.date) return e.case.date < next.date;
    if (!edited) return true;
    return e.createdAt < edited.createdAt || (e.createdAt === edited.createdAt && e.id < edited.id);
  };
  const chain = inChainOrder(entries)
    .filter(isLive)
    .filter((e) => e.id !== options.excludeId && chainKey(e.case) === key && before(e));
  const counted = runChains(chain);
  return { yearToDate: counted.length > 0 ? counted[counted.length - 1].ytdAfter : {}, counted };
}
