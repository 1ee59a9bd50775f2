import { todayInChina } from '../dates';
import { oneThingOf } from './index';
import { daysLeft, dueDate } from './due';
import type { DeadlineRule, OneScheme } from './types';

/** What one visit of the year record may still have to claim, and by when. */
export interface OpenClaim {
  rule: DeadlineRule;
  /** YYYY-MM-DD, China civil date. */
  due: string;
  daysLeft: number;
}

/** The part of a year-record visit the deadlines read (shared/year/types.ts YearCase). */
export interface ClaimCase {
  region: string;
  date: string;
  scheme: OneScheme;
  person?: Record<string, unknown>;
  visit: { type: string; place?: unknown };
}

function assisted(person: Record<string, unknown> | undefined): boolean {
  const categories = person?.categories;
  return Array.isArray(categories) && categories.length > 0;
}

/**
 * The deadlines a visit not settled at the hospital runs into (a visit with a 结算单 has nothing open): every rule of
 * its region whose trigger matches the visit's kind, scheme, place and 救助身份, with its last day counted from the
 * visit's date (结算日期 / 出院). Past deadlines are kept (negative `daysLeft`) so the page can say the time is over.
 */
export function openClaims(c: ClaimCase, settled: boolean, today: string = todayInChina()): OpenClaim[] {
  if (settled) return [];
  const program = oneThingOf(c.region);
  if (!program) return [];
  return program.deadlines.flatMap((rule) => {
    const t = rule.trigger;
    if (!t || !t.visitTypes.includes(c.visit.type) || !t.schemes.includes(c.scheme)) return [];
    if (t.awayOnly && (c.visit.place === undefined || c.visit.place === 'local')) return [];
    if (t.assistedOnly && !assisted(c.person)) return [];
    const due = dueDate(rule.due, c.date);
    return [{ rule, due: due.format('YYYY-MM-DD'), daysLeft: daysLeft(due, today) }];
  });
}

/**
 * How many days ahead the home page starts to remind of a deadline. The documents set no reminder; 60 days is the
 * product's choice: two months leave time to gather the 发票、费用清单、出院证明 the claims ask for.
 */
export const REMIND_DAYS = 60;

export function isDueSoon(claim: OpenClaim): boolean {
  return claim.daysLeft >= 0 && claim.daysLeft <= REMIND_DAYS;
}
