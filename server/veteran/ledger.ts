import { createHash } from 'crypto';
import { fen, money } from '../../shared/money';
import type { StoreTx } from '../store/store';
import type { VeteranLedgerRecord, VeteranPaymentRecord } from '../store/types';

/** One veteran's year: `${idHash}-${year}` (hex hash, so the dash is unambiguous; a plain CloudBase document id). */
export function ledgerId(idHash: string, year: number): string {
  return `${idHash}-${year}`;
}

export function emptyLedger(idHash: string, year: number, at: string): VeteranLedgerRecord {
  return { id: ledgerId(idHash, year), idHash, year, outpatientAllowance: null, inpatientPaid: '0.00', inpatientCount: 0, updatedAt: at };
}

/**
 * A payment's id says what it is, so recording the same payment twice (the same list imported again, a staff
 * command repeated) finds the first one instead of adding a second: the 定额门诊补助 once per person and year; a
 * 住院补助 of the list by its person, date, amount, route, hospital and voucher number; an accepted claim by its
 * application.
 */
export function allowancePaymentId(idHash: string, year: number): string {
  return `oa-${createHash('sha256').update(`${idHash}\n${year}`).digest('hex').slice(0, 40)}`;
}

export function listedPaymentId(p: Pick<VeteranPaymentRecord, 'idHash' | 'date' | 'amount' | 'route' | 'hospital' | 'reference'>): string {
  const key = [p.idHash, p.date, p.amount, p.route ?? '', p.hospital ?? '', p.reference ?? ''].join('\n');
  return `ip-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

export function claimPaymentId(applicationId: string): string {
  return `claim-${applicationId}`;
}

/**
 * Records one payment and adds it to its year's ledger, in the caller's transaction: the payment and the total the
 * cap is checked against never disagree. The caller has checked the cap; this only writes.
 */
export async function addPayment(tx: StoreTx, payment: VeteranPaymentRecord, at: string): Promise<VeteranLedgerRecord> {
  const id = ledgerId(payment.idHash, payment.year);
  const ledger = (await tx.getVeteranLedger(id)) ?? emptyLedger(payment.idHash, payment.year, at);
  await tx.insertVeteranPayment(payment);
  const next: VeteranLedgerRecord =
    payment.kind === 'outpatientAllowance'
      ? { ...ledger, outpatientAllowance: { amount: payment.amount, date: payment.date, paymentId: payment.id }, updatedAt: at }
      : {
          ...ledger,
          inpatientPaid: fen(money(ledger.inpatientPaid).plus(payment.amount)),
          inpatientCount: ledger.inpatientCount + 1,
          updatedAt: at,
        };
  await tx.putVeteranLedger(next);
  return next;
}
