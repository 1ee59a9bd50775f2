import type {
  ApplicationRecord,
  ApplicationStatus,
  AuditEntry,
  Collection,
  FamilyMemberRecord,
  IdempotencyRecord,
  IdentityClaim,
  MaterialRecord,
  VeteranLedgerRecord,
  VeteranPaymentRecord,
  VeteranRosterRecord,
} from './types';

/**
 * What a transaction may do: reads and writes addressed by key. Both adapters can do these inside a transaction
 * (CloudBase transactions only address documents by id, so queries live on `Store`, outside transactions).
 */
export interface StoreTx {
  getApplication(id: string): Promise<ApplicationRecord | null>;
  insertApplication(record: ApplicationRecord): Promise<void>;
  /** Replaces the stored record with the same id; false when there is none. */
  updateApplication(record: ApplicationRecord): Promise<boolean>;
  /** Append-only: there is no update or delete of audit entries. */
  appendAudit(entry: AuditEntry): Promise<void>;
  getIdempotency(openid: string, requestId: string): Promise<IdempotencyRecord | null>;
  /** Fails (throws) when the key exists: the last guard against a double submission. */
  insertIdempotency(record: IdempotencyRecord): Promise<void>;
  getIdentityClaim(idHash: string): Promise<IdentityClaim | null>;
  insertIdentityClaim(claim: IdentityClaim): Promise<void>;
  getFamilyMember(id: string): Promise<FamilyMemberRecord | null>;
  putFamilyMember(record: FamilyMemberRecord): Promise<void>;
  deleteFamilyMember(id: string): Promise<boolean>;
  getMaterial(id: string): Promise<MaterialRecord | null>;
  insertMaterial(record: MaterialRecord): Promise<void>;
  getVeteranRoster(idHash: string): Promise<VeteranRosterRecord | null>;
  /** Inserts or replaces the entry of that ID hash. */
  putVeteranRoster(record: VeteranRosterRecord): Promise<void>;
  getVeteranLedger(id: string): Promise<VeteranLedgerRecord | null>;
  /** Inserts or replaces the ledger of that id (`${idHash}:${year}`). */
  putVeteranLedger(record: VeteranLedgerRecord): Promise<void>;
  getVeteranPayment(id: string): Promise<VeteranPaymentRecord | null>;
  /** Fails (DuplicateKeyError) when the id exists: a payment is recorded once. */
  insertVeteranPayment(record: VeteranPaymentRecord): Promise<void>;
}

export interface ApplicationQuery {
  filerOpenid?: string;
  /** Any of these principal hashes. */
  principalIdHashes?: string[];
  status?: ApplicationStatus;
  limit?: number;
}

export interface Store extends StoreTx {
  readonly kind: 'sqlite' | 'cloudbase';
  /**
   * Runs `fn` atomically: every write it makes is stored, or none is. SQLite: BEGIN IMMEDIATE … COMMIT, one at a
   * time per connection. CloudBase: runTransaction. `fn` must not call `transaction` again.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Newest first. Filters combine with AND, except that filerOpenid and principalIdHashes combine with OR. */
  listApplications(query: ApplicationQuery): Promise<ApplicationRecord[]>;
  /** Oldest first. */
  listAudit(applicationId: string): Promise<AuditEntry[]>;
  listFamilyMembers(openid: string): Promise<FamilyMemberRecord[]>;
  listMaterials(applicationId: string): Promise<MaterialRecord[]>;
  claimsOf(openid: string): Promise<IdentityClaim[]>;
  /** One veteran's payments of one year, by date (then id). */
  listVeteranPayments(idHash: string, year: number): Promise<VeteranPaymentRecord[]>;
  count(collection: Collection): Promise<number>;
  close(): Promise<void>;
}

/** Inserting a key that exists (idempotency key, identity claim, any id): the same error from every adapter. */
export class DuplicateKeyError extends Error {
  constructor(what: string) {
    super(`duplicate key: ${what}`);
    this.name = 'DuplicateKeyError';
  }
}
