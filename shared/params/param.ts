import { z } from 'zod';
import { DOCUMENTS, Source } from '../source';
import { isIsoDate } from '../dates';
import { notCovered } from '../errors';

/**
 * A policy figure as data: a label, a unit, the citation it comes from, and values keyed by the date they take
 * effect. A value holds until a later date replaces it. `documentedUntil` (per value) is the last day the
 * document vouches for it ("2025 年度为 14448 元"): past that day the value is still used, and the result says so.
 */
export type Unit = 'CNY' | 'ratio' | 'months' | 'years' | 'days' | 'table' | 'text';

export interface ParamDef<T> {
  label: string;
  unit: Unit;
  source: Source;
  values: Record<string, T>;
  documentedUntil?: Record<string, string>;
  /** Why a value was read the way it was (a flawed cell, a derived figure). */
  note?: string;
}

export interface Param<T> extends ParamDef<T> {
  /** Effective dates, ascending. */
  readonly dates: readonly string[];
}

export interface ParamValue<T> {
  value: T;
  from: string;
  source: Source;
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

/** The schema every parameter file passes: unknown keys and a value without a citation are rejected. */
export const paramSchema = z
  .object({
    label: z.string().min(1),
    unit: z.enum(['CNY', 'ratio', 'months', 'years', 'days', 'table', 'text']),
    source: sourceSchema,
    values: z.record(dateKey, z.unknown()).refine((v) => Object.keys(v).length > 0, '至少需要一个取值'),
    documentedUntil: z.record(dateKey, dateKey).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const key of Object.keys(p.documentedUntil ?? {})) {
      if (!(key in p.values)) ctx.addIssue({ code: 'custom', message: `documentedUntil 的 ${key} 没有对应取值` });
    }
  });

/**
 * Set to false by the cloud-function build (esbuild `define`): the same files have already passed this check in
 * the tests and in every other build, and skipping it saves ~6 ms of each cold start. Undefined everywhere else.
 */
declare const YIBAO_PARAM_CHECKS: boolean | undefined;

export function param<T>(label: string, unit: Unit, def: Omit<ParamDef<T>, 'label' | 'unit'>): Param<T> {
  const full = { label, unit, ...def };
  if (typeof YIBAO_PARAM_CHECKS === 'undefined' || YIBAO_PARAM_CHECKS) paramSchema.parse(full);
  return { ...full, dates: Object.keys(def.values).sort() };
}

/** The value in force on `date`; a date before the first value is "暂未收录", never guessed. */
export function valueAt<T>(p: Param<T>, date: string): ParamValue<T> {
  let from: string | undefined;
  for (const d of p.dates) {
    if (d <= date) from = d;
    else break;
  }
  if (from === undefined) {
    throw notCovered(`${date} 早于本地区已收录的最早标准（${p.label}自 ${p.dates[0]} 起），暂未收录`, 'date');
  }
  const until = p.documentedUntil?.[from];
  const staleNote =
    until !== undefined && date > until
      ? `${p.label}按 ${until.slice(0, 4)} 年度标准计算，${date.slice(0, 4)} 年标准未公布`
      : undefined;
  return { value: p.values[from], from, source: p.source, staleNote };
}
