/**
 * The staff account audit (server/staff/accounts/audit.ts) through the console's router on a real SQLite file: every
 * change an administrator or the account itself makes is written with who, what, whom, when and from which address;
 * administrators read their own scope's changes, newest first, in China time; nobody else reads them; the table
 * refuses updates and deletes. Also the session housekeeping and the Retry-After of every 429.
 */
import Database from 'better-sqlite3';
import path from 'path';
import { freshContext } from '../applications/helpers';
import type { StaffHttpContext } from '../../server/staff/http';
import { createUser } from '../../server/staff/accounts/users';
import { LOCKOUT } from '../../server/staff/accounts/lockout';
import { startSessionSweep, sweepExpiredSessions } from '../../server/staff/session-sweep';
import { SESSION } from '../../server/staff/sessions';
import { spendStaff } from '../../server/staff/rate-limited';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { ADMIN_PASSWORD, FIXTURE_ROUTES, REVIEWER_PASSWORD, seedUsers, staffClient, testClock } from './helpers';

let app: ReturnType<typeof freshContext>;
let clock: ReturnType<typeof testClock>;
let ctx: StaffHttpContext;
beforeEach(async () => {
  clock = testClock();
  app = { ...freshContext(), now: clock.now };
  ctx = { app, production: false, routes: FIXTURE_ROUTES, log: () => undefined };
  await seedUsers(app);
});
afterEach(async () => {
  await app.cleanup();
});

test('every account change from the console is audited: who, what, whom, when (China time), from which address', async () => {
  const a = staffClient(ctx, '192.0.2.10');
  await a.login('admin', ADMIN_PASSWORD);
  expect((await a.call('POST', '/users', { login: 'zhang.pc', name: '张经办', role: 'reviewer', region: 'bazhong', area: '平昌县', password: 'Pingchang-2026' })).status).toBe(201);
  clock.advance(60_000);
  await a.call('POST', '/users/zhang.pc/disable');
  // Disabling again changes nothing and writes nothing.
  await a.call('POST', '/users/zhang.pc/disable');
  clock.advance(60_000);
  await a.call('POST', '/users/zhang.pc/enable');
  clock.advance(60_000);
  await a.call('POST', '/users/zhang.pc/password', { password: 'Reset-by-admin-1' });
  clock.advance(60_000);
  const changed = await a.call('POST', '/users/zhang.pc/access', { role: 'approver', region: 'bazhong', area: '通江县' });
  expect(changed).toMatchObject({ status: 200, json: { data: { login: 'zhang.pc', role: 'approver', area: '通江县' } } });
  // The account itself changes its password (from another address).
  clock.advance(60_000);
  const z = staffClient(ctx, '192.0.2.77');
  await z.login('zhang.pc', 'Reset-by-admin-1');
  expect((await z.call('POST', '/password', { current: 'Reset-by-admin-1', next: 'Own-choice-2026' })).status).toBe(200);

  const page = await a.call('GET', '/account-audit', undefined, {}, { login: 'zhang.pc' });
  expect(page.status).toBe(200);
  expect(page.json.data.total).toBe(6);
  const rows = page.json.data.items.map((e: any) => [e.atText, e.actionLabel, e.actor, e.address, e.target, e.scopeLabel, e.detail]);
  // 02:00Z is 10:00 in China.
  expect(rows).toEqual([
    ['2026-12-01 10:05', '修改本人密码', '张经办（zhang.pc）', '192.0.2.77', 'zhang.pc', '四川省巴中市 通江县', '本人修改密码，其他会话全部结束'],
    ['2026-12-01 10:04', '更改角色或范围', '管理员（admin）', '192.0.2.10', 'zhang.pc', '四川省巴中市 通江县', '经办审核，四川省巴中市 平昌县 → 审批，四川省巴中市 通江县；已登录的会话全部结束'],
    ['2026-12-01 10:03', '重置密码', '管理员（admin）', '192.0.2.10', 'zhang.pc', '四川省巴中市 平昌县', '重置密码并解除锁定，已登录的会话全部结束'],
    ['2026-12-01 10:02', '启用', '管理员（admin）', '192.0.2.10', 'zhang.pc', '四川省巴中市 平昌县', '启用'],
    ['2026-12-01 10:01', '停用', '管理员（admin）', '192.0.2.10', 'zhang.pc', '四川省巴中市 平昌县', '停用，已登录的会话全部结束'],
    ['2026-12-01 10:00', '创建账号', '管理员（admin）', '192.0.2.10', 'zhang.pc', '四川省巴中市 平昌县', '姓名 张经办；经办审核，四川省巴中市 平昌县'],
  ]);
  expect(page.json.data.items.every((e: any) => e.via === 'console')).toBe(true);
  expect(JSON.stringify(page.json)).not.toMatch(/Pingchang-2026|Reset-by-admin-1|Own-choice-2026|\$argon2/);
  // Paged: two at a time, every entry once.
  const first = await a.call('GET', '/account-audit', undefined, {}, { login: 'zhang.pc', limit: '4' });
  const second = await a.call('GET', '/account-audit', undefined, {}, { login: 'zhang.pc', limit: '4', cursor: first.json.data.nextCursor });
  expect([...first.json.data.items, ...second.json.data.items].map((e: any) => e.id)).toEqual(page.json.data.items.map((e: any) => e.id));
  expect(second.json.data.nextCursor).toBeNull();
});

test('from the attacker side: a reviewer cannot read the audit or change access; an admin reads only their own scope', async () => {
  const r = staffClient(ctx);
  await r.login('li.tj', REVIEWER_PASSWORD);
  expect(await r.call('GET', '/account-audit')).toMatchObject({ status: 403, json: { code: 'FORBIDDEN' } });
  expect(await r.call('POST', '/users/li.tj/access', { role: 'admin', region: 'bazhong' })).toMatchObject({ status: 403, json: { code: 'FORBIDDEN' } });
  expect((await app.store.getStaffUser('li.tj'))?.role).toBe('reviewer');

  // A 随县 administrator: the seeded 巴中 accounts' creation is not theirs to read.
  await createUser(app, null, { login: 'admin.sz', name: '随县管理员', role: 'admin', region: 'suizhou', password: ADMIN_PASSWORD });
  const s = staffClient(ctx, '10.0.0.9');
  await s.login('admin.sz', ADMIN_PASSWORD);
  const theirs = await s.call('GET', '/account-audit');
  expect(theirs.json.data.items.map((e: any) => e.target).sort()).toEqual(['admin.sz', 'wang.sx']);
  expect((await s.call('GET', '/account-audit', undefined, {}, { login: 'li.tj' })).json.data).toMatchObject({ total: 0, items: [] });
  // Out of scope, or own: no change, no entry.
  expect((await s.call('POST', '/users/li.tj/access', { role: 'admin', region: 'suizhou' })).status).toBe(404);
  expect((await s.call('POST', '/users/wang.sx/access', { role: 'reviewer', region: 'bazhong' })).status).toBe(403);
  expect((await s.call('POST', '/users/admin.sz/access', { role: 'reviewer', region: 'suizhou' })).json).toMatchObject({ code: 'FORBIDDEN', message: '不能更改自己的角色或范围，请由其他管理员更改' });
  expect((await s.call('POST', '/users/wang.sx/access', { role: 'boss', region: 'suizhou' })).json).toMatchObject({ code: 'INVALID_INPUT', field: 'role' });
  expect((await s.call('GET', '/account-audit', undefined, {}, { limit: '500' })).json).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
  expect(await app.store.count('staffAccountAudit')).toBe(4); // the four accounts' creation

  // The 巴中 administrator sees 巴中's, not 随县's.
  const a = staffClient(ctx);
  await a.login('admin', ADMIN_PASSWORD);
  expect((await a.call('GET', '/account-audit')).json.data.items.map((e: any) => e.target).sort()).toEqual(['admin', 'li.tj']);
});

test('a role or scope change ends the account\'s sessions at once', async () => {
  const r = staffClient(ctx);
  await r.login('li.tj', REVIEWER_PASSWORD);
  const a = staffClient(ctx);
  await a.login('admin', ADMIN_PASSWORD);
  expect((await a.call('POST', '/users/li.tj/access', { role: 'reviewer', region: 'bazhong', area: '平昌县' })).status).toBe(200);
  expect((await r.call('GET', '/me')).status).toBe(401);
  expect((await r.login('li.tj', REVIEWER_PASSWORD)).json.data.user).toMatchObject({ area: '平昌县' });
});

test('the account audit is append-only in the file itself', async () => {
  await app.store.close();
  const raw = new Database(path.join(app.dataDir, SQLITE_FILE));
  expect((raw.prepare('SELECT COUNT(*) AS n FROM staff_account_audit').get() as { n: number }).n).toBe(3);
  expect(() => raw.prepare("UPDATE staff_account_audit SET doc = '{}'").run()).toThrow('append-only');
  expect(() => raw.prepare('DELETE FROM staff_account_audit').run()).toThrow('append-only');
  raw.close();
  app = { ...freshContext(), now: clock.now };
});

test('expired sessions of every account are deleted at any login and by the sweep, a bounded batch at a time', async () => {
  const r = staffClient(ctx);
  await r.login('li.tj', REVIEWER_PASSWORD);
  const w = staffClient(ctx);
  await w.login('wang.sx', REVIEWER_PASSWORD);
  expect(await app.store.count('staffSessions')).toBe(2);
  clock.advance(SESSION.idleMs + 1000);
  // admin's login sweeps the two others' dead sessions (neither came back).
  const a = staffClient(ctx);
  await a.login('admin', ADMIN_PASSWORD);
  expect(await app.store.count('staffSessions')).toBe(1);
  // The sweep: bounded, and the timer does it too.
  for (let i = 0; i < 5; i++) {
    await app.store.putStaffSession({ id: `dead${i}`, login: 'li.tj', csrfToken: 'c', createdAt: '2026-12-01T00:00:00.000Z', lastSeenAt: '2026-12-01T00:00:00.000Z', expiresAt: '2026-12-01T00:30:00.000Z', absoluteExpiresAt: '2026-12-01T12:00:00.000Z' });
  }
  expect(await sweepExpiredSessions(app, 2)).toBe(2);
  const sweep = startSessionSweep(app, { everyMs: 10 });
  try {
    const until = Date.now() + 5000;
    while ((await app.store.count('staffSessions')) > 1 && Date.now() < until) await new Promise((res) => setTimeout(res, 20));
  } finally {
    sweep.stop();
  }
  expect(await app.store.count('staffSessions')).toBe(1);
  expect((await a.call('GET', '/me')).status).toBe(200);
});

test('every 429 carries Retry-After in seconds: the login lock, the address flood, a staff rate limit', async () => {
  const c = staffClient(ctx);
  for (let i = 1; i < LOCKOUT.perLogin; i++) expect((await c.login('li.tj', 'wrong-pass-1')).headers['retry-after']).toBeUndefined();
  const locked = await c.login('li.tj', 'wrong-pass-1');
  expect(locked.status).toBe(429);
  expect(locked.headers['retry-after']).toBe(String(LOCKOUT.lockMs / 1000));
  clock.advance(100_000);
  const still = await c.login('li.tj', REVIEWER_PASSWORD);
  expect(still).toMatchObject({ status: 429, headers: { 'retry-after': String(LOCKOUT.lockMs / 1000 - 100) } });

  const flood = staffClient(ctx, '203.0.113.9');
  for (let i = 0; i < LOCKOUT.perAddress; i++) await flood.login(`user${i}`, 'guess-123456');
  const blocked = await flood.login('admin', ADMIN_PASSWORD);
  expect(blocked).toMatchObject({ status: 429, headers: { 'retry-after': String(LOCKOUT.lockMs / 1000) } });

  // A staff limit (reveal, identity) knows when its fullest window ends.
  const limits = [
    { bucket: 't:hour', max: 2, windowMs: 3600_000, what: '测试' },
    { bucket: 't:day', max: 5, windowMs: 86400_000, what: '测试' },
  ];
  await app.store.transaction((tx) => spendStaff(tx, limits, clock.now()));
  clock.advance(600_000);
  await app.store.transaction((tx) => spendStaff(tx, limits, clock.now()));
  await expect(app.store.transaction((tx) => spendStaff(tx, limits, clock.now()))).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3000 });
});
