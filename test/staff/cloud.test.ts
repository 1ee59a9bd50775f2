/**
 * The staff API on CloudBase: the router on the CloudBase adapter (the in-memory fake with the service's semantics),
 * and the `staff` function's adapter from HTTP access's 集成请求 to the router and back to a 集成响应.
 */
import { randomBytes } from 'crypto';
import { createCloudbaseStore, COLLECTION_NAMES } from '../../server/store/cloudbase';
import { fakeCloudDb } from '../store/fake-cloud-db';
import { createIdCipher } from '../../server/crypto/id-cipher';
import type { AppContext } from '../../server/applications/context';
import type { FileStorage } from '../../server/store/files';
import { integrationOf, requestOfEvent, staffHttpMain } from '../../server/staff/cloud-http';
import type { StaffHttpContext } from '../../server/staff/http';
import { tokenHash } from '../../server/staff/sessions';
import { FIXTURE_ROUTES, REVIEWER_PASSWORD, seedUsers, staffClient, testClock } from './helpers';

function cloudContext() {
  const db = fakeCloudDb();
  const clock = testClock();
  const app: AppContext = { store: createCloudbaseStore(db), cipher: createIdCipher(randomBytes(32)), files: {} as FileStorage, now: clock.now };
  const ctx: StaffHttpContext = { app, production: true, routes: FIXTURE_ROUTES };
  return { db, clock, app, ctx };
}

test('on the CloudBase adapter: login, a session stored by hash in yibao_staff_sessions, expiry, logout', async () => {
  const { db, clock, app, ctx } = cloudContext();
  await seedUsers(app);
  const c = staffClient(ctx);
  const res = await c.login('li.tj', REVIEWER_PASSWORD);
  expect(res.status).toBe(200);
  expect(res.headers['set-cookie']).toMatch(/; Secure$/);
  const sessions = db.data.get(COLLECTION_NAMES.staffSessions)!;
  expect([...sessions.keys()]).toEqual([tokenHash(c.cookie!)]);
  expect(JSON.stringify([...sessions.values()])).not.toContain(c.cookie!);
  expect([...db.data.get(COLLECTION_NAMES.staffUsers)!.keys()].sort()).toEqual(['admin', 'li.tj', 'wang.sx']);
  expect((await c.call('GET', '/applications/a9')).json.data).toMatchObject({ actor: 'li.tj', id: 'a9' });
  clock.advance(31 * 60_000);
  expect((await c.call('GET', '/me')).status).toBe(401);
  await c.login('li.tj', REVIEWER_PASSWORD);
  expect((await c.call('POST', '/logout')).status).toBe(200);
  expect([...db.data.get(COLLECTION_NAMES.staffSessions)!.keys()]).toEqual([]);
});

test('on the CloudBase adapter: five wrong passwords lock the account', async () => {
  const { app, ctx } = cloudContext();
  await seedUsers(app);
  const c = staffClient(ctx);
  for (let i = 0; i < 4; i++) expect((await c.login('li.tj', 'wrong-pass-1')).status).toBe(401);
  expect((await c.login('li.tj', 'wrong-pass-1')).json).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('10:15（北京时间）解锁') });
  expect((await c.login('li.tj', REVIEWER_PASSWORD)).status).toBe(429);
});

describe('HTTP access: 集成请求 → router → 集成响应', () => {
  const event = (over: Record<string, unknown> = {}) => ({
    path: '/staff/api/login',
    httpMethod: 'POST',
    headers: { Host: 'env.service.tcloudbase.com', 'Content-Type': 'application/json', 'X-Forwarded-For': '1.2.3.4, 203.0.113.7' },
    queryStringParameters: {},
    requestContext: { requestId: 'r1', envId: 'env' },
    body: JSON.stringify({ login: 'li.tj', password: REVIEWER_PASSWORD }),
    isBase64Encoded: false,
    ...over,
  });

  test('the request: headers lower-cased, Base64 bodies decoded, the path prefixed when the binding strips it, the proxy-added address', () => {
    const r = requestOfEvent(event({ body: Buffer.from('{"a":1}').toString('base64'), isBase64Encoded: true, path: '/me', queryStringParameters: { limit: '5', bad: 3 } }));
    expect(r).toMatchObject({ method: 'POST', path: '/staff/api/me', query: { limit: '5' }, clientAddress: '203.0.113.7' });
    expect('method' in r && r.headers.host).toBe('env.service.tcloudbase.com');
    expect('method' in r && r.body?.toString()).toBe('{"a":1}');
    expect(requestOfEvent({})).toMatchObject({ status: 400 });
    const parsed = requestOfEvent(event({ body: { login: 'x' } }));
    expect('method' in parsed && parsed.body?.toString()).toBe('{"login":"x"}');
    expect(requestOfEvent(event({ body: 'x'.repeat(300_000) }))).toMatchObject({ status: 413 });
  });

  test('the answer: JSON as text with its status, headers and cookie; bytes as Base64', async () => {
    const { app, ctx } = cloudContext();
    await seedUsers(app);
    const main = staffHttpMain({ open: async () => ctx, callerOpenid: () => undefined });
    const login = await main(event());
    expect(login).toMatchObject({ statusCode: 200, isBase64Encoded: false, headers: { 'content-type': 'application/json; charset=utf-8', 'x-frame-options': 'DENY' } });
    expect(JSON.parse(login.body).data.user.login).toBe('li.tj');
    const cookie = /^yb_staff=([^;]+)/.exec(login.headers['set-cookie'])![1];
    const image = await main(event({ path: '/staff/api/materials/m1', httpMethod: 'GET', body: '', headers: { host: 'env.service.tcloudbase.com', cookie: `yb_staff=${cookie}` } }));
    expect(image).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-type': 'image/png' } });
    expect(Buffer.from(image.body, 'base64')).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(integrationOf({ status: 404, headers: { 'content-type': 'application/json' }, body: Buffer.from('{}') })).toEqual({ statusCode: 404, headers: { 'content-type': 'application/json' }, body: '{}', isBase64Encoded: false });
  });

  test('a callFunction from the mini-program (an openid) gets nothing; a store that cannot open is a 500, never a throw', async () => {
    const { ctx } = cloudContext();
    const fromWeChat = staffHttpMain({ open: async () => ctx, callerOpenid: () => 'o-someone' });
    expect(await fromWeChat(event())).toMatchObject({ statusCode: 403 });
    const broken = staffHttpMain({
      open: async () => {
        throw new Error('no store');
      },
    });
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await broken(event())).toMatchObject({ statusCode: 500 });
    write.mockRestore();
    for (const junk of [null, 'x', 42, [], { path: 1 }, { path: '/staff/api/me', httpMethod: 'GET', headers: 'x' }]) {
      const res = await staffHttpMain({ open: async () => ctx })(junk);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
  });
});
