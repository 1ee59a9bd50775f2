import fs from 'fs';
import { AsyncLocalStorage } from 'async_hooks';
import path from 'path';
import Database from 'better-sqlite3';
import { DuplicateKeyError } from './store';
import type { ApplicationQuery, Store, StoreTx } from './store';
import type {
  ApplicationRecord,
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
    insertApp: db.prepare('INSERT INTO applications (id, filer_openid, principal_id_hash, status, created_at, doc) VALUES (?, ?, ?, ?, ?, ?)'),
    updateApp: db.prepare('UPDATE applications SET filer_openid = ?, principal_id_hash = ?, status = ?, doc = ? WHERE id = ?'),
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
    getMaterial: db.prepare<[string], Row>('SELECT doc FROM materials WHERE id = ?'),
    insertMaterial: db.prepare('INSERT INTO materials (id, application_id, uploaded_at, doc) VALUES (?, ?, ?, ?)'),
    getRoster: db.prepare<[string], Row>('SELECT doc FROM veteran_roster WHERE id_hash = ?'),
    putRoster: db.prepare('INSERT INTO veteran_roster (id_hash, doc) VALUES (?, ?) ON CONFLICT(id_hash) DO UPDATE SET doc = excluded.doc'),
    getLedger: db.prepare<[string], Row>('SELECT doc FROM veteran_ledgers WHERE id = ?'),
    putLedger: db.prepare(
      'INSERT INTO veteran_ledgers (id, id_hash, year, doc) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc',
    ),
    getPayment: db.prepare<[string], Row>('SELECT doc FROM veteran_payments WHERE id = ?'),
    insertPayment: db.prepare('INSERT INTO veteran_payments (id, id_hash, year, date, doc) VALUES (?, ?, ?, ?, ?)'),
  };
  return {
    async getApplication(id) {
      return parse<ApplicationRecord>(s.getApp.get(id));
    },
    async insertApplication(r) {
      insertOnce(s.insertApp, `applications/${r.id}`, r.id, r.filerOpenid, r.principalIdHash, r.status, r.createdAt, JSON.stringify(r));
    },
    async updateApplication(r) {
      return s.updateApp.run(r.filerOpenid, r.principalIdHash, r.status, JSON.stringify(r), r.id).changes === 1;
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
    async insertMaterial(r) {
      insertOnce(s.insertMaterial, `materials/${r.id}`, r.id, r.applicationId, r.uploadedAt, JSON.stringify(r));
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
  };
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
  const db = new Database(path.join(dir, SQLITE_FILE));
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
    getVeteranRoster: locked(ops.getVeteranRoster),
    putVeteranRoster: locked(ops.putVeteranRoster),
    getVeteranLedger: locked(ops.getVeteranLedger),
    putVeteranLedger: locked(ops.putVeteranLedger),
    getVeteranPayment: locked(ops.getVeteranPayment),
    insertVeteranPayment: locked(ops.insertVeteranPayment),

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
      if (who.length > 0) where.push(`(${who.join(' OR ')})`);
      if (q.status !== undefined) {
        where.push('status = ?');
        params.push(q.status);
      }
      const sql = `SELECT doc FROM applications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`;
      return listAll<ApplicationRecord>(sql, ...params, q.limit ?? 500);
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
    count: locked(async (collection: Collection) => (db.prepare(`SELECT COUNT(*) AS n FROM ${TABLES[collection]}`).get() as { n: number }).n),
    close: () => exclusive(async () => void db.close()),
  };
  return store;
}
