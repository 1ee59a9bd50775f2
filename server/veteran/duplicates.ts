import type { Store, StoreTx } from '../store/store';
import { MAX_PAGE } from '../store/store';
import type { ApplicationRecord, ApplicationStatus, StoredContent, VeteranLedgerRecord, VeteranPaymentRecord } from '../store/types';
import { ApplicationError } from '../applications/errors';
import { STATUS_LABELS } from '../applications/status';
import { todayInChina } from '../../shared/dates';
import { yuan } from '../../shared/money';
import { ledgerId } from './ledger';

/**
 * The same hospital stay paid twice (issue 11): two 非一站式 claims for one 结算单 were both accepted into the ledger.
 * A stay is one person's time in one hospital, from one admission date to one discharge date; no two 结算单 of one
 * person share all three, so a second claim for it (whatever its figures) is the same stay claimed again, and a
 * payment on the list for that hospital dated the discharge day is that stay paid already (一站式 pays at discharge).
 * Submission refuses either; acceptance refuses a stay already paid unless staff confirm it with a reason.
 */

/** Every 优抚 claim about one person, whoever filed it: the one place that reads the (paged) list. */
export async function claimsAbout(store: Store, idHash: string): Promise<ApplicationRecord[]> {
  const all: ApplicationRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listApplications({ principalIdHashes: [idHash], type: 'veteranSubsidy', limit: MAX_PAGE, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** 山西省人民医院, "山西省人民医院 ", "山西省 人民医院" and full-width "（" or "Ａ" are one hospital. */
export function normalizeHospital(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export interface Stay {
  hospital: string;
  admissionDate: string;
  dischargeDate: string;
}

/** The stay a complete claim names (a submitted claim always has all three; the schema requires them). */
export function stayOf(content: StoredContent): Stay {
  const v = content.veteranSubsidy;
  return { hospital: v?.hospital ?? '', admissionDate: v?.admissionDate ?? '', dischargeDate: v?.dischargeDate ?? '' };
}

export function sameStay(a: Partial<Stay> | undefined, b: Stay): boolean {
  return (
    !!a?.hospital &&
    b.hospital !== '' &&
    normalizeHospital(a.hospital) === normalizeHospital(b.hospital) &&
    a.admissionDate === b.admissionDate &&
    a.dischargeDate === b.dischargeDate
  );
}

/** A claim still standing: waiting for staff, back with the applicant to fix, or accepted and paid. */
const STANDING: ApplicationStatus[] = ['submitted', 'returned', 'accepted'];

/** What was read about one person's year before the transaction, and the ledger it was read against. */
interface Seen {
  claims: ApplicationRecord[];
  payments: VeteranPaymentRecord[];
  ledger: string;
}

/** Every payment changes the year's ledger record (ledger.ts addPayment), so it says whether a list is still current. */
function ledgerStamp(ledger: VeteranLedgerRecord | null): string {
  return ledger ? `${ledger.inpatientCount}|${ledger.inpatientPaid}|${ledger.updatedAt}` : 'none';
}

/** Thrown inside a transaction (which then writes nothing) when it needs lists that were not read, or have changed. */
class NeedsReading extends Error {
  constructor(
    readonly idHash: string,
    readonly year: number,
  ) {
    super('earlier claims not read yet');
  }
}

const ATTEMPTS = 3;

/**
 * A transaction that can see a person's earlier claims and payments. Inside a transaction only keyed reads are
 * allowed (CloudBase), so the lists are read before it: the code inside asks for the person and year it finds, and if
 * they were not read yet — or the year's ledger has changed since (another payment, another acceptance) — the
 * transaction is abandoned, the lists are read, and it runs again. What matched is read again by key inside.
 */
export class EarlierClaims {
  private readonly seen = new Map<string, Seen>();

  constructor(private readonly store: Store) {}

  async transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.store.transaction(fn);
      } catch (e) {
        if (!(e instanceof NeedsReading)) throw e;
        if (attempt >= ATTEMPTS) throw new ApplicationError('INVALID_STATE', '该优抚对象的补助台账正在更新，请稍后再试', 'id');
        await this.read(e.idHash, e.year);
      }
    }
  }

  private async read(idHash: string, year: number): Promise<void> {
    // The ledger first: a payment recorded while the lists are read then shows as a changed ledger inside.
    const ledger = ledgerStamp(await this.store.getVeteranLedger(ledgerId(idHash, year)));
    const [claims, payments] = await Promise.all([claimsAbout(this.store, idHash), this.store.listVeteranPayments(idHash, year)]);
    this.seen.set(`${idHash}|${year}`, { claims, payments, ledger });
  }

  /** Inside the transaction: the lists of this person and year, current as of the ledger now. */
  async of(tx: StoreTx, idHash: string, year: number): Promise<Seen> {
    const seen = this.seen.get(`${idHash}|${year}`);
    if (!seen || seen.ledger !== ledgerStamp(await tx.getVeteranLedger(ledgerId(idHash, year)))) throw new NeedsReading(idHash, year);
    return seen;
  }
}

export type Duplicate =
  | { kind: 'claim'; claim: ApplicationRecord }
  | { kind: 'payment'; payment: VeteranPaymentRecord };

/**
 * The earlier claim or payment of the same stay, or null. `claims`: which claims count (at submission any standing
 * one, at acceptance the accepted ones: two claims waiting side by side are for staff to see, not a payment yet).
 */
export async function findDuplicate(
  tx: StoreTx,
  earlier: EarlierClaims,
  who: { idHash: string; year: number; self?: string },
  stay: Stay,
  claims: 'standing' | 'accepted',
): Promise<Duplicate | null> {
  const seen = await earlier.of(tx, who.idHash, who.year);
  const counts = (r: ApplicationRecord) => (claims === 'accepted' ? r.status === 'accepted' : STANDING.includes(r.status));
  for (const listed of seen.claims) {
    if (listed.id === who.self || !sameStay(listed.content.veteranSubsidy, stay)) continue;
    // Read again by key: it may have been withdrawn, returned or edited since the list was read.
    const now = await tx.getApplication(listed.id);
    if (now && now.type === listed.type && counts(now) && sameStay(now.content.veteranSubsidy, stay)) return { kind: 'claim', claim: now };
  }
  // A claim's own payment is that claim (above); the list's payments are the ones recorded from the hospitals' lists.
  const paid = seen.payments.find(
    (p) =>
      p.kind === 'inpatientSubsidy' &&
      p.applicationId === null &&
      p.hospital !== null &&
      normalizeHospital(p.hospital) === normalizeHospital(stay.hospital) &&
      p.date === stay.dischargeDate,
  );
  return paid ? { kind: 'payment', payment: paid } : null;
}

const ROUTE_NAMES = { oneStop: '一站式结算', nonOneStop: '非一站式' } as const;

/** The earlier record in words: "于 2026-11-20 提交的补助申请（已提交，待受理）" or the payment with its amount. */
export function describeDuplicate(d: Duplicate): string {
  if (d.kind === 'payment') {
    const how = d.payment.route ? `（${ROUTE_NAMES[d.payment.route]}）` : '';
    return `${d.payment.date} 已登记的住院医疗补助 ${yuan(d.payment.amount)}${how}`;
  }
  const when = d.claim.submittedAt ? todayInChina(new Date(d.claim.submittedAt)) : todayInChina(new Date(d.claim.createdAt));
  const paid = d.claim.subsidyClaim?.paid ? `，已登记补助 ${yuan(d.claim.subsidyClaim.paid.amount)}` : '';
  return `${when} 提交的补助申请（${STATUS_LABELS[d.claim.status]}${paid}）`;
}

function stayInWords(stay: Stay): string {
  return `${stay.hospital}，${stay.admissionDate} 至 ${stay.dischargeDate}`;
}

/** At submission: the applicant is told what there is already and what to do instead. Nothing is written. */
export function refuseDuplicateSubmission(d: Duplicate, stay: Stay): never {
  const next =
    d.kind === 'payment'
      ? '如有疑问，请联系乡镇退役军人服务站'
      : d.claim.status === 'returned'
        ? '请在原申请上修改后重新提交'
        : d.claim.status === 'accepted'
          ? '如有疑问，请联系乡镇退役军人服务站'
          : '如需更正，请先撤回原申请再重新提交';
  throw new ApplicationError(
    'DUPLICATE',
    `这次住院（${stayInWords(stay)}）已有${describeDuplicate(d)}，同一次住院不能重复申请补助；${next}`,
    'veteranSubsidy',
  );
}

/** At acceptance, without a confirmation: staff are told which record matches and how to accept anyway. */
export function refuseDuplicateAcceptance(d: Duplicate, stay: Stay): never {
  const which = d.kind === 'claim' ? `申请 ${d.claim.id}，` : '';
  throw new ApplicationError(
    'DUPLICATE',
    `可能重复补助：这次住院（${stayInWords(stay)}）已有${which}${describeDuplicate(d)}。请核对结算单；确属另一次住院的，用 --confirm-duplicate <理由> 受理，理由记入办理记录`,
    'confirmDuplicate',
  );
}
