import Decimal from 'decimal.js';
import { fen, max0 } from '../money';
import type { Source } from '../source';

/**
 * How far the year has gone against one cap or deductible, after a visit (issue 14: "how far the year has gone
 * against each cap and deductible"). `used` is the year's running figure the rules count against it: for a cap, what
 * that payer has paid this year; for a deductible, the self-pay accumulated against it — which may pass the
 * deductible (remaining is then "0.00"). Amounts are "0.00" strings, as in every result.
 */
export interface Meter {
  id: string;
  /** Plain Chinese: "统筹基金年度限额", "大病保险起付线"… */
  label: string;
  kind: 'deductible' | 'cap';
  used: string;
  limit: string;
  remaining: string;
  /** The citation of the figure in `limit`: the same dated parameter value the estimate read. */
  source: Source;
  /** How the figure was reached when it is not the document's plain figure, or what would change it. */
  note?: string;
}

/** A meter from the running figure and the limit: remaining = limit − used, never below zero. */
export function meter(m: { id: string; label: string; kind: Meter['kind']; used: Decimal; limit: Decimal; source: Source; note?: string }): Meter {
  return {
    id: m.id,
    label: m.label,
    kind: m.kind,
    used: fen(m.used),
    limit: fen(m.limit),
    remaining: fen(max0(m.limit.minus(m.used))),
    source: m.source,
    ...(m.note ? { note: m.note } : {}),
  };
}

/** Several notes of one figure (its reading, its stale year) as one sentence list, or undefined when none. */
export function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const given = notes.filter((n): n is string => !!n);
  return given.length > 0 ? given.map((n) => (/[。；]$/.test(n) ? n : `${n}。`)).join('') : undefined;
}
