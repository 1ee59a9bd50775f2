import type { Store } from '../store/store';
import type { ApplicationRecord, ApplicationStatus } from '../store/types';
import { yearOf } from '../../shared/dates';
import { claimsAbout, describeDuplicate, normalizeHospital, sameStay, stayOf } from './duplicates';

/** Claims that still stand: waiting, back with the applicant, or accepted (duplicates.ts counts the same ones). */
const STANDING: ApplicationStatus[] = ['submitted', 'returned', 'accepted'];

/**
 * For staff before they decide (the console's detail and queue): the same stay — one hospital, one admission and one
 * discharge date (duplicates.ts) — in another standing claim of the veteran, or paid already from a hospital's list
 * (dated the discharge day). Acceptance refuses the paid ones without a confirmation; this says so beforehand.
 */
export async function stayWarnings(store: Store, record: ApplicationRecord): Promise<{ text: string; confirm: boolean }[]> {
  const hash = record.principalIdHash;
  const stay = stayOf(record.content);
  if (!hash || !stay.hospital || !stay.dischargeDate) return [];
  const where = `${stay.hospital}，${stay.admissionDate} 至 ${stay.dischargeDate}`;
  const year = record.subsidyClaim?.year ?? yearOf(stay.dischargeDate);
  const [claims, payments] = await Promise.all([claimsAbout(store, hash), store.listVeteranPayments(hash, year)]);
  const out: { text: string; confirm: boolean }[] = [];
  for (const claim of claims) {
    if (claim.id === record.id || !STANDING.includes(claim.status) || !sameStay(claim.content.veteranSubsidy, stay)) continue;
    // Acceptance refuses an accepted one without a confirmation; one still waiting or returned is for staff to see.
    out.push({ text: `同一次住院（${where}）另有${describeDuplicate({ kind: 'claim', claim })}`, confirm: claim.status === 'accepted' });
  }
  for (const payment of payments) {
    const listed = payment.kind === 'inpatientSubsidy' && payment.applicationId === null && payment.hospital !== null;
    if (!listed || normalizeHospital(payment.hospital!) !== normalizeHospital(stay.hospital) || payment.date !== stay.dischargeDate) continue;
    out.push({ text: `同一次住院（${where}）已有${describeDuplicate({ kind: 'payment', payment })}`, confirm: true });
  }
  return out;
}
