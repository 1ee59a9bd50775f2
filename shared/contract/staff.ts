import type { ApplicationStatus, ApplicationSummary, ApplicationView, Page } from './applications';
import type { ApplicationType } from '../applications/types';

/**
 * Wire types of the staff console's HTTP API (issue 16): what the console (staff/) receives from the handlers in
 * server/staff/, served by the local gateway under /staff/api/ and on CloudBase through HTTP access to the `staff`
 * function. Every answer is an Envelope (./envelope.ts). Authentication is the staff's own (login and password,
 * a session cookie), independent of WeChat identities and development sessions.
 *
 * Routes (JSON bodies; every method other than GET needs the `X-CSRF-Token` header of the session):
 *   POST /staff/api/login                        {login, password} → StaffSession (sets the HttpOnly session cookie)
 *   POST /staff/api/logout                       → {}
 *   GET  /staff/api/me                           → StaffSession
 *   POST /staff/api/password                     {current, next} → {}
 *   GET  /staff/api/applications?…QueueQuery     → StaffQueuePage
 *   GET  /staff/api/applications/:idOrNumber     → StaffApplicationDetail
 *   POST /staff/api/applications/:id/reveal      {person: 'principal'|'agent'} → {idNumber, phone?} (written to the access log;
 *                                                the phone is shown masked everywhere else, 138****1234)
 *   POST /staff/api/applications/:id/accept      {amount?, confirmDuplicate?} → StaffApplicationDetail
 *   POST /staff/api/applications/:id/return      {reason, concerns?} → StaffApplicationDetail
 *   POST /staff/api/applications/:id/reject      {reason, concerns?} → StaffApplicationDetail
 *   GET  /staff/api/materials/:materialId        → the image bytes (image/jpeg|png), for a material the session may see
 *   GET  /staff/api/return-templates?type=…      → ReturnTemplate[]
 *   GET  /staff/api/users                        (admin) → Page<StaffUserView>
 *   POST /staff/api/users                        (admin) {login, name, role, region, area?, password} → StaffUserView
 *   POST /staff/api/users/:login/disable         (admin) → StaffUserView
 *   POST /staff/api/users/:login/enable          (admin) → StaffUserView
 *   POST /staff/api/users/:login/password        (admin) {password} → StaffUserView
 *   GET  /staff/api/access-log?cursor=&limit=    (admin) → Page<AccessLogEntry>
 */

/** reviewer: 审核 and decide; approver: also 审批 (the 县退役军人事务局's approval and payment); admin: manages accounts. */
export type StaffRole = 'reviewer' | 'approver' | 'admin';

/**
 * Where a staff member works, and so what they see: a region id of the registry or the 山西 filing offices' id
 * (shared/applications/offices.ts); `area` narrows it to one county, city or township ("通江县", "太原市"); null
 * sees the whole region.
 */
export interface StaffScope {
  region: string;
  area: string | null;
}

export interface StaffUserView extends StaffScope {
  login: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface StaffSession {
  user: StaffUserView;
  /** Sent back as the X-CSRF-Token header on every request that changes something. */
  csrfToken: string;
  /** When the session ends unless used (ISO). */
  expiresAt: string;
}

/** The office an application is handled by: its 参保地 (a filing) or the veteran's 乡镇 (a 优抚 claim). */
export interface ApplicationOffice extends StaffScope {
  /** As shown: "巴中市 通江县", "山西省 太原市". */
  label: string;
}

export interface QueueQuery {
  status?: ApplicationStatus | 'all';
  type?: ApplicationType;
  /** Submitted on or after / on or before, China dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** One area inside the staff member's region. */
  area?: string;
  /** A business number, a name, a phone number or an ID number (an ID number is matched by its lookup hash). */
  q?: string;
  order?: 'oldest' | 'newest';
  cursor?: string;
  limit?: number;
}

export interface StaffQueueItem extends ApplicationSummary {
  office: ApplicationOffice | null;
  /** Submitted at, China time, as shown: "2026-12-01 13:57". */
  submittedAtText: string | null;
  /** Another application of the same person for an overlapping stay (a possible duplicate claim). */
  duplicateWarning: string | null;
}

export interface StaffQueuePage extends Page<StaffQueueItem> {
  /** Per status, within the same scope and filters except status. */
  counts: Partial<Record<ApplicationStatus, number>>;
}

export interface StaffMaterialImage {
  id: string;
  item: string;
  name: string;
  mime: string;
  size: number;
  uploadedAt: string;
  /** GET path of the bytes (/staff/api/materials/:id), authorised by the session cookie. */
  url: string;
}

export interface StaffApplicationDetail {
  application: ApplicationView;
  office: ApplicationOffice | null;
  /** Every field as the applicant gave it, labelled, in form order (ID numbers masked until revealed). */
  fields: { path: string; label: string; value: string }[];
  materials: StaffMaterialImage[];
  /** The estimate stored with the application (a 优抚 claim's), with its explanation steps; null when none. */
  estimate: { summary: string; lines: { label: string; amount: string; note?: string }[] } | null;
  duplicateWarnings: string[];
  /** What this staff member may do now. */
  can: { accept: boolean; return: boolean; reject: boolean; reveal: boolean };
  /** What accepting asks for (a 优抚 claim's approved amount), by field. */
  acceptExtras: { field: 'amount' | 'confirmDuplicate'; label: string; required: boolean }[];
  /** Submitted at, China time ("2026-12-01 13:57"); null for an application never submitted. */
  submittedAtText: string | null;
  /** The application's timeline with each time as staff read it, China time. */
  timeline: (ApplicationView['timeline'][number] & { atText: string })[];
  /** Why an action in `can` is false for this staff member (e.g. acceptance is the county's), in plain Chinese. */
  notes: string[];
  /** The PDFs the record has (GET /applications/:id/documents/:document.pdf): a signed 承诺书, an accepted 备案's 凭证. */
  documents?: ('commitment' | 'voucher')[];
}

export interface ReturnTemplate {
  id: string;
  text: string;
  /** The boxes and materials it concerns, preselected when chosen. */
  concerns: { fields: string[]; materials: string[] };
}

export interface AccessLogEntry {
  at: string;
  staff: string;
  applicationId: string;
  number: string | null;
  person: 'principal' | 'agent';
  /** Whose number was seen, masked: "王大山 5119**********1234". */
  subject: string;
  /** Why the staff member needed it, in their words (optional). */
  reason?: string | null;
}

/**
 * The audit of staff account changes (server/staff/accounts/audit.ts), append-only, console and CLI alike:
 *   GET  /staff/api/account-audit?login=&cursor=&limit=   (admin) → Page<StaffAccountAuditEntry>, newest first
 *   POST /staff/api/users/:login/access                   (admin) {role, region, area?} → StaffUserView
 * An administrator reads the changes of accounts within their own scope; `yibao staff account-log` reads them all.
 */
export type StaffAccountAction = 'create' | 'disable' | 'enable' | 'reset-password' | 'change-password' | 'change-access';

export interface StaffAccountAuditEntry {
  id: string;
  at: string;
  /** China time, "2026-12-01 13:57". */
  atText: string;
  action: StaffAccountAction;
  /** "创建账号", "停用", …. */
  actionLabel: string;
  /** "姓名（登录名）" of the account that made the change, or "命令行". */
  actor: string;
  via: 'console' | 'cli';
  /** The console client's address, or "命令行（系统用户 …）". */
  address: string;
  /** The login changed. */
  target: string;
  /** The account's scope after the change, as read: "巴中市 通江县". */
  scopeLabel: string;
  /** What changed, in words (never a password). */
  detail: string;
}

/**
 * Identity verification at the window (server/staff/identity.ts; the service is server/identity/staff.ts):
 *   GET  /staff/api/identity?idNumber=…          → StaffIdentityView (the person's bindings and their history)
 *   POST /staff/api/identity/verify              {idNumber, name, ref, evidence} → StaffIdentityBinding
 *   POST /staff/api/identity/revoke              {idNumber, ref, reason} → StaffIdentityBinding
 *   POST /staff/api/identity/issue-code          {idNumber, name} → StaffIssuedCode (the code is shown once)
 * The staff member recorded is the session's account ("姓名（登录名）"); every call is in the access log.
 */
export interface StaffIdentityBinding {
  ref: string;
  /** A short digest of the account, never the openid. */
  account: string;
  role: string;
  relation: string | null;
  declaredName: string;
  idNumberMasked: string;
  level: string;
  source: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  createdAt: string;
}

export interface StaffIdentityView {
  idNumberMasked: string;
  bindings: (StaffIdentityBinding & { createdAtText: string; verifiedAtText: string | null; revokedAtText: string | null })[];
  history: { at: string; atText: string; action: string; who: string; note: string }[];
}

export interface StaffIssuedCode {
  code: string;
  expiresAt: string;
  expiresAtText: string;
  name: string;
  idNumberMasked: string;
}

/**
 * The 非一站式 round (000 第六条: 每年7月和12月, 乡镇服务站审核后统一收缴登记, 县退役军人事务局审批拨付):
 *   GET  /staff/api/veteran/round?township=&year=&month=7|12        (reviewer, approver) → VeteranRoundView
 *   GET  /staff/api/veteran/round/export?township=&year=&month=     (reviewer, approver) → XLSX 医疗补助审批表
 *   POST /staff/api/veteran/round/claims/:id/review {note?}        (reviewer) → VeteranRoundMarkAnswer
 *   POST /staff/api/veteran/round/claims/:id/collect {note?}       (reviewer) → VeteranRoundMarkAnswer (收缴登记, after 审核)
 *   POST /staff/api/veteran/round/claims/:id/paid {date, paymentId?} (approver) → VeteranRoundMarkAnswer
 */
export interface VeteranRoundClaim {
  id: string;
  number: string | null;
  name: string;
  idNumberMasked: string;
  categoryLabel: string;
  disabilityGrade: number | null;
  hospital: string;
  admissionDate: string;
  dischargeDate: string;
  totalCost: string | null;
  inScopeSelfPay: string;
  outOfScope: string | null;
  personalAccountPaid: string | null;
  ratio: string;
  estimatedSubsidy: string;
  status: string;
  statusLabel: string;
  /** China time, "2026-12-01 13:57". */
  submittedAtText: string;
  /** 乡镇服务站 审核通过，待审批: who and when (China time), while the claim waits or once accepted. */
  review: { by: string; atText: string; note: string | null } | null;
  /** 乡镇服务站 收缴登记 of the 结算单 (after its 审核): who and when (China time). */
  collected?: { by: string; atText: string; note: string | null } | null;
  /** Once accepted: the amount the ledger recorded and the day. */
  approved: { amount: string; date: string; by: string } | null;
  /** 标记已拨付: the day of payment, who marked it and when. */
  disbursed: { date: string; by: string; atText: string; paymentId: string } | null;
}

export interface VeteranRoundView {
  region: string;
  township: string;
  year: number;
  month: 7 | 12;
  /** "2026 年 12 月". */
  roundLabel: string;
  /** How claims are put in a round, in words. */
  rule: string;
  claims: VeteranRoundClaim[];
  totals: { count: number; estimated: string; approved: string; disbursed: string };
  /** The townships the actor may choose (their own only, for township staff). */
  townships: string[];
}

export interface VeteranRoundMarkAnswer {
  claim: VeteranRoundClaim;
  /** Set when the mark was already there: who and when, in words; nothing was written. */
  already: string | null;
}

/*
 * Veteran roster and payment imports, and a veteran's ledger (server/staff/veteran/imports.ts, ledger.ts):
 *   POST /staff/api/veteran/imports/preview  (approver) {kind, fileName, contentBase64} → VeteranImportPreview (writes nothing)
 *   POST /staff/api/veteran/imports/commit   (approver) {kind, fileName, contentBase64, token, allowErrors?} → VeteranImportCommitResult
 *   GET  /staff/api/veteran/ledger?idNumber=|person=&year=   (reviewer of the township, approver) → VeteranLedgerView
 *   GET  /staff/api/veteran/ledger/search?q=&cursor=&limit= (the same) → Page<VeteranRosterHit> (a name or an ID number)
 * The file (CSV or XLSX, at most 6 MB) goes as Base64 in the JSON body; these two routes take bodies up to 8,454,144 bytes.
 */
export type VeteranImportKind = 'roster' | 'payments';

export interface VeteranImportRowView {
  line: number;
  /** The file's cells under `columns`, as text, ID numbers masked. */
  cells: string[];
  ok: boolean;
}

export interface VeteranImportPreview {
  /** Sent back with the same file to commit: bound to this session and account, valid until `expiresAt`, used once. */
  token: string;
  expiresAt: string;
  columns: string[];
  /** The first 500 rows and every refused one. */
  rows: VeteranImportRowView[];
  /** At most 1,000; `summary.errorCount` counts them all. */
  errors: { line: number; field: string | null; message: string }[];
  summary: {
    kind: VeteranImportKind;
    fileName: string;
    size: number;
    sizeText: string;
    format: 'csv' | 'xlsx';
    rows: number;
    /** Rows a commit writes (the good ones). */
    willWrite: number;
    /** Payments already in the ledger (the same list again). */
    unchanged: number;
    errorLines: number;
    errorCount: number;
    ignoredColumns: string[];
  };
}

export interface VeteranImportCommitResult {
  kind: VeteranImportKind;
  fileName: string;
  at: string;
  rows: number;
  written: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Refused lines left out (only with 忽略错误行). */
  skippedLines: number;
  recorded: { outpatientAllowance: number; inpatientSubsidy: number } | null;
}

/** A veteran found by name or ID number within the staff member's scope; `ref` opens the ledger (?person=ref). */
export interface VeteranRosterHit {
  ref: string;
  name: string;
  idNumberMasked: string;
  category: string;
  county: string | null;
  township: string;
  rosterYear: number;
}

export interface VeteranLedgerView {
  person: { name: string; idNumber: string; category: string; county: string | null; township: string; rosterYear: number };
  year: number;
  allowance: { standard: string | null; paid: { amount: string; date: string } | null };
  inpatientPaid: string;
  inpatientCount: number;
  annualCap: string | null;
  remainingCap: string | null;
  /** Why no figures are shown (the rules do not cover the year, or the person gets none); null otherwise. */
  rulesNote: string | null;
  payments: { date: string; kind: string; route: string | null; amount: string; hospital: string | null; reference: string | null; source: string; recordedAtText: string }[];
}
