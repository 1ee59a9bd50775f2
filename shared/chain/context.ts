import type Decimal from 'decimal.js';
import { Amount, ZERO, amountOf, asAmount, fen, toFen, yuan } from '../amount';
import { Trace, Payer, PAYER_NAMES } from '../explain';
import { Source } from '../source';
import { EstimateCase, YEAR_TO_DATE_KEYS, YearToDateInput } from '../schemas/estimate';
import { PAYMENT_KEYS, Payments } from '../result';

type PaymentPayer = keyof Payments;

/** Templates copied for each estimate: every payer at ZERO, every year-to-date figure at ZERO and as "0.00". */
const PAID_NONE = Object.fromEntries(PAYMENT_KEYS.map((k) => [k, ZERO])) as Record<PaymentPayer, Amount>;
const YTD_NONE = Object.fromEntries(YEAR_TO_DATE_KEYS.map((k) => [k, ZERO])) as Record<keyof YearToDateInput, Amount>;
const YTD_NONE_TEXT: Record<string, string> = Object.fromEntries(YEAR_TO_DATE_KEYS.map((k) => [k, '0.00']));

function has(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/**
 * The state of one estimate as it moves down the payer chain: what each payer has paid for this visit, what is
 * still left to the patient within scope, and the year-to-date figures before and after the visit.
 */
export class ChainContext {
  readonly trace = new Trace();
  readonly inScope: Amount;
  readonly paid: Record<PaymentPayer, Amount>;
  readonly ytd: Record<keyof YearToDateInput, Amount>;
  readonly ytdAfter: Partial<Record<keyof YearToDateInput, Amount>> = {};

  /**
   * `settled`: what the 结算单 says each payer paid (shared/year/types.ts Settlement). That payer's first pay() records
   * the settled amount instead of the estimate's, later ones nothing, so what the region's code accumulates and leaves
   * to the next payer follows the real figures. Absent for every plain estimate.
   */
  constructor(
    readonly c: EstimateCase,
    private readonly settled?: Partial<Payments>,
  ) {
    this.inScope = amountOf(c.visit.inScopeCost);
    this.left = this.inScope;
    this.paid = { ...PAID_NONE };
    // Most cases give no or few year-to-date figures: the rest share the immutable ZERO of the template.
    const ytd = { ...YTD_NONE };
    const given = c.yearToDate;
    for (const k in given) {
      const v = given[k as keyof YearToDateInput];
      if (v && has(YTD_NONE, k)) ytd[k as keyof YearToDateInput] = amountOf(v);
    }
    this.ytd = ytd;
  }

  get date(): string {
    return this.c.date;
  }

  private left: Amount;

  /** In-scope cost not yet paid by any payer: the base of the next payer in the chain. */
  remaining(): Amount {
    return this.left;
  }

  /** Records a payer's amount, rounded to the fen here and only here, with its explanation. */
  pay(payer: PaymentPayer & Payer, exact: Amount | Decimal, formula: string, source: Source, payerName?: string): Amount {
    if (this.settled) return this.paySettled(payer, exact, formula, source, payerName);
    const amount = toFen(asAmount(exact));
    this.paid[payer] = this.paid[payer].plus(amount);
    this.left = this.left.minus(amount);
    this.trace.step(payer, amount, formula, source, payerName);
    return amount;
  }

  private readonly settledTaken = new Set<PaymentPayer>();

  private paySettled(payer: PaymentPayer & Payer, exact: Amount | Decimal, formula: string, source: Source, payerName?: string): Amount {
    const given = this.settled?.[payer];
    if (given === undefined) {
      const amount = toFen(asAmount(exact));
      this.record(payer, amount);
      this.trace.step(payer, amount, formula, source, payerName);
      return amount;
    }
    const first = !this.settledTaken.has(payer);
    this.settledTaken.add(payer);
    const amount = first ? amountOf(given) : ZERO;
    this.record(payer, amount);
    const text = first ? `${formula}；结算单实付 ${yuan(amount)}，按结算单计` : `${formula}；已按结算单计入，本项不再另计`;
    this.trace.step(payer, amount, text, source, payerName);
    return amount;
  }

  private record(payer: PaymentPayer, amount: Amount): void {
    this.paid[payer] = this.paid[payer].plus(amount);
    this.left = this.left.minus(amount);
  }

  /**
   * After the chain: a payer the 结算单 names but the rules never reached (a payer the estimate did not apply) still
   * pays what the 结算单 says, so the result's payments are the 结算单's; the note says the rules did not count it.
   */
  settleRest(): void {
    if (!this.settled) return;
    for (const k of PAYMENT_KEYS) {
      const given = this.settled[k];
      if (given === undefined || this.settledTaken.has(k)) continue;
      this.settledTaken.add(k);
      const amount = amountOf(given);
      if (amount.isZero()) continue;
      this.record(k, amount);
      this.trace.note(`结算单显示${PAYER_NAMES[k]}支付 ${yuan(amount)}，本估算的规则未算这项支付，按结算单计入（本年度累计未含这笔）`);
    }
  }

  /**
   * An in-scope amount the patient pays before any payer starts (高值药品 "个人先行自付 10%"): it leaves the
   * base of the chain and is explained as the patient's.
   */
  prepay(exact: Amount, formula: string, source: Source): Amount {
    const amount = toFen(exact);
    this.left = this.left.minus(amount);
    this.trace.step('patient', amount, formula, source, '个人先行自付');
    return amount;
  }

  /** Fixed allowances paid to the person outside the bill (产前检查费). */
  readonly allowances: { name: string; amount: string; formula: string; source: Source }[] = [];

  /** Moves a year-to-date running figure forward by this visit's amount. */
  accumulate(key: keyof YearToDateInput, amount: Amount): void {
    this.ytdAfter[key] = (this.ytdAfter[key] ?? this.ytd[key]).plus(amount);
  }

  yearToDateAfter(): Record<string, string> {
    // The template keeps YEAR_TO_DATE_KEYS' order; only the figures given or moved are formatted.
    const out: Record<string, string> = { ...YTD_NONE_TEXT };
    for (const k in this.c.yearToDate) {
      if (!has(YTD_NONE, k)) continue;
      const v = this.ytdAfter[k as keyof YearToDateInput] ?? this.ytd[k as keyof YearToDateInput];
      out[k] = v === ZERO ? '0.00' : fen(v);
    }
    for (const k in this.ytdAfter) {
      const v = this.ytdAfter[k as keyof YearToDateInput] as Amount;
      out[k] = v === ZERO ? '0.00' : fen(v);
    }
    return out;
  }
}
