import { z } from 'zod';
import { amount, fieldLabel, typedText } from './common';
import { estimateCaseSchema } from './estimate';
import { parseDescribed, type FieldLabels } from './describe';
import { requestId } from './request-id';
import { PAYMENT_KEYS, type Payments } from '../result';
import { yearOf } from '../dates';
import { money } from '../money';
import { manifestById } from '../regions/vocabulary';
import { ownValue } from '../own';
import type { YearCase, YearEntry, YearRecord, Settlement } from '../year/types';

/**
 * The year record (issue 14 "Her whole year") as the device keeps it and the store's `family` function takes it:
 * `yearGet` {person, year} and `yearSync` {person, year, entries, requestId?}. Every stored case is a valid estimate
 * request (the estimate schema's own checks), so the chain can always re-run it.
 */

/** Live entries in one record: a person's stays and visits of one year. */
export const MAX_YEAR_ENTRIES = 60;
/** Tombstones kept per record (merge drops the oldest beyond this). */
export const MAX_YEAR_TOMBSTONES = 60;
/**
 * Bytes of one entry's JSON (UTF-8). With the limits above, a whole sync — 60 such entries, 60 tombstones (at most
 * 166 bytes each) and the request's own fields — stays under the gateway's 64 KB small-body limit
 * (server/gateway/limits.ts): 64,188 bytes, measured in test/year/schema.test.ts. A real entry is well below it:
 * 622 bytes with a 30-character Chinese label, a 结算单 of three payers and two years of history.
 */
export const MAX_YEAR_ENTRY_BYTES = 900;

export const YEAR_MIN = 2020;
export const YEAR_MAX = 2100;

/** 'self' or a saved family member's id (32 hexadecimal characters, as family.list hands them out). */
export const yearPerson = z
  .string({ required_error: '必须填写', invalid_type_error: '须为 self（本人）或家庭成员编号' })
  .refine((v) => v === 'self' || /^[0-9a-f]{32}$/.test(v), '须为 self（本人）或家庭成员编号');

export const yearNumber = z
  .number({ required_error: '必须填写', invalid_type_error: '年度须为数字，例如 2026' })
  .int('年度须为整数，例如 2026')
  .min(YEAR_MIN, `年度不早于 ${YEAR_MIN} 年`)
  .max(YEAR_MAX, `年度不晚于 ${YEAR_MAX} 年`);

export const yearEntryId = z
  .string({ required_error: '必须填写', invalid_type_error: '记录编号须写成文字' })
  .regex(/^[A-Za-z0-9_-]{8,40}$/, '记录编号须为 8–40 位字母、数字、- 或 _');

const ISO_TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A moment as `Date.prototype.toISOString` writes it (UTC, milliseconds): one spelling per moment, so two timestamps
 * compare as strings (shared/year/merge.ts relies on it).
 */
export const isoTimestamp = z
  .string({ required_error: '必须填写', invalid_type_error: '时间须写成文字' })
  .refine((s) => ISO_TIMESTAMP_RE.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s, {
    message: '时间须为 ISO 格式（UTC），例如 2026-03-01T08:00:00.000Z',
  });

/**
 * The estimate request of one visit, without yearToDate (the chain supplies it): checked by estimateCaseSchema
 * itself, issues kept with their paths, and kept as given (no defaults filled in, so a stored entry round-trips).
 */
export const yearCaseSchema = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v === undefined) {
      ctx.addIssue({ code: 'custom', message: '必须填写' });
      return;
    }
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, 'yearToDate')) {
      ctx.addIssue({ code: 'custom', path: ['yearToDate'], message: '年度记录里的就医不填本年度累计，由记录自动算出' });
      return;
    }
    const r = estimateCaseSchema.safeParse(v);
    if (!r.success) {
      for (const issue of r.error.issues) ctx.addIssue(issue as z.IssueData);
      return;
    }
    // A region without an estimate program could never be run by the chain.
    if (!manifestById(r.data.region)?.programs.includes('estimate')) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: `参保地“${r.data.region}”暂未收录费用估算` });
    }
  })
  .transform((v) => v as YearCase);

const paymentsShape = {} as Record<keyof Payments, typeof amount>;
for (const k of PAYMENT_KEYS) paymentsShape[k] = amount;

/** 结算单 figures: the bill's totals when given, and what each payer it names paid (only the estimate's payers). */
export const settlementSchema = z
  .object({
    totalCost: amount.optional(),
    inScopeCost: amount.optional(),
    payments: z.object(paymentsShape).partial().strict(),
  })
  .strict();

/** A 结算单 on its own (estimateSettled), under `settled` so its fields are named as an entry's. */
export const settledInput = z.object({ settled: settlementSchema }).strict();

/** UTF-8 bytes of a string, without Buffer or TextEncoder (the schema runs in the mini-program too). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export const yearEntrySchema = z
  .object({
    id: yearEntryId,
    case: yearCaseSchema.optional(),
    settled: settlementSchema.optional(),
    label: typedText({ max: 30 }).optional(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    deletedAt: isoTimestamp.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.deletedAt !== undefined) {
      // A tombstone keeps only what stops a device from bringing the entry back.
      for (const k of ['case', 'settled', 'label'] as const) {
        if (e[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: '已删除的记录不再保存内容' });
      }
    } else if (e.case === undefined) {
      ctx.addIssue({ code: 'custom', path: ['case'], message: '必须填写' });
    }
    if (typeof e.createdAt === 'string' && typeof e.updatedAt === 'string' && e.updatedAt < e.createdAt) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: '修改时间不能早于创建时间' });
    }
    if (e.settled && e.case) checkSettlement(e.settled, e.case, ctx);
    const bytes = utf8Bytes(JSON.stringify(e));
    if (bytes > MAX_YEAR_ENTRY_BYTES) {
      ctx.addIssue({ code: 'custom', message: `这条就医记录内容过多（${bytes} 字节，最多 ${MAX_YEAR_ENTRY_BYTES} 字节），无法保存` });
    }
  });

/** The 结算单's in-scope cost within its total, as the estimate requires of its own. */
function checkSettlement(s: Settlement, c: YearCase, ctx: z.RefinementCtx): void {
  const total = money(s.totalCost ?? c.visit.totalCost);
  const inScope = money(s.inScopeCost ?? c.visit.inScopeCost);
  if (inScope.greaterThan(total)) {
    ctx.addIssue({ code: 'custom', path: ['settled', 'inScopeCost'], message: '政策范围内费用不能大于医疗总费用' });
    return;
  }
  let paid = money(0);
  for (const k of PAYMENT_KEYS) {
    const v = s.payments[k];
    if (v !== undefined) paid = paid.plus(v);
  }
  if (paid.greaterThan(inScope)) {
    ctx.addIssue({ code: 'custom', path: ['settled', 'payments'], message: '各项支付合计不能大于政策范围内费用' });
  }
}

/** Entries of one record: ids unique, at most MAX_YEAR_ENTRIES live and MAX_YEAR_TOMBSTONES deleted, all in `year`. */
function checkEntries(year: unknown, entries: YearEntry[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  let live = 0;
  let dead = 0;
  entries.forEach((e, i) => {
    if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: '记录编号重复' });
    seen.add(e.id);
    if (e.deletedAt !== undefined) dead++;
    else live++;
    if (e.case && typeof year === 'number' && yearOf(e.case.date) !== year) {
      ctx.addIssue({ code: 'custom', path: ['entries', i, 'case', 'date'], message: `结算日期须在 ${year} 年度内` });
    }
  });
  if (live > MAX_YEAR_ENTRIES) {
    ctx.addIssue({ code: 'custom', path: ['entries'], message: `一年最多记 ${MAX_YEAR_ENTRIES} 次就医（现有 ${live} 次）` });
  }
  if (dead > MAX_YEAR_TOMBSTONES) {
    ctx.addIssue({ code: 'custom', path: ['entries'], message: `已删除的记录最多保留 ${MAX_YEAR_TOMBSTONES} 条（现有 ${dead} 条）` });
  }
}

/** Room for every entry; the counts are checked afterwards with their own message. */
const entriesList = z.array(yearEntrySchema).max(MAX_YEAR_ENTRIES + MAX_YEAR_TOMBSTONES, '记录条数过多');

export const yearRecordSchema = z
  .object({ person: yearPerson, year: yearNumber, entries: entriesList })
  .strict()
  .superRefine((r, ctx) => checkEntries(r.year, r.entries, ctx));

/** Entries without their record's person and year (`yibao year` takes them so): the same checks but the year's. */
export const yearEntriesSchema = z
  .object({ entries: entriesList })
  .strict()
  .superRefine((r, ctx) => checkEntries(undefined, r.entries, ctx));

export const yearGetRequest = z.object({ person: yearPerson, year: yearNumber }).strict();

export const yearSyncRequest = z
  .object({ person: yearPerson, year: yearNumber, entries: entriesList, requestId: requestId.optional() })
  .strict()
  .superRefine((r, ctx) => checkEntries(r.year, r.entries, ctx));

export type YearEntryInput = z.output<typeof yearEntrySchema>;
export type YearRecordInput = z.output<typeof yearRecordSchema>;
export type YearGetRequest = z.output<typeof yearGetRequest>;
export type YearSyncRequest = z.output<typeof yearSyncRequest>;

// The parsed shapes are the shared interface's (shared/year/types.ts): a compile error here if they drift apart.
const entryFits: (e: YearEntryInput) => YearEntry = (e) => e;
const recordFits: (r: YearRecordInput) => YearRecord = (r) => r;
void entryFits;
void recordFits;

const TOP_LABELS: Record<string, string> = {
  person: '参保人',
  year: '年度',
  entries: '就医记录',
  requestId: '请求编号',
};

const ENTRY_LABELS: Record<string, string> = {
  id: '记录编号',
  case: '就医信息',
  settled: '结算单',
  'settled.totalCost': '结算单医疗总费用',
  'settled.inScopeCost': '结算单政策范围内费用',
  'settled.payments': '结算单各项支付',
  label: '备注',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  deletedAt: '删除时间',
};

/** "第 2 条记录的医疗总费用": an entry's field named with the entry's place in the list. */
export const yearLabels: FieldLabels = (path) => {
  const key = path.join('.');
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const n = `第 ${path[1] + 1} 条记录`;
    const rest = entryLabel(path.slice(2).join('.'));
    return rest ? `${n}的${rest}` : n;
  }
  return ownValue(TOP_LABELS, key) ?? entryLabel(key);
};

/** A field of one entry ("case.visit.totalCost" → 医疗总费用); undefined for the entry itself. */
function entryLabel(key: string): string | undefined {
  if (key === '') return undefined;
  const own = ownValue(ENTRY_LABELS, key);
  if (own) return own;
  if (key.startsWith('settled.payments.')) return `结算单支付（${key.slice(17)}）`;
  if (key.startsWith('case.')) return fieldLabel(key.slice(5));
  return key;
}

/** Parses a year request or record, or throws INVALID_INPUT naming the field in Chinese. */
export function parseYear<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  return parseDescribed(schema, input, yearLabels);
}
