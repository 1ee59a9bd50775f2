import Decimal from 'decimal.js';

/**
 * Money is decimal.js, never a JavaScript number. Amounts travel as strings with two decimals;
 * each payer's amount is rounded to the fen (ROUND_HALF_UP) once, where that payer pays.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO = new Money(0);

export function money(value: Decimal.Value): Decimal {
  return new Money(value);
}

/** Round to the fen, half up: the one place a payer's amount is rounded. */
export function toFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** "1234.50": the wire format of every amount. */
export function fen(value: Decimal): string {
  return toFen(value).toFixed(2);
}

/** "1,234.50 元": for formulas and the UI. */
export function yuan(value: Decimal.Value): string {
  const d = toFen(new Money(value));
  const [int, dec] = d.abs().toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${d.isNegative() ? '-' : ''}${grouped}.${dec} 元`;
}

/** "90%" or "82.5%": a ratio written as the documents write it. */
export function percent(ratio: Decimal.Value): string {
  return `${new Money(ratio).times(100).toDecimalPlaces(2).toString()}%`;
}

export function max0(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value;
}

export function minOf(...values: Decimal[]): Decimal {
  return values.reduce((a, b) => (b.lessThan(a) ? b : a));
}
