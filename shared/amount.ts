import Decimal from 'decimal.js';
import { Money, fen as decimalFen, grouped as decimalGrouped, percent as decimalPercent } from './money';

/**
 * The estimate engine's amounts (issue 17): a value is an integer count of 10^-s yuan while that is exact in a
 * JavaScript number (|u| ≤ 2^53 − 1), and a decimal.js Money the moment it would not be (a product too large, a
 * division that does not end). Every operation checks before it computes, so the integer form is never rounded;
 * what it cannot hold exactly is computed by decimal.js, the same as the oracle. Amounts up to 10 亿元 in fen (11
 * digits) times ratios of up to four decimals stay in integers, which is every bill the schema accepts.
 *
 * `withDecimalOracle` runs a computation with every amount in decimal.js and every text by money.ts's decimal
 * formatters — the engine as it was before this file — so a property test can compare the two byte for byte.
 */

const SAFE = Number.MAX_SAFE_INTEGER;
/** Powers of ten that are exact doubles (10^22 is the last). */
const P10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) P10.push(p);

let oracle = false;

/** Runs `f` with the engine on decimal.js alone: the reference the integer path is tested against. */
export function withDecimalOracle<T>(f: () => T): T {
  const was = oracle;
  oracle = true;
  try {
    return f();
  } finally {
    oracle = was;
  }
}

/** True inside `withDecimalOracle`: the engine then also validates with zod alone, as it did before. */
export function decimalOracle(): boolean {
  return oracle;
}

export type AmountValue = Amount | Decimal | string | number;

export class Amount {
  /** Integer form: the value is u / 10^s and d is null. Decimal form: d holds the value (u and s are 0). */
  constructor(
    readonly u: number,
    readonly s: number,
    readonly d: Decimal | null,
  ) {}

  plus(v: AmountValue): Amount {
    return add(this, of(v), false);
  }

  minus(v: AmountValue): Amount {
    return add(this, of(v), true);
  }

  times(v: AmountValue): Amount {
    const b = of(v);
    if (!oracle && this.d === null && b.d === null) {
      const r = this.u * b.u;
      if (r <= SAFE && r >= -SAFE && this.s + b.s <= 22) return new Amount(r, this.s + b.s, null);
      const x = shrink(this);
      const y = shrink(b);
      const r2 = x.u * y.u;
      if (r2 <= SAFE && r2 >= -SAFE && x.s + y.s <= 22) return new Amount(r2, x.s + y.s, null);
    }
    return dec(decimalOf(this).times(decimalOf(b)));
  }

  /** Exact when the divisor is a power of ten (万元 in the band texts); otherwise decimal.js's quotient. */
  dividedBy(v: AmountValue): Amount {
    const b = of(v);
    if (!oracle && this.d === null && b.d === null && b.u > 0) {
      const k = P10.indexOf(b.u);
      const s = this.s + k - b.s;
      if (k >= 0 && s >= 0 && s <= 22) return new Amount(this.u, s, null);
    }
    return dec(decimalOf(this).dividedBy(decimalOf(b)));
  }

  modulo(v: AmountValue): Amount {
    const b = of(v);
    if (!oracle && this.d === null && b.d === null && this.u >= 0 && b.u > 0) {
      const [x, y] = aligned(this, b);
      if (x !== null && y !== null) return new Amount(x % y, Math.max(this.s, b.s), null);
    }
    return dec(decimalOf(this).modulo(decimalOf(b)));
  }

  greaterThan(v: AmountValue): boolean {
    return compare(this, of(v)) > 0;
  }

  greaterThanOrEqualTo(v: AmountValue): boolean {
    return compare(this, of(v)) >= 0;
  }

  lessThan(v: AmountValue): boolean {
    return compare(this, of(v)) < 0;
  }

  lessThanOrEqualTo(v: AmountValue): boolean {
    return compare(this, of(v)) <= 0;
  }

  isZero(): boolean {
    return this.d === null ? this.u === 0 : this.d.isZero();
  }

  /** As decimal.js: −0 is negative (0 × −5), which the integer form keeps as the double −0. */
  isNegative(): boolean {
    return this.d === null ? this.u < 0 || (this.u === 0 && 1 / this.u < 0) : this.d.isNegative();
  }

  /** Half up at `dp` decimals (decimal.js ROUND_HALF_UP: half away from zero), the constructor's rounding. */
  toDecimalPlaces(dp: number, rounding?: Decimal.Rounding): Amount {
    if (oracle || this.d !== null || (rounding !== undefined && rounding !== Decimal.ROUND_HALF_UP)) {
      return dec(decimalOf(this).toDecimalPlaces(dp, rounding ?? Decimal.ROUND_HALF_UP));
    }
    return roundHalfUp(this, dp);
  }

  toFixed(dp: number): string {
    if (oracle || this.d !== null || this.u < 0 || (this.u === 0 && 1 / this.u < 0) || dp > 22) {
      return decimalOf(this).toFixed(dp, Decimal.ROUND_HALF_UP);
    }
    const r = roundHalfUp(this, dp);
    const q = r.u * P10[dp - r.s];
    if (q > SAFE) return decimalOf(this).toFixed(dp, Decimal.ROUND_HALF_UP);
    if (dp === 2) return fenText(q, false);
    if (dp === 0) return String(q);
    const digits = String(q).padStart(dp + 1, '0');
    return `${digits.slice(0, digits.length - dp)}.${digits.slice(digits.length - dp)}`;
  }

  /** decimal.js's text: no trailing zeros, plain notation from 1e-7 up (smaller is exponential there, so is here). */
  toString(): string {
    if (oracle || this.d !== null || this.u < 0) return decimalOf(this).toString();
    if (this.u === 0) return '0';
    let { u, s } = this;
    while (s > 0 && u % 10 === 0) {
      u /= 10;
      s--;
    }
    if (s === 0) return String(u);
    if (s > 6 && u < P10[s - 6]) return decimalOf(this).toString(); // below 1e-6 decimal.js writes an exponent
    const digits = String(u).padStart(s + 1, '0');
    return `${digits.slice(0, digits.length - s)}.${digits.slice(digits.length - s)}`;
  }

  /** The same value as a decimal.js Money (exact). */
  toDecimal(): Decimal {
    return decimalOf(this);
  }

  static max(a: Amount, b: Amount): Amount {
    return b.greaterThan(a) ? b : a;
  }
}

function dec(d: Decimal): Amount {
  return new Amount(0, 0, d);
}

function decimalOf(a: Amount): Decimal {
  if (a.d !== null) return a.d;
  if (a.u === 0) return new Money(a.u); // keeps −0
  return new Money(a.s === 0 ? String(a.u) : `${a.u}e-${a.s}`);
}

/** The same value with trailing zeros dropped from the integer: what lets a product fit again. */
function shrink(a: Amount): Amount {
  let { u, s } = a;
  if (u === 0) return a;
  while (s > 0 && u % 10 === 0) {
    u /= 10;
    s--;
  }
  return u === a.u ? a : new Amount(u, s, null);
}

/** Both integers at the larger scale, or nulls when that would not be exact. */
function aligned(a: Amount, b: Amount): [number | null, number | null] {
  if (a.s === b.s) return [a.u, b.u];
  if (a.s > b.s) {
    const y = b.u * P10[a.s - b.s];
    return [a.u, y <= SAFE && y >= -SAFE ? y : null];
  }
  const x = a.u * P10[b.s - a.s];
  return [x <= SAFE && x >= -SAFE ? x : null, b.u];
}

function add(a: Amount, b: Amount, subtract: boolean): Amount {
  if (!oracle && a.d === null && b.d === null) {
    const [x, y] = aligned(a, b);
    if (x !== null && y !== null) {
      const r = subtract ? x - y : x + y;
      if (r <= SAFE && r >= -SAFE) return new Amount(r, Math.max(a.s, b.s), null);
    }
  }
  const da = decimalOf(a);
  return dec(subtract ? da.minus(decimalOf(b)) : da.plus(decimalOf(b)));
}

function compare(a: Amount, b: Amount): number {
  if (!oracle && a.d === null && b.d === null) {
    if (a.s === b.s) return a.u === b.u ? 0 : a.u > b.u ? 1 : -1;
    const [x, y] = aligned(shrink(a), shrink(b));
    if (x !== null && y !== null) return x === y ? 0 : x > y ? 1 : -1;
  }
  return decimalOf(a).comparedTo(decimalOf(b));
}

/** A whole number of fen (0 ≤ q ≤ 2^53 − 1) as "1234.50", or with thousands separators "1,234.50". */
function fenText(q: number, separators: boolean): string {
  const c = q % 100;
  let y = (q - c) / 100;
  const cents = c < 10 ? `.0${c}` : `.${c}`;
  if (!separators || y < 1000) return `${y}${cents}`;
  let out = cents;
  while (y >= 1000) {
    const g = y % 1000;
    out = `,${g < 10 ? '00' : g < 100 ? '0' : ''}${g}${out}`;
    y = (y - g) / 1000;
  }
  return `${y}${out}`;
}

function roundHalfUp(a: Amount, dp: number): Amount {
  if (a.s <= dp) return a;
  const p = P10[a.s - dp];
  const negative = a.u < 0;
  const m = negative ? -a.u : a.u;
  const r = m % p;
  let q = (m - r) / p;
  if (r * 2 >= p) q++;
  return new Amount(negative ? -q : q, dp, null);
}

/** A number, string (a parameter's figure) or decimal.js value as an Amount. */
function of(v: AmountValue): Amount {
  if (v instanceof Amount) return v;
  if (typeof v === 'string') return figure(v);
  if (typeof v === 'number') return !oracle && Number.isSafeInteger(v) ? new Amount(v, 0, null) : dec(new Money(v));
  return fromDecimal(v);
}

function fromDecimal(d: Decimal): Amount {
  if (oracle) return dec(d);
  const a = parseText(d.toFixed());
  return a.d === null ? a : dec(d);
}

/**
 * An amount text ("4500.00", a parameter's "0.905") as an Amount: digits with at most one point, up to 15 digits, in
 * integers; anything else (an exponent, more digits, "−0") as decimal.js reads it, throwing where it throws.
 */
function parseText(t: string): Amount {
  if (oracle) return dec(new Money(t));
  const n = t.length;
  let i = t.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let u = 0;
  let s = 0;
  let digits = 0;
  let point = false;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 46 && !point) {
      point = true;
      continue;
    }
    if (c < 48 || c > 57) return dec(new Money(t));
    u = u * 10 + (c - 48);
    digits++;
    if (point) s++;
  }
  if (digits === 0 || digits > 15 || (point && s === 0) || (negative && u === 0) || s > 22) return dec(new Money(t));
  return new Amount(negative ? -u : u, s, null);
}

/** Any amount value as an Amount: what the chain records when a caller hands it a decimal.js value. */
export function asAmount(v: AmountValue): Amount {
  return of(v);
}

/** A bill's amount (validated input): parsed each time, never cached. */
export function amountOf(text: string): Amount {
  return parseText(text);
}

const parsed = new Map<string, Amount>();

/** A parameter's figure as an Amount, parsed once: parameters are read on every estimate. */
export function figure(text: string): Amount {
  if (oracle) return dec(new Money(text));
  let a = parsed.get(text);
  if (a === undefined) {
    a = parseText(text);
    parsed.set(text, a);
  }
  return a;
}

export const ZERO = new Amount(0, 0, null);
export const ONE = new Amount(1, 0, null);

/** Round to the fen, half up: the one place a payer's amount is rounded. */
export function toFen(value: Amount): Amount {
  return value.toDecimalPlaces(2);
}

export function max0(value: Amount): Amount {
  return value.isNegative() ? ZERO : value;
}

export function minOf(a: Amount, b: Amount): Amount {
  return b.lessThan(a) ? b : a;
}

/** "1234.50": the wire format of every amount (money.ts `fen`, for Amounts and for decimal.js values alike). */
export function fen(value: Amount | Decimal): string {
  if (!(value instanceof Amount)) return decimalFen(value);
  if (value.isZero()) return '0.00';
  const q = wholeFen(value);
  return q >= 0 ? fenText(q, false) : value.toFixed(2);
}

/** A non-negative integer-form amount rounded half up to whole fen, without allocating; −1 when it is not one. */
function wholeFen(a: Amount): number {
  if (oracle || a.d !== null || a.u < 0 || (a.u === 0 && 1 / a.u < 0)) return -1;
  if (a.s <= 2) {
    const q = a.u * P10[2 - a.s];
    return q <= SAFE ? q : -1;
  }
  const p = P10[a.s - 2];
  const r = a.u % p;
  return (a.u - r) / p + (r * 2 >= p ? 1 : 0);
}

/** "1,234.50": thousands separators and two decimals, as money.ts `grouped`. */
export function grouped(value: AmountValue): string {
  const a = of(value);
  const q = wholeFen(a);
  return q >= 0 ? fenText(q, true) : decimalGrouped(decimalOf(a));
}

/** "1,234.50 元": for formulas and the UI. */
export function yuan(value: AmountValue): string {
  return `${grouped(value)} 元`;
}

/** "90%" or "82.5%": a ratio written as the documents write it (money.ts `percent`). */
export function percent(ratio: AmountValue): string {
  const a = of(ratio);
  if (oracle || a.d !== null) return decimalPercent(decimalOf(a));
  return `${a.times(100).toDecimalPlaces(2).toString()}%`;
}
