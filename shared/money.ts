import Decimal from 'decimal.js';
import type { Amount } from './amount';

/**
 * Money is decimal.js, never a JavaScript number. Amounts travel as strings with two decimals;
 * each payer's amount is rounded to the fen (ROUND_HALF_UP) once, where that payer pays.
 */
// 24 significant digits: amounts up to 1 亿 with fen, times ratios of a few decimals, stay exact.
export const Money = Decimal.clone({ precision: 24, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO = new Money(0);
export const ONE = new Money(1);

export function money(value: Decimal.Value): Decimal {
  return new Money(value);
}

/** Round to the fen, half up: the one place a payer's amount is rounded. */
export function toFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * The estimate engine's integer amounts (./amount.ts) also reach these formatters (a region's code may use either
 * module): they format themselves, identically.
 */
function isAmount(value: unknown): value is Amount {
  return typeof value === 'object' && value !== null && !(value instanceof Decimal) && 'u' in value;
}

/** "1234.50": the wire format of every amount. */
export function fen(value: Decimal | Amount): string {
  if (isAmount(value)) return value.isZero() ? '0.00' : value.toFixed(2);
  // toFixed rounds with the constructor's mode: ROUND_HALF_UP for Money, as for toFen.
  return value.isZero() ? '0.00' : value.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** "1,234.50 元": for formulas and the UI. */
export function yuan(value: Decimal.Value | Amount): string {
  return `${grouped(value)} 元`;
}

/** "1,234.50": the amount with thousands separators and two decimals, as a form's 小写 blank takes it. */
export function grouped(value: Decimal.Value | Amount): string {
  if (isAmount(value)) value = value.toDecimal();
  const text = (value instanceof Decimal ? value : new Money(value)).toFixed(2, Decimal.ROUND_HALF_UP);
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const point = digits.length - 3;
  let out = '';
  for (let i = 0; i < point; i++) {
    if (i > 0 && (point - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return `${negative ? '-' : ''}${out}${digits.slice(point)}`;
}

const parsed = new Map<string, Decimal>();

/** A parameter's figure as a Decimal, parsed once: parameters are read on every estimate. */
export function figure(text: string): Decimal {
  let d = parsed.get(text);
  if (d === undefined) {
    d = new Money(text);
    parsed.set(text, d);
  }
  return d;
}

/** "90%" or "82.5%": a ratio written as the documents write it. */
export function percent(ratio: Decimal.Value | Amount): string {
  if (isAmount(ratio)) ratio = ratio.toDecimal();
  return `${(ratio instanceof Decimal ? ratio : figure(String(ratio))).times(100).toDecimalPlaces(2).toString()}%`;
}

export function max0(value: Decimal): Decimal;
export function max0(value: Amount): Amount | Decimal;
export function max0(value: Decimal | Amount): Decimal | Amount {
  return value.isNegative() ? ZERO : value;
}

export function minOf(...values: Decimal[]): Decimal {
  return values.reduce((a, b) => (b.lessThan(a) ? b : a));
}
