import fs from 'fs';
import { AsyncLocalStorage } from 'async_hooks';
import path from 'path';
import Database from 'better-sqlite3';
import { DEFAULT_PAGE, DuplicateKeyError, MAX_PAGE } from './store';
import type { ApplicationQuery, MessageQuery, Store, StoreTx, YearRecordQuery } from './store';
import { decodeCursor, encodeCursor, NOT_SUBMITTED_KEY, pageSize } from './cursor';
import type {
  ApplicationRecord,
  AuditEntry,
  Collection,
  FamilyMemberRecord,
  IdempotencyRecord,
  IdentityClaim,
  BindingEvent,
  IdentityBinding,
  MaterialRecord,
  MetaRecord,
  MessageRecord,
  MessageSubscription,
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
 * The embedded store: one SQLite file under DATA_DIR (default ./data). WAL so readers never block the writer;
 * busy_timeout so the gateway and the `yibao` CLI can share the file; BEGIN IMMEDIATE for every change, so a
 * transaction holds the write lock from its first statement and two submissions cannot both read "no such key".
 */
export const SQLITE_FILE = 'yibao.sqlite';

/** Each entry migrates from version i to i + 1; `user_version` records how far a file has come. */
const MIGRATIONS: string[] = [
  `CREATE TABLE applications (
     id TEXT PRIMARY KEY,
     filer_openid TEXT NOT NULL,
     principal_id_hash TEXT,
     status TEXT NOT NULL,
     created_at TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX applications_filer ON applications(filer_openid, created_at);
   CREATE INDEX applications_principal ON applications(principal_id_hash, created_at);
   CREATE INDEX applications_status ON applications(status, created_at);
   CREATE TABLE audit (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     application_id TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX audit_application ON audit(application_id, seq);
   CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
   CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
   CREATE TABLE family_members (
     id TEXT PRIMARY KEY,
     openid TEXT NOT NULL,
     created_at TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX family_members_openid ON family_members(openid, created_at);
   CREATE TABLE materials (
     id TEXT PRIMARY KEY,
     application_id TEXT NOT NULL,
     uploaded_at TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX materials_application ON materials(application_id, uploaded_at);
   CREATE TABLE idempotency (
     openid TEXT NOT NULL,
     request_id TEXT NOT NULL,
     application_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (openid, request_id)
   );
   CREATE TABLE identity_claims (
     id_hash TEXT PRIMARY KEY,
     openid TEXT NOT NULL,
     claimed_at TEXT NOT NULL
   );
   CREATE INDEX identity_claims_openid ON identity_claims(openid);`,
  // The veterans' ledger (issue 6): roster entries, yearly ledgers, and payments (append-only, like the audit).
  `CREATE TABLE veteran_roster (
     id_hash TEXT PRIMARY KEY,
     doc TEXT NOT NULL
   );
   CREATE TABLE veteran_ledgers (
     id TEXT PRIMARY KEY,
     id_hash TEXT NOT NULL,
     year INTEGER NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE TABLE veteran_payments (
     id TEXT PRIMARY KEY,
     id_hash TEXT NOT NULL,
     year INTEGER NOT NULL,
     date TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX veteran_payments_year ON veteran_payments(id_hash, year, date);
   CREATE TRIGGER veteran_payments_no_update BEFORE UPDATE ON veteran_payments BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
   CREATE TRIGGER veteran_payments_no_delete BEFORE DELETE ON veteran_payments BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;`,
  // Issue 11: account-to-person bindings with levels (identity_claims stays, unread: first-come claims gave nothing a
  // declared binding does not), their append-only history, one-time roster codes, rate counters, store facts; the
  // staff queue orders by submission; materials by uploader for the per-account quota.
  `CREATE TABLE identity_bindings (
     id TEXT PRIMARY KEY,
     openid TEXT NOT NULL,
     id_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX identity_bindings_openid ON identity_bindings(openid, created_at);
   CREATE INDEX identity_bindings_person ON identity_bindings(id_hash, created_at);
   CREATE TABLE binding_events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     id_hash TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX binding_events_person ON binding_events(id_hash, seq);
   CREATE TRIGGER binding_events_no_update BEFORE UPDATE ON binding_events BEGIN SELECT RAISE(ABORT, 'binding events are append-only'); END;
   CREATE TRIGGER binding_events_no_delete BEFORE DELETE ON binding_events BEGIN SELECT RAISE(ABORT, 'binding events are append-only'); END;
   CREATE TABLE verification_codes (
     id_hash TEXT PRIMARY KEY,
     doc TEXT NOT NULL
   );
   CREATE TABLE rate_counters (
     id TEXT PRIMARY KEY,
     expires_at TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE TABLE meta (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   ALTER TABLE applications ADD COLUMN queue_key TEXT NOT NULL DEFAULT '~';
   ALTER TABLE applications ADD COLUMN type TEXT;
   UPDATE applications SET queue_key = COALESCE(json_extract(doc, '$.submittedAt'), '~'), type = json_extract(doc, '$.type');
   CREATE INDEX applications_queue ON applications(status, queue_key, id);
   ALTER TABLE materials ADD COLUMN uploaded_by TEXT;
   ALTER TABLE materials ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
   UPDATE materials SET uploaded_by = json_extract(doc, '$.uploadedBy'), size = json_extract(doc, '$.size');
   CREATE INDEX materials_uploader ON materials(uploaded_by);`,
  // Issue 12: the in-app 消息 of each account (newest first, unread counted) and its WeChat one-time subscriptions.
  `CREATE TABLE messages (
     id TEXT PRIMARY KEY,
     openid TEXT NOT NULL,
     created_at TEXT NOT NULL,
     read INTEGER NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX messages_openid ON messages(openid, created_at, id);
   CREATE INDEX messages_unread ON messages(openid, read);
   CREATE TABLE message_subscriptions (
     id TEXT PRIMARY KEY,
     openid TEXT NOT NULL,
     doc TEXT NOT NULL
   );`,
  // Issue 14: each account's year record per person and year (server/year), read and written by id.
  `CREATE TABLE year_records (
     id TEXT PRIMARY KEY,
     openid TEXT NOT NULL,
     person TEXT NOT NULL,
     year INTEGER NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX year_records_person ON year_records(openid, person, year);`,
  // Issue 16: the office that handles each application (its 参保地, or a veteran's 乡镇), so a staff member's queue is
  // read from their own scope by index, in queue order with the id tie-break.
  // Records older than offices: a filing (备案, 手工报销) was a 山西 filing with no office named (003); a 优抚 claim goes to
  // its veteran's region and 乡镇 (the claim's roster snapshot, else the roster entry), the same as
  // server/applications/office.ts works out for a new one. The record itself gets the office too, so views show it.
  `ALTER TABLE applications ADD COLUMN office_region TEXT;
   ALTER TABLE applications ADD COLUMN office_area TEXT;
   UPDATE applications SET doc = json_set(doc, '$.office', json_object('region', 'shanxi', 'area', NULL))
     WHERE json_type(doc, '$.office') IS NULL AND type IN ('remoteFiling', 'manualReimbursement');
   UPDATE applications SET doc = json_set(doc, '$.office', json_object(
       'region', COALESCE(json_extract(doc, '$.subsidyClaim.veteran.region'), (SELECT json_extract(v.doc, '$.region') FROM veteran_roster v WHERE v.id_hash = applications.principal_id_hash)),
       'area', (SELECT NULLIF(TRIM(json_extract(v.doc, '$.township')), '') FROM veteran_roster v WHERE v.id_hash = applications.principal_id_hash)))
     WHERE json_type(doc, '$.office') IS NULL AND type = 'veteranSubsidy'
       AND COALESCE(json_extract(doc, '$.subsidyClaim.veteran.region'), (SELECT json_extract(v.doc, '$.region') FROM veteran_roster v WHERE v.id_hash = applications.principal_id_hash)) IS NOT NULL;
   UPDATE applications SET office_region = json_extract(doc, '$.office.region'), office_area = json_extract(doc, '$.office.area');
   CREATE INDEX applications_office_queue ON applications(office_region, status, queue_key, id);
   CREATE INDEX applications_office_area_queue ON applications(office_region, office_area, status, queue_key, id);`,
  // Issue 16: staff accounts (their own logins, independent of WeChat), their sessions (by the token's hash), and the
  // append-only log of who revealed which person's full ID number, when (PIPL).
  `CREATE TABLE staff_users (
     login TEXT PRIMARY KEY,
     doc TEXT NOT NULL
   );
   CREATE TABLE staff_sessions (
     id TEXT PRIMARY KEY,
     login TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX staff_sessions_login ON staff_sessions(login);
   CREATE TABLE staff_access_log (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     at TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE TRIGGER staff_access_log_no_update BEFORE UPDATE ON staff_access_log BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
   CREATE TRIGGER staff_access_log_no_delete BEFORE DELETE ON staff_access_log BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;`,
  // Issue 16: the append-only audit of staff account changes (who created, disabled, enabled, reset or re-scoped
  // which account, when, from where), listed newest first within an administrator's scope; and the expiry of
  // sessions indexed, so the gateway's sweep deletes the expired ones of every login without a scan.
  `CREATE TABLE staff_account_audit (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     at TEXT NOT NULL,
     target TEXT NOT NULL,
     target_region TEXT NOT NULL,
     target_area TEXT,
     doc TEXT NOT NULL
   );
   CREATE INDEX staff_account_audit_at ON staff_account_audit(at, id);
   CREATE INDEX staff_account_audit_scope ON staff_account_audit(target_region, target_area, at, id);
   CREATE INDEX staff_account_audit_target ON staff_account_audit(target, at, id);
   CREATE TRIGGER staff_account_audit_no_update BEFORE UPDATE ON staff_account_audit BEGIN SELECT RAISE(ABORT, 'the account audit is append-only'); END;
   CREATE TRIGGER staff_account_audit_no_delete BEFORE DELETE ON staff_account_audit BEGIN SELECT RAISE(ABORT, 'the account audit is append-only'); END;
   CREATE INDEX staff_sessions_expires ON staff_sessions(expires_at);`,
  // Issue 17: every list reads its page in index order — filter columns, then the sort key, then the id tie-break —
  // so no list sorts, and a deep cursor page starts where the cursor points. The office queues carry type (and, when
  // any status is asked for, status) after the order, so their totals are counted in the index alone; the searches
  // (business number, phone, ID lookup hash) have their own queue-ordered indexes. test/store/query-plans.test.ts
  // checks each list's plan.
  `DROP INDEX applications_filer;
   CREATE INDEX applications_filer ON applications(filer_openid, created_at, id);
   DROP INDEX applications_principal;
   CREATE INDEX applications_principal ON applications(principal_id_hash, created_at, id);
   CREATE INDEX applications_principal_queue ON applications(principal_id_hash, queue_key, id);
   DROP INDEX applications_status;
   CREATE INDEX applications_created ON applications(created_at, id);
   CREATE INDEX applications_queue_all ON applications(queue_key, id);
   DROP INDEX applications_office_queue;
   CREATE INDEX applications_office_queue ON applications(office_region, status, queue_key, id, type);
   DROP INDEX applications_office_area_queue;
   CREATE INDEX applications_office_area_queue ON applications(office_region, office_area, status, queue_key, id, type);
   CREATE INDEX applications_office_all ON applications(office_region, queue_key, id, type, status);
   CREATE INDEX applications_office_area_all ON applications(office_region, office_area, queue_key, id, type, status);
   CREATE INDEX applications_number ON applications(json_extract(doc, '$.number'), queue_key, id);
   CREATE INDEX applications_principal_phone ON applications(json_extract(doc, '$.content.principal.phone'), queue_key, id);
   CREATE INDEX applications_agent_phone ON applications(json_extract(doc, '$.content.agent.phone'), queue_key, id);
   DROP INDEX family_members_openid;
   CREATE INDEX family_members_openid ON family_members(openid, created_at, id);
   DROP INDEX materials_application;
   CREATE INDEX materials_application ON materials(application_id, uploaded_at, id);
   DROP INDEX materials_uploader;
   CREATE INDEX materials_uploader ON materials(uploaded_by, size);
   DROP INDEX identity_claims_openid;
   CREATE INDEX identity_claims_openid ON identity_claims(openid, claimed_at);
   DROP INDEX veteran_payments_year;
   CREATE INDEX veteran_payments_year ON veteran_payments(id_hash, year, date, id);
   DROP INDEX identity_bindings_openid;
   CREATE INDEX identity_bindings_openid ON identity_bindings(openid, created_at, id);
   DROP INDEX identity_bindings_person;
   CREATE INDEX identity_bindings_person ON identity_bindings(id_hash, created_at, id);
   CREATE INDEX staff_access_log_at ON staff_access_log(at, id);
   CREATE INDEX staff_access_log_region ON staff_access_log(json_extract(doc, '$.staffRegion'), at, id);
   CREATE INDEX staff_access_log_area ON staff_access_log(json_extract(doc, '$.staffRegion'), json_extract(doc, '$.staffArea'), at, id);
   CREATE INDEX staff_users_region ON staff_users(json_extract(doc, '$.region'), login);
   CREATE INDEX staff_users_area ON staff_users(json_extract(doc, '$.region'), json_extract(doc, '$.area'), login);`,
];

/** The schema version this code writes: files from before it are migrated on opening. */
export const SCHEMA_VERSION = MIGRATIONS.length;

const TABLES: Record<Collection, string> = {
  applications: 'applications',
  audit: 'audit',
  familyMembers: 'family_members',
  materials: 'materials',
  idempotency: 'idempotency',
  identityClaims: 'identity_claims',
  veteranRoster: 'veteran_roster',
  veteranLedgers: 'veteran_ledgers',
  veteranPayments: 'veteran_payments',
  identityBindings: 'identity_bindings',
  bindingEvents: 'binding_events',
  verificationCodes: 'verification_codes',
  rateCounters: 'rate_counters',
  meta: 'meta',
  messages: 'messages',
  messageSubscriptions: 'message_subscriptions',
  yearRecords: 'year_records',
  staffUsers: 'staff_users',
  staffSessions: 'staff_sessions',
  staffAccessLog: 'staff_access_log',
  staffAccountAudit: 'staff_account_audit',
};

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

type Row = { doc: string };
const parse = <T>(row: Row | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null);

/** better-sqlite3's constraint errors become the adapters' common DuplicateKeyError. */
function insertOnce(stmt: Database.Statement, what: string, ...params: unknown[]): void {
  try {
    stmt.run(...params);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateKeyError(what);
    throw error;
  }
}

/** The key-addressed operations, run on the connection as they are: the caller holds the lock. */
function operations(db: Database.Database): StoreTx {
  const s = {
    getApp: db.prepare<[string], Row>('SELECT doc FROM applications WHERE id = ?'),
    insertApp: db.prepare(
      'INSERT INTO applications (id, filer_openid, principal_id_hash, status, created_at, queue_key, type, office_region, office_area, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    updateApp: db.prepare(
      'UPDATE applications SET filer_openid = ?, principal_id_hash = ?, status = ?, queue_key = ?, type = ?, office_region = ?, office_area = ?, doc = ? WHERE id = ?',
    ),
    insertAudit: db.prepare('INSERT INTO audit (id, application_id, doc) VALUES (?, ?, ?)'),
    getKey: db.prepare<[string, string], IdempotencyRecord>(
      'SELECT openid, request_id AS requestId, application_id AS applicationId, created_at AS createdAt FROM idempotency WHERE openid = ? AND request_id = ?',
    ),
    insertKey: db.prepare('INSERT INTO idempotency (openid, request_id, application_id, created_at) VALUES (?, ?, ?, ?)'),
    getClaim: db.prepare<[string], IdentityClaim>('SELECT id_hash AS idHash, openid, claimed_at AS claimedAt FROM identity_claims WHERE id_hash = ?'),
    insertClaim: db.prepare('INSERT INTO identity_claims (id_hash, openid, claimed_at) VALUES (?, ?, ?)'),
    getFamily: db.prepare<[string], Row>('SELECT doc FROM family_members WHERE id = ?'),
    putFamily: db.prepare(
      'INSERT INTO family_members (id, openid, created_at, doc) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc',
    ),
    deleteFamily: db.prepare('DELETE FROM family_members WHERE id = ?'),
    deleteMaterial: db.prepare('DELETE FROM materials WHERE id = ?'),
    getMaterial: db.prepare<[string], Row>('SELECT doc FROM materials WHERE id = ?'),
    insertMaterial: db.prepare('INSERT INTO materials (id, application_id, uploaded_at, uploaded_by, size, doc) VALUES (?, ?, ?, ?, ?, ?)'),
    getRoster: db.prepare<[string], Row>('SELECT doc FROM veteran_roster WHERE id_hash = ?'),
    putRoster: db.prepare('INSERT INTO veteran_roster (id_hash, doc) VALUES (?, ?) ON CONFLICT(id_hash) DO UPDATE SET doc = excluded.doc'),
    getLedger: db.prepare<[string], Row>('SELECT doc FROM veteran_ledgers WHERE id = ?'),
    putLedger: db.prepare(
      'INSERT INTO veteran_ledgers (id, id_hash, year, doc) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc',
    ),
    getPayment: db.prepare<[string], Row>('SELECT doc FROM veteran_payments WHERE id = ?'),
    insertPayment: db.prepare('INSERT INTO veteran_payments (id, id_hash, year, date, doc) VALUES (?, ?, ?, ?, ?)'),
    getBinding: db.prepare<[string], Row>('SELECT doc FROM identity_bindings WHERE id = ?'),
    putBinding: db.prepare(
      'INSERT INTO identity_bindings (id, openid, id_hash, created_at, doc) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc',
    ),
    insertBindingEvent: db.prepare('INSERT INTO binding_events (id, id_hash, doc) VALUES (?, ?, ?)'),
    getCode: db.prepare<[string], Row>('SELECT doc FROM verification_codes WHERE id_hash = ?'),
    putCode: db.prepare('INSERT INTO verification_codes (id_hash, doc) VALUES (?, ?) ON CONFLICT(id_hash) DO UPDATE SET doc = excluded.doc'),
    getCounter: db.prepare<[string], Row>('SELECT doc FROM rate_counters WHERE id = ?'),
    putCounter: db.prepare(
      'INSERT INTO rate_counters (id, expires_at, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET expires_at = excluded.expires_at, doc = excluded.doc',
    ),
    getMeta: db.prepare<[string], MetaRecord>('SELECT key, value, created_at AS createdAt FROM meta WHERE key = ?'),
    insertMeta: db.prepare('INSERT INTO meta (key, value, created_at) VALUES (?, ?, ?)'),
    getMessage: db.prepare<[string], Row>('SELECT doc FROM messages WHERE id = ?'),
    insertMessage: db.prepare('INSERT INTO messages (id, openid, created_at, read, doc) VALUES (?, ?, ?, ?, ?)'),
    updateMessage: db.prepare('UPDATE messages SET read = ?, doc = ? WHERE id = ?'),
    getSubscription: db.prepare<[string], Row>('SELECT doc FROM message_subscriptions WHERE id = ?'),
    putSubscription: db.prepare(
      'INSERT INTO message_subscriptions (id, openid, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc',
    ),
    getYear: db.prepare<[string], Row>('SELECT doc FROM year_records WHERE id = ?'),
    putYear: db.prepare(
      'INSERT INTO year_records (id, openid, person, year, doc) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc',
    ),
    deleteYear: db.prepare('DELETE FROM year_records WHERE id = ?'),
    getStaffUser: db.prepare<[string], Row>('SELECT doc FROM staff_users WHERE login = ?'),
    insertStaffUser: db.prepare('INSERT INTO staff_users (login, doc) VALUES (?, ?)'),
    updateStaffUser: db.prepare('UPDATE staff_users SET doc = ? WHERE login = ?'),
    getStaffSession: db.prepare<[string], Row>('SELECT doc FROM staff_sessions WHERE id = ?'),
    putStaffSession: db.prepare(
      'INSERT INTO staff_sessions (id, login, expires_at, doc) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET expires_at = excluded.expires_at, doc = excluded.doc',
    ),
    deleteStaffSession: db.prepare('DELETE FROM staff_sessions WHERE id = ?'),
    insertAccess: db.prepare('INSERT INTO staff_access_log (id, at, doc) VALUES (?, ?, ?)'),
    insertAccountAudit: db.prepare('INSERT INTO staff_account_audit (id, at, target, target_region, target_area, doc) VALUES (?, ?, ?, ?, ?, ?)'),
  };
  const queueKey = (r: ApplicationRecord) => r.submittedAt ?? NOT_SUBMITTED_KEY;
  const officeColumns = (r: ApplicationRecord): [string | null, string | null] => [r.office?.region ?? null, r.office?.area ?? null];
  return {
    async getApplication(id) {
      return parse<ApplicationRecord>(s.getApp.get(id));
    },
    async insertApplication(r) {
      const [region, area] = officeColumns(r);
      insertOnce(s.insertApp, `applications/${r.id}`, r.id, r.filerOpenid, r.principalIdHash, r.status, r.createdAt, queueKey(r), r.type, region, area, JSON.stringify(r));
    },
    async updateApplication(r) {
      const [region, area] = officeColumns(r);
      return s.updateApp.run(r.filerOpenid, r.principalIdHash, r.status, queueKey(r), r.type, region, area, JSON.stringify(r), r.id).changes === 1;
    },
    async appendAudit(e) {
      insertOnce(s.insertAudit, `audit/${e.id}`, e.id, e.applicationId, JSON.stringify(e));
    },
    async getIdempotency(openid, requestId) {
      return s.getKey.get(openid, requestId) ?? null;
    },
    async insertIdempotency(r) {
      insertOnce(s.insertKey, `idempotency/${r.requestId}`, r.openid, r.requestId, r.applicationId, r.createdAt);
    },
    async getIdentityClaim(idHash) {
      return s.getClaim.get(idHash) ?? null;
    },
    async insertIdentityClaim(c) {
      insertOnce(s.insertClaim, 'identityClaims', c.idHash, c.openid, c.claimedAt);
    },
    async getFamilyMember(id) {
      return parse<FamilyMemberRecord>(s.getFamily.get(id));
    },
    async putFamilyMember(r) {
      s.putFamily.run(r.id, r.openid, r.createdAt, JSON.stringify(r));
    },
    async deleteFamilyMember(id) {
      return s.deleteFamily.run(id).changes === 1;
    },
    async getMaterial(id) {
      return parse<MaterialRecord>(s.getMaterial.get(id));
    },
    async deleteMaterial(id) {
      return s.deleteMaterial.run(id).changes === 1;
    },
    async insertMaterial(r) {
      insertOnce(s.insertMaterial, `materials/${r.id}`, r.id, r.applicationId, r.uploadedAt, r.uploadedBy, r.size, JSON.stringify(r));
    },
    async getVeteranRoster(idHash) {
      return parse<VeteranRosterRecord>(s.getRoster.get(idHash));
    },
    async putVeteranRoster(r) {
      s.putRoster.run(r.idHash, JSON.stringify(r));
    },
    async getVeteranLedger(id) {
      return parse<VeteranLedgerRecord>(s.getLedger.get(id));
    },
    async putVeteranLedger(r) {
      s.putLedger.run(r.id, r.idHash, r.year, JSON.stringify(r));
    },
    async getVeteranPayment(id) {
      return parse<VeteranPaymentRecord>(s.getPayment.get(id));
    },
    async insertVeteranPayment(r) {
      insertOnce(s.insertPayment, `veteranPayments/${r.id}`, r.id, r.idHash, r.year, r.date, JSON.stringify(r));
    },
    async getBinding(id) {
      return parse<IdentityBinding>(s.getBinding.get(id));
    },
    async putBinding(r) {
      s.putBinding.run(r.id, r.openid, r.idHash, r.createdAt, JSON.stringify(r));
    },
    async appendBindingEvent(e) {
      insertOnce(s.insertBindingEvent, `bindingEvents/${e.id}`, e.id, e.idHash, JSON.stringify(e));
    },
    async getVerificationCode(idHash) {
      return parse<VerificationCode>(s.getCode.get(idHash));
    },
    async putVerificationCode(r) {
      s.putCode.run(r.idHash, JSON.stringify(r));
    },
    async getRateCounter(id) {
      return parse<RateCounter>(s.getCounter.get(id));
    },
    async putRateCounter(r) {
      s.putCounter.run(r.id, r.expiresAt, JSON.stringify(r));
    },
    async getMeta(key) {
      return s.getMeta.get(key) ?? null;
    },
    async insertMeta(r) {
      insertOnce(s.insertMeta, `meta/${r.key}`, r.key, r.value, r.createdAt);
    },
    async getMessage(id) {
      return parse<MessageRecord>(s.getMessage.get(id));
    },
    async insertMessage(r) {
      insertOnce(s.insertMessage, `messages/${r.id}`, r.id, r.openid, r.createdAt, r.read ? 1 : 0, JSON.stringify(r));
    },
    async updateMessage(r) {
      return s.updateMessage.run(r.read ? 1 : 0, JSON.stringify(r), r.id).changes === 1;
    },
    async getMessageSubscription(id) {
      return parse<MessageSubscription>(s.getSubscription.get(id));
    },
    async putMessageSubscription(r) {
      s.putSubscription.run(r.id, r.openid, JSON.stringify(r));
    },
    async getYearRecord(id) {
      return parse<StoredYearRecord>(s.getYear.get(id));
    },
    async putYearRecord(r) {
      s.putYear.run(r.id, r.openid, r.person, r.year, JSON.stringify(r));
    },
    async deleteYearRecord(id) {
      return s.deleteYear.run(id).changes === 1;
    },
    async getStaffUser(login) {
      return parse<StaffUserRecord>(s.getStaffUser.get(login));
    },
    async insertStaffUser(r) {
      insertOnce(s.insertStaffUser, `staffUsers/${r.login}`, r.login, JSON.stringify(r));
    },
    async putStaffUser(r) {
      return s.updateStaffUser.run(JSON.stringify(r), r.login).changes === 1;
    },
    async getStaffSession(id) {
      return parse<StaffSessionRecord>(s.getStaffSession.get(id));
    },
    async putStaffSession(r) {
      s.putStaffSession.run(r.id, r.login, r.expiresAt, JSON.stringify(r));
    },
    async deleteStaffSession(id) {
      return s.deleteStaffSession.run(id).changes === 1;
    },
    async appendAccessLog(e) {
      insertOnce(s.insertAccess, `staffAccessLog/${e.id}`, e.id, e.at, JSON.stringify(e));
    },
    async appendStaffAccountAudit(e) {
      insertOnce(s.insertAccountAudit, `staffAccountAudit/${e.id}`, e.id, e.at, e.target, e.targetRegion, e.targetArea, JSON.stringify(e));
    },
  };
}

/** A staff list's scope filter: the region, and the area when given (conditions on the documents' own fields). */
/** A statement and its parameters (the page's LIMIT is bound after them). */
export interface BoundSql {
  sql: string;
  params: unknown[];
}

/** The index of a queue-ordered list without a search: its scope's, with or without the status. */
function queueIndex(q: ApplicationQuery): string {
  const status = q.status !== undefined;
  if (q.office === undefined) return status ? 'applications_queue' : 'applications_queue_all';
  if (q.office.area === undefined) return status ? 'applications_office_queue' : 'applications_office_all';
  return status ? 'applications_office_area_queue' : 'applications_office_area_all';
}

/** One alternative of a list's "one of these" filter, and the index it is read from when the planner must not choose. */
type Arm = BoundSql & { index?: string };

const PRINCIPAL_PHONE = "json_extract(doc, '$.content.principal.phone')";
const AGENT_PHONE = "json_extract(doc, '$.content.agent.phone')";

/**
 * The count and the page statement of `listApplications`; null when the query asks for nobody. Filters that say
 * "one of these" (the filer or a principal; the principal's or the agent's phone) become one arm each, every arm read
 * from its own index in the list's order and merged (UNION ALL of disjoint arms), so the page never sorts; the count
 * adds up the arms' counts. The cursor is a row-value bound on (sort key, id): a deep page starts at the cursor in the
 * index.
 */
export function applicationListSql(q: ApplicationQuery): { count: BoundSql; page: BoundSql } | null {
  const queueOrder = q.order === 'queue' || q.order === 'queueNewest';
  // The arms are disjoint (each excludes the ones before it): they merge with UNION ALL and their counts add up. A
  // search arm names its index: without statistics the planner would rather walk the office's queue index in order
  // and filter it, which at 1M reads the whole office to find the one person.
  const arms: Arm[] = [];
  if (q.filerOpenid !== undefined) arms.push({ sql: 'filer_openid = ?', params: [q.filerOpenid] });
  const byPerson = queueOrder ? 'applications_principal_queue' : 'applications_principal';
  for (const hash of new Set(q.principalIdHashes ?? [])) {
    arms.push(
      q.filerOpenid !== undefined
        ? { sql: 'principal_id_hash = ? AND filer_openid IS NOT ?', params: [hash, q.filerOpenid], index: byPerson }
        : { sql: 'principal_id_hash = ?', params: [hash], index: byPerson },
    );
  }
  // Asked for someone's applications but nobody given: nothing, not everything.
  if (arms.length === 0 && (q.filerOpenid !== undefined || q.principalIdHashes !== undefined)) return null;
  if (q.phone !== undefined) {
    const phones: Arm[] = [
      { sql: `${PRINCIPAL_PHONE} = ?`, params: [q.phone], index: 'applications_principal_phone' },
      { sql: `${AGENT_PHONE} = ? AND ${PRINCIPAL_PHONE} IS NOT ?`, params: [q.phone, q.phone], index: 'applications_agent_phone' },
    ];
    const crossed = arms.length === 0 ? phones : arms.flatMap((a) => phones.map((p) => ({ sql: `${a.sql} AND ${p.sql}`, params: [...a.params, ...p.params], index: p.index })));
    arms.splice(0, arms.length, ...crossed);
  }
  // A business number is one application: its index wins over any other.
  if (q.number !== undefined) {
    if (arms.length === 0) arms.push({ sql: '', params: [] });
    for (const a of arms) a.index = 'applications_number';
  }

  // The rest read the queue index of their scope, named for the same reason (the planner picked a region's index for
  // an area's page when a date range was given).
  const unfiltered = [q.office, q.status, q.type, q.submitted, q.principalNamePrefix].every((f) => f === undefined);
  const scoped = queueOrder ? queueIndex(q) : unfiltered ? 'applications_created' : undefined;
  if (arms.length === 0 && scoped) arms.push({ sql: '', params: [], index: scoped });

  const where: string[] = [];
  const params: unknown[] = [];
  const and = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (q.status !== undefined) and('status = ?', q.status);
  if (q.type !== undefined) and('type = ?', q.type);
  if (q.number !== undefined) and("json_extract(doc, '$.number') = ?", q.number);
  if (q.office !== undefined) {
    and('office_region = ?', q.office.region);
    if (q.office.area !== undefined) and('office_area = ?', q.office.area);
  }
  if (q.submitted !== undefined) {
    // The queue key is '~' until the first submission, so this keeps drafts out with the index's range.
    and('queue_key < ?', NOT_SUBMITTED_KEY);
    if (q.submitted.from !== undefined) and('queue_key >= ?', q.submitted.from);
    if (q.submitted.before !== undefined) and('queue_key < ?', q.submitted.before);
  }
  // Not indexed: read within the rows the other filters leave (a staff member's scope), in its index's order.
  if (q.principalNamePrefix !== undefined) {
    and("substr(json_extract(doc, '$.content.principal.name'), 1, length(?)) = ?", q.principalNamePrefix, q.principalNamePrefix);
  }
  const [key, direction, cmp] = q.order === 'queue' ? ['queue_key', 'ASC', '>'] : q.order === 'queueNewest' ? ['queue_key', 'DESC', '<'] : ['created_at', 'DESC', '<'];
  const from = (arm: Arm | undefined) => `FROM applications${arm?.index ? ` INDEXED BY ${arm.index}` : ''}`;
  const clause = (arm: Arm | undefined, parts: string[]) => {
    const all = arm?.sql ? [arm.sql, ...parts] : parts;
    return all.length ? ` WHERE ${all.join(' AND ')}` : '';
  };
  const each = arms.length ? arms : [undefined];

  // A count of everything is SQLite's b-tree count of the smallest index, whichever a page would name.
  const counts = each.map((arm) => {
    const filter = clause(arm, where);
    return { sql: `SELECT COUNT(*) AS n ${filter ? from(arm) : 'FROM applications'}${filter}`, params: [...(arm?.params ?? []), ...params] };
  });
  const count =
    counts.length === 1
      ? counts[0]
      : { sql: `SELECT ${counts.map((c) => `(${c.sql.replace(' AS n', '')})`).join(' + ')} AS n`, params: counts.flatMap((c) => c.params) };

  const pageWhere = [...where];
  const pageParams = [...params];
  if (q.cursor !== undefined) {
    const after = decodeCursor(q.cursor);
    pageWhere.push(`(${key}, id) ${cmp} (?, ?)`);
    pageParams.push(after.key, after.id);
  }
  const selects = each.map((arm) => ({ sql: `SELECT ${key} AS k, id, doc ${from(arm)}${clause(arm, pageWhere)}`, params: [...(arm?.params ?? []), ...pageParams] }));
  return {
    count,
    page: { sql: `${selects.map((x) => x.sql).join(' UNION ALL ')} ORDER BY k ${direction}, id ${direction} LIMIT ?`, params: selects.flatMap((x) => x.params) },
  };
}

function staffScopeWhere(q: StaffListQuery, regionExpr: string, areaExpr: string): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.region !== undefined) {
    where.push(`${regionExpr} = ?`);
    params.push(q.region);
  }
  if (q.area !== undefined) {
    where.push(`${areaExpr} = ?`);
    params.push(q.area);
  }
  return { where, params };
}

export interface SqliteStoreOptions {
  /** Directory of the file; created if missing. Default: env DATA_DIR, else ./data. */
  dataDir?: string;
  busyTimeoutMs?: number;
  /** Sees every list and count statement before it runs (test/store/query-plans.test.ts explains each one). */
  onQuery?: (sql: string, params: unknown[]) => void;
}

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR || './data');
}

export function openSqliteStore(options: SqliteStoreOptions = {}): Store {
  const dir = options.dataDir ?? dataDirFromEnv();
  fs.mkdirSync(dir, { recursive: true });
  // Owner-only (0600): SQLite gives -wal and -shm the mode of the database file; existing ones are tightened too.
  const file = path.join(dir, SQLITE_FILE);
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  db.pragma('foreign_keys = ON');
  // FULL: a commit reaches the disk before the answer goes out, so an acknowledged submission survives a power
  // cut too, not just a crashed process (NORMAL in WAL may roll back the last commits). Costs ~0.4 ms per commit.
  db.pragma('synchronous = FULL');
  // 32 MB of page cache (SQLite's default is 2 MB): at 1M applications the inner pages of the ~17 indexes a write
  // touches stay in memory between transactions instead of being read again for every submission.
  db.pragma('cache_size = -32768');
  migrate(db);

  const ops = operations(db);
  // One connection serves every caller of this process. A transaction spans awaits, so callers queue here: a
  // read never sees another caller's uncommitted writes and two transactions never interleave on the connection.
  let queue: Promise<unknown> = Promise.resolve();
  // Marks code running inside a transaction: calling the store (not `tx`) there would wait for itself forever.
  const inTransaction = new AsyncLocalStorage<true>();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (inTransaction.getStore()) {
      return Promise.reject(new Error('store used inside its own transaction: use the tx argument (this would deadlock)'));
    }
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  }
  const locked =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      exclusive(() => f(...args));

  // List statements, prepared once each (their text varies only with which filters a query uses).
  const statements = new Map<string, Database.Statement>();
  const run = (sql: string, params: unknown[]): Database.Statement => {
    options.onQuery?.(sql, [...params]);
    let stmt = statements.get(sql);
    if (!stmt) {
      if (statements.size >= 500) statements.clear();
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const listAll = <T>(sql: string, ...params: unknown[]): T[] => (run(sql, params).all(...params) as Row[]).map((r) => JSON.parse(r.doc) as T);

  const store: Store = {
    kind: 'sqlite',
    getApplication: locked(ops.getApplication),
    insertApplication: locked(ops.insertApplication),
    updateApplication: locked(ops.updateApplication),
    appendAudit: locked(ops.appendAudit),
    getIdempotency: locked(ops.getIdempotency),
    insertIdempotency: locked(ops.insertIdempotency),
    getIdentityClaim: locked(ops.getIdentityClaim),
    insertIdentityClaim: locked(ops.insertIdentityClaim),
    getFamilyMember: locked(ops.getFamilyMember),
    putFamilyMember: locked(ops.putFamilyMember),
    deleteFamilyMember: locked(ops.deleteFamilyMember),
    getMaterial: locked(ops.getMaterial),
    insertMaterial: locked(ops.insertMaterial),
    deleteMaterial: locked(ops.deleteMaterial),
    getVeteranRoster: locked(ops.getVeteranRoster),
    putVeteranRoster: locked(ops.putVeteranRoster),
    getVeteranLedger: locked(ops.getVeteranLedger),
    putVeteranLedger: locked(ops.putVeteranLedger),
    getVeteranPayment: locked(ops.getVeteranPayment),
    insertVeteranPayment: locked(ops.insertVeteranPayment),
    getBinding: locked(ops.getBinding),
    putBinding: locked(ops.putBinding),
    appendBindingEvent: locked(ops.appendBindingEvent),
    getVerificationCode: locked(ops.getVerificationCode),
    putVerificationCode: locked(ops.putVerificationCode),
    getRateCounter: locked(ops.getRateCounter),
    putRateCounter: locked(ops.putRateCounter),
    getMeta: locked(ops.getMeta),
    insertMeta: locked(ops.insertMeta),
    getMessage: locked(ops.getMessage),
    insertMessage: locked(ops.insertMessage),
    updateMessage: locked(ops.updateMessage),
    getMessageSubscription: locked(ops.getMessageSubscription),
    putMessageSubscription: locked(ops.putMessageSubscription),
    getYearRecord: locked(ops.getYearRecord),
    putYearRecord: locked(ops.putYearRecord),
    deleteYearRecord: locked(ops.deleteYearRecord),
    getStaffUser: locked(ops.getStaffUser),
    insertStaffUser: locked(ops.insertStaffUser),
    putStaffUser: locked(ops.putStaffUser),
    getStaffSession: locked(ops.getStaffSession),
    putStaffSession: locked(ops.putStaffSession),
    deleteStaffSession: locked(ops.deleteStaffSession),
    appendAccessLog: locked(ops.appendAccessLog),
    appendStaffAccountAudit: locked(ops.appendStaffAccountAudit),

    transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
      return exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await inTransaction.run(true, () => fn(ops));
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
    },

    listApplications: locked(async (q: ApplicationQuery) => {
      const built = applicationListSql(q);
      if (!built) return { items: [], total: 0, nextCursor: null };
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const total = (run(built.count.sql, built.count.params).get(...built.count.params) as { n: number }).n;
      const rows = run(built.page.sql, built.page.params).all(...built.page.params, limit + 1) as (Row & { k: string; id: string })[];
      const more = rows.length > limit;
      const shown = more ? rows.slice(0, limit) : rows;
      const last = shown[shown.length - 1];
      return {
        items: shown.map((r) => JSON.parse(r.doc) as ApplicationRecord),
        total,
        nextCursor: more && last ? encodeCursor({ key: last.k, id: last.id }) : null,
      };
    }),
    listAudit: locked(async (applicationId: string) => listAll<AuditEntry>('SELECT doc FROM audit WHERE application_id = ? ORDER BY seq', applicationId)),
    listFamilyMembers: locked(async (openid: string) =>
      listAll<FamilyMemberRecord>('SELECT doc FROM family_members WHERE openid = ? ORDER BY created_at, id', openid),
    ),
    listMaterials: locked(async (applicationId: string) =>
      listAll<MaterialRecord>('SELECT doc FROM materials WHERE application_id = ? ORDER BY uploaded_at, id', applicationId),
    ),
    claimsOf: locked(async (openid: string) =>
      run('SELECT id_hash AS idHash, openid, claimed_at AS claimedAt FROM identity_claims WHERE openid = ? ORDER BY claimed_at', [openid]).all(openid) as IdentityClaim[],
    ),
    listVeteranPayments: locked(async (idHash: string, year: number) =>
      listAll<VeteranPaymentRecord>('SELECT doc FROM veteran_payments WHERE id_hash = ? AND year = ? ORDER BY date, id', idHash, year),
    ),
    bindingsOf: locked(async (openid: string) =>
      listAll<IdentityBinding>('SELECT doc FROM identity_bindings WHERE openid = ? ORDER BY created_at, id', openid),
    ),
    bindingsFor: locked(async (idHash: string) =>
      listAll<IdentityBinding>('SELECT doc FROM identity_bindings WHERE id_hash = ? ORDER BY created_at, id', idHash),
    ),
    listBindingEvents: locked(async (idHash: string) =>
      listAll<BindingEvent>('SELECT doc FROM binding_events WHERE id_hash = ? ORDER BY seq', idHash),
    ),
    sampleSealedId: locked(async () => {
      for (const [table, jsonPath] of [
        ['family_members', '$.idNumber'],
        ['veteran_roster', '$.idNumber'],
        ['identity_bindings', '$.idNumber'],
      ]) {
        const row = db.prepare(`SELECT json_extract(doc, '${jsonPath}') AS sealed FROM ${table} LIMIT 1`).get() as { sealed: string | null } | undefined;
        if (row?.sealed) return JSON.parse(row.sealed) as SealedId;
      }
      return null;
    }),
    materialUsage: locked(async (openid: string) => {
      const row = run('SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes FROM materials WHERE uploaded_by = ?', [openid]).get(openid) as {
        count: number;
        bytes: number;
      };
      return { count: row.count, bytes: row.bytes };
    }),
    count: locked(async (collection: Collection) => (db.prepare(`SELECT COUNT(*) AS n FROM ${TABLES[collection]}`).get() as { n: number }).n),
    listMessages: locked(async (q: MessageQuery) => {
      const where = ['openid = ?', ...(q.unread ? ['read = 0'] : [])];
      const params: unknown[] = [q.openid];
      const countSql = `SELECT COUNT(*) AS n FROM messages WHERE ${where.join(' AND ')}`;
      const total = (run(countSql, params).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        where.push('(created_at, id) < (?, ?)');
        params.push(after.key, after.id);
      }
      const pageSql = `SELECT doc FROM messages WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`;
      const rows = run(pageSql, params).all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as MessageRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.createdAt, id: last.id }) : null };
    }),
    listYearRecords: locked(async (q: YearRecordQuery) => {
      const total = (run('SELECT COUNT(*) AS n FROM year_records', []).get() as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const after = q.cursor !== undefined ? decodeCursor(q.cursor).id : undefined;
      const params: unknown[] = after === undefined ? [] : [after];
      const pageSql = `SELECT doc FROM year_records ${after === undefined ? '' : 'WHERE id > ?'} ORDER BY id LIMIT ?`;
      const rows = run(pageSql, params).all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as StoredYearRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.id, id: last.id }) : null };
    }),
    unreadMessages: locked(
      async (openid: string) => (run('SELECT COUNT(*) AS n FROM messages WHERE openid = ? AND read = 0', [openid]).get(openid) as { n: number }).n,
    ),
    listStaffUsers: locked(async (q: StaffListQuery) => {
      const { where, params } = staffScopeWhere(q, "json_extract(doc, '$.region')", "json_extract(doc, '$.area')");
      const countSql = `SELECT COUNT(*) AS n FROM staff_users ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
      const total = (run(countSql, params).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        where.push('login > ?');
        params.push(decodeCursor(q.cursor).key);
      }
      const pageSql = `SELECT doc FROM staff_users ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY login LIMIT ?`;
      const rows = run(pageSql, params).all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as StaffUserRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.login, id: last.login }) : null };
    }),
    deleteStaffSessionsOf: locked(async (login: string, expiredBefore?: string) =>
      expiredBefore === undefined
        ? db.prepare('DELETE FROM staff_sessions WHERE login = ?').run(login).changes
        : db.prepare('DELETE FROM staff_sessions WHERE login = ? AND expires_at < ?').run(login, expiredBefore).changes,
    ),
    listAccessLog: locked(async (q: StaffListQuery) => {
      const { where, params } = staffScopeWhere(q, "json_extract(doc, '$.staffRegion')", "json_extract(doc, '$.staffArea')");
      const countSql = `SELECT COUNT(*) AS n FROM staff_access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
      const total = (run(countSql, params).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        where.push('(at, id) < (?, ?)');
        params.push(after.key, after.id);
      }
      const pageSql = `SELECT doc FROM staff_access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ?`;
      const rows = run(pageSql, params).all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as StaffAccessRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.at, id: last.id }) : null };
    }),
    deleteExpiredStaffSessions: locked(
      async (before: string, limit: number) =>
        db.prepare('DELETE FROM staff_sessions WHERE id IN (SELECT id FROM staff_sessions WHERE expires_at < ? LIMIT ?)').run(before, Math.max(0, Math.floor(limit))).changes,
    ),
    listVeteranRoster: locked(async (q: RosterQuery) => {
      // A county's roster is thousands of rows: read within the region's rows, no index of its own.
      const where = ["json_extract(doc, '$.region') = ?"];
      const params: unknown[] = [q.region];
      if (q.area !== undefined) {
        where.push("(json_extract(doc, '$.township') = ? OR json_extract(doc, '$.county') = ?)");
        params.push(q.area, q.area);
      }
      if (q.namePrefix !== undefined) {
        where.push("substr(json_extract(doc, '$.name'), 1, length(?)) = ?");
        params.push(q.namePrefix, q.namePrefix);
      }
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM veteran_roster WHERE ${where.join(' AND ')}`).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        where.push("(json_extract(doc, '$.name') > ? OR (json_extract(doc, '$.name') = ? AND id_hash > ?))");
        params.push(after.key, after.key, after.id);
      }
      const rows = db
        .prepare(`SELECT doc FROM veteran_roster WHERE ${where.join(' AND ')} ORDER BY json_extract(doc, '$.name'), id_hash LIMIT ?`)
        .all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as VeteranRosterRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.name, id: last.idHash }) : null };
    }),
    listStaffAccountAudit: locked(async (q: StaffListQuery) => {
      const { where, params } = staffScopeWhere(q, 'target_region', 'target_area');
      if (q.login !== undefined) {
        where.push('target = ?');
        params.push(q.login);
      }
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM staff_account_audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        where.push('(at < ? OR (at = ? AND id < ?))');
        params.push(after.key, after.key, after.id);
      }
      const rows = db
        .prepare(`SELECT doc FROM staff_account_audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ?`)
        .all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as StaffAccountAuditRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.at, id: last.id }) : null };
    }),
    close: () => exclusive(async () => void db.close()),
  };
  return store;
}
