import { createHash } from 'crypto';
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
 * CloudBase document database (@cloudbase/node-sdk). The SDK costs ~120 ms to load, so it is required only in
 * `openCloudbaseStore`; everything else here works on the small structural interface below, which is what the
 * unit tests fake. Multi-document changes run in `runTransaction`; CloudBase transactions address documents by id
 * only, which is why every transactional operation of `StoreTx` is keyed.
 */
export interface CloudDocRef {
  get(): Promise<{ data: unknown }>;
  set(data: object): Promise<unknown>;
  remove(): Promise<{ deleted?: number | string }>;
}
export interface CloudQuery {
  where(condition: object): CloudQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudQuery;
  limit(n: number): CloudQuery;
  get(): Promise<{ data: unknown[] }>;
  count(): Promise<{ total: number }>;
}
export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocRef;
}
export interface CloudCommand {
  in(values: unknown[]): unknown;
  or(conditions: object[]): object;
  and(conditions: object[]): object;
}
export interface CloudTransaction {
  collection(name: string): { doc(id: string): CloudDocRef };
}
export interface CloudDb {
  command: CloudCommand;
  collection(name: string): CloudCollection;
  runTransaction<T>(fn: (tx: CloudTransaction) => Promise<T>, times?: number): Promise<T>;
  createCollection?(name: string): Promise<unknown>;
}

/** Collection names under a prefix: `yibao_` in production; the contract suite uses a fresh prefix per case. */
export function collectionNames(prefix = 'yibao_'): Record<Collection, string> {
  return {
    applications: `${prefix}applications`,
    audit: `${prefix}audit`,
    familyMembers: `${prefix}family_members`,
    materials: `${prefix}materials`,
    idempotency: `${prefix}idempotency`,
    identityClaims: `${prefix}identity_claims`,
    veteranRoster: `${prefix}veteran_roster`,
    veteranLedgers: `${prefix}veteran_ledgers`,
    veteranPayments: `${prefix}veteran_payments`,
  };
}
export const COLLECTION_NAMES = collectionNames();

/** One document per (openid, requestId): the document id is the key, so a second insert is a conflict. */
export function idempotencyDocId(openid: string, requestId: string): string {
  return createHash('sha256').update(`${openid}\n${requestId}`).digest('hex');
}

/** The where-condition of `listApplications`: (filer OR principal) AND status; null for "everything". Pure, so it is unit-tested. */
export function applicationsCondition(q: ApplicationQuery, _: CloudCommand): object | null {
  const who: object[] = [];
  if (q.filerOpenid !== undefined) who.push({ filerOpenid: q.filerOpenid });
  if (q.principalIdHashes && q.principalIdHashes.length > 0) who.push({ principalIdHash: _.in(q.principalIdHashes) });
  const status = q.status === undefined ? null : { status: q.status };
  if (who.length === 0) return status;
  if (who.length === 1) return { ...who[0], ...status };
  return status ? _.and([_.or(who), status]) : _.or(who);
}

/** The query of `listApplications`, built on a collection: newest first, capped (the server SDK allows 1000). */
export function applicationsQuery(collection: CloudQuery, q: ApplicationQuery, _: CloudCommand): CloudQuery {
  const condition = applicationsCondition(q, _);
  const filtered = condition ? collection.where(condition) : collection;
  return filtered.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(Math.min(q.limit ?? 500, 1000));
}

/** A document read comes back as `[doc]` from a collection and as `doc` inside a transaction. */
function single<T>(res: { data: unknown }): T | null {
  const d = Array.isArray(res.data) ? res.data[0] : res.data;
  if (!d) return null;
  const { _id: _ignored, ...rest } = d as Record<string, unknown>;
  return rest as T;
}

function keyedOps(doc: (collection: Collection, id: string) => CloudDocRef): StoreTx {
  const get = async <T>(c: Collection, id: string) => single<T>(await doc(c, id).get());
  const insert = async (c: Collection, id: string, data: object) => {
    if ((await get(c, id)) !== null) throw new DuplicateKeyError(`${c}/${id}`);
    await doc(c, id).set(data);
  };
  return {
    getApplication: (id) => get<ApplicationRecord>('applications', id),
    insertApplication: (r) => insert('applications', r.id, r),
    async updateApplication(r) {
      if ((await get('applications', r.id)) === null) return false;
      await doc('applications', r.id).set(r);
      return true;
    },
    appendAudit: (e) => insert('audit', e.id, e),
    getIdempotency: (openid, requestId) => get<IdempotencyRecord>('idempotency', idempotencyDocId(openid, requestId)),
    insertIdempotency: (r) => insert('idempotency', idempotencyDocId(r.openid, r.requestId), r),
    getIdentityClaim: (idHash) => get<IdentityClaim>('identityClaims', idHash),
    insertIdentityClaim: (c) => insert('identityClaims', c.idHash, c),
    getFamilyMember: (id) => get<FamilyMemberRecord>('familyMembers', id),
    async putFamilyMember(r) {
      await doc('familyMembers', r.id).set(r);
    },
    async deleteFamilyMember(id) {
      if ((await get('familyMembers', id)) === null) return false;
      await doc('familyMembers', id).remove();
      return true;
    },
    getMaterial: (id) => get<MaterialRecord>('materials', id),
    insertMaterial: (r) => insert('materials', r.id, r),
    getVeteranRoster: (idHash) => get<VeteranRosterRecord>('veteranRoster', idHash),
    async putVeteranRoster(r) {
      await doc('veteranRoster', r.idHash).set(r);
    },
    getVeteranLedger: (id) => get<VeteranLedgerRecord>('veteranLedgers', id),
    async putVeteranLedger(r) {
      await doc('veteranLedgers', r.id).set(r);
    },
    getVeteranPayment: (id) => get<VeteranPaymentRecord>('veteranPayments', id),
    insertVeteranPayment: (r) => insert('veteranPayments', r.id, r),
  };
}

export function createCloudbaseStore(db: CloudDb, prefix?: string): Store {
  const names = collectionNames(prefix);
  const coll = (c: Collection) => db.collection(names[c]);
  const ops = keyedOps((c, id) => coll(c).doc(id));
  const all = async <T>(q: CloudQuery) => (await q.get()).data.map((d) => single<T>({ data: d }) as T);
  const _ = db.command;
  return {
    kind: 'cloudbase',
    ...ops,
    transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
      // runTransaction retries a transaction that lost a write conflict (two submissions racing on one key).
      return db.runTransaction((t) => fn(keyedOps((c, id) => t.collection(names[c]).doc(id))), 5);
    },
    listApplications: (q) => all<ApplicationRecord>(applicationsQuery(coll('applications'), q, _)),
    listAudit: (applicationId) =>
      all<AuditEntry>(coll('audit').where({ applicationId }).orderBy('at', 'asc').orderBy('id', 'asc').limit(1000)),
    listFamilyMembers: (openid) =>
      all<FamilyMemberRecord>(coll('familyMembers').where({ openid }).orderBy('createdAt', 'asc').limit(1000)),
    listMaterials: (applicationId) =>
      all<MaterialRecord>(coll('materials').where({ applicationId }).orderBy('uploadedAt', 'asc').limit(1000)),
    claimsOf: (openid) => all<IdentityClaim>(coll('identityClaims').where({ openid }).orderBy('claimedAt', 'asc').limit(1000)),
    listVeteranPayments: (idHash, year) =>
      all<VeteranPaymentRecord>(coll('veteranPayments').where({ idHash, year }).orderBy('date', 'asc').orderBy('id', 'asc').limit(1000)),
    count: async (c) => (await coll(c).count()).total,
    close: async () => undefined,
  };
}

/** Credentials a CloudBase store needs outside a cloud function (inside one, the runtime provides them). */
export function cloudbaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): { env: string; secretId?: string; secretKey?: string } | null {
  if (!env.TCB_ENV) return null;
  return {
    env: env.TCB_ENV,
    secretId: env.TENCENTCLOUD_SECRETID || env.TCB_SECRET_ID,
    secretKey: env.TENCENTCLOUD_SECRETKEY || env.TCB_SECRET_KEY,
  };
}

type CloudbaseApp = { database(): unknown; uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>; deleteFile(o: { fileList: string[] }): Promise<unknown> };

/** Loads the SDK (lazily: only this path pays for it) and initialises the app once per process. */
let app: CloudbaseApp | undefined;
export function cloudbaseApp(config: { env: string; secretId?: string; secretKey?: string }): CloudbaseApp {
  if (!app) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const tcb = require('@cloudbase/node-sdk') as { init(c: object): CloudbaseApp };
    app = tcb.init({ env: config.env, ...(config.secretId ? { secretId: config.secretId, secretKey: config.secretKey } : {}) });
  }
  return app;
}

/** Opens the CloudBase store, creating its collections when missing (creating an existing one fails harmlessly). */
export async function openCloudbaseStore(config: { env: string; secretId?: string; secretKey?: string }, prefix?: string): Promise<Store> {
  const db = cloudbaseApp(config).database() as CloudDb;
  if (db.createCollection) {
    for (const name of Object.values(collectionNames(prefix))) await db.createCollection(name).catch(() => undefined);
  }
  return createCloudbaseStore(db, prefix);
}
