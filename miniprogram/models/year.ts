import { Money, ZERO, yuan } from '../../shared/money';
import { isIsoDate } from '../../shared/dates';
import { amount as amountSchema, cleanTypedText } from '../../shared/schemas/common';
import { FACILITY_NAMES, VISIT_TYPES, type FacilityLevel, type VisitType } from '../../shared/schemas/estimate';
import { PAYMENT_KEYS, type EstimateResult, type Payments } from '../../shared/result';
import { yearEntrySchema } from '../../shared/schemas/year';
import { chainOrder } from '../../shared/year/merge';
import type { RunVisit } from '../../shared/year/program';
import type { Settlement, YearCase, YearEntry, YearPerson, YearRecord } from '../../shared/year/types';

/**
 * The person's year on this phone (issue 14 "The year, kept for her"), as plain data: which record a case belongs to,
 * adding, changing and deleting an entry (a deletion stays as a tombstone, so another device does not bring it back),
 * the 记入本年 sheet as typed and its checks, and the words the pages show for a year. No Taro here: jest runs it.
 */

export type PayerKey = keyof Payments;

/** The record of one person in one coverage year lives under its own key: two people never share one. */
export const YEAR_KEY_PREFIX = 'year.record.v1';

export function recordKey(person: YearPerson, year: number): string {
  return `${YEAR_KEY_PREFIX}:${person}:${year}`;
}

export function emptyRecord(person: YearPerson, year: number): YearRecord {
  return { person, year, entries: [] };
}

/** The coverage year of a case (its 结算日期). */
export function yearOfCase(c: Pick<YearCase, 'date'>): number {
  return Number(c.date.slice(0, 4));
}

/** The estimate request as the record keeps it: everything but the year-to-date figures, which the chain supplies. */
export function caseOf(input: Record<string, unknown>): YearCase {
  const { yearToDate: _ytd, ...rest } = input;
  return JSON.parse(JSON.stringify(rest)) as YearCase;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** An entry id made on this device: the time and 12 random characters, so two phones never make the same one. */
export function newEntryId(now: number = Date.now(), random: () => number = Math.random): string {
  let tail = '';
  for (let i = 0; i < 12; i++) tail += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return `y-${now.toString(36)}-${tail}`;
}

export const isLive = (e: YearEntry): boolean => !e.deletedAt && Boolean(e.case);

export function liveEntries(entries: YearEntry[]): YearEntry[] {
  return entries.filter(isLive).sort(chainOrder);
}

/** "第 N 次": the entry's place among the live entries of its record; 0 when it is not there (deleted). */
export function ordinalOf(entries: YearEntry[], id: string): number {
  return liveEntries(entries).findIndex((e) => e.id === id) + 1;
}

/** What the sheet adds to a case: the label, and the 结算单 when she has it. */
export interface EntryDetails {
  label?: string;
  settled?: Settlement;
}

function withDetails(entry: YearEntry, details: EntryDetails): YearEntry {
  const next: YearEntry = { ...entry };
  delete next.label;
  delete next.settled;
  if (details.label) next.label = details.label;
  if (details.settled) next.settled = details.settled;
  return next;
}

/** A new entry at the end of the list (the list is put in chain order wherever it is read). */
export function addEntry(entries: YearEntry[], c: YearCase, details: EntryDetails, now: string, id: string): { entries: YearEntry[]; entry: YearEntry } {
  const entry = withDetails({ id, case: c, createdAt: now, updatedAt: now }, details);
  return { entries: [...entries, entry], entry };
}

/** The same entry with a new case and sheet: its id and createdAt stay, so the edit wins over the old copy everywhere. */
export function replaceEntry(entries: YearEntry[], id: string, c: YearCase, details: EntryDetails, now: string): { entries: YearEntry[]; entry: YearEntry } | null {
  const old = entries.find((e) => e.id === id && isLive(e));
  if (!old) return null;
  const entry = withDetails({ ...old, case: c, updatedAt: laterThan(old.updatedAt, now) }, details);
  return { entries: entries.map((e) => (e.id === id ? entry : e)), entry };
}

/** Deleting keeps a tombstone (id, times, deletedAt; no case), so a device that still has the entry does not bring it back. */
export function deleteEntry(entries: YearEntry[], id: string, now: string): YearEntry[] {
  return entries.map((e) => {
    if (e.id !== id || e.deletedAt) return e;
    const at = laterThan(e.updatedAt, now);
    return { id: e.id, createdAt: e.createdAt, updatedAt: at, deletedAt: at };
  });
}

/** A change must be later than the copy it replaces, even when the phone's clock is behind. */
function laterThan(previous: string, now: string): string {
  if (now > previous) return now;
  const t = Date.parse(previous);
  return Number.isFinite(t) ? new Date(t + 1).toISOString() : now;
}

// ——— the 记入本年 sheet ———

export interface DateParts {
  y: string;
  m: string;
  d: string;
}

/** The sheet as typed. Amounts stay strings, as the estimate form keeps them. */
export interface RecordForm {
  date: DateParts;
  label: string;
  hasSettlement: '' | 'yes' | 'no';
  totalCost: string;
  inScopeCost: string;
  payments: Partial<Record<PayerKey, string>>;
}

export type RecordErrors = Record<string, string>;

function partsOf(date: string): DateParts {
  const [y, m, d] = date.split('-');
  return { y: y ?? '', m: m ? String(Number(m)) : '', d: d ? String(Number(d)) : '' };
}

/** The payers the sheet asks about: those the result shows (paying something), and any the 结算单 already gave. */
export function sheetPayers(result: Pick<EstimateResult, 'payments'>, settled?: Settlement): PayerKey[] {
  return PAYMENT_KEYS.filter((k) => new Money(result.payments[k]).greaterThan(ZERO) || settled?.payments[k] !== undefined);
}

/** The sheet pre-filled: the case date (or the entry's), its label, and the 结算单 figures — the estimate's where not given. */
export function recordFormFor(result: EstimateResult, caseDate: string, entry?: YearEntry): RecordForm {
  const settled = entry?.settled;
  const payments: Partial<Record<PayerKey, string>> = {};
  for (const k of sheetPayers(result, settled)) payments[k] = settled?.payments[k] ?? result.payments[k];
  return {
    date: partsOf(entry?.case?.date ?? caseDate),
    label: entry?.label ?? '',
    hasSettlement: entry ? (settled ? 'yes' : 'no') : '',
    totalCost: settled?.totalCost ?? result.totalCost,
    inScopeCost: settled?.inScopeCost ?? result.inScopeCost,
    payments,
  };
}

const clean = (v: string) => v.replace(/\s+/g, '');

/** The three boxes as a date, or '' when they do not make a real one. */
export function dateOfParts(p: DateParts): string {
  const y = clean(p.y);
  const m = clean(p.m);
  const d = clean(p.d);
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return '';
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : '';
}

export const LABEL_MAX = 30;

/** One amount box: the estimate form's own rule and words (shared/schemas/common `amount`). */
function amountProblem(value: string, missing: string): string | undefined {
  const v = clean(value);
  if (v === '') return missing;
  const r = amountSchema.safeParse(v);
  return r.success ? undefined : r.error.issues[0].message;
}

export const PAYER_FIELD_NAMES: Record<PayerKey, string> = {
  basic: '基本医保统筹基金',
  civilServant: '公务员医疗补助',
  largeExpense: '职工大额医疗费用补助',
  seriousIllness: '大病保险',
  assistance: '医疗救助',
  tiltedAssistance: '倾斜救助',
  veteranSubsidy: '优抚医疗补助',
};

/**
 * Checks the sheet. Every box is judged; nothing is saved while any is wrong. The date must be in the case's year:
 * the record is per year, and the year of a bill is the year it was settled.
 */
export function checkRecordForm(
  form: RecordForm,
  caseDate: string,
): { ok: true; date: string; details: EntryDetails } | { ok: false; errors: RecordErrors } {
  const errors: RecordErrors = {};
  const date = dateOfParts(form.date);
  const year = caseDate.slice(0, 4);
  if (!date) errors.date = '请填写真实的结算日期（年、月、日）';
  else if (date.slice(0, 4) !== year) errors.date = `结算日期须在 ${year} 年内（这一年的记录）`;
  // The label is optional; typed, it follows the rules of every typed text (shared/schemas/common, as the store checks it).
  let label = '';
  if (form.label.trim() !== '') {
    const typed = cleanTypedText(form.label, { max: LABEL_MAX });
    if ('problem' in typed) errors.label = typed.problem;
    else label = typed.value;
  }
  if (!form.hasSettlement) errors.hasSettlement = '请选择有没有结算单';
  let settled: Settlement | undefined;
  if (form.hasSettlement === 'yes') {
    const total = amountProblem(form.totalCost, '请填写医疗总费用');
    const inScope = amountProblem(form.inScopeCost, '请填写政策范围内费用');
    if (total) errors.totalCost = total;
    if (inScope) errors.inScopeCost = inScope;
    const payments: Partial<Payments> = {};
    for (const [k, v] of Object.entries(form.payments) as [PayerKey, string][]) {
      const problem = amountProblem(v, `请填写${PAYER_FIELD_NAMES[k]}支付的金额（没有填 0）`);
      if (problem) errors[`payments.${k}`] = problem;
      else payments[k] = clean(v);
    }
    if (!total && !inScope && new Money(clean(form.inScopeCost)).greaterThan(clean(form.totalCost))) {
      errors.inScopeCost = '政策范围内费用不能大于医疗总费用';
    }
    if (!total && Object.keys(errors).every((f) => !f.startsWith('payments.'))) {
      const paid = Object.values(payments).reduce((s, v) => s.plus(v as string), ZERO);
      if (paid.greaterThan(clean(form.totalCost))) errors.payments = '各项报销合计不能大于医疗总费用';
    }
    settled = { totalCost: clean(form.totalCost), inScopeCost: clean(form.inScopeCost), payments };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, date, details: { ...(label ? { label } : {}), ...(settled ? { settled } : {}) } };
}

/**
 * The entry as the store will check it (shared/schemas/year yearEntrySchema): a case the rules cannot re-run, or an
 * entry too large, is refused here with the schema's words, before anything is saved.
 */
export function entryProblem(entry: YearEntry): string | undefined {
  const r = yearEntrySchema.safeParse(entry);
  return r.success ? undefined : r.error.issues[0].message;
}

// ——— the words of a year ———

/** The hospital level in the words she uses ("三级医院"). */
export const LEVEL_WORDS: Record<FacilityLevel, string> = {
  township: '乡镇卫生院',
  level1: '一级医院',
  level2: '二级医院',
  level3: '三级医院',
};

const VISIT_WORDS: Record<VisitType, string> = {
  inpatient: '住院',
  outpatient: '普通门诊',
  chronic: '门诊慢性病',
  special: '门诊特殊疾病',
  'two-diseases': '“两病”用药',
  'single-pay-drug': '单行支付药品',
  'high-value-drug': '高值药品',
  maternity: '生育',
};

export function visitWord(type: string): string {
  return (VISIT_TYPES as readonly string[]).includes(type) ? VISIT_WORDS[type as VisitType] : type;
}

/** "3月1日". */
export function shortDate(date: string): string {
  const [, m, d] = date.split('-');
  return `${Number(m)}月${Number(d)}日`;
}

/** One entry in a few words: "3月1日 三级医院 55,000.00 元". */
export function entryLine(c: YearCase): string {
  const level = c.visit.facilityLevel as FacilityLevel | undefined;
  const words = [shortDate(c.date)];
  if (level && LEVEL_WORDS[level]) words.push(LEVEL_WORDS[level]);
  words.push(yuan(c.visit.totalCost));
  return words.join(' ');
}

/**
 * The year-to-date step's sentence: "已计入今年 2 次住院：3月1日 三级医院 55,000.00 元；6月2日 二级医院 20,000.00 元".
 * A year of mixed kinds says 次看病 and names each kind.
 */
export function countedText(counted: RunVisit[]): string {
  const cases = counted.map((v) => v.entry.case).filter((c): c is YearCase => Boolean(c));
  if (cases.length === 0) return '';
  const types = Array.from(new Set(cases.map((c) => c.visit.type)));
  const one = types.length === 1;
  const lines = cases.map((c) => (one ? entryLine(c) : `${visitWord(c.visit.type)} ${entryLine(c)}`));
  return `已计入今年 ${cases.length} 次${one ? visitWord(types[0]) : '看病'}：${lines.join('；')}`;
}

/** The chain's person words: '本人' for self, else the family member's name and relation. */
export interface PersonOption {
  id: YearPerson;
  name: string;
}

export const SELF: PersonOption = { id: 'self', name: '本人' };

/** The saved family members as the switcher shows them (family.list), after 本人. */
export function personOptions(members: { id: string; name: string; relationLabel?: string }[]): PersonOption[] {
  return [SELF, ...members.map((m) => ({ id: m.id, name: m.relationLabel ? `${m.name}（${m.relationLabel}）` : m.name }))];
}

export function parseMembers(raw: unknown): { id: string; name: string; relationLabel?: string }[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((m) => {
    if (!m || typeof m !== 'object') return [];
    const r = m as Record<string, unknown>;
    if (typeof r.id !== 'string' || !r.id || r.id === 'self' || typeof r.name !== 'string') return [];
    return [{ id: r.id.slice(0, 64), name: r.name.slice(0, 30), ...(typeof r.relationLabel === 'string' ? { relationLabel: r.relationLabel.slice(0, 20) } : {}) }];
  });
}

/** One row of the year overview. */
export interface EntryRow {
  id: string;
  ordinal: number;
  date: string;
  title: string;
  level: string;
  label: string;
  totalCost: string;
  /** Each payer that paid, in the rules' order, with the amount the chain counts. */
  payers: { payer: PayerKey; name: string; amount: string }[];
  personalPay: string;
  basis: '估算' | '按结算单';
  /** The rules refused this visit (e.g. a region's table does not cover its date): it counts nothing. */
  error?: string;
}

export function entryRows(visits: RunVisit[]): EntryRow[] {
  return visits.flatMap((v, index) => {
    const c = v.entry.case;
    if (!c) return [];
    const level = c.visit.facilityLevel as FacilityLevel | undefined;
    const r = v.result;
    return [
      {
        id: v.entry.id,
        ordinal: index + 1,
        date: c.date,
        title: visitWord(c.visit.type),
        level: level && FACILITY_NAMES[level] ? LEVEL_WORDS[level] : '',
        label: v.entry.label ?? '',
        totalCost: r?.totalCost ?? v.entry.settled?.totalCost ?? c.visit.totalCost,
        payers: r ? PAYMENT_KEYS.filter((k) => new Money(r.payments[k]).greaterThan(ZERO)).map((k) => ({ payer: k, name: PAYER_FIELD_NAMES[k], amount: r.payments[k] })) : [],
        personalPay: r?.personalPay ?? '',
        basis: v.entry.settled ? '按结算单' : '估算',
        ...(v.error ? { error: v.error.message } : {}),
      },
    ];
  });
}

export interface YearTotals {
  count: number;
  totalCost: string;
  fundTotal: string;
  personalPay: string;
  payers: { payer: PayerKey; name: string; amount: string }[];
}

/** The year's sums over the visits the rules answered (a refused visit adds nothing: it says so on its row). */
export function yearTotals(visits: RunVisit[]): YearTotals {
  const answered = visits.map((v) => v.result).filter((r): r is EstimateResult => Boolean(r));
  const sum = (pick: (r: EstimateResult) => string) => answered.reduce((s, r) => s.plus(pick(r)), ZERO).toFixed(2);
  return {
    count: visits.length,
    totalCost: sum((r) => r.totalCost),
    fundTotal: sum((r) => r.fundTotal),
    personalPay: sum((r) => r.personalPay),
    payers: PAYMENT_KEYS.map((k) => ({ payer: k, name: PAYER_FIELD_NAMES[k], amount: sum((r) => r.payments[k]) })).filter((p) => p.amount !== '0.00'),
  };
}

/** A meter as a bar: the used share of the limit in whole percent (0–100), from the rules' amount strings. */
export function meterPercent(used: string, limit: string): number {
  const l = new Money(limit);
  if (!l.greaterThan(ZERO)) return 0;
  const p = new Money(used).div(l).times(100);
  return Math.min(100, Math.max(0, p.toDecimalPlaces(0, Money.ROUND_FLOOR).toNumber()));
}

/** The years the switcher offers: this year, the two before it, and any year already chosen. */
export function yearChoices(thisYear: number, chosen: number): number[] {
  return Array.from(new Set([thisYear, thisYear - 1, thisYear - 2, chosen])).sort((a, b) => b - a);
}
