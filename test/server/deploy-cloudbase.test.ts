/**
 * The deploy step (npm run deploy:cloudbase) against a recorded fake of @cloudbase/manager-node: the calls it makes
 * on an empty environment, and that a second run changes nothing. The real service cannot be reached from here.
 */
import { CloudbaseManager, COLLECTION_PERMISSION, deployCloudbase, INDEXES, main, managerConfigFromEnv } from '../../scripts/cloudbase-setup';
import { collectionNames } from '../../server/store/cloudbase';
import { COLLECTIONS } from '../../server/store/types';

type Call = [method: string, ...args: unknown[]];

/** An environment as the manager API shows it: collections with their indexes, and each collection's permission. */
function fakeManager() {
  const calls: Call[] = [];
  const collections = new Map<string, { Name: string; Keys: { Name: string; Direction: string }[]; Unique: boolean }[]>();
  const permissions = new Map<string, string>();
  const manager: CloudbaseManager = {
    database: {
      async createCollectionIfNotExists(name) {
        calls.push(['createCollectionIfNotExists', name]);
        if (collections.has(name)) return { IsCreated: false };
        collections.set(name, [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }]);
        // A new collection is readable by its creator and everyone (the console's default), not admin-only.
        permissions.set(name, 'PRIVATE');
        return { IsCreated: true };
      },
      async describeCollection(name) {
        calls.push(['describeCollection', name]);
        const indexes = collections.get(name);
        if (!indexes) throw new Error(`no collection ${name}`);
        return { Indexes: indexes.map((i) => ({ ...i })) };
      },
      async updateCollection(name, info) {
        calls.push(['updateCollection', name, info]);
        const indexes = collections.get(name)!;
        for (const c of info.CreateIndexes) {
          if (indexes.some((i) => i.Name === c.IndexName)) throw new Error(`index ${c.IndexName} exists`);
          indexes.push({ Name: c.IndexName, Keys: c.MgoKeySchema.MgoIndexKeys, Unique: c.MgoKeySchema.MgoIsUnique });
        }
      },
    },
    permission: {
      async describeResourcePermission(o) {
        calls.push(['describeResourcePermission', o]);
        return { Data: { PermissionList: o.resources.filter((r) => permissions.has(r)).map((r) => ({ Resource: r, Permission: permissions.get(r) })) } };
      },
      async modifyResourcePermission(o) {
        calls.push(['modifyResourcePermission', o]);
        permissions.set(o.resource, o.permission);
        return { Data: { Success: true } };
      },
    },
  };
  return { manager, calls, collections, permissions };
}

const names = collectionNames();
const writes = (calls: Call[]) => calls.filter(([m]) => m === 'updateCollection' || m === 'modifyResourcePermission');

test('an empty environment gets every collection, its indexes and the admin-only permission', async () => {
  const fake = fakeManager();
  const changes = await deployCloudbase(fake.manager);
  expect([...fake.collections.keys()].sort()).toEqual(COLLECTIONS.map((c) => names[c]).sort());
  for (const name of fake.collections.keys()) expect(fake.permissions.get(name)).toBe('ADMINONLY');
  expect(COLLECTION_PERMISSION).toBe('ADMINONLY');
  // One index request per collection that has indexes, in the UpdateTable shape ("1"/"-1" directions).
  expect(fake.calls.find(([m, n]) => m === 'updateCollection' && n === names.applications)).toEqual([
    'updateCollection',
    names.applications,
    {
      CreateIndexes: expect.arrayContaining([
        {
          IndexName: 'filer_created',
          MgoKeySchema: { MgoIndexKeys: [{ Name: 'filerOpenid', Direction: '1' }, { Name: 'createdAt', Direction: '-1' }, { Name: 'id', Direction: '-1' }], MgoIsUnique: false },
        },
      ]),
    },
  ]);
  const withIndexes = COLLECTIONS.filter((c) => INDEXES[c].length > 0).length;
  expect(fake.calls.filter(([m]) => m === 'updateCollection')).toHaveLength(withIndexes);
  expect(changes).toContain(`设置权限 ${names.applications}：仅管理端可读写`);
});

test('the fields the store queries by lead an index', async () => {
  const fake = fakeManager();
  await deployCloudbase(fake.manager);
  const leads = (c: (typeof COLLECTIONS)[number], ...fields: string[]) =>
    fake.collections.get(names[c])!.some((i) => fields.every((f, n) => i.Keys[n]?.Name === f));
  expect(leads('applications', 'filerOpenid', 'createdAt')).toBe(true);
  expect(leads('applications', 'principalIdHash', 'createdAt')).toBe(true);
  expect(leads('applications', 'status', 'queueKey')).toBe(true);
  expect(leads('identityBindings', 'openid')).toBe(true);
  expect(leads('identityBindings', 'idHash')).toBe(true);
  expect(leads('bindingEvents', 'idHash')).toBe(true);
  expect(leads('audit', 'applicationId')).toBe(true);
  expect(leads('materials', 'applicationId')).toBe(true);
  expect(leads('materials', 'uploadedBy')).toBe(true);
  expect(leads('veteranPayments', 'idHash', 'year')).toBe(true);
  expect(leads('familyMembers', 'openid')).toBe(true);
  expect(leads('identityClaims', 'openid')).toBe(true);
  expect(leads('messages', 'openid', 'createdAt')).toBe(true);
});

test('a second run changes nothing', async () => {
  const fake = fakeManager();
  await deployCloudbase(fake.manager);
  fake.calls.length = 0;
  const changes = await deployCloudbase(fake.manager);
  expect(changes).toEqual([]);
  expect(writes(fake.calls)).toEqual([]);
});

test('a half-done environment (one index and one permission missing) gets only what is missing', async () => {
  const fake = fakeManager();
  await deployCloudbase(fake.manager);
  const audit = fake.collections.get(names.audit)!;
  audit.splice(audit.findIndex((i) => i.Name === 'application_at'), 1);
  fake.permissions.set(names.meta, 'PRIVATE');
  fake.calls.length = 0;
  const changes = await deployCloudbase(fake.manager);
  expect(changes).toEqual([`创建索引 ${names.audit}.application_at`, `设置权限 ${names.meta}：仅管理端可读写`]);
  expect(writes(fake.calls)).toHaveLength(2);
});

test('an index of the same name on other fields is reported, never dropped', async () => {
  const fake = fakeManager();
  await deployCloudbase(fake.manager);
  fake.collections.get(names.materials)!.find((i) => i.Name === 'uploaded_by')!.Keys = [{ Name: 'size', Direction: '1' }];
  fake.calls.length = 0;
  await expect(deployCloudbase(fake.manager)).rejects.toThrow(`集合 ${names.materials} 已有名为 uploaded_by 的索引，但字段不同`);
  expect(fake.calls.some(([m]) => m === 'updateCollection')).toBe(false);
});

test('the command needs the environment and keys; temporary keys keep their token', async () => {
  const printed: string[] = [];
  const never = () => {
    throw new Error('no manager without credentials');
  };
  expect(await main({}, never, (l) => printed.push(l))).toBe(1);
  expect(printed[0]).toContain('请先设置 TCB_ENV');

  expect(managerConfigFromEnv({ TCB_ENV: 'e-1', TENCENTCLOUD_SECRETID: 'AKIDx', TENCENTCLOUD_SECRETKEY: 'k', TENCENTCLOUD_SESSIONTOKEN: 't' })).toEqual({
    envId: 'e-1',
    secretId: 'AKIDx',
    secretKey: 'k',
    token: 't',
  });
  const fake = fakeManager();
  let given: object | undefined;
  printed.length = 0;
  const env = { TCB_ENV: 'e-1', TENCENTCLOUD_SECRETID: 'AKIDx', TENCENTCLOUD_SECRETKEY: 'k' };
  expect(await main(env, (c) => ((given = c), fake.manager), (l) => printed.push(l))).toBe(0);
  expect(given).toEqual({ envId: 'e-1', secretId: 'AKIDx', secretKey: 'k' });
  expect(printed[printed.length - 1]).toMatch(/^环境 e-1：完成 \d+ 项改动$/);
  printed.length = 0;
  expect(await main(env, () => fake.manager, (l) => printed.push(l))).toBe(0);
  expect(printed).toEqual(['环境 e-1 已就绪，无需改动']);
});

test('the manager package has the calls the step makes (constructed offline; nothing is sent)', () => {
  // only this test loads the real manager package; the others use a fake
  const CloudBase = require('@cloudbase/manager-node');
  const m = new CloudBase({ secretId: 'AKIDx', secretKey: 'k', envId: 'e-1' });
  for (const f of ['createCollectionIfNotExists', 'describeCollection', 'updateCollection']) expect(typeof m.database[f]).toBe('function');
  for (const f of ['describeResourcePermission', 'modifyResourcePermission']) expect(typeof m.permission[f]).toBe('function');
});
