/**
 * On CloudBase a photo is shown from a temporary URL (getTempFileURL with maxAge), made by the function with admin
 * rights after the view's access check — the client reads nothing itself (cloudbase/storage.rules.json: read false).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { fakeCloudStorage } from '../store/fake-cloud-storage';
import { cloudbaseFileStorage } from '../../server/store/files';

// jest.mock is hoisted above the imports; the storage loads the SDK lazily, at its first call.
const cloud = fakeCloudStorage('test-env');
jest.mock('@cloudbase/node-sdk', () => ({ init: () => cloud.app, SYMBOL_CURRENT_ENV: Symbol('current') }));

const storage = cloudbaseFileStorage({ env: 'test-env' });

test('a stored material gets a temporary URL that lasts maxAge and then fails; a removed one gets none', async () => {
  const stored = await storage.put('app1/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 1]));
  expect(stored).toBe('cloud://test-env.bucket/yibao/materials/app1/photo.jpg');
  const spy = jest.spyOn(cloud.app, 'getTempFileURL');
  const t0 = Date.now();
  cloud.setNow(() => t0);
  const url = await storage.link({ materialId: 'app1-00', openid: 'o-me', storagePath: stored }, new Date(t0 + 600_000));
  const asked = spy.mock.calls[0][0].fileList[0] as { fileID: string; maxAge: number };
  expect(asked.fileID).toBe(stored);
  expect(asked.maxAge).toBeGreaterThan(590);
  expect(asked.maxAge).toBeLessThanOrEqual(600);
  expect(cloud.open(url)).toEqual(Buffer.from([0xff, 0xd8, 0xff, 1]));
  cloud.setNow(() => t0 + 601_000);
  expect(cloud.open(url)).toBeNull();

  await storage.remove(stored);
  await expect(storage.link({ materialId: 'app1-00', openid: 'o-me', storagePath: stored }, new Date(Date.now() + 600_000))).rejects.toThrow(/STORAGE_FILE_NONEXIST/);
  // Only local links are checked by the gateway: a CloudBase storage has no checker.
  expect(storage.checkLink).toBeUndefined();
});

test('the storage rules still let a client read nothing: every read goes through the function', () => {
  const rules = JSON.parse(readFileSync(path.resolve(__dirname, '../../cloudbase/storage.rules.json'), 'utf8')) as { read: unknown };
  expect(rules.read).toBe(false);
});
