import type { ApplicationSections, ApplicationType } from '../../shared/applications/types';
import type { OfficeRef } from '../../shared/applications/offices-types';
import type { CloseRelative } from '../../shared/filing/relations';
import type { ApplicationStatus, AuditAction } from '../../shared/contract/applications';
import type { VerificationSource } from '../../shared/contract/identity';
import type { Cause, VeteranCategory, VeteranRegion } from '../../shared/schemas/veteran';
import type { YearEntry, YearPerson } from '../../shared/year/types';
import type { AccessLogEntry, StaffRole } from '../../shared/contract/staff';

/** An ID number at rest: AES-256-GCM ciphertext, a keyed hash for lookups, and the masked form for display. */
export interface SealedId {
  cipher: string;
  hash: string;
  masked: string;
}

export interface StoredPerson {
  name?: string;
  idNumber?: SealedId;
  phone?: string;
}

export interface StoredAgent extends StoredPerson {
  relation?: CloseRelative;
}

/**
 * The form as stored: plain fields, ID numbers sealed. A draft may lack any part; a submitted one is complete. Each
 * type's section sits under its type id, typed by the type's own draft schema (shared/applications): the stored shape
 * is the schema's, written once.
 */
export type StoredContent = {
  type: ApplicationType;
  principal?: StoredPerson;
  agent?: StoredAgent;
  /** The 参保地 the applicant chose (a filing): shared/applications/offices.ts. */
  office?: OfficeRef;
} & { [T in ApplicationType]?: ApplicationSections[T] };

/**
 * The server's side of a 非一站式 住院医疗补助 claim (type veteranSubsidy): who the roster says the veteran is, the
 * amount estimated at submission against the ledger, and — once staff accept it — what the ledger recorded.
 */
export interface SubsidyClaimState {
  veteran: { region: VeteranRegion; category: VeteranCategory; disabilityGrade: number | null; cause: Cause | null; rosterYear: number };
  /** The year whose ledger and cap the claim counts against: the discharge date's year. */
  year: number;
  estimate: {
    subsidy: string;
    ratio: string;
    annualCap: string | null;
    /** 住院补助 already recorded for the year when estimated. */
    paidBefore: string;
    remainingCap: string | null;
    nextApplicationMonth: string | null;
    ruleset: { version: string; paramsHash: string };
    at: string;
  };
  paid: { paymentId: string; amount: string; date: string; staff: string } | null;
  /** 乡镇服务站 审核通过，待审批 (000 第六条; server/staff/veteran/round.ts): a note, not a status. */
  review?: { staff: string; at: string; note: string | null };
  /** 乡镇服务站 收缴登记 of the 结算单 (000 第六条: 审核后统一收缴登记), after its review: who, when, a note. */
  collected?: { staff: string; at: string; note: string | null };
  /** 标记已拨付: the day the county paid the ledger's payment `paymentId` (recorded at acceptance). */
  disbursed?: { date: string; paymentId: string; staff: string; at: string };
}

export type { ApplicationStatus } from '../../shared/contract/applications';

export interface CommitmentRecord {
  /** The form's id in its type's module (shared/applications). */
  formId: string;
  kind: 'personalCommitment' | 'agentCommitment';
  signerName: string;
  /** ISO timestamp, server clock. */
  signedAt: string;
}

export interface ApplicationRecord {
  id: string;
  type: ApplicationType;
  status: ApplicationStatus;
  /** The openid that created it (the insured person, or the agent filing for them). */
  filerOpenid: string;
  /** Keyed hash of the principal's ID number, once known: how the principal finds it (see applications/access.ts). */
  principalIdHash: string | null;
  content: StoredContent;
  commitment: CommitmentRecord | null;
  /** The staff's reason when returned or rejected; cleared on resubmission. */
  decisionReason: string | null;
  /** What the staff's reason names (form field paths, checklist item ids); cleared with the reason on resubmission. */
  returnConcerns?: { fields: string[]; materials: string[] } | null;
  /**
   * The office that handles it (server/applications/office.ts): a filing's chosen 参保地, a claim's roster region and
   * 乡镇; null when none is known yet (a claim whose veteran is not on the roster). Absent on records older than it.
   */
  office?: OfficeRef | null;
  /** The short business number given at creation ("SX-2026-000123"), never reused; absent on older records. */
  number?: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** veteranSubsidy only: set at submission, completed on acceptance (its server hooks, server/veteran/subsidy-type.ts). */
  subsidyClaim?: SubsidyClaimState;
  /** 变更备案: the accepted filing this one replaces; that one is cancelled when this one is accepted. */
  replaces?: string;
  /** Set when an accepted filing is cancelled: when, why, and the filing that replaced it (if that was the cause). */
  cancellation?: CancellationRecord;
}

/** What a type's server hooks keep on the record beside its content (server/applications/hooks.ts). */
export type ApplicationTypeState = Pick<ApplicationRecord, 'subsidyClaim'>;

export interface CancellationRecord {
  at: string;
  /** The person's own words (optional), or "已由新备案替代". */
  reason: string | null;
  replacedBy: string | null;
}

export interface AuditActor {
  role: 'applicant' | 'staff';
  /** openid for applicants, the staff member's name for staff. */
  id: string;
}

export interface AuditEntry {
  id: string;
  applicationId: string;
  at: string;
  actor: AuditActor;
  action: AuditAction;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  /** Plain Chinese; never an unmasked ID number. */
  note: string;
}

export interface FamilyMemberRecord {
  id: string;
  openid: string;
  name: string;
  relation: CloseRelative;
  idNumber: SealedId;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * The years this member has a year record for (server/year): deleting the member deletes those records in the same
   * transaction, and CloudBase transactions address documents by id only, so the ids must be known without a query.
   * A sync that creates a member's year adds it here, writing this document: a racing delete then conflicts with it.
   */
  years?: number[];
}

export interface MaterialRecord {
  id: string;
  applicationId: string;
  /** A checklist item of the application's type (shared/applications). */
  item: string;
  mime: 'image/jpeg' | 'image/png';
  size: number;
  sha256: string;
  /** A path under DATA_DIR/files locally, a cloud path (fileID) on CloudBase. */
  storagePath: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface IdempotencyRecord {
  openid: string;
  requestId: string;
  applicationId: string;
  createdAt: string;
}

export interface IdentityClaim {
  idHash: string;
  openid: string;
  claimedAt: string;
}

/**
 * One 优抚对象 on the county's roster (名册), keyed by the keyed hash of the ID number (like application principals).
 * The latest list wins; `rosterYear` says which list the entry comes from.
 */
export interface VeteranRosterRecord {
  idHash: string;
  idNumber: SealedId;
  name: string;
  region: VeteranRegion;
  category: VeteranCategory;
  disabilityGrade: number | null;
  cause: Cause | null;
  county: string | null;
  township: string;
  rosterYear: number;
  importId: string;
  importedBy: string | null;
  importedAt: string;
}

/**
 * One veteran's year (`${idHash}:${year}`): the 定额门诊补助 if paid, and the running total of 住院补助 the annual cap
 * is counted against. Updated in the same transaction as every payment it sums, so a keyed read inside a
 * transaction is enough to check the cap.
 */
export interface VeteranLedgerRecord {
  id: string;
  idHash: string;
  year: number;
  outpatientAllowance: { amount: string; date: string; paymentId: string } | null;
  inpatientPaid: string;
  inpatientCount: number;
  updatedAt: string;
}

export type VeteranPaymentKind = 'outpatientAllowance' | 'inpatientSubsidy';
export type VeteranPaymentRoute = 'oneStop' | 'nonOneStop';

/** One payment as the county's list (or an accepted claim) records it. Never updated or deleted. */
export interface VeteranPaymentRecord {
  id: string;
  idHash: string;
  year: number;
  kind: VeteranPaymentKind;
  /** 住院补助: 一站式 at the hospital or 非一站式 through the township station; null for the 定额门诊补助. */
  route: VeteranPaymentRoute | null;
  date: string;
  amount: string;
  hospital: string | null;
  /** The list's own voucher number, when it has one. */
  reference: string | null;
  applicationId: string | null;
  importId: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export type Collection =
  | 'applications'
  | 'audit'
  | 'familyMembers'
  | 'materials'
  | 'idempotency'
  | 'identityClaims'
  | 'veteranRoster'
  | 'veteranLedgers'
  | 'veteranPayments'
  | 'identityBindings'
  | 'bindingEvents'
  | 'verificationCodes'
  | 'rateCounters'
  | 'meta'
  | 'messages'
  | 'messageSubscriptions'
  | 'yearRecords'
  | 'staffUsers'
  | 'staffSessions'
  | 'staffAccessLog'
  | 'staffAccountAudit';
export const COLLECTIONS: Collection[] = [
  'applications',
  'audit',
  'familyMembers',
  'materials',
  'idempotency',
  'identityClaims',
  'veteranRoster',
  'veteranLedgers',
  'veteranPayments',
  'identityBindings',
  'bindingEvents',
  'verificationCodes',
  'rateCounters',
  'meta',
  'messages',
  'messageSubscriptions',
  'yearRecords',
  'staffUsers',
  'staffSessions',
  'staffAccessLog',
  'staffAccountAudit',
];

/**
 * An account bound to a person (issue 11). `self`: "this ID number is me"; `agent`: a close relative the account
 * files for. `declared` is the account's word only — it files for the person and sees what it filed itself;
 * `verified` was confirmed by a trusted source (server/identity/sources.ts); `revoked` is kept for the audit.
 * Many accounts may declare one person: nobody is locked out by a first claim.
 */
export type BindingRole = 'self' | 'agent';
export type BindingLevel = 'declared' | 'verified' | 'revoked';
export type { VerificationSource } from '../../shared/contract/identity';

export interface IdentityBinding {
  /** Document id: a hash of (openid, idHash, role), so one account has one binding per person and role. */
  id: string;
  /** Six characters the person reads out at the office (not secret: staff also check the card itself). */
  ref: string;
  openid: string;
  idHash: string;
  idNumber: SealedId;
  role: BindingRole;
  /** agent: what the account is to the person (the family member's relation, seen from the person). */
  relation: CloseRelative | null;
  /** The name the account typed; a source verifies name and number together. */
  declaredName: string;
  level: BindingLevel;
  source: VerificationSource | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  revokedBy: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  /** A platform face check under way (server/identity/face.ts): the session to ask the platform about. */
  faceSession?: { verifyId: string; outSeqNo: string; expiresAt: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** Append-only history of every binding change, successful or refused verification included. */
export interface BindingEvent {
  id: string;
  bindingId: string;
  idHash: string;
  openid: string;
  at: string;
  action: 'declare' | 'verify' | 'verifyFailed' | 'revoke';
  level: BindingLevel;
  source: VerificationSource | null;
  actor: { role: 'applicant' | 'staff' | 'platform'; id: string };
  /** Plain Chinese; never an unmasked ID number. */
  note: string;
}

/**
 * A one-time code the 乡镇退役军人服务站 hands to a veteran (or the family), keyed by the person's ID hash: one live
 * code per person. Only a hash of the code is kept; wrong attempts are counted and end the code.
 */
export interface VerificationCode {
  idHash: string;
  codeHash: string;
  issuedBy: string;
  issuedAt: string;
  expiresAt: string;
  attempts: number;
  usedAt: string | null;
  usedBy: string | null;
}

/** A fixed-window rate-limit counter (`${bucket}:${windowStart}`). */
export interface RateCounter {
  id: string;
  count: number;
  expiresAt: string;
}

/** Small facts about the store itself, e.g. the check value of the ID encryption key. Written once. */
export interface MetaRecord {
  key: string;
  value: string;
  createdAt: string;
}

/** One page of a list: never silently cut — the total says how many match, the cursor fetches the next page. */
export type { Page } from '../../shared/contract/applications';

/**
 * What a 消息 is about: staff returned, accepted or rejected an application the account can see, or a claim of a stay
 * in the account's year record falls due soon (server/notifications/deadlines.ts).
 */
export type MessageEvent = 'returned' | 'accepted' | 'rejected' | 'deadline';

/**
 * One 消息 in an account's in-app list (issue 12): written in the same transaction as the staff decision it tells
 * about, so the list never misses a decision. Plain Chinese; never an unmasked ID number.
 */
export interface MessageRecord {
  /**
   * A hash of (application, decision time, event, account), or for a deadline of (account, year record, stay, rule,
   * due day): a retried transaction, or the next day's reminder run, cannot write it twice.
   */
  id: string;
  openid: string;
  /** The application a decision is about; null for a deadline, which is about a stay of a year record. */
  applicationId: string | null;
  /** The year record (its person and year) a deadline is about: the message opens that year's page. */
  yearRecord?: { person: YearPerson; year: number };
  event: MessageEvent;
  title: string;
  body: string;
  createdAt: string;
  /** Stored as a boolean (not only readAt) so both adapters can count unread messages with an equality filter. */
  read: boolean;
  readAt: string | null;
}

/**
 * WeChat 一次性订阅消息: each "accept" the account gave for a template allows one send of it, so the store keeps a count
 * per account and event (WeChat offers no API to ask). A send uses one; 43101 (the user refused) clears it.
 */
export interface MessageSubscription {
  /** A hash of (openid, event). */
  id: string;
  openid: string;
  event: MessageEvent;
  templateId: string;
  credits: number;
  updatedAt: string;
}

/**
 * One person's year (issue 14 "The year, kept for her"), kept for a signed-in account so it survives a new phone: one
 * document per (account, person, year), its id a hash of the three (server/year/access.ts). Only that account reads
 * or writes it; `person` is 'self' or one of the account's own family members, never another account's.
 */
export interface StoredYearRecord {
  id: string;
  openid: string;
  person: YearPerson;
  year: number;
  /** Merged from every device (shared/year/merge.ts), tombstones included, in chain order. */
  entries: YearEntry[];
  /** When the entries last changed (server clock). */
  updatedAt: string;
}

/**
 * A staff account of the office console (issue 16), keyed by its login: independent of WeChat identities. The
 * password is kept only as an argon2id PHC string (server/staff/accounts/password.ts); failed logins are counted in
 * rate counters by login name and by address, so an unknown login locks like a known one.
 */
export interface StaffUserRecord {
  login: string;
  name: string;
  role: StaffRole;
  /** A registry region id, or the 山西 filing offices' scope (server/staff/accounts/scope.ts). */
  region: string;
  area: string | null;
  passwordHash: string;
  /** Sessions created before this are void (a reset or a change ends them all). */
  passwordChangedAt: string;
  disabled: boolean;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  lastLoginAt: string | null;
}

/**
 * A staff session, keyed by the SHA-256 (hex) of its cookie token: the token itself is never stored. `expiresAt` is
 * the earlier of the idle and the absolute limit, so one indexed column says whether it is alive.
 */
export interface StaffSessionRecord {
  id: string;
  login: string;
  /** Sent back as X-CSRF-Token on every request that changes something. */
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** createdAt + the absolute lifetime: no use extends a session past it. */
  absoluteExpiresAt: string;
}

/**
 * One full-ID view (PIPL: who saw which person's number, when), append-only. The viewer's scope is kept so an
 * administrator reads the entries of their own region only.
 */
export interface StaffAccessRecord extends AccessLogEntry {
  id: string;
  staffRegion: string;
  staffArea: string | null;
}

/**
 * One change of a staff account (issue 16): created, disabled, enabled, its password reset by an administrator or
 * changed by its owner, its role or scope changed — who did it (an account, or the command line with the system
 * user), from where, to whom, when. Append-only like the audit. The account's scope after the change is kept so an
 * administrator reads the changes within their own region (and area) only.
 */
export interface StaffAccountAuditRecord {
  id: string;
  at: string;
  action: StaffAccountAction;
  /** "姓名（登录名）" of the console account, or null from the command line. */
  actor: string | null;
  via: 'console' | 'cli';
  /** The client address of a console request; "命令行（系统用户 …）" from the CLI. */
  address: string;
  /** The login changed. */
  target: string;
  targetRegion: string;
  targetArea: string | null;
  /** What changed, in words (role and scope of a new account, before → after of a change); no password, ever. */
  detail: string;
}

export type StaffAccountAction = 'create' | 'disable' | 'enable' | 'reset-password' | 'change-password' | 'change-access';

/**
 * Roster entries of one region — of one 乡（镇） or 县 (`area`: the township or the county) when given — whose name
 * is `namePrefix` or starts with it, by name then ID hash, a page at a time (staff's ledger search).
 */
export interface RosterQuery {
  region: string;
  area?: string;
  namePrefix?: string;
  limit?: number;
  cursor?: string;
}

/** Staff accounts or access-log entries, a page at a time (default 20, at most 100), within a scope when given. */
export interface StaffListQuery {
  region?: string;
  area?: string;
  /** The account audit of one login (its target). */
  login?: string;
  limit?: number;
  cursor?: string;
}
