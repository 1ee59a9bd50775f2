import { z } from 'zod';
import { DOCUMENTS, Source } from '../source';
import { isIsoDate } from '../dates';
import { notCovered } from '../errors';

/**
 * A policy figure as data: a label, a unit, and values keyed by the date they take effect. A value holds until a
 * later date replaces it. Each dated value carries its own citation (like OpenFisca's and PolicyEngine's
 * references), so when next year's handbook adds a value, a bill dated this year still cites this year's document.
 * `documentedUntil` is the last day the document vouches for a value ("2025 年度为 14448 元"): past that day the
 * value is still used, and the result says so.
 */
export type Unit = 'CNY' | 'ratio' | 'months' | 'years' | 'days' | 'table' | 'text';

export interface DatedValue<T> {
  value: T;
  source: Source;
  documentedUntil?: string;
  /** Why the value was read the way it was (a flawed cell, a derived figure). */
  note?: string;
}

export interface Param<T> {
  label: string;
  unit: Unit;
  /** Effective date → the value from that day and its citation. */
  values: Record<string, DatedValue<T>>;
  /** Effective dates, ascending. */
  readonly dates: readonly string[];
}

export interface ParamValue<T> {
  value: T;
  from: string;
  source: Source;
  note?: string;
  /** Set when the date is past the last day the document vouches for this value. */
  staleNote?: string;
}

const sourceSchema = z
  .object({
    doc: z.enum(Object.keys(DOCUMENTS) as [keyof typeof DOCUMENTS, ...(keyof typeof DOCUMENTS)[]]),
    section: z.string().min(2),
  })
  .strict();

const dateKey = z.string().refine(isIsoDate, '日期必须是 YYYY-MM-DD');

const datedValueSchema = z
  .object({
    value: z.unknown().refine((v) => v !== undefined, '缺少取值'),
    source: sourceSchema,
    documentedUntil: dateKey.optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

/** The schema every parameter file passes: unknown keys and a value without its own citation are rejected. */
export const paramSchema = z
  .object({
    label: z.string().min(1),
    unit: z.enum(['CNY', 'ratio', 'months', 'years', 'days', 'table', 'text']),
    values: z.record(dateKey, datedValueSchema).refine((v) => Object.keys(v).length > 0, '至少需要一个取值'),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const [from, v] of Object.entries(p.values)) {
      if (v.documentedUntil !== undefined && v.documentedUntil < from) {
        ctx.addIssue({ code: 'custom', message: `${from} 的 documentedUntil 早于生效日期` });
      }
    }
  });

/**
 * Set to false by the cloud-function build (esbuild `define`): the same files have already passed this check in
 * the tests and in every other build, and skipping it saves ~6 ms of each cold start. Undefined everywhere else.
 */
declare const YIBAO_PARAM_CHECKS: boolean | undefined;

export function param<T>(label: string, unit: Unit, values: Record<string, DatedValue<T>>): Param<T> {
  if (typeof YIBAO_PARAM_CHECKS === 'undefined' || YIBAO_PARAM_CHECKS) paramSchema.parse({ label, unit, values });
  return { label, unit, values, dates: Object.keys(values).sort() };
}

/** The value in force on `date`, with the citation of that value; a date before the first is "暂未收录", never guessed. */
export function valueAt<T>(p: Param<T>, date: string): ParamValue<T> {
  let from: string | undefined;
  for (const d of p.dates) {
    if (d <= date) from = d;
    else break;
  }
  if (from === undefined) {
    throw notCovered(`${date} 早于本地区已收录的最早标准（${p.label}自 ${p.dates[0]} 起），暂未收录`, 'date');
  }
  const { value, source, documentedUntil: until, note } = p.values[from];
  const staleNote =
    until !== undefined && date > until
      ? `${p.label}按 ${until.slice(0, 4)} 年度标准计算，${date.slice(0, 4)} 年标准未公布`
      : undefined;
  return { value, from, source, ...(note ? { note } : {}), staleNote };
}

/** The earliest dated value: for figures read without a bill date (a fixed label, a window's length in a help text). */
export function firstValue<T>(p: Param<T>): ParamValue<T> {
  return valueAt(p, p.dates[0]);
}

/** The citation of the value in force on `date`. */
export function sourceAt<T>(p: Param<T>, date: string): Source {
  return valueAt(p, date).source;
}
