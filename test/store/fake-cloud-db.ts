import type { CloudCollection, CloudCommand, CloudDb, CloudDocRef, CloudQuery, CloudTransaction } from '../../server/store/cloudbase';

/**
 * An in-memory stand-in for the CloudBase document database with the service's semantics where they decide whether
 * our code is right (sources: the 云开发 事务 guide "快照隔离", the error-code pages DATABASE_TRANSACTION_CONFLICT and
 * DATABASE_TRANSACTION_FAIL, and @cloudbase/database 1.4 / @cloudbase/node-sdk 3.18 in node_modules):
 *
 * - Transactions run concurrently under snapshot isolation. A transaction reads the documents as they were when it
 *   started (plus its own writes). Its first write to a document locks it; a write by another transaction to a locked
 *   document, or to one that another writer changed since this transaction started, fails at once with
 *   DATABASE_TRANSACTION_CONFLICT, and that transaction is over. An ordinary (non-transactional) write to a locked
 *   document waits until the lock is released. Commit writes the transaction's documents atomically.
 * - `runTransaction(fn, times = 3)` retries exactly as the SDK does: only on the conflict code, at once, with no
 *   backoff, `times` more runs (4 runs by default), then it throws the last error.
 * - A transaction must be committed within 30 s; after that the service has forgotten it and every further call,
 *   commit included, fails with DATABASE_TRANSACTION_FAIL and nothing it wrote is stored. The clock is injectable.
 * - A get returns 100 documents unless limited; limit() is capped at 1000 silently (the SDK does that, which is why
 *   a list that is not paged silently stops); limit/skip must be integers.
 * - where() conditions are evaluated like the service's MongoDB engine: plain objects are flattened to dot paths,
 *   an array field matches when any element does, comparisons only match values of the same type, a missing field
 *   equals null, neq/nin match a missing field. Sorting follows BSON type order.
 * - set() refuses what the SDK refuses (no object, an `_id` in the data) and documents over 16 MB (the BSON limit).
 *
 * Every call yields to the event loop first, as a network round trip would, so concurrent callers interleave.
 */
type Doc = Record<string, unknown>;

/** The error the SDK throws when the service answers with a code (TcbError: an Error with code and requestId). */
export class FakeTcbError extends Error {
  readonly requestId: string;
  constructor(readonly code: string, message: string) {
    super(message);
    this.requestId = `fake-${Math.random().toString(36).slice(2, 10)}`;
  }
}

export const TRANSACTION_CONFLICT = { code: 'DATABASE_TRANSACTION_CONFLICT', message: 'database transaction conflict' };
export const TRANSACTION_FAIL = {
  code: 'DATABASE_TRANSACTION_FAIL',
  message: 'transaction does not exist: a transaction must be committed or aborted within 30 seconds',
};
/** Transactions live at most this long on the service. */
export const TRANSACTION_LIFETIME_MS = 30_000;
/** The server SDK's default and maximum documents per get. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
/** The BSON document limit; measured here as the UTF-8 length of the JSON, which is close to the BSON size. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

type Operator = '$eq' | '$ne' | '$gt' | '$gte' | '$lt' | '$lte' | '$in' | '$nin' | '$exists';
const op = (name: Operator) => (value: unknown) => ({ [name]: value });

/** The subset of `db.command` the adapter and tests use, producing the documents the SDK's serializer sends. */
export const command: CloudCommand & {
  eq(v: unknown): object;
  neq(v: unknown): object;
  gte(v: unknown): object;
  lte(v: unknown): object;
  nin(v: unknown[]): object;
  exists(v: boolean): object;
} = {
  eq: op('$eq'),
  neq: op('$ne'),
  gt: op('$gt'),
  gte: op('$gte'),
  lt: op('$lt'),
  lte: op('$lte'),
  in: op('$in'),
  nin: op('$nin'),
  exists: op('$exists'),
  or: (conditions) => ({ $or: conditions }),
  and: (conditions) => ({ $and: conditions }),
};

// ---- query evaluation ----

const isPlainObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOperatorObject = (v: unknown): v is Doc => isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'));

/** The SDK's flattenQueryObject: `{ a: { b: 1 } }` is sent as `{ 'a.b': 1 }`, a partial match, not document equality. */
function flatten(cond: Doc, prefix = '', out: Doc = {}): Doc {
  for (const [k, v] of Object.entries(cond)) {
    if (v === undefined) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (k.startsWith('$')) out[key] = v;
    else if (isPlainObject(v) && !isOperatorObject(v) && Object.keys(v).length > 0) flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

/** The values a dot path reaches, stepping into arrays as MongoDB does; none when the field is missing. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value];
  if (Array.isArray(value)) {
    const index = /^\d+$/.test(path[0]) ? Number(path[0]) : -1;
    const direct = index >= 0 && index < value.length ? valuesAt(value[index], path.slice(1)) : [];
    return [...direct, ...value.flatMap((el) => (isPlainObject(el) ? valuesAt(el, path) : []))];
  }
  if (!isPlainObject(value) || !(path[0] in value)) return [];
  return valuesAt(value[path[0]], path.slice(1));
}

/** BSON comparison order of types (null/missing < numbers < strings < objects < arrays < booleans). */
function typeRank(v: unknown): number {
  if (v === null || v === undefined) return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (Array.isArray(v)) return 5;
  if (typeof v === 'object') return 4;
  if (typeof v === 'boolean') return 8;
  return 10;
}
function compare(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
const equal = (a: unknown, b: unknown) => typeRank(a) === typeRank(b) && compare(a, b) === 0;

/** Field equality: null matches a missing field; an array field matches a value it contains. */
function fieldEquals(found: unknown[], v: unknown): boolean {
  if (v === null && found.length === 0) return true;
  return found.some((f) => equal(f, v) || (Array.isArray(f) && f.some((el) => equal(el, v))));
}
/** Comparison operators only match values of the same type (MongoDB's type bracketing). */
function fieldCompares(found: unknown[], v: unknown, ok: (c: number) => boolean): boolean {
  const candidates = found.flatMap((f) => (Array.isArray(f) ? [f, ...f] : [f]));
  return candidates.some((f) => typeRank(f) === typeRank(v) && ok(compare(f, v)));
}

function fieldMatches(found: unknown[], cond: unknown): boolean {
  if (!isOperatorObject(cond)) return fieldEquals(found, cond);
  return Object.entries(cond).every(([name, v]) => {
    switch (name) {
      case '$eq':
        return fieldEquals(found, v);
      case '$ne':
        return !fieldEquals(found, v);
      case '$gt':
        return fieldCompares(found, v, (c) => c > 0);
      case '$gte':
        return fieldCompares(found, v, (c) => c >= 0);
      case '$lt':
        return fieldCompares(found, v, (c) => c < 0);
      case '$lte':
        return fieldCompares(found, v, (c) => c <= 0);
      case '$in':
        if (!Array.isArray(v)) throw new FakeTcbError('DATABASE_REQUEST_FAILED', '$in needs an array');
        return v.some((x) => fieldEquals(found, x));
      case '$nin':
        if (!Array.isArray(v)) throw new FakeTcbError('DATABASE_REQUEST_FAILED', '$nin needs an array');
        return !v.some((x) => fieldEquals(found, x));
      case '$exists':
        return (found.length > 0) === Boolean(v);
      default:
        throw new FakeTcbError('DATABASE_REQUEST_FAILED', `unknown operator ${name}`);
    }
  });
}

export function matches(doc: Doc, cond: object): boolean {
  return Object.entries(flatten(cond as Doc)).every(([key, v]) => {
    if (key === '$or') return (v as object[]).some((c) => matches(doc, c));
    if (key === '$and') return (v as object[]).every((c) => matches(doc, c));
    if (key === '$nor') return !(v as object[]).some((c) => matches(doc, c));
    return fieldMatches(valuesAt(doc, key.split('.')), v);
  });
}

// ---- set() data ----

function checkSetData(data: unknown): Doc {
  if (!data || typeof data !== 'object') throw new FakeTcbError('INVALID_PARAM', '参数必需是非空对象');
  if (Object.prototype.hasOwnProperty.call(data, '_id')) throw new FakeTcbError('INVALID_PARAM', '不能更新_id的值');
  // EJSON serialisation drops undefined fields, as JSON does.
  const text = JSON.stringify(data);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DOCUMENT_BYTES) {
    throw new FakeTcbError('DATABASE_REQUEST_FAILED', `document is ${bytes} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit`);
  }
  return JSON.parse(text) as Doc;
}

// ---- the database ----

interface Version {
  seq: number;
  data: Doc | null;
}
interface Tx {
  id: number;
  snapshot: number;
  startedAt: number;
  writes: Map<string, { name: string; id: string; data: Doc | null }>;
  state: 'active' | 'committed' | 'aborted';
}

export interface FakeCloudOptions {
  /** The service's clock (ms), for the 30 s transaction lifetime. */
  now?: () => number;
}

export interface FakeCloudDb extends CloudDb {
  /** The committed documents, by collection and id. */
  readonly data: Map<string, Map<string, Doc>>;
  /** Counters of what happened, for tests and figures. */
  readonly stats: { transactions: number; commits: number; conflicts: number; expired: number };
}

const roundTrip = () => new Promise<void>((resolve) => setImmediate(resolve));

export function fakeCloudDb(options: FakeCloudOptions = {}): FakeCloudDb {
  const now = options.now ?? (() => Date.now());
  const docs = new Map<string, Map<string, Version[]>>();
  const locks = new Map<string, Tx>();
  const waiters = new Map<string, (() => void)[]>();
  const active = new Set<Tx>();
  const stats = { transactions: 0, commits: 0, conflicts: 0, expired: 0 };
  let seq = 0;
  let txIds = 0;

  const key = (name: string, id: string) => `${name}\u0000${id}`;
  const versions = (name: string, id: string): Version[] => {
    if (!docs.has(name)) docs.set(name, new Map());
    const table = docs.get(name)!;
    if (!table.has(id)) table.set(id, []);
    return table.get(id)!;
  };
  const latest = (name: string, id: string): Version | undefined => {
    const v = docs.get(name)?.get(id);
    return v && v.length > 0 ? v[v.length - 1] : undefined;
  };
  const at = (name: string, id: string, snapshot: number): Doc | null => {
    const v = docs.get(name)?.get(id) ?? [];
    for (let i = v.length - 1; i >= 0; i--) if (v[i].seq <= snapshot) return v[i].data;
    return null;
  };
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const withId = (id: string, d: Doc) => clone({ _id: id, ...d });

  /** Keeps only the versions a running transaction may still read. */
  const prune = (name: string, id: string) => {
    const v = versions(name, id);
    const oldest = Math.min(seq, ...[...active].map((t) => t.snapshot));
    let keepFrom = 0;
    for (let i = 0; i < v.length; i++) if (v[i].seq <= oldest) keepFrom = i;
    v.splice(0, keepFrom);
  };
  const commitWrite = (name: string, id: string, data: Doc | null, commitSeq: number) => {
    versions(name, id).push({ seq: commitSeq, data });
    prune(name, id);
  };

  const release = (tx: Tx) => {
    active.delete(tx);
    for (const [k, holder] of [...locks]) {
      if (holder !== tx) continue;
      locks.delete(k);
      for (const wake of waiters.get(k) ?? []) wake();
      waiters.delete(k);
    }
  };
  const abort = (tx: Tx) => {
    if (tx.state !== 'active') return;
    tx.state = 'aborted';
    release(tx);
  };
  const expired = (tx: Tx) => now() - tx.startedAt > TRANSACTION_LIFETIME_MS;
  /** The service forgets a transaction after 30 s: it is aborted, its locks released, its writes gone. */
  const alive = (tx: Tx) => {
    if (tx.state === 'active' && expired(tx)) {
      stats.expired++;
      abort(tx);
    }
    if (tx.state !== 'active') throw new FakeTcbError(TRANSACTION_FAIL.code, TRANSACTION_FAIL.message);
  };
  const conflict = (tx: Tx): never => {
    stats.conflicts++;
    abort(tx);
    throw new FakeTcbError(TRANSACTION_CONFLICT.code, TRANSACTION_CONFLICT.message);
  };

  /** An ordinary write waits while a transaction holds the document's lock (unless that one has expired). */
  const unlocked = async (k: string) => {
    for (;;) {
      const holder = locks.get(k);
      if (!holder) return;
      if (expired(holder)) {
        stats.expired++;
        abort(holder);
        continue;
      }
      await new Promise<void>((resolve) => waiters.set(k, [...(waiters.get(k) ?? []), resolve]));
    }
  };

  const plainDoc = (name: string, id: string): CloudDocRef => ({
    async get() {
      await roundTrip();
      const d = latest(name, id)?.data;
      return { data: d ? [withId(id, d)] : [] };
    },
    async set(data) {
      const doc = checkSetData(data);
      await roundTrip();
      await unlocked(key(name, id));
      commitWrite(name, id, doc, ++seq);
      return {};
    },
    async remove() {
      await roundTrip();
      await unlocked(key(name, id));
      const existed = Boolean(latest(name, id)?.data);
      if (existed) commitWrite(name, id, null, ++seq);
      return { deleted: existed ? 1 : 0 };
    },
  });

  const txDoc = (tx: Tx, name: string, id: string): CloudDocRef => {
    const k = key(name, id);
    const current = () => (tx.writes.has(k) ? tx.writes.get(k)!.data : at(name, id, tx.snapshot));
    const write = (data: Doc | null) => {
      const holder = locks.get(k);
      if (holder && holder !== tx) {
        if (expired(holder)) {
          stats.expired++;
          abort(holder);
        } else conflict(tx);
      }
      // Snapshot isolation: a document someone else changed after this transaction started cannot be written.
      if ((latest(name, id)?.seq ?? 0) > tx.snapshot) conflict(tx);
      locks.set(k, tx);
      tx.writes.set(k, { name, id, data });
    };
    return {
      async get() {
        await roundTrip();
        alive(tx);
        const d = current();
        return { data: d ? withId(id, d) : null };
      },
      async set(data) {
        const doc = checkSetData(data);
        await roundTrip();
        alive(tx);
        const existed = Boolean(current());
        write(doc);
        return { updated: existed ? 1 : 0, upserted: existed ? [] : [{ _id: id }] };
      },
      async remove() {
        await roundTrip();
        alive(tx);
        const existed = Boolean(current());
        write(null);
        return { deleted: existed ? 1 : 0 };
      },
    };
  };

  const query = (name: string, cond: object | null, order: [string, 'asc' | 'desc'][], lim: number | null, skipped: number): CloudQuery => {
    const rows = () =>
      [...(docs.get(name) ?? new Map<string, Version[]>()).entries()]
        .map(([id, v]) => [id, v[v.length - 1]?.data] as const)
        .filter((e): e is readonly [string, Doc] => Boolean(e[1]))
        .map(([id, d]) => withId(id, d))
        .filter((d) => !cond || matches(d, cond));
    return {
      where: (c) => {
        if (!isPlainObject(c)) throw new Error('query参数必须为对象');
        const keys = Object.keys(c);
        if (keys.length > 0 && keys.every((k) => c[k as keyof typeof c] === undefined)) throw new Error('query参数对象值不能均为undefined');
        // A second where() replaces the first, as in the SDK.
        return query(name, c, order, lim, skipped);
      },
      // The SDK keeps the order as an object: ordering by a field again changes its direction, not its place.
      orderBy: (f, d) => {
        if (d !== 'asc' && d !== 'desc') throw new Error('orderBy direction must be asc or desc');
        const i = order.findIndex(([g]) => g === f);
        const next = i >= 0 ? order.map((o, j) => (j === i ? ([f, d] as [string, 'asc' | 'desc']) : o)) : [...order, [f, d] as [string, 'asc' | 'desc']];
        return query(name, cond, next, lim, skipped);
      },
      limit: (n) => {
        if (!Number.isInteger(n)) throw new Error('limit must be integer');
        if (n < 0) throw new FakeTcbError('INVALID_PARAM', 'limit must not be negative');
        return query(name, cond, order, n, skipped);
      },
      skip: (n) => {
        if (!Number.isInteger(n)) throw new Error('offset must be integer');
        if (n < 0) throw new FakeTcbError('INVALID_PARAM', 'offset must not be negative');
        return query(name, cond, order, lim, n);
      },
      async get() {
        await roundTrip();
        const found = rows();
        found.sort((a, b) => {
          for (const [f, dir] of order) {
            const x = valuesAt(a, f.split('.'))[0] ?? null;
            const y = valuesAt(b, f.split('.'))[0] ?? null;
            const c = compare(x, y);
            if (c !== 0) return dir === 'asc' ? c : -c;
          }
          return 0;
        });
        // As the SDK sends it: no (or a zero) limit is 100, more than 1000 is 1000 — silently.
        const limit = lim ? Math.min(lim, MAX_LIMIT) : DEFAULT_LIMIT;
        return { data: found.slice(skipped, skipped + limit) };
      },
      async count() {
        await roundTrip();
        return { total: rows().length };
      },
    };
  };

  async function runTransaction<T>(fn: (tx: CloudTransaction) => Promise<T>, times = 3): Promise<T> {
    await roundTrip();
    const tx: Tx = { id: ++txIds, snapshot: seq, startedAt: now(), writes: new Map(), state: 'active' };
    active.add(tx);
    stats.transactions++;
    try {
      const result = await fn({ collection: (n) => ({ doc: (id) => txDoc(tx, n, id) }) });
      await roundTrip();
      alive(tx);
      const commitSeq = ++seq;
      for (const w of tx.writes.values()) commitWrite(w.name, w.id, w.data, commitSeq);
      tx.state = 'committed';
      release(tx);
      stats.commits++;
      return result;
    } catch (error) {
      // The SDK: a conflict runs the function again at once while `times` lasts; anything else rolls back and throws.
      abort(tx);
      if (times > 0 && (error as { code?: unknown })?.code === TRANSACTION_CONFLICT.code) return runTransaction(fn, times - 1);
      throw error;
    }
  }

  return {
    get data() {
      const out = new Map<string, Map<string, Doc>>();
      for (const [name, table] of docs) {
        const m = new Map<string, Doc>();
        for (const [id, v] of table) {
          const d = v[v.length - 1]?.data;
          if (d) m.set(id, clone(d));
        }
        out.set(name, m);
      }
      return out;
    },
    stats,
    command,
    collection: (name) => ({ ...query(name, null, [], null, 0), doc: (id: string) => plainDoc(name, id) }) as CloudCollection,
    runTransaction,
  };
}
