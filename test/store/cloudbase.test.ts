import { storeContract } from '../../server/store/contract';
import {
  applicationsCondition,
  applicationsPageQuery,
  cloudbaseConfigFromEnv,
  COLLECTION_NAMES,
  createCloudbaseStore,
  openCloudbaseStore,
  CloudQuery,
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
  storeContract(`CloudBase environment ${config.env}`, async (): Promise<Store> => openCloudbaseStore(config, `yibao_test_${run}_${++n}_`));
} else {
  describe('CloudBase environment', () => {
    test.skip('contract suite against a real CloudBase environment — skipped: set TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to run it', () => undefined);
    // eslint-disable-next-line no-console
    console.log('CloudBase contract suite skipped: TCB_ENV and credentials (TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY) are not set.');
  });
}
