import type {
  ApplicationRecord,
  ApplicationStatus,
  AuditEntry,
  Collection,
  FamilyMemberRecord,
  IdempotencyRecord,
  IdentityBinding,
  IdentityClaim,
  BindingEvent,
  MaterialRecord,
  MetaRecord,
  MessageRecord,
  MessageSubscription,
  Page,
  RateCounter,
  SealedId,
  StaffAccessRecord,
  StaffAccountAuditRecord,
  StaffListQuery,
  RosterQuery,
  StaffSessionRecord,
  StaffUserRecord,
  StoredYearRecord,
  VerificationCode,
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
  /** The applicant takes a photo back (draft or returned only: the caller's check); false when there is none. */
  deleteMaterial(id: string): Promise<boolean>;
  getVeteranRoster(idHash: string): Promise<VeteranRosterRecord | null>;
  /** Inserts or replaces the entry of that ID hash. */
  putVeteranRoster(record: VeteranRosterRecord): Promise<void>;
  getVeteranLedger(id: string): Promise<VeteranLedgerRecord | null>;
  /** Inserts or replaces the ledger of that id (`${idHash}:${year}`). */
  putVeteranLedger(record: VeteranLedgerRecord): Promise<void>;
  getVeteranPayment(id: string): Promise<VeteranPaymentRecord | null>;
  /** Fails (DuplicateKeyError) when the id exists: a payment is recorded once. */
  insertVeteranPayment(record: VeteranPaymentRecord): Promise<void>;
  getBinding(id: string): Promise<IdentityBinding | null>;
  /** Inserts or replaces the binding of that id. */
  putBinding(record: IdentityBinding): Promise<void>;
  /** Append-only, like the audit. */
  appendBindingEvent(event: BindingEvent): Promise<void>;
  getVerificationCode(idHash: string): Promise<VerificationCode | null>;
  /** Inserts or replaces the person's code: issuing a new one ends the old. */
  putVerificationCode(record: VerificationCode): Promise<void>;
  getRateCounter(id: string): Promise<RateCounter | null>;
  putRateCounter(record: RateCounter): Promise<void>;
  getMeta(key: string): Promise<MetaRecord | null>;
  /** Fails (DuplicateKeyError) when the key exists: meta is written once. */
  insertMeta(record: MetaRecord): Promise<void>;
  getMessage(id: string): Promise<MessageRecord | null>;
  /** Fails (DuplicateKeyError) when the id exists: one decision is told once to each account. */
  insertMessage(record: MessageRecord): Promise<void>;
  /** Replaces the stored message with the same id (marking it read); false when there is none. */
  updateMessage(record: MessageRecord): Promise<boolean>;
  getMessageSubscription(id: string): Promise<MessageSubscription | null>;
  /** Inserts or replaces the subscription of that id. */
  putMessageSubscription(record: MessageSubscription): Promise<void>;
  getYearRecord(id: string): Promise<StoredYearRecord | null>;
  /** Inserts or replaces the year record of that id (a hash of account, person and year). */
  putYearRecord(record: StoredYearRecord): Promise<void>;
  /** false when there is none. */
  deleteYearRecord(id: string): Promise<boolean>;
  getStaffUser(login: string): Promise<StaffUserRecord | null>;
  /** Fails (DuplicateKeyError) when the login exists: two accounts never share a login. */
  insertStaffUser(record: StaffUserRecord): Promise<void>;
  /** Replaces the stored account of that login; false when there is none. */
  putStaffUser(record: StaffUserRecord): Promise<boolean>;
  /** By the token's hash. */
  getStaffSession(id: string): Promise<StaffSessionRecord | null>;
  /** Inserts or replaces the session of that id. */
  putStaffSession(record: StaffSessionRecord): Promise<void>;
  /** false when there is none. */
  deleteStaffSession(id: string): Promise<boolean>;
  /** Append-only, like the audit: there is no update or delete of access-log entries. */
  appendAccessLog(entry: StaffAccessRecord): Promise<void>;
  /** Append-only, like the audit: a change of a staff account, written with the change. */
  appendStaffAccountAudit(entry: StaffAccountAuditRecord): Promise<void>;
}

/** An account's 消息, newest first, a page at a time (default 20, at most 100), like applications. */
export interface MessageQuery {
  openid: string;
  /** Only the ones not yet read. */
  unread?: boolean;
  limit?: number;
  cursor?: string;
}

/** Every account's year records, by id, a page at a time (default 20, at most 100): the daily deadline reminder. */
export interface YearRecordQuery {
  limit?: number;
  cursor?: string;
}

export interface ApplicationQuery {
  filerOpenid?: string;
  /** Any of these principal hashes. */
  principalIdHashes?: string[];
  status?: ApplicationStatus;
  /** The principal's applications of one type (duplicate checks). */
  type?: ApplicationRecord['type'];
  /** The application with this business number (staff search); numbers are unique, so at most one. */
  number?: string;
  /**
   * The applications one office handles (ApplicationRecord.office): a region, or one area of it. By index in queue
   * order (SQLite applications_office_queue / applications_office_area_queue; CloudBase office_queue /
   * office_area_queue), with the status filter.
   */
  office?: { region: string; area?: string };
  /**
   * Only applications submitted at least once — the staff queue: a draft is the applicant's — and, when given, first
   * or last submitted within [from, before) (ISO instants; the queue key is the latest submission).
   */
  submitted?: { from?: string; before?: string };
  /** The principal's name is this or starts with it (staff search). */
  principalNamePrefix?: string;
  /** The principal's or the agent's phone, 11 digits as stored (staff search). */
  phone?: string;
  /**
   * `newest`: by creation, newest first ("我的申请"). `queue`: by submission, oldest first (the staff queue: the one
   * waiting longest comes first; never-submitted drafts last). `queueNewest`: by submission, latest first.
   */
  order?: 'newest' | 'queue' | 'queueNewest';
  /** Page size: default 20, at most 100. */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface Store extends StoreTx {
  readonly kind: 'sqlite' | 'cloudbase';
  /**
   * Runs `fn` atomically: every write it makes is stored, or none is. SQLite: BEGIN IMMEDIATE … COMMIT, one at a
   * time per connection. CloudBase: runTransaction. `fn` must not call `transaction` again.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * One page, in the query's order, with the total that match. Filters combine with AND, except that filerOpenid
   * and principalIdHashes combine with OR. A cursor that is not one this store issued is INVALID_INPUT.
   */
  listApplications(query: ApplicationQuery): Promise<Page<ApplicationRecord>>;
  /** Oldest first. */
  listAudit(applicationId: string): Promise<AuditEntry[]>;
  listFamilyMembers(openid: string): Promise<FamilyMemberRecord[]>;
  listMaterials(applicationId: string): Promise<MaterialRecord[]>;
  claimsOf(openid: string): Promise<IdentityClaim[]>;
  /** One veteran's payments of one year, by date (then id). */
  listVeteranPayments(idHash: string, year: number): Promise<VeteranPaymentRecord[]>;
  /** An account's bindings, oldest first (revoked ones included). */
  bindingsOf(openid: string): Promise<IdentityBinding[]>;
  /** Every account bound to a person, oldest first. */
  bindingsFor(idHash: string): Promise<IdentityBinding[]>;
  /** The binding history of a person, in order. */
  listBindingEvents(idHash: string): Promise<BindingEvent[]>;
  /**
   * One sealed ID number from the records that always carry one (family members, roster, bindings), or null: how a
   * store written before key check values existed is checked against the configured key (server/crypto/key-check.ts).
   */
  sampleSealedId(): Promise<SealedId | null>;
  /** What an account has uploaded, across all its applications: the per-account quota. */
  materialUsage(openid: string): Promise<{ count: number; bytes: number }>;
  count(collection: Collection): Promise<number>;
  listMessages(query: MessageQuery): Promise<Page<MessageRecord>>;
  /** Year records of every account, by id (the primary key: no sort, no scan per page), with the total. */
  listYearRecords(query: YearRecordQuery): Promise<Page<StoredYearRecord>>;
  /** How many of the account's messages are unread: the badge on the home page. */
  unreadMessages(openid: string): Promise<number>;
  /** Staff accounts by login, within the query's region (and area) when given. */
  listStaffUsers(query: StaffListQuery): Promise<Page<StaffUserRecord>>;
  /**
   * Ends every session of a login (password reset, disabling), or only those that expired before `expiredBefore`
   * (housekeeping at each login); how many there were.
   */
  deleteStaffSessionsOf(login: string, expiredBefore?: string): Promise<number>;
  /** Full-ID views, newest first, of the viewers within the query's region (and area) when given. */
  listAccessLog(query: StaffListQuery): Promise<Page<StaffAccessRecord>>;
  /** Staff sessions of any login that expired before `before`, at most `limit` of them (the gateway's sweep); how many. */
  deleteExpiredStaffSessions(before: string, limit: number): Promise<number>;
  /** Roster entries by name within a region (and a township or county): the staff ledger's name search. */
  listVeteranRoster(query: RosterQuery): Promise<Page<VeteranRosterRecord>>;
  /** Account changes, newest first, of accounts within the query's region (and area), or of one login, when given. */
  listStaffAccountAudit(query: StaffListQuery): Promise<Page<StaffAccountAuditRecord>>;
  close(): Promise<void>;
}

/** Inserting a key that exists (idempotency key, identity claim, any id): the same error from every adapter. */
export class DuplicateKeyError extends Error {
  constructor(what: string) {
    super(`duplicate key: ${what}`);
    this.name = 'DuplicateKeyError';
  }
}
