import { createHash } from 'crypto';
import { DEFAULT_PAGE, DuplicateKeyError, MAX_PAGE } from './store';
import type { ApplicationQuery, Store, StoreTx } from './store';
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
  skip(n: number): CloudQuery;
  get(): Promise<{ data: unknown[] }>;
  count(): Promise<{ total: number }>;
}
export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocRef;
}
export interface CloudCommand {
  in(values: unknown[]): unknown;
  gt(value: unknown): unknown;
  lt(value: unknown): unknown;
  gte(value: unknown): unknown;
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
    identityBindings: `${prefix}identity_bindings`,
    bindingEvents: `${prefix}binding_events`,
    verificationCodes: `${prefix}verification_codes`,
    rateCounters: `${prefix}rate_counters`,
    meta: `${prefix}meta`,
    messages: `${prefix}messages`,
    messageSubscriptions: `${prefix}message_subscriptions`,
    yearRecords: `${prefix}year_records`,
    staffUsers: `${prefix}staff_users`,
    staffSessions: `${prefix}staff_sessions`,
    staffAccessLog: `${prefix}staff_access_log`,
    staffAccountAudit: `${prefix}staff_account_audit`,
  };
}
export const COLLECTION_NAMES = collectionNames();

/** One document per (openid, requestId): the document id is the key, so a second insert is a conflict. */
export function idempotencyDocId(openid: string, requestId: string): string {
  return createHash('sha256').update(`${openid}\n${requestId}`).digest('hex');
}

/**
 * The where-condition of `listApplications`: (filer OR principal) AND status AND type AND office; null for "everything"; 'none'
 * when the query names people but none are given. Pure, so it is unit-tested.
 */
export function applicationsCondition(q: ApplicationQuery, _: CloudCommand): object | null | 'none' {
  const who: object[] = [];
  if (q.filerOpenid !== undefined) who.push({ filerOpenid: q.filerOpenid });
  if (q.principalIdHashes && q.principalIdHashes.length > 0) who.push({ principalIdHash: _.in(q.principalIdHashes) });
  if (who.length === 0 && (q.filerOpenid !== undefined || q.principalIdHashes !== undefined)) return 'none';
  const fields = {
    ...(q.status === undefined ? {} : { status: q.status }),
    ...(q.type === undefined ? {} : { type: q.type }),
    ...(q.number === undefined ? {} : { number: q.number }),
    // The record's top-level `office` (sent as office.region / office.area: the SDK flattens nested conditions).
    ...(q.office === undefined ? {} : { office: { region: q.office.region, ...(q.office.area === undefined ? {} : { area: q.office.area }) } }),
  };
  const staff = staffConditions(q, _);
  const plain = Object.keys(fields).length > 0 ? fields : null;
  if (staff.length > 0) return _.and([...(who.length === 0 ? [] : [who.length === 1 ? who[0] : _.or(who)]), ...(plain ? [plain] : []), ...staff]);
  if (who.length === 0) return plain;
  if (who.length === 1) return { ...who[0], ...plain };
  return plain ? _.and([_.or(who), plain]) : _.or(who);
}

/** The staff queue's filters: submitted at least once (within bounds), a name's prefix, a phone of either person. */
function staffConditions(q: ApplicationQuery, _: CloudCommand): object[] {
  const out: object[] = [];
  if (q.submitted !== undefined) {
    out.push({ [QUEUE_FIELD]: _.lt(NOT_SUBMITTED_KEY) });
    if (q.submitted.from !== undefined) out.push({ [QUEUE_FIELD]: _.gte(q.submitted.from) });
    if (q.submitted.before !== undefined) out.push({ [QUEUE_FIELD]: _.lt(q.submitted.before) });
  }
  if (q.principalNamePrefix !== undefined) {
    // A range rather than a regular expression: U+10FFFF sorts after every character a name may continue with.
    out.push({ 'content.principal.name': _.gte(q.principalNamePrefix) }, { 'content.principal.name': _.lt(`${q.principalNamePrefix}\u{10FFFF}`) });
  }
  if (q.phone !== undefined) out.push(_.or([{ 'content.principal.phone': q.phone }, { 'content.agent.phone': q.phone }]));
  return out;
}

/**
 * The staff queue sorts by submission; a never-submitted draft has no submittedAt, and ordering on a missing field
 * is not something to rely on, so every application document carries its queue key (stripped on read).
 */
export const QUEUE_FIELD = 'queueKey';

/** The page query of `listApplications`: the filter, then "after the cursor", in the query's order. */
export function applicationsPageQuery(collection: CloudQuery, q: ApplicationQuery, _: CloudCommand, limit: number): CloudQuery | null {
  const condition = applicationsCondition(q, _);
  if (condition === 'none') return null;
  const [field, dir] =
    q.order === 'queue' ? [QUEUE_FIELD, 'asc' as const] : q.order === 'queueNewest' ? [QUEUE_FIELD, 'desc' as const] : ['createdAt', 'desc' as const];
  const after = (v: unknown) => (dir === 'asc' ? _.gt(v) : _.lt(v));
  const parts: object[] = condition ? [condition] : [];
  if (q.cursor !== undefined) {
    const at = decodeCursor(q.cursor);
    parts.push(_.or([{ [field]: after(at.key) }, { [field]: at.key, id: after(at.id) }]));
  }
  const where = parts.length === 0 ? null : parts.length === 1 ? parts[0] : _.and(parts);
  const filtered = where ? collection.where(where) : collection;
  return filtered.orderBy(field, dir).orderBy('id', dir).limit(limit + 1);
}

/** A document read comes back as `[doc]` from a collection and as `doc` inside a transaction. */
function single<T>(res: { data: unknown }): T | null {
  const d = Array.isArray(res.data) ? res.data[0] : res.data;
  if (!d) return null;
  const { _id: _ignored, ...rest } = d as Record<string, unknown>;
  return rest as T;
}

/** An application as stored in CloudBase: the record plus its queue key. */
function applicationDoc(r: ApplicationRecord): object {
  return { ...r, [QUEUE_FIELD]: r.submittedAt ?? NOT_SUBMITTED_KEY };
}
function applicationOf(d: Record<string, unknown> | null): ApplicationRecord | null {
  if (!d) return null;
  const { [QUEUE_FIELD]: _queue, ...record } = d;
  return record as unknown as ApplicationRecord;
}

function keyedOps(doc: (collection: Collection, id: string) => CloudDocRef): StoreTx {
  const get = async <T>(c: Collection, id: string) => single<T>(await doc(c, id).get());
  const insert = async (c: Collection, id: string, data: object) => {
    if ((await get(c, id)) !== null) throw new DuplicateKeyError(`${c}/${id}`);
    await doc(c, id).set(data);
  };
  return {
    getApplication: async (id) => applicationOf(await get<Record<string, unknown>>('applications', id)),
    insertApplication: (r) => insert('applications', r.id, applicationDoc(r)),
    async updateApplication(r) {
      if ((await get('applications', r.id)) === null) return false;
      await doc('applications', r.id).set(applicationDoc(r));
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
    async deleteMaterial(id) {
      if ((await get('materials', id)) === null) return false;
      await doc('materials', id).remove();
      return true;
    },
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
    getBinding: (id) => get<IdentityBinding>('identityBindings', id),
    async putBinding(r) {
      await doc('identityBindings', r.id).set(r);
    },
    appendBindingEvent: (e) => insert('bindingEvents', e.id, e),
    getVerificationCode: (idHash) => get<VerificationCode>('verificationCodes', idHash),
    async putVerificationCode(r) {
      await doc('verificationCodes', r.idHash).set(r);
    },
    getRateCounter: (id) => get<RateCounter>('rateCounters', id),
    async putRateCounter(r) {
      await doc('rateCounters', r.id).set(r);
    },
    getMeta: (key) => get<MetaRecord>('meta', key),
    insertMeta: (r) => insert('meta', r.key, r),
    getMessage: (id) => get<MessageRecord>('messages', id),
    insertMessage: (r) => insert('messages', r.id, r),
    async updateMessage(r) {
      if ((await get('messages', r.id)) === null) return false;
      await doc('messages', r.id).set(r);
      return true;
    },
    getMessageSubscription: (id) => get<MessageSubscription>('messageSubscriptions', id),
    async putMessageSubscription(r) {
      await doc('messageSubscriptions', r.id).set(r);
    },
    getYearRecord: (id) => get<StoredYearRecord>('yearRecords', id),
    async putYearRecord(r) {
      await doc('yearRecords', r.id).set(r);
    },
    async deleteYearRecord(id) {
      if ((await get('yearRecords', id)) === null) return false;
      await doc('yearRecords', id).remove();
      return true;
    },
    getStaffUser: (login) => get<StaffUserRecord>('staffUsers', login),
    insertStaffUser: (r) => insert('staffUsers', r.login, r),
    async putStaffUser(r) {
      if ((await get('staffUsers', r.login)) === null) return false;
      await doc('staffUsers', r.login).set(r);
      return true;
    },
    getStaffSession: (id) => get<StaffSessionRecord>('staffSessions', id),
    async putStaffSession(r) {
      await doc('staffSessions', r.id).set(r);
    },
    async deleteStaffSession(id) {
      if ((await get('staffSessions', id)) === null) return false;
      await doc('staffSessions', id).remove();
      return true;
    },
    appendAccessLog: (e) => insert('staffAccessLog', e.id, e),
    appendStaffAccountAudit: (e) => insert('staffAccountAudit', e.id, e),
  };
}

/** The server SDK returns at most 1000 documents per get: longer lists are read page by page, never cut. */
const CLOUD_BATCH = 1000;

/** The code CloudBase answers when another transaction holds or has changed a document this one writes. */
export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';

export function isTransactionConflict(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === TRANSACTION_CONFLICT;
}

/**
 * How a conflicting transaction is retried: exponential backoff with full jitter (racers spread out instead of
 * colliding again), a few attempts, and a bound on the total wait that stays well inside a function's timeout
 * (cloudbaserc.json: 10–20 s). Anything but a conflict — a timed-out transaction, a refusal — is not retried.
 */
export const CONFLICT_RETRY = { attempts: 10, baseMs: 20, capMs: 2000, budgetMs: 8000 };

export async function retryConflicts<T>(
  run: () => Promise<T>,
  policy: typeof CONFLICT_RETRY = CONFLICT_RETRY,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (!isTransactionConflict(e) || attempt >= policy.attempts) throw e;
      const delay = Math.floor(Math.random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
      if (Date.now() - started + delay > policy.budgetMs) throw e;
      await sleep(delay);
    }
  }
}

/** A staff list's scope as a where-condition on the documents' own fields; null for every scope. */
function staffScopeFilter(q: StaffListQuery, regionField: string, areaField: string): object | null {
  const f = { ...(q.region !== undefined ? { [regionField]: q.region } : {}), ...(q.area !== undefined ? { [areaField]: q.area } : {}) };
  return Object.keys(f).length > 0 ? f : null;
}

export function createCloudbaseStore(db: CloudDb, prefix?: string): Store {
  const names = collectionNames(prefix);
  const coll = (c: Collection) => db.collection(names[c]);

  /**
   * An append-only log's page, newest first with the id tie-break (the access log, the account audit): the cursor is
   * (at, id) of the last item shown, and the total counts the filter without it.
   */
  async function newestFirst<T extends { at: string; id: string }>(
    c: Collection,
    filter: object | null,
    q: { cursor?: string; limit?: number },
  ): Promise<{ items: T[]; total: number; nextCursor: string | null }> {
    const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
    const parts: object[] = filter ? [filter] : [];
    if (q.cursor !== undefined) {
      const at = decodeCursor(q.cursor);
      parts.push(_.or([{ at: _.lt(at.key) }, { at: at.key, id: _.lt(at.id) }]));
    }
    const where = parts.length === 0 ? null : parts.length === 1 ? parts[0] : _.and(parts);
    const [rows, counted] = await Promise.all([
      (where ? coll(c).where(where) : coll(c)).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit + 1).get(),
      (filter ? coll(c).where(filter) : coll(c)).count(),
    ]);
    const items = rows.data.slice(0, limit).map((d) => single<T>({ data: d })!);
    const last = items[items.length - 1];
    return { items, total: counted.total, nextCursor: rows.data.length > limit && last ? encodeCursor({ key: last.at, id: last.id }) : null };
  }
  const ops = keyedOps((c, id) => coll(c).doc(id));
  const everything = async <T>(query: () => CloudQuery): Promise<T[]> => {
    const out: T[] = [];
    for (let skip = 0; ; skip += CLOUD_BATCH) {
      const batch = (await query().skip(skip).limit(CLOUD_BATCH).get()).data;
      out.push(...batch.map((d) => single<T>({ data: d }) as T));
      if (batch.length < CLOUD_BATCH) return out;
    }
  };
  const _ = db.command;
  return {
    kind: 'cloudbase',
    ...ops,
    transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
      // A second writer fails at once instead of waiting (two submissions racing on one key, two counters on one
      // bucket): the SDK's own retry (times) reruns it immediately, while the winner still holds the lock, so it is
      // off (0) and the whole transaction is retried here with backoff; `fn` reads again each time.
      return retryConflicts(() => db.runTransaction((t) => fn(keyedOps((c, id) => t.collection(names[c]).doc(id))), 0));
    },
    async listApplications(q) {
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const query = applicationsPageQuery(coll('applications'), q, _, limit);
      if (!query) return { items: [], total: 0, nextCursor: null };
      const condition = applicationsCondition(q, _) as object | null;
      const [rows, counted] = await Promise.all([query.get(), (condition ? coll('applications').where(condition) : coll('applications')).count()]);
      const docs = rows.data as Record<string, unknown>[];
      const more = docs.length > limit;
      const shown = more ? docs.slice(0, limit) : docs;
      const items = shown.map((d) => applicationOf(single<Record<string, unknown>>({ data: d }))!);
      const last = shown[shown.length - 1];
      const key = last ? String(q.order === 'queue' || q.order === 'queueNewest' ? last[QUEUE_FIELD] : last.createdAt) : '';
      return { items, total: counted.total, nextCursor: more && last ? encodeCursor({ key, id: String(last.id) }) : null };
    },
    listAudit: (applicationId) => everything<AuditEntry>(() => coll('audit').where({ applicationId }).orderBy('at', 'asc').orderBy('id', 'asc')),
    listFamilyMembers: (openid) =>
      everything<FamilyMemberRecord>(() => coll('familyMembers').where({ openid }).orderBy('createdAt', 'asc').orderBy('id', 'asc')),
    listMaterials: (applicationId) =>
      everything<MaterialRecord>(() => coll('materials').where({ applicationId }).orderBy('uploadedAt', 'asc').orderBy('id', 'asc')),
    claimsOf: (openid) => everything<IdentityClaim>(() => coll('identityClaims').where({ openid }).orderBy('claimedAt', 'asc').orderBy('idHash', 'asc')),
    listVeteranPayments: (idHash, year) =>
      everything<VeteranPaymentRecord>(() => coll('veteranPayments').where({ idHash, year }).orderBy('date', 'asc').orderBy('id', 'asc')),
    bindingsOf: (openid) =>
      everything<IdentityBinding>(() => coll('identityBindings').where({ openid }).orderBy('createdAt', 'asc').orderBy('id', 'asc')),
    bindingsFor: (idHash) =>
      everything<IdentityBinding>(() => coll('identityBindings').where({ idHash }).orderBy('createdAt', 'asc').orderBy('id', 'asc')),
    listBindingEvents: (idHash) =>
      everything<BindingEvent>(() => coll('bindingEvents').where({ idHash }).orderBy('at', 'asc').orderBy('id', 'asc')),
    async sampleSealedId() {
      for (const c of ['familyMembers', 'veteranRoster', 'identityBindings'] as const) {
        const [doc] = (await coll(c).limit(1).get()).data as { idNumber?: SealedId }[];
        if (doc?.idNumber) return doc.idNumber;
      }
      return null;
    },
    async materialUsage(openid) {
      const mine = await everything<MaterialRecord>(() => coll('materials').where({ uploadedBy: openid }).orderBy('id', 'asc'));
      return { count: mine.length, bytes: mine.reduce((sum, m) => sum + m.size, 0) };
    },
    count: async (c) => (await coll(c).count()).total,
    // 消息, newest first: the same (createdAt, id) cursor as the applications list.
    async listMessages(q) {
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const filter = { openid: q.openid, ...(q.unread ? { read: false } : {}) };
      const parts: object[] = [filter];
      if (q.cursor !== undefined) {
        const at = decodeCursor(q.cursor);
        parts.push(_.or([{ createdAt: _.lt(at.key) }, { createdAt: at.key, id: _.lt(at.id) }]));
      }
      const where = parts.length === 1 ? parts[0] : _.and(parts);
      const [rows, counted] = await Promise.all([
        coll('messages').where(where).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit + 1).get(),
        coll('messages').where(filter).count(),
      ]);
      const items = rows.data.slice(0, limit).map((d) => single<MessageRecord>({ data: d })!);
      const last = items[items.length - 1];
      return { items, total: counted.total, nextCursor: rows.data.length > limit && last ? encodeCursor({ key: last.createdAt, id: last.id }) : null };
    },
    async listYearRecords(q) {
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const query = q.cursor !== undefined ? coll('yearRecords').where({ id: _.gt(decodeCursor(q.cursor).id) }) : coll('yearRecords');
      const [rows, counted] = await Promise.all([query.orderBy('id', 'asc').limit(limit + 1).get(), coll('yearRecords').count()]);
      const items = rows.data.slice(0, limit).map((d) => single<StoredYearRecord>({ data: d })!);
      const last = items[items.length - 1];
      return { items, total: counted.total, nextCursor: rows.data.length > limit && last ? encodeCursor({ key: last.id, id: last.id }) : null };
    },
    unreadMessages: async (openid) => (await coll('messages').where({ openid, read: false }).count()).total,
    async listStaffUsers(q) {
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const filter = staffScopeFilter(q, 'region', 'area');
      const parts: object[] = filter ? [filter] : [];
      if (q.cursor !== undefined) parts.push({ login: _.gt(decodeCursor(q.cursor).key) });
      const where = parts.length === 0 ? null : parts.length === 1 ? parts[0] : _.and(parts);
      const [rows, counted] = await Promise.all([
        (where ? coll('staffUsers').where(where) : coll('staffUsers')).orderBy('login', 'asc').limit(limit + 1).get(),
        (filter ? coll('staffUsers').where(filter) : coll('staffUsers')).count(),
      ]);
      const items = rows.data.slice(0, limit).map((d) => single<StaffUserRecord>({ data: d })!);
      const last = items[items.length - 1];
      return { items, total: counted.total, nextCursor: rows.data.length > limit && last ? encodeCursor({ key: last.login, id: last.login }) : null };
    },
    async deleteStaffSessionsOf(login, expiredBefore) {
      // Removed one by one by id (a where-remove is not in the structural interface), every page until none is left.
      const where = expiredBefore === undefined ? { login } : { login, expiresAt: _.lt(expiredBefore) };
      const ids = (await everything<StaffSessionRecord>(() => coll('staffSessions').where(where).orderBy('id', 'asc'))).map((r) => r.id);
      let removed = 0;
      for (const id of ids) if (await ops.deleteStaffSession(id)) removed++;
      return removed;
    },
    async listAccessLog(q) {
      return newestFirst<StaffAccessRecord>('staffAccessLog', staffScopeFilter(q, 'staffRegion', 'staffArea'), q);
    },
    async deleteExpiredStaffSessions(before, limit) {
      // One page of the oldest expired ones (the sweep runs again later for the rest), removed by id.
      const n = Math.max(0, Math.min(MAX_PAGE, Math.floor(limit)));
      if (n === 0) return 0;
      const rows = await coll('staffSessions').where({ expiresAt: _.lt(before) }).orderBy('expiresAt', 'asc').limit(n).get();
      let removed = 0;
      for (const d of rows.data) {
        const id = single<StaffSessionRecord>({ data: d })?.id;
        if (id && (await ops.deleteStaffSession(id))) removed++;
      }
      return removed;
    },
    async listVeteranRoster(q: RosterQuery) {
      const limit = pageSize(q.limit, MAX_PAGE, DEFAULT_PAGE);
      const filter: object[] = [{ region: q.region }];
      if (q.area !== undefined) filter.push(_.or([{ township: q.area }, { county: q.area }]));
      // A range rather than a regular expression, as the queue's name search.
      if (q.namePrefix !== undefined) filter.push({ name: _.gte(q.namePrefix) }, { name: _.lt(`${q.namePrefix}\u{10FFFF}`) });
      const parts = [...filter];
      if (q.cursor !== undefined) {
        const after = decodeCursor(q.cursor);
        parts.push(_.or([{ name: _.gt(after.key) }, { name: after.key, idHash: _.gt(after.id) }]));
      }
      const [rows, counted] = await Promise.all([
        coll('veteranRoster').where(_.and(parts)).orderBy('name', 'asc').orderBy('idHash', 'asc').limit(limit + 1).get(),
        coll('veteranRoster').where(_.and(filter)).count(),
      ]);
      const items = rows.data.slice(0, limit).map((d) => single<VeteranRosterRecord>({ data: d })!);
      const last = items[items.length - 1];
      return { items, total: counted.total, nextCursor: rows.data.length > limit && last ? encodeCursor({ key: last.name, id: last.idHash }) : null };
    },
    async listStaffAccountAudit(q) {
      const scope = staffScopeFilter(q, 'targetRegion', 'targetArea');
      return newestFirst<StaffAccountAuditRecord>('staffAccountAudit', q.login !== undefined ? { ...(scope ?? {}), target: q.login } : scope, q);
    },
    close: async () => undefined,
  };
}

/**
 * How the SDK reaches CloudBase. Inside a cloud function (SCF sets TENCENTCLOUD_RUNENV=SCF) it uses the function's
 * own environment and the runtime's temporary credentials, which the SDK reads from the environment on every request
 * together with their TENCENTCLOUD_SESSIONTOKEN; copying the keys into init would freeze them without the token (the
 * SDK's normalizeConfig says the same). Outside (CLI, a local gateway against CloudBase) a named environment and keys.
 */
export type CloudbaseConfig =
  | { inCloudFunction: true; env?: undefined; secretId?: undefined; secretKey?: undefined; sessionToken?: undefined }
  | { inCloudFunction?: false; env: string; secretId?: string; secretKey?: string; sessionToken?: string };

/** The configuration of a cloud function's own environment. */
export const CURRENT_ENV: CloudbaseConfig = { inCloudFunction: true };

/** CloudBase from the process environment: the function's own inside SCF, TCB_ENV and keys outside, else null. */
export function cloudbaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CloudbaseConfig | null {
  if (env.TENCENTCLOUD_RUNENV === 'SCF') return CURRENT_ENV;
  if (!env.TCB_ENV) return null;
  // A key pair and its token come from the same source: temporary CLI keys keep their token.
  const [secretId, secretKey, sessionToken] = env.TENCENTCLOUD_SECRETID
    ? [env.TENCENTCLOUD_SECRETID, env.TENCENTCLOUD_SECRETKEY, env.TENCENTCLOUD_SESSIONTOKEN]
    : [env.TCB_SECRET_ID, env.TCB_SECRET_KEY, env.TCB_SESSION_TOKEN];
  return { env: env.TCB_ENV, secretId, secretKey, ...(sessionToken ? { sessionToken } : {}) };
}

type CloudbaseApp = { database(): unknown; uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>; deleteFile(o: { fileList: string[] }): Promise<unknown> };
type CloudbaseSdk = { init(c: object): CloudbaseApp; SYMBOL_CURRENT_ENV: symbol };

/** What `tcb.init` is given: never keys inside a cloud function. Pure, so it is unit-tested. */
export function sdkInitOptions(config: CloudbaseConfig, currentEnv: symbol): object {
  if (config.inCloudFunction) return { env: currentEnv };
  if (!config.secretId || !config.secretKey) return { env: config.env };
  const token = config.sessionToken ? { sessionToken: config.sessionToken } : {};
  return { env: config.env, secretId: config.secretId, secretKey: config.secretKey, ...token };
}

/**
 * Loads the SDK (lazily: only this path pays for it) and initialises the app once per process. The whole SDK, not
 * only `@cloudbase/database` (issue 17, figures in bench/cold-start.ts `sdkParts`): the database package is only the
 * query builder; what sends its requests — the temporary credentials read from the function's environment at every
 * request (SYMBOL_CURRENT_ENV, TENCENTCLOUD_SECRETID/SECRETKEY/SESSIONTOKEN), the signed endpoint, the SDK's retries
 * and error codes — is the SDK's tcbapirequester, which requires the SDK's CloudBase class and with it everything
 * else. Taking the database alone would mean our own copy of that request layer, and storage (files.ts) and the
 * console's sign-in (staff/cloud-http.ts) would still load the SDK in the same functions.
 */
let app: CloudbaseApp | undefined;
export function cloudbaseApp(config: CloudbaseConfig): CloudbaseApp {
  if (!app) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazily, so only the CloudBase path loads the SDK
    const tcb = require('@cloudbase/node-sdk') as CloudbaseSdk;
    app = tcb.init(sdkInitOptions(config, tcb.SYMBOL_CURRENT_ENV));
  }
  return app;
}

/**
 * Opens the CloudBase store. Collections, indexes and permissions are made by the deploy step
 * (scripts/deploy-cloudbase.js), not here: a cold start makes no setup calls. `createCollections` is for scratch
 * collections under a test prefix (the contract suite against a real environment).
 */
export async function openCloudbaseStore(config: CloudbaseConfig, prefix?: string, options: { createCollections?: boolean } = {}): Promise<Store> {
  const db = cloudbaseApp(config).database() as CloudDb;
  if (options.createCollections && db.createCollection) {
    for (const name of Object.values(collectionNames(prefix))) await db.createCollection(name).catch(() => undefined);
  }
  return createCloudbaseStore(db, prefix);
}
