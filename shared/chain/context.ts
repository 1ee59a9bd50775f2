import Decimal from 'decimal.js';
import { Money, ZERO, fen, toFen } from '../money';
import { Trace, Payer } from '../explain';
import { Source } from '../source';
import { EstimateCase, YEAR_TO_DATE_KEYS, YearToDateInput } from '../schemas/estimate';
import { PAYMENT_KEYS, Payments } from '../result';

type PaymentPayer = keyof Payments;

/**
 * The state of one estimate as it moves down the payer chain: what each payer has paid for this visit, what is
 * still left to the patient within scope, and the year-to-date figures before and after the visit.
 */
export class ChainContext {
  readonly trace = new Trace();
  readonly inScope: Decimal;
  readonly paid: Record<PaymentPayer, Decimal>;
  readonly ytd: Record<keyof YearToDateInput, Decimal>;
  readonly ytdAfter: Partial<Record<keyof YearToDateInput, Decimal>> = {};

  constructor(readonly c: EstimateCase) {
    this.inScope = new Money(c.visit.inScopeCost);
    this.left = this.inScope;
    const paid = {} as Record<PaymentPayer, Decimal>;
    for (const k of PAYMENT_KEYS) paid[k] = ZERO;
    this.paid = paid;
    // Most cases give no or few year-to-date figures: the rest share the immutable ZERO instead of allocating.
    const ytd = {} as Record<keyof YearToDateInput, Decimal>;
    for (const k of YEAR_TO_DATE_KEYS) {
      const given = c.yearToDate[k];
      ytd[k] = given ? new Money(given) : ZERO;
    }
    this.ytd = ytd;
  }

  get date(): string {
    return this.c.date;
  }

  private left: Decimal;

  /** In-scope cost not yet paid by any payer: the base of the next payer in the chain. */
  remaining(): Decimal {
    return this.left;
  }

  /** Records a payer's amount, rounded to the fen here and only here, with its explanation. */
  pay(payer: PaymentPayer & Payer, exact: Decimal, formula: string, source: Source, payerName?: string): Decimal {
    const amount = toFen(exact);
    this.paid[payer] = this.paid[payer].plus(amount);
    this.left = this.left.minus(amount);
    this.trace.step(payer, amount, formula, source, payerName);
    return amount;
  }

  /**
   * An in-scope amount the patient pays before any payer starts (高值药品 "个人先行自付 10%"): it leaves the
   * base of the chain and is explained as the patient's.
   */
  prepay(exact: Decimal, formula: string, source: Source): Decimal {
    const amount = toFen(exact);
    this.left = this.left.minus(amount);
    this.trace.step('patient', amount, formula, source, '个人先行自付');
    return amount;
  }

  /** Fixed allowances paid to the person outside the bill (产前检查费). */
  readonly allowances: { name: string; amount: string; formula: string; source: Source }[] = [];

  /** Moves a year-to-date running figure forward by this visit's amount. */
  accumulate(key: keyof YearToDateInput, amount: Decimal): void {
    this.ytdAfter[key] = (this.ytdAfter[key] ?? this.ytd[key]).plus(amount);
  }

  yearToDateAfter(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of YEAR_TO_DATE_KEYS) {
      const v = this.ytdAfter[k] ?? this.ytd[k];
      out[k] = v === ZERO ? '0.00' : fen(v);
    }
    return out;
  }
}
