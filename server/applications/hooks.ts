import type { Store, StoreTx } from '../store/store';
import type { ApplicationRecord, ApplicationTypeState, StoredContent } from '../store/types';
import type { Identity } from './context';

/**
 * The server's part of an application type, for a type that needs more than its shared module (schema, materials,
 * commitment, views: shared/applications): the lifecycle (drafts, submit, staff decision) calls these hooks and
 * knows nothing else of the type. A type without server hooks is filed and decided by the lifecycle alone.
 */
export interface ServerTypeHooks {
  id: string;
  /** Opens one lifecycle call (a submission, a decision) of this type; see TypeCall. */
  open(store: Store): TypeCall;
  /**
   * What staff may add when accepting (a 补助 claim's approved amount, the reason a possible duplicate is accepted),
   * with the message given when staff add it to an application of another type.
   */
  acceptExtras?: Partial<Record<keyof AcceptExtras, string>>;
  /** The section's view with what only the server keeps (the estimate made at submission, the amount paid). */
  decorateView?(record: ApplicationRecord, sectionView: unknown): unknown;
  /**
   * What staff should check before deciding: other records of the same person for the same stay (a 补助 claim's
   * hospital and dates claimed again, or paid already), in words; `confirm`: acceptance refuses it unless staff
   * confirm why (acceptExtras.confirmDuplicate). Read outside any transaction.
   */
  duplicateWarnings?(store: Store, record: ApplicationRecord): Promise<{ text: string; confirm: boolean }[]>;
  /** The steps of the estimate the record keeps (a 补助 claim's, made at submission), as staff read them. */
  estimateSteps?(record: ApplicationRecord): { label: string; amount: string; note?: string }[];
}

/** What staff may add to an acceptance. */
export interface AcceptExtras {
  amount?: string;
  confirmDuplicate?: string;
}

export interface TypeCall {
  /**
   * Runs the call's transaction. A type whose checks read lists (a person's earlier claims) reads them before the
   * transaction — inside one only keyed reads are allowed on CloudBase — and retries when they turn out stale.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Who may file this type, checked at submission before anything is written: a 补助 claim reads the veteran's
   * roster entry and ledger, so the filer must hold a verified binding to the veteran.
   */
  mayFile?(tx: StoreTx, identity: Identity, content: StoredContent): Promise<void>;
  /**
   * Inside the submission's transaction, after the content is complete: the state the record keeps beside its
   * content (a 补助 claim's estimate against the ledger of the discharge year), or a refusal (a stay claimed twice).
   * `self`: the draft or returned application being submitted, if any.
   */
  prepare?(tx: StoreTx, content: StoredContent, at: string, self?: string): Promise<ApplicationTypeState>;
  /**
   * Inside the acceptance's transaction, with the status change: what acceptance records beyond the status (a 补助
   * claim's payment into the ledger) — the new state and the audit note — so both are written or neither.
   */
  onAccepted?(tx: StoreTx, record: ApplicationRecord, decision: { staff: string; at: string } & AcceptExtras): Promise<{ state: ApplicationTypeState; note: string }>;
}

/** A call of a type without hooks: the store's own transaction. */
export function plainCall(store: Store): TypeCall {
  return { transaction: (fn) => store.transaction(fn) };
}
