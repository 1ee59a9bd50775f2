import fs from 'fs';
import { AsyncLocalStorage } from 'async_hooks';
import path from 'path';
import Database from 'better-sqlite3';
import { DEFAULT_PAGE, DuplicateKeyError, MAX_PAGE } from './store';
import type { ApplicationQuery, MessageQuery, Store, StoreTx } from './store';
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
  StaffListQuery,
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
];

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
  };
}

/** A staff list's scope filter: the region, and the area when given (conditions on the documents' own fields). */
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

  const listAll = <T>(sql: string, ...params: unknown[]): T[] =>
    (db.prepare(sql).all(...params) as Row[]).map((r) => JSON.parse(r.doc) as T);

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
      const where: string[] = [];
      const params: unknown[] = [];
      const who: string[] = [];
      if (q.filerOpenid !== undefined) {
        who.push('filer_openid = ?');
        params.push(q.filerOpenid);
      }
      if (q.principalIdHashes && q.principalIdHashes.length > 0) {
        who.push(`principal_id_hash IN (${q.principalIdHashes.map(() => '?').join(', ')})`);
        params.push(...q.principalIdHashes);
      }
      // Asked for someone's applications but nobody given: nothing, not everything.
      if (who.length === 0 && (q.filerOpenid !== undefined || q.principalIdHashes !== undefined)) return { items: [], total: 0, nextCursor: null };
      if (who.length > 0) where.push(`(${who.join(' OR ')})`);
      if (q.status !== undefined) {
        where.push('status = ?');
        params.push(q.status);
      }
      if (q.type !== undefined) {
        where.push('type = ?');
        params.push(q.type);
      }
      if (q.number !== undefined) {
        where.push("json_extract(doc, '$.number') = ?");
        params.push(q.number);
      }
      if (q.office !== undefined) {
        where.push('office_region = ?');
        params.push(q.office.region);
        if (q.office.area !== undefined) {
          where.push('office_area = ?');
          params.push(q.office.area);
        }
      }
      if (q.submitted !== undefined) {
        // The queue key is '~' until the first submission, so this keeps drafts out with the index's range.
        where.push('queue_key < ?');
        params.push(NOT_SUBMITTED_KEY);
        if (q.submitted.from !== undefined) {
          where.push('queue_key >= ?');
          params.push(q.submitted.from);
        }
        if (q.submitted.before !== undefined) {
          where.push('queue_key < ?');
          params.push(q.submitted.before);
        }
      }
      if (q.principalNamePrefix !== undefined) {
        // Not indexed: read within the rows the other filters leave (a staff member's scope).
        where.push("substr(json_extract(doc, '$.content.principal.name'), 1, length(?)) = ?");
        params.push(q.principalNamePrefix, q.principalNamePrefix);
      }
      if (q.phone !== undefined) {
        where.push("(json_extract(doc, '$.content.principal.phone') = ? OR json_extract(doc, '$.content.agent.phone') = ?)");
        params.push(q.phone, q.phone);
      }
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM applications ${filter}`).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const [keyColumn, cmp, direction] =
        q.order === 'queue' ? ['queue_key', '>', 'ASC'] : q.order === 'queueNewest' ? ['queue_key', '<', 'DESC'] : ['created_at', '<', 'DESC'];
      const pageWhere = [...where];
      const pageParams = [...params];
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        pageWhere.push(`(${keyColumn} ${cmp} ? OR (${keyColumn} = ? AND id ${cmp} ?))`);
        pageParams.push(after.key, after.key, after.id);
      }
      const sql = `SELECT ${keyColumn} AS k, doc FROM applications ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
                   ORDER BY ${keyColumn} ${direction}, id ${direction} LIMIT ?`;
      const rows = db.prepare(sql).all(...pageParams, limit + 1) as (Row & { k: string })[];
      const more = rows.length > limit;
      const shown = more ? rows.slice(0, limit) : rows;
      const items = shown.map((r) => JSON.parse(r.doc) as ApplicationRecord);
      const last = shown[shown.length - 1];
      return { items, total, nextCursor: more && last ? encodeCursor({ key: last.k, id: items[items.length - 1].id }) : null };
    }),
    listAudit: locked(async (applicationId: string) => listAll<AuditEntry>('SELECT doc FROM audit WHERE application_id = ? ORDER BY seq', applicationId)),
    listFamilyMembers: locked(async (openid: string) =>
      listAll<FamilyMemberRecord>('SELECT doc FROM family_members WHERE openid = ? ORDER BY created_at, id', openid),
    ),
    listMaterials: locked(async (applicationId: string) =>
      listAll<MaterialRecord>('SELECT doc FROM materials WHERE application_id = ? ORDER BY uploaded_at, id', applicationId),
    ),
    claimsOf: locked(async (openid: string) =>
      db
        .prepare('SELECT id_hash AS idHash, openid, claimed_at AS claimedAt FROM identity_claims WHERE openid = ? ORDER BY claimed_at')
        .all(openid) as IdentityClaim[],
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
      const row = db.prepare('SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes FROM materials WHERE uploaded_by = ?').get(openid) as {
        count: number;
        bytes: number;
      };
      return { count: row.count, bytes: row.bytes };
    }),
    count: locked(async (collection: Collection) => (db.prepare(`SELECT COUNT(*) AS n FROM ${TABLES[collection]}`).get() as { n: number }).n),
    listMessages: locked(async (q: MessageQuery) => {
      const where = ['openid = ?', ...(q.unread ? ['read = 0'] : [])];
      const params: unknown[] = [q.openid];
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM messages WHERE ${where.join(' AND ')}`).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        where.push('(created_at < ? OR (created_at = ? AND id < ?))');
        params.push(after.key, after.key, after.id);
      }
      const rows = db
        .prepare(`SELECT doc FROM messages WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as MessageRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.createdAt, id: last.id }) : null };
    }),
    unreadMessages: locked(
      async (openid: string) => (db.prepare('SELECT COUNT(*) AS n FROM messages WHERE openid = ? AND read = 0').get(openid) as { n: number }).n,
    ),
    listStaffUsers: locked(async (q: StaffListQuery) => {
      const { where, params } = staffScopeWhere(q, "json_extract(doc, '$.region')", "json_extract(doc, '$.area')");
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM staff_users ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).get(...params) as { n: number }).n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        where.push('login > ?');
        params.push(decodeCursor(q.cursor).key);
      }
      const rows = db
        .prepare(`SELECT doc FROM staff_users ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY login LIMIT ?`)
        .all(...params, limit + 1) as Row[];
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
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM staff_access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).get(...params) as { n: number })
        .n;
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        where.push('(at < ? OR (at = ? AND id < ?))');
        params.push(after.key, after.key, after.id);
      }
      const rows = db
        .prepare(`SELECT doc FROM staff_access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ?`)
        .all(...params, limit + 1) as Row[];
      const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as StaffAccessRecord);
      const last = items[items.length - 1];
      return { items, total, nextCursor: rows.length > limit && last ? encodeCursor({ key: last.at, id: last.id }) : null };
    }),
    close: () => exclusive(async () => void db.close()),
  };
  return store;
}
