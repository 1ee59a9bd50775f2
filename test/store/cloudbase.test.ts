import { storeContract } from '../../server/store/contract';
import {
  applicationsCondition,
  applicationsPageQuery,
  cloudbaseConfigFromEnv,
  COLLECTION_NAMES,
  createCloudbaseStore,
  openCloudbaseStore,
  CloudQuery,
  CONFLICT_RETRY,
  retryConflicts,
} from '../../server/store/cloudbase';
import { command, fakeCloudDb } from './fake-cloud-db';
import type { Store } from '../../server/store/store';

describe('CloudBase adapter: query building', () => {
  test('filer OR principal becomes _.or; with a status, _.and of the two', () => {
    expect(applicationsCondition({ filerOpenid: 'o1' }, command)).toEqual({ filerOpenid: 'o1' });
    expect(applicationsCondition({ filerOpenid: 'o1', principalIdHashes: ['h1', 'h2'] }, command)).toEqual({
      $or: [{ filerOpenid: 'o1' }, { principalIdHash: { $in: ['h1', 'h2'] } }],
    });
    expect(applicationsCondition({ filerOpenid: 'o1', principalIdHashes: ['h1'], status: 'returned' }, command)).toEqual({
      $and: [{ $or: [{ filerOpenid: 'o1' }, { principalIdHash: { $in: ['h1'] } }] }, { status: 'returned' }],
    });
    // No principal hashes claimed: the filer alone, not an `in []` that some engines reject.
    expect(applicationsCondition({ filerOpenid: 'o1', principalIdHashes: [] }, command)).toEqual({ filerOpenid: 'o1' });
    expect(applicationsCondition({ status: 'submitted' }, command)).toEqual({ status: 'submitted' });
    expect(applicationsCondition({}, command)).toBeNull();
    // People asked for, none given: nothing — never "no filter", which would list everyone's applications.
    expect(applicationsCondition({ principalIdHashes: [] }, command)).toBe('none');
  });

  test('a page query is where → orderBy key, id → limit + 1 (to know whether a next page exists)', () => {
    const calls: unknown[][] = [];
    const recorder: CloudQuery = {
      where: (c) => (calls.push(['where', c]), recorder),
      orderBy: (f, d) => (calls.push(['orderBy', f, d]), recorder),
      limit: (n) => (calls.push(['limit', n]), recorder),
      skip: (n) => (calls.push(['skip', n]), recorder),
      get: async () => ({ data: [] }),
      count: async () => ({ total: 0 }),
    };
    applicationsPageQuery(recorder, { status: 'submitted', order: 'queue' }, command, 100);
    expect(calls).toEqual([
      ['where', { status: 'submitted' }],
      ['orderBy', 'queueKey', 'asc'],
      ['orderBy', 'id', 'asc'],
      ['limit', 101],
    ]);
    calls.length = 0;
    applicationsPageQuery(recorder, {}, command, 20);
    expect(calls[0]).toEqual(['orderBy', 'createdAt', 'desc']);
    expect(applicationsPageQuery(recorder, { filerOpenid: undefined, principalIdHashes: [] }, command, 20)).toBeNull();
  });

  test('documents are keyed by our ids in yibao_* collections, written with set() and without _id', async () => {
    const db = fakeCloudDb();
    const store = createCloudbaseStore(db);
    await store.insertIdentityClaim({ idHash: 'h1', openid: 'o1', claimedAt: '2025-06-01T00:00:00.000Z' });
    expect([...db.data.get(COLLECTION_NAMES.identityClaims)!.keys()]).toEqual(['h1']);
    expect(await store.getIdentityClaim('h1')).toEqual({ idHash: 'h1', openid: 'o1', claimedAt: '2025-06-01T00:00:00.000Z' });
  });

  test('the SDK is not loaded by importing the adapter (it costs ~120 ms of cold start)', () => {
    expect(Object.keys(require.cache).some((k) => k.includes(`${'@cloudbase'}/node-sdk`))).toBe(false);
  });
});

// The adapter's own logic, on the in-memory stand-in: every contract case, no network.
storeContract('CloudBase adapter on an in-memory fake db', async () => createCloudbaseStore(fakeCloudDb()));

const config = cloudbaseConfigFromEnv();
if (config && config.secretId && config.secretKey) {
  // A real environment: every case gets fresh, empty collections under its own prefix.
  let n = 0;
  const run = Date.now().toString(36);
  storeContract(`CloudBase environment ${config.env}`, async (): Promise<Store> => openCloudbaseStore(config, `yibao_test_${run}_${++n}_`, { createCollections: true }));
} else {
  describe('CloudBase environment', () => {
    test.skip('contract suite against a real CloudBase environment — skipped: set TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to run it', () => undefined);
    console.log('CloudBase contract suite skipped: TCB_ENV and credentials (TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY) are not set.');
  });
}

describe('the CloudBase fake behaves like the service', () => {
  const raced = async <T>(p: Promise<T>) => p.then(
    (v) => ({ ok: true as const, v }),
    (e: { code?: string }) => ({ ok: false as const, code: e.code }),
  );

  test('two transactions writing one document: the second writer fails with the conflict code, the first commits', async () => {
    const db = fakeCloudDb();
    await db.collection('c').doc('n').set({ count: 0 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const bump = (wait: boolean) =>
      db.runTransaction(async (tx) => {
        const { data } = (await tx.collection('c').doc('n').get()) as { data: { count: number } };
        if (wait) await gate;
        await tx.collection('c').doc('n').set({ count: data.count + 1 });
      }, 0);
    const first = raced(bump(true));
    const second = raced(bump(false));
    await new Promise((r) => setTimeout(r, 20));
    release();
    const results = await Promise.all([first, second]);
    // The second wrote first and committed; the first had read the old value, so its write is refused, not lost.
    expect(results).toEqual([{ ok: false, code: 'DATABASE_TRANSACTION_CONFLICT' }, { ok: true, v: undefined }]);
    expect(db.data.get('c')!.get('n')).toEqual({ count: 1 });
  });

  test('a write to a document another transaction has locked fails at once; an ordinary write waits for the commit', async () => {
    const db = fakeCloudDb();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const holder = db.runTransaction(async (tx) => {
      await tx.collection('c').doc('k').set({ by: 'holder' });
      await gate;
    }, 0);
    await new Promise((r) => setTimeout(r, 10));
    await expect(db.runTransaction((tx) => tx.collection('c').doc('k').set({ by: 'other' }), 0)).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
      message: 'database transaction conflict',
    });
    // Snapshot isolation: outside the transaction its write is not visible until it commits.
    expect((await db.collection('c').doc('k').get()).data).toEqual([]);
    const plain = db.collection('c').doc('k').set({ by: 'plain' });
    await new Promise((r) => setTimeout(r, 10));
    release();
    await Promise.all([holder, plain]);
    expect(db.data.get('c')!.get('k')).toEqual({ by: 'plain' });
  });

  test('runTransaction retries a conflict as the SDK does: at once, `times` more runs (4 by default), then throws', async () => {
    const db = fakeCloudDb();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const holder = db.runTransaction(async (tx) => {
      await tx.collection('c').doc('k').set({ v: 1 });
      await gate;
    });
    await new Promise((r) => setTimeout(r, 10));
    let runs = 0;
    await expect(db.runTransaction(async (tx) => (runs++, tx.collection('c').doc('k').set({ v: 2 })))).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
    });
    expect(runs).toBe(4);
    runs = 0;
    await expect(db.runTransaction(async (tx) => (runs++, tx.collection('c').doc('k').set({ v: 2 })), 0)).rejects.toThrow();
    expect(runs).toBe(1);
    // Other errors are not retried.
    runs = 0;
    await expect(db.runTransaction(async () => (runs++, Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    expect(runs).toBe(1);
    release();
    await holder;
  });

  test('a transaction open longer than 30 s is gone: DATABASE_TRANSACTION_FAIL, nothing written, its locks released', async () => {
    let clock = 1_000_000;
    const db = fakeCloudDb({ now: () => clock });
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('c').doc('a').set({ v: 1 });
        clock += 30_001;
        await tx.collection('c').doc('b').set({ v: 1 });
      }),
    ).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
    // Expiring on commit is the same.
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('c').doc('a').set({ v: 2 });
        clock += 30_001;
      }),
    ).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
    expect(db.data.get('c')?.size ?? 0).toBe(0);
    await db.runTransaction((tx) => tx.collection('c').doc('a').set({ v: 3 }));
    expect(db.data.get('c')!.get('a')).toEqual({ v: 3 });
    expect(db.stats.expired).toBe(2);
  });

  test('reads: 100 documents unless limited, at most 1000 silently, skip and count', async () => {
    const db = fakeCloudDb();
    for (let i = 0; i < 1500; i++) await db.collection('c').doc(`d${String(i).padStart(4, '0')}`).set({ i });
    const c = db.collection('c');
    expect((await c.get()).data).toHaveLength(100);
    expect((await c.limit(5000).get()).data).toHaveLength(1000);
    expect((await c.limit(0).get()).data).toHaveLength(100);
    expect((await c.orderBy('i', 'asc').skip(1400).limit(1000).get()).data.map((d) => (d as { i: number }).i)).toEqual(
      Array.from({ length: 100 }, (_, k) => 1400 + k),
    );
    expect((await c.count()).total).toBe(1500);
    expect((await c.where({ i: command.gte(1490) }).count()).total).toBe(10);
    expect(() => c.limit(1.5)).toThrow('limit must be integer');
    expect(() => c.skip(-1)).toThrow();
  });

  test('query operators are evaluated like the service: dot paths, arrays, type bracketing, missing fields', async () => {
    const db = fakeCloudDb();
    const rows: Record<string, object> = {
      a: { n: 5, s: 'x', tags: ['red', 'blue'], who: { name: '张三', age: 70 } },
      b: { n: '7', s: 'y', tags: [], who: { name: '李四', age: 40 } },
      c: { n: 10, s: null },
      d: { s: 'x' },
    };
    for (const [id, d] of Object.entries(rows)) await db.collection('c').doc(id).set(d);
    const ids = async (cond: object) =>
      ((await db.collection('c').where(cond).orderBy('_id', 'asc').get()).data as { _id: string }[]).map((d) => d._id);
    const _ = command;
    expect(await ids({ s: 'x' })).toEqual(['a', 'd']);
    expect(await ids({ s: null })).toEqual(['c']); // null matches null and a missing field (only c has either)
    expect(await ids({ n: null })).toEqual(['d']);
    expect(await ids({ s: _.neq('x') })).toEqual(['b', 'c']);
    expect(await ids({ n: _.gt(4) })).toEqual(['a', 'c']); // '7' is a string: not compared with numbers
    expect(await ids({ n: _.gte(5) })).toEqual(['a', 'c']);
    expect(await ids({ n: _.lt(10) })).toEqual(['a']);
    expect(await ids({ n: _.lte(10) })).toEqual(['a', 'c']);
    expect(await ids({ s: _.gt('x') })).toEqual(['b']);
    expect(await ids({ tags: 'red' })).toEqual(['a']); // an array matches a value it contains
    expect(await ids({ tags: _.in(['blue', 'green']) })).toEqual(['a']);
    expect(await ids({ s: _.nin(['x']) })).toEqual(['b', 'c']);
    expect(await ids({ n: _.exists(false) })).toEqual(['d']);
    expect(await ids({ who: _.exists(true) })).toEqual(['a', 'b']);
    expect(await ids({ 'who.age': _.gt(60) })).toEqual(['a']);
    expect(await ids({ who: { name: '李四' } })).toEqual(['b']); // a nested object is a partial match on its paths
    expect(await ids(_.or([{ s: 'y' }, { n: 10 }]))).toEqual(['b', 'c']);
    expect(await ids(_.and([{ s: 'x' }, { n: _.exists(true) }]))).toEqual(['a']);
    expect(await ids({ s: 'x', n: _.in([5, 10]) })).toEqual(['a']);
    expect(() => db.collection('c').where({ s: undefined })).toThrow();
  });

  test('set() refuses what the SDK refuses, and documents over 16 MB', async () => {
    const db = fakeCloudDb();
    const doc = db.collection('c').doc('x');
    await expect(doc.set({ _id: 'x', v: 1 })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    await expect(doc.set(null as unknown as object)).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    await expect(doc.set({ big: 'x'.repeat(16 * 1024 * 1024) })).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    await expect(db.runTransaction((tx) => tx.collection('c').doc('x').set({ big: '汉'.repeat(6 * 1024 * 1024) }))).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
    });
    await doc.set({ v: 1, gone: undefined });
    expect(db.data.get('c')!.get('x')).toEqual({ v: 1 });
  });
});

describe('CloudBase adapter: conflicts are retried with backoff', () => {
  const conflict = () => Object.assign(new Error('database transaction conflict'), { code: 'DATABASE_TRANSACTION_CONFLICT' });

  test('retryConflicts: growing, jittered waits, a few attempts, and only for the conflict code', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    let runs = 0;
    await expect(retryConflicts(async () => (++runs < 4 ? Promise.reject(conflict()) : 'done'), CONFLICT_RETRY, sleep)).resolves.toBe('done');
    expect(runs).toBe(4);
    expect(waits).toHaveLength(3);
    waits.forEach((w, i) => expect(w).toBeLessThan(CONFLICT_RETRY.baseMs * 2 ** i));
    runs = 0;
    await expect(retryConflicts(async () => (runs++, Promise.reject(conflict())), CONFLICT_RETRY, sleep)).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
    });
    expect(runs).toBe(CONFLICT_RETRY.attempts);
    runs = 0;
    await expect(
      retryConflicts(async () => (runs++, Promise.reject(Object.assign(new Error('gone'), { code: 'DATABASE_TRANSACTION_FAIL' }))), CONFLICT_RETRY, sleep),
    ).rejects.toThrow('gone');
    expect(runs).toBe(1);
  });

  test('store.transaction outlasts a lock holder that the SDK\'s immediate retries would not', async () => {
    const db = fakeCloudDb();
    const store = createCloudbaseStore(db);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const holder = store.transaction(async (tx) => {
      await tx.putRateCounter({ id: 'k', count: 1, expiresAt: '2030-01-01T00:00:00.000Z' });
      await gate;
    });
    await new Promise((r) => setTimeout(r, 5));
    const second = store.transaction(async (tx) => {
      const c = await tx.getRateCounter('k');
      await tx.putRateCounter({ id: 'k', count: (c?.count ?? 0) + 1, expiresAt: '2030-01-01T00:00:00.000Z' });
    });
    setTimeout(release, 30);
    await Promise.all([holder, second]);
    expect((await store.getRateCounter('k'))?.count).toBe(2);
    expect(db.stats.conflicts).toBeGreaterThan(0);
  });

  test('a transaction that outlives 30 s fails with the service\'s error, is not retried, and writes nothing', async () => {
    let clock = 0;
    const db = fakeCloudDb({ now: () => clock });
    const store = createCloudbaseStore(db);
    let runs = 0;
    await expect(
      store.transaction(async (tx) => {
        runs++;
        await tx.putRateCounter({ id: 'k', count: 1, expiresAt: '2030-01-01T00:00:00.000Z' });
        clock += 31_000;
        await tx.putRateCounter({ id: 'j', count: 1, expiresAt: '2030-01-01T00:00:00.000Z' });
      }),
    ).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
    expect(runs).toBe(1);
    expect(await store.count('rateCounters')).toBe(0);
  });
});
