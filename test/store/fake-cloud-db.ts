import type { CloudCollection, CloudCommand, CloudDb, CloudDocRef, CloudQuery } from '../../server/store/cloudbase';

/**
 * An in-memory stand-in for the CloudBase document database, just enough of its shape (doc get/set/remove, where
 * with equality, in, or, and; orderBy; limit; count; runTransaction) to exercise the adapter's own logic. It is
 * not CloudBase: the contract against the real service runs only with credentials (cloudbase.test.ts).
 */
type Doc = Record<string, unknown>;
type Cond = { $in: unknown[] } | { $or: object[] } | { $and: object[] };

export const command: CloudCommand = {
  in: (values) => ({ $in: values }),
  gt: (value) => ({ $gt: value }),
  lt: (value) => ({ $lt: value }),
  or: (conditions) => ({ $or: conditions }),
  and: (conditions) => ({ $and: conditions }),
};

function matches(doc: Doc, cond: object): boolean {
  if ('$or' in cond) return (cond as { $or: object[] }).$or.some((c) => matches(doc, c));
  if ('$and' in cond) return (cond as { $and: object[] }).$and.every((c) => matches(doc, c));
  return Object.entries(cond).every(([k, v]) => {
    if (v && typeof v === 'object') {
      if ('$in' in v) return (v as { $in: unknown[] }).$in.includes(doc[k]);
      if ('$gt' in v) return doc[k] !== undefined && String(doc[k]) > String((v as { $gt: unknown }).$gt);
      if ('$lt' in v) return doc[k] !== undefined && String(doc[k]) < String((v as { $lt: unknown }).$lt);
    }
    return doc[k] === v;
  });
}

/** The server SDK's most documents per get; asking for more is an error there, so it is one here. */
export const MAX_LIMIT = 1000;

export function fakeCloudDb(): CloudDb & { data: Map<string, Map<string, Doc>> } {
  let data = new Map<string, Map<string, Doc>>();
  const table = (name: string) => {
    if (!data.has(name)) data.set(name, new Map());
    return data.get(name)!;
  };
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const docRef = (name: string, id: string, inTx: boolean): CloudDocRef => ({
    async get() {
      const d = table(name).get(id);
      // Like the SDK: a collection read returns an array, a transaction read the document itself.
      return inTx ? { data: d ? clone({ _id: id, ...d }) : null } : { data: d ? [clone({ _id: id, ...d })] : [] };
    },
    async set(doc) {
      if ('_id' in doc) throw new Error('set() data must not contain _id');
      table(name).set(id, clone(doc as Doc));
      return {};
    },
    async remove() {
      return { deleted: table(name).delete(id) ? 1 : 0 };
    },
  });
  const query = (name: string, cond: object | null, order: [string, 'asc' | 'desc'][], lim: number, skipped = 0): CloudQuery => ({
    where: (c) => query(name, c, order, lim, skipped),
    orderBy: (f, d) => query(name, cond, [...order, [f, d]], lim, skipped),
    limit: (n) => {
      if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new Error(`limit must be 1..${MAX_LIMIT}`);
      return query(name, cond, order, n, skipped);
    },
    skip: (n) => query(name, cond, order, lim, n),
    async get() {
      const rows = [...table(name).entries()].map(([id, d]) => ({ _id: id, ...clone(d) })).filter((d) => !cond || matches(d, cond));
      rows.sort((a, b) => {
        for (const [f, dir] of order) {
          const x = String(a[f as keyof typeof a]);
          const y = String(b[f as keyof typeof b]);
          if (x !== y) return (x < y ? -1 : 1) * (dir === 'asc' ? 1 : -1);
        }
        return 0;
      });
      return { data: rows.slice(skipped, skipped + lim) };
    },
    async count() {
      return { total: [...table(name).entries()].map(([id, d]) => ({ _id: id, ...d })).filter((d) => !cond || matches(d, cond)).length };
    },
  });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get data() {
      return data;
    },
    command,
    collection: (name) => ({ ...query(name, null, [], 100), doc: (id: string) => docRef(name, id, false) }) as CloudCollection,
    runTransaction<T>(fn: (tx: { collection(n: string): { doc(id: string): CloudDocRef } }) => Promise<T>) {
      // Serialised, with a snapshot to restore on failure: the isolation runTransaction gives.
      const run = queue.then(async () => {
        const snapshot = new Map([...data].map(([k, v]) => [k, new Map([...v].map(([i, d]) => [i, clone(d)]))]));
        try {
          return await fn({ collection: (n) => ({ doc: (id) => docRef(n, id, true) }) });
        } catch (e) {
          data = snapshot;
          throw e;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
