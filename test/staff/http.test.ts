/**
 * The staff router (server/staff/http.ts) on a real SQLite file: sessions in the yb_staff cookie (idle and absolute
 * limits on an injected clock, logout, attributes, the token only as a hash in the database), CSRF tokens and
 * foreign Origins refused, roles, scopes, independence from WeChat and development identities, and no request of any
 * shape that throws.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { freshContext } from '../applications/helpers';
import { handleStaffHttp, type StaffHttpContext } from '../../server/staff/http';
import { SESSION, tokenHash } from '../../server/staff/sessions';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { ADMIN_PASSWORD, FIXTURE_ROUTES, REVIEWER_PASSWORD, seedUsers, staffClient, testClock } from './helpers';

let app: ReturnType<typeof freshContext>;
let clock: ReturnType<typeof testClock>;
let ctx: StaffHttpContext;
const logLines: string[] = [];
beforeEach(async () => {
  clock = testClock();
  app = { ...freshContext(), now: clock.now };
  ctx = { app, production: false, routes: FIXTURE_ROUTES, log: (l) => logLines.push(l) };
  await seedUsers(app);
});
afterEach(async () => {
  await app.cleanup();
});

test('login sets an HttpOnly, SameSite=Strict cookie under /staff (Secure in production) and answers the session', async () => {
  const c = staffClient(ctx);
  const res = await c.login('li.tj', REVIEWER_PASSWORD);
  expect(res.status).toBe(200);
  expect(res.headers['set-cookie']).toMatch(/^yb_staff=[A-Za-z0-9_-]{43}; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=43200$/);
  expect(res.json.data).toMatchObject({ user: { login: 'li.tj', role: 'reviewer', region: 'bazhong', area: '通江县', disabled: false }, csrfToken: expect.any(String) });
  expect(res.json.data.expiresAt).toBe(new Date(clock.now().getTime() + SESSION.idleMs).toISOString());
  expect(res.json.data.user.passwordHash).toBeUndefined();
  expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  expect(res.headers['cache-control']).toBe('no-store');
  const prod = staffClient({ ...ctx, production: true });
  expect((await prod.login('admin', ADMIN_PASSWORD)).headers['set-cookie']).toMatch(/; Secure$/);
});

test('the session token is stored only as its SHA-256: the raw token is nowhere in the database file', async () => {
  const c = staffClient(ctx);
  await c.login('li.tj', REVIEWER_PASSWORD);
  const token = c.cookie!;
  expect(await app.store.getStaffSession(tokenHash(token))).toMatchObject({ login: 'li.tj' });
  expect(await app.store.getStaffSession(token)).toBeNull();
  await app.store.close();
  const bytes = Buffer.concat(
    [SQLITE_FILE, `${SQLITE_FILE}-wal`].map((f) => path.join(app.dataDir, f)).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
  );
  expect(bytes.includes(Buffer.from(token))).toBe(false);
  expect(bytes.includes(Buffer.from(tokenHash(token)))).toBe(true);
  expect(bytes.includes(Buffer.from(REVIEWER_PASSWORD))).toBe(false);
  app = { ...freshContext(), now: clock.now };
});

test('a session ends 30 minutes unused, or 12 hours after login however busy; logout ends it at once', async () => {
  const c = staffClient(ctx);
  await c.login('li.tj', REVIEWER_PASSWORD);
  clock.advance(29 * 60_000);
  expect((await c.call('GET', '/me')).status).toBe(200);
  clock.advance(29 * 60_000);
  // Used 29 minutes ago: still alive, and its idle limit moved on.
  const me = await c.call('GET', '/me');
  expect(me.status).toBe(200);
  expect(me.json.data.expiresAt).toBe(new Date(clock.now().getTime() + SESSION.idleMs).toISOString());
  clock.advance(30 * 60_000 + 1);
  expect((await c.call('GET', '/me')).json).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  // Busy all day: every 20 minutes, still over at 12 hours.
  await c.login('li.tj', REVIEWER_PASSWORD);
  const loginAt = clock.now().getTime();
  while (clock.now().getTime() - loginAt < SESSION.absoluteMs - 20 * 60_000) {
    clock.advance(20 * 60_000);
    expect((await c.call('GET', '/me')).status).toBe(200);
  }
  clock.set(new Date(loginAt + SESSION.absoluteMs).toISOString());
  expect((await c.call('GET', '/me')).status).toBe(401);
  // An ended session left in the store (its cookie never came back) is removed at the account's next login.
  const ended = { id: 'f'.repeat(64), login: 'li.tj', csrfToken: 'c', createdAt: '2026-11-30T00:00:00.000Z', lastSeenAt: '2026-11-30T00:00:00.000Z', expiresAt: '2026-11-30T00:30:00.000Z', absoluteExpiresAt: '2026-11-30T12:00:00.000Z' };
  await app.store.putStaffSession(ended);
  // Logout: the cookie is cleared and the stored session is gone (a copied cookie is worthless).
  await c.login('li.tj', REVIEWER_PASSWORD);
  expect(await app.store.getStaffSession(ended.id)).toBeNull();
  const copied = c.cookie;
  const out = await c.call('POST', '/logout');
  expect(out.status).toBe(200);
  expect(out.headers['set-cookie']).toMatch(/^yb_staff=; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=0/);
  c.cookie = copied;
  expect((await c.call('GET', '/me')).status).toBe(401);
});

test('every change needs the session CSRF token; a foreign Origin or a cross-site fetch is refused', async () => {
  const c = staffClient(ctx);
  await c.login('li.tj', REVIEWER_PASSWORD);
  const token = c.csrf;
  c.csrf = null;
  expect(await c.call('POST', '/applications/a1/accept', {})).toMatchObject({ status: 403, json: { code: 'FORBIDDEN', message: expect.stringMatching(/安全令牌/) } });
  c.csrf = 'x'.repeat(43);
  expect((await c.call('POST', '/applications/a1/accept', {})).status).toBe(403);
  expect((await c.call('POST', '/logout')).status).toBe(403);
  c.csrf = token;
  expect((await c.call('POST', '/applications/a1/accept', {}, { origin: 'https://evil.example' })).json).toMatchObject({ code: 'FORBIDDEN', message: '请求来自其他网站，已拒绝' });
  expect((await c.call('POST', '/applications/a1/accept', {}, { origin: 'null' })).status).toBe(403);
  expect((await c.call('POST', '/applications/a1/accept', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  // A login from another site is refused too (no one is signed in to an account of the attacker's choosing).
  const other = staffClient(ctx);
  expect((await other.call('POST', '/login', { login: 'admin', password: ADMIN_PASSWORD }, { origin: 'https://evil.example' })).status).toBe(403);
  // The same origin, and a configured console origin, pass; a GET needs no token.
  expect(await c.call('POST', '/applications/a1/accept', { amount: '1.00' }, { origin: 'http://console.test' })).toMatchObject({
    status: 200,
    json: { ok: true, data: { accepted: 'a1', by: 'li.tj', body: { amount: '1.00' } } },
  });
  const withOrigins = staffClient({ ...ctx, origins: ['https://staff.example.cn'] });
  await withOrigins.login('li.tj', REVIEWER_PASSWORD);
  expect((await withOrigins.call('POST', '/applications/a1/accept', {}, { origin: 'https://staff.example.cn' })).status).toBe(200);
  c.csrf = null;
  expect((await c.call('GET', '/applications/a1', undefined, {}, { tab: 'x' })).json.data).toEqual({ actor: 'li.tj', id: 'a1', query: { tab: 'x' } });
});

test('roles: a reviewer cannot manage accounts or read the access log; an administrator can, within their region', async () => {
  const r = staffClient(ctx);
  await r.login('li.tj', REVIEWER_PASSWORD);
  for (const [method, p] of [
    ['GET', '/users'],
    ['POST', '/users'],
    ['POST', '/users/admin/disable'],
    ['POST', '/users/admin/password'],
    ['GET', '/access-log'],
  ]) {
    expect(await r.call(method, p, method === 'POST' ? { password: 'Taken-over-2026' } : undefined)).toMatchObject({ status: 403, json: { code: 'FORBIDDEN' } });
  }
  const a = staffClient(ctx);
  await a.login('admin', ADMIN_PASSWORD);
  // An administrator is not a reviewer: the application routes are refused.
  expect((await a.call('GET', '/applications/a1')).status).toBe(403);
  expect((await a.call('GET', '/users')).json.data.items.map((u: { login: string }) => u.login)).toEqual(['admin', 'li.tj']);
  const made = await a.call('POST', '/users', { login: 'zhang.pc', name: '张经办', role: 'approver', region: 'bazhong', area: '平昌县', password: 'Pingchang-2026' });
  expect(made).toMatchObject({ status: 201, json: { ok: true, data: { login: 'zhang.pc', role: 'approver', area: '平昌县', lastLoginAt: null } } });
  expect((await a.call('POST', '/users', { login: 'x.sz', name: '外', role: 'reviewer', region: 'suizhou', password: 'Suizhou-2026x' })).status).toBe(403);
  expect((await a.call('POST', '/users', { login: 'zhang.pc', name: '重', role: 'reviewer', region: 'bazhong', password: 'Pingchang-2026' })).status).toBe(409);
  expect((await a.call('POST', '/users', { login: 'q' })).json).toMatchObject({ code: 'INVALID_INPUT', field: 'login' });
  expect((await a.call('POST', '/users/wang.sx/disable')).status).toBe(404);
  expect((await a.call('POST', '/users/%E0%A4%A/disable')).status).toBe(404);
  // Disabling ends the reviewer's session at once; enabling lets them log in again.
  expect((await a.call('POST', '/users/li.tj/disable')).json.data.disabled).toBe(true);
  expect((await r.call('GET', '/me')).status).toBe(401);
  expect((await r.login('li.tj', REVIEWER_PASSWORD)).json.message).toBe('该账号已停用，请联系管理员');
  await a.call('POST', '/users/li.tj/enable');
  expect((await r.login('li.tj', REVIEWER_PASSWORD)).status).toBe(200);
  // A reset ends the user's sessions; the old password no longer works.
  expect((await a.call('POST', '/users/li.tj/password', { password: 'Reset-by-admin-1' })).status).toBe(200);
  expect((await r.call('GET', '/me')).status).toBe(401);
  expect((await r.login('li.tj', REVIEWER_PASSWORD)).status).toBe(401);
  expect((await r.login('li.tj', 'Reset-by-admin-1')).status).toBe(200);
});

test('own password change needs the current one, keeps this session and ends the others', async () => {
  const here = staffClient(ctx);
  const there = staffClient(ctx, '10.0.0.2');
  await here.login('li.tj', REVIEWER_PASSWORD);
  await there.login('li.tj', REVIEWER_PASSWORD);
  expect((await here.call('POST', '/password', { current: 'not-it-123', next: 'Next-pass-2026' })).json).toMatchObject({ code: 'INVALID_INPUT', field: 'current', message: expect.stringMatching(/^当前密码：不正确/) });
  expect((await here.call('POST', '/password', { current: REVIEWER_PASSWORD, next: 'short' })).json).toMatchObject({ field: 'next', message: '新密码：至少 10 位' });
  expect((await here.call('POST', '/password', { current: REVIEWER_PASSWORD, next: 'Next-pass-2026' })).status).toBe(200);
  expect((await here.call('GET', '/me')).status).toBe(200);
  expect((await there.call('GET', '/me')).status).toBe(401);
  expect((await there.login('li.tj', 'Next-pass-2026')).status).toBe(200);
});

test('the access log: administrators read the views of their own region, newest first', async () => {
  const viewer = (login: string, staffRegion: string, i: number) =>
    app.store.appendAccessLog({ id: `x${i}`, at: `2026-12-01T0${i}:00:00.000Z`, staff: login, staffRegion, staffArea: null, applicationId: `a${i}`, number: null, person: 'principal', subject: '王大山 5119**********1234' });
  await viewer('li.tj', 'bazhong', 1);
  await viewer('wang.sx', 'suizhou', 2);
  await viewer('li.tj', 'bazhong', 3);
  const a = staffClient(ctx);
  await a.login('admin', ADMIN_PASSWORD);
  const page = await a.call('GET', '/access-log', undefined, {}, { limit: '1' });
  expect(page.json.data).toMatchObject({ total: 2, items: [{ applicationId: 'a3', staff: 'li.tj', subject: '王大山 5119**********1234' }] });
  expect(page.json.data.items[0].staffRegion).toBeUndefined();
  const next = await a.call('GET', '/access-log', undefined, {}, { cursor: page.json.data.nextCursor });
  expect(next.json.data.items.map((e: { applicationId: string }) => e.applicationId)).toEqual(['a1']);
  expect((await a.call('GET', '/access-log', undefined, {}, { limit: 'lots' })).json).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
});

test('staff auth is its own: an X-Session header, an openid or a dev token gives nothing here', async () => {
  const c = staffClient(ctx);
  for (const headers of [{ 'x-session': 'o-dev.abc.def' }, { 'x-wx-openid': 'o-someone' }, { authorization: 'Bearer x' }, { cookie: 'yb_staff=' }, { cookie: `yb_staff=${'A'.repeat(43)}` }] as Record<string, string>[]) {
    expect(await c.call('GET', '/me', undefined, headers)).toMatchObject({ status: 401, json: { ok: false, code: 'UNAUTHENTICATED' } });
    expect((await c.call('GET', '/applications/a1', undefined, headers)).status).toBe(401);
  }
});

test('routes: raw answers are sent as files, unknown paths 404, wrong methods 405, an unforeseen error a masked 500', async () => {
  const c = staffClient(ctx);
  await c.login('li.tj', REVIEWER_PASSWORD);
  const file = await c.call('GET', '/materials/m1');
  expect(file.status).toBe(200);
  expect(file.headers['content-type']).toBe('image/png');
  expect(file.headers['content-disposition']).toBe(`attachment; filename="__.png"; filename*=UTF-8''${encodeURIComponent('材料.png')}`);
  expect(file.headers['x-content-type-options']).toBe('nosniff');
  expect(file.body.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  expect((await c.call('GET', '/nothing-here')).status).toBe(404);
  expect((await c.call('POST', '/applications/a1')).status).toBe(405);
  expect((await c.call('GET', '/login')).status).toBe(405);
  expect((await c.call('DELETE', '/me')).status).toBe(405);
  // Matched as sent: the handler decodes (and refuses) its own segments.
  expect((await c.call('GET', '/applications/%E0%A4%A')).json.data.id).toBe('%E0%A4%A');
  const boom = await c.call('GET', '/boom');
  expect(boom).toMatchObject({ status: 500, json: { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } });
  expect(logLines.join('\n')).not.toContain('11010519491231002X');
  expect((await c.call('POST', '/password', '{"current":')).json).toMatchObject({ code: 'INVALID_INPUT', message: '请求不是有效的 JSON' });
  expect((await c.call('POST', '/password', 'x'.repeat(70_000))).status).toBe(413);
});

test('no request of any shape throws out of the router', async () => {
  const c = staffClient(ctx);
  await c.login('admin', ADMIN_PASSWORD);
  const anyJson = fc.oneof(fc.json(), fc.string(), fc.constant('{"login":{"__proto__":{"x":1}},"password":[]}'));
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'PUT', 'HEAD', ''),
      fc.constantFrom('/login', '/me', '/users', '/users/admin/password', '/users/__proto__/disable', '/access-log', '/password', '/applications/x', '/%', '/../../etc'),
      anyJson,
      fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
      async (method, p, body, query) => {
        const res = await handleStaffHttp(ctx, {
          method,
          path: `/staff/api${p}`,
          query,
          headers: { host: 'console.test', cookie: `yb_staff=${c.cookie}`, 'x-csrf-token': c.csrf ?? '', 'content-type': 'application/json' },
          body: Buffer.from(body),
          clientAddress: '10.2.0.1',
        });
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).not.toBe(500);
        expect(() => JSON.parse(res.body.toString('utf8'))).not.toThrow();
      },
    ),
    { numRuns: 60 },
  );
  expect((await c.call('GET', '/me')).status).toBe(200);
});
