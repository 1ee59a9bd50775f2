import { EMPLOYEE_KINDS, SPECIAL_GROUPS, type EmployeeKind, type SpecialGroup } from '../../../../shared/schemas/waiting';
import { yearOf } from '../../../../shared/dates';
import type { Profile, Scheme } from '../../../models/profile';

/** A date as three boxes (年、月、日): no dashes to type on a phone keyboard; kept exactly as typed. */
export interface DateParts {
  y: string;
  m: string;
  d: string;
}

/**
 * What the person has answered so far, exactly as typed. Saved on every change, so nothing is lost when the app is
 * closed; `answered` says the answer was asked for, so a reload shows it again (recomputed on the device).
 */
export interface WaitingDraft {
  v: 1;
  scheme: Scheme | '';
  /** The year of cover the premium pays for (参保年度). */
  coverageYear: number;
  paid: DateParts;
  /** Years with basic medical insurance of any scheme before `coverageYear` (only 2025 on count). */
  insuredYears: number[];
  newborn: boolean;
  birth: DateParts;
  specialGroup: SpecialGroup | '';
  /** The year before `coverageYear` was insured and the fund paid nothing (基金零报销): the cap card reads it. */
  zeroClaimLastYear: boolean;
  /** Years paid to repair the 变动等待期: set by following the advice, cleared by any other change. */
  repairYears: number;
  employeeKind: EmployeeKind | '';
  continuousYears: string;
  gapMonths: string;
  arrearsMonths: string;
  answered: boolean;
}

/** The first year the documents count (十问 "从2025年起"): earlier years change neither the wait nor the cap. */
export const FIRST_COUNTED_YEAR = 2025;

export const EMPTY_DATE: DateParts = { y: '', m: '', d: '' };

/**
 * The coverage year a payment made today is most likely for: from the opening of the collection period (10月20日,
 * 三问) the premium collected is next year's.
 */
export function defaultCoverageYear(today: string): number {
  const year = yearOf(today);
  return today.slice(5) >= '10-20' ? year + 1 : year;
}

/** The years a person can say they were insured in, for a coverage year: 2025 up to the year before. */
export function countedYears(coverageYear: number): number[] {
  const years: number[] = [];
  for (let y = FIRST_COUNTED_YEAR; y < coverageYear; y++) years.push(y);
  return years;
}

/** The coverage years the page offers: from 2025 to five years ahead (十问's examples reach 2030 from 2025). */
export function coverageYearRange(today: string): { min: number; max: number } {
  return { min: FIRST_COUNTED_YEAR, max: yearOf(today) + 5 };
}

export function emptyDraft(today: string, profile?: Profile): WaitingDraft {
  return {
    v: 1,
    scheme: profile?.scheme ?? '',
    coverageYear: defaultCoverageYear(today),
    paid: { ...EMPTY_DATE },
    insuredYears: [],
    newborn: false,
    birth: { ...EMPTY_DATE },
    specialGroup: '',
    zeroClaimLastYear: false,
    repairYears: 0,
    employeeKind: '',
    continuousYears: '',
    gapMonths: '',
    arrearsMonths: '',
    answered: false,
  };
}

export function serializeDraft(draft: WaitingDraft): string {
  return JSON.stringify(draft);
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function dateParts(value: unknown): DateParts {
  const r = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return { y: text(r.y, 4), m: text(r.m, 2), d: text(r.d, 2) };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | '' {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads a saved draft back; a damaged or older entry falls back field by field, never breaking the page. */
export function parseDraft(raw: unknown, today: string, profile?: Profile): WaitingDraft {
  const base = emptyDraft(today, profile);
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
  if (r.v !== 1) return base;
  const range = coverageYearRange(today);
  const coverageYear =
    typeof r.coverageYear === 'number' && Number.isInteger(r.coverageYear) && r.coverageYear >= range.min && r.coverageYear <= range.max
      ? r.coverageYear
      : base.coverageYear;
  const allowedYears = countedYears(coverageYear);
  const insuredYears = Array.isArray(r.insuredYears)
    ? Array.from(new Set(r.insuredYears.filter((y): y is number => typeof y === 'number' && allowedYears.includes(y)))).sort((a, b) => a - b)
    : [];
  const scheme = r.scheme === 'resident' || r.scheme === 'employee' ? r.scheme : base.scheme;
  return {
    v: 1,
    scheme,
    coverageYear,
    paid: dateParts(r.paid),
    insuredYears,
    newborn: r.newborn === true,
    birth: dateParts(r.birth),
    specialGroup: oneOf(r.specialGroup, SPECIAL_GROUPS),
    zeroClaimLastYear: r.zeroClaimLastYear === true,
    repairYears: typeof r.repairYears === 'number' && Number.isInteger(r.repairYears) && r.repairYears >= 0 && r.repairYears <= 20 ? r.repairYears : 0,
    employeeKind: oneOf(r.employeeKind, EMPLOYEE_KINDS),
    continuousYears: text(r.continuousYears, 4),
    gapMonths: text(r.gapMonths, 4),
    arrearsMonths: text(r.arrearsMonths, 4),
    answered: r.answered === true,
  };
}

/**
 * Any answer the person changes clears the repair they chose (it was advice for the old answers) and hides the old
 * answer until they ask again. A new coverage year drops the insured years that are no longer before it.
 */
export function applyChange(draft: WaitingDraft, patch: Partial<WaitingDraft>): WaitingDraft {
  const next = { ...draft, ...patch, repairYears: 0, answered: false };
  if (patch.coverageYear !== undefined) {
    const allowed = countedYears(next.coverageYear);
    next.insuredYears = next.insuredYears.filter((y) => allowed.includes(y));
  }
  return next;
}

/** "2026-11-15" from the three boxes; '' when all are empty; as typed (for the schema to refuse) when not digits. */
export function joinDate(parts: DateParts): string {
  const y = parts.y.trim();
  const m = parts.m.trim();
  const d = parts.d.trim();
  if (!y && !m && !d) return '';
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return `${y}-${m}-${d}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function splitDate(date: string): DateParts {
  const [y = '', m = '', d = ''] = date.split('-');
  return { y, m: String(Number(m)), d: String(Number(d)) };
}

function whole(value: string): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^\d+$/.test(v) ? Number(v) : v;
}

/**
 * The case shared/waiting reads (waitingSchema), built from the draft. Nothing is judged here: the schema and the
 * rules judge, so the page, the function and the CLI give the same messages.
 */
export function draftToCase(draft: WaitingDraft, region: string): Record<string, unknown> {
  const paymentDate = joinDate(draft.paid);
  if (draft.scheme === 'employee') {
    const employee: Record<string, unknown> = { kind: draft.employeeKind || undefined };
    if (draft.employeeKind === 'switch') employee.continuousYears = whole(draft.continuousYears);
    if (draft.employeeKind === 'transfer' || draft.employeeKind === 'switch') employee.gapMonths = whole(draft.gapMonths);
    if (draft.employeeKind === 'arrears') employee.arrearsMonths = whole(draft.arrearsMonths);
    return { region, scheme: 'employee', paymentDate, employee };
  }
  const c: Record<string, unknown> = {
    region,
    scheme: draft.scheme || undefined,
    paymentDate,
    coverageYear: draft.coverageYear,
    insuredYears: [...draft.insuredYears].sort((a, b) => a - b),
  };
  if (draft.repairYears > 0) c.repairYears = draft.repairYears;
  if (draft.newborn) c.birthDate = joinDate(draft.birth);
  if (draft.specialGroup) c.specialGroup = draft.specialGroup;
  return c;
}

/** The 大病保险 cap case (seriousIllnessCapSchema) for the same resident and year; the 救助身份 come from the profile. */
export function draftToCapCase(draft: WaitingDraft, categories: readonly string[]): Record<string, unknown> {
  const last = draft.coverageYear - 1;
  const c: Record<string, unknown> = {
    coverageYear: draft.coverageYear,
    insuredYears: [...draft.insuredYears].sort((a, b) => a - b),
    zeroClaimYears: draft.zeroClaimLastYear && draft.insuredYears.includes(last) ? [last] : [],
    categories: [...categories],
  };
  if (draft.newborn) c.birthDate = joinDate(draft.birth);
  return c;
}
