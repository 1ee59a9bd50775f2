import Decimal from 'decimal.js';
import { Money, ZERO, fen, toFen, yuan } from '../money';
import { Trace, Payer, PAYER_NAMES } from '../explain';
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

  /**
   * `settled`: what the 结算单 says each payer paid (shared/year/types.ts Settlement). That payer's first pay() records
   * the settled amount instead of the estimate's, later ones nothing, so what the region's code accumulates and leaves
   * to the next payer follows the real figures. Absent for every plain estimate.
   */
  constructor(
    readonly c: EstimateCase,
    private readonly settled?: Partial<Payments>,
  ) {
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
    if (this.settled) return this.paySettled(payer, exact, formula, source, payerName);
    const amount = toFen(exact);
    this.paid[payer] = this.paid[payer].plus(amount);
    this.left = this.left.minus(amount);
    this.trace.step(payer, amount, formula, source, payerName);
    return amount;
  }

  private readonly settledTaken = new Set<PaymentPayer>();

  private paySettled(payer: PaymentPayer & Payer, exact: Decimal, formula: string, source: Source, payerName?: string): Decimal {
    const given = this.settled?.[payer];
    if (given === undefined) {
      const amount = toFen(exact);
      this.record(payer, amount);
      this.trace.step(payer, amount, formula, source, payerName);
      return amount;
    }
    const first = !this.settledTaken.has(payer);
    this.settledTaken.add(payer);
    const amount = first ? new Money(given) : ZERO;
    this.record(payer, amount);
    const text = first ? `${formula}；结算单实付 ${yuan(amount)}，按结算单计` : `${formula}；已按结算单计入，本项不再另计`;
    this.trace.step(payer, amount, text, source, payerName);
    return amount;
  }

  private record(payer: PaymentPayer, amount: Decimal): void {
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
      const amount = new Money(given);
      if (amount.isZero()) continue;
      this.record(k, amount);
      this.trace.note(`结算单显示${PAYER_NAMES[k]}支付 ${yuan(amount)}，本估算的规则未算这项支付，按结算单计入（本年度累计未含这笔）`);
    }
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
