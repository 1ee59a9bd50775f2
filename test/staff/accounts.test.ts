/**
 * Staff accounts (issue 16 "Accounts and roles"): argon2id PHC hashes, the password rules, scopes from the registry and
 * the office lists, lockout per login and per address with its end in China time, and a failed login costing the
 * same whether the login exists or not.
 */
import { performance } from 'perf_hooks';
import { freshContext } from '../applications/helpers';
import { ARGON2, hashPassword, passwordProblem, verifyPassword } from '../../server/staff/accounts/password';
import { authenticate } from '../../server/staff/accounts/login';
import { createUser, listUsers, resetPassword, setDisabled } from '../../server/staff/accounts/users';
import { LOCKOUT } from '../../server/staff/accounts/lockout';
import { scopeProblem } from '../../server/staff/accounts/scope';
import { ADMIN_PASSWORD, REVIEWER_PASSWORD, seedUsers, testClock } from './helpers';

let ctx: ReturnType<typeof freshContext>;
let clock: ReturnType<typeof testClock>;
beforeEach(async () => {
  clock = testClock();
  ctx = { ...freshContext(), now: clock.now };
  ctx.now = clock.now;
  await seedUsers(ctx);
});
afterEach(async () => {
  await ctx.cleanup();
});

const admin = async () => (await listUsers(ctx, null, {})).items.find((u) => u.login === 'admin')!;

test('a password is stored as an argon2id PHC string with OWASP parameters and a random salt; ms per hash measured', async () => {
  const runs = 5;
  const started = performance.now();
  const hashes: string[] = [];
  for (let i = 0; i < runs; i++) hashes.push(await hashPassword('Same-password-1'));
  const perHash = (performance.now() - started) / runs;
  console.log(`argon2id m=${ARGON2.memorySize} KiB, t=${ARGON2.iterations}, p=${ARGON2.parallelism}: ${perHash.toFixed(0)} ms per hash`);
  for (const h of hashes) expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  expect(new Set(hashes).size).toBe(runs);
  expect(ARGON2.memorySize).toBeGreaterThanOrEqual(19 * 1024);
  expect(ARGON2.iterations).toBeGreaterThanOrEqual(2);
  expect(await verifyPassword('Same-password-1', hashes[0])).toBe(true);
  expect(await verifyPassword('same-password-1', hashes[0])).toBe(false);
  expect(await verifyPassword('Same-password-1', 'not a hash')).toBe(false);
  const stored = await ctx.store.getStaffUser('admin');
  expect(stored?.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
  expect(JSON.stringify(stored)).not.toContain(ADMIN_PASSWORD);
});

test('password rules: at least 10, not one class only, not the login; said in Chinese naming the field', async () => {
  expect(passwordProblem('Short-1')).toBe('至少 10 位');
  expect(passwordProblem('abcdefghijkl')).toMatch(/不能只用一类字符/);
  expect(passwordProblem('123456789012')).toMatch(/不能只用一类字符/);
  expect(passwordProblem('zhangsan-2026', 'zhangsan')).toBe('不能包含登录名');
  expect(passwordProblem('abcdefghij1')).toBeNull();
  const base = { login: 'new.one', name: '新人', role: 'reviewer', region: 'bazhong' };
  await expect(createUser(ctx, null, { ...base, password: 'aaaaaaaaaaaa' })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'password', message: expect.stringMatching(/^密码：不能只用一类字符/) });
  await expect(createUser(ctx, null, { ...base, password: 'short1' })).rejects.toMatchObject({ message: '密码：至少 10 位' });
  expect(await ctx.store.getStaffUser('new.one')).toBeNull();
});

test('logins, roles and scopes are validated: the registry regions plus the office lists, areas from those lists', async () => {
  const base = { name: '新人', role: 'reviewer', password: 'Good-pass-2026' };
  await expect(createUser(ctx, null, { ...base, login: 'AB', region: 'bazhong' })).rejects.toMatchObject({ field: 'login', message: expect.stringMatching(/^登录名：/) });
  await expect(createUser(ctx, null, { ...base, login: 'bad name', region: 'bazhong' })).rejects.toMatchObject({ field: 'login' });
  await expect(createUser(ctx, null, { ...base, login: 'ok.name', role: 'boss', region: 'bazhong' })).rejects.toMatchObject({ field: 'role', message: expect.stringMatching(/^角色：/) });
  await expect(createUser(ctx, null, { ...base, login: 'ok.name', region: 'atlantis' })).rejects.toMatchObject({ field: 'region', message: expect.stringMatching(/^地区：没有这个地区/) });
  await expect(createUser(ctx, null, { ...base, login: 'ok.name', region: 'bazhong', area: '太原市' })).rejects.toMatchObject({ field: 'area', message: expect.stringContaining('通江县') });
  // Capitals are lowered; 山西 and its cities; a 服务站's 乡镇 as the roster writes it; 随县 without areas.
  expect(await createUser(ctx, null, { ...base, login: 'Zhao.SX', region: 'shanxi', area: '太原市' })).toMatchObject({ login: 'zhao.sx', area: '太原市' });
  expect(await createUser(ctx, null, { ...base, login: 'zhou.yc', region: 'yangcheng', area: '町店镇' })).toMatchObject({ region: 'yangcheng', area: '町店镇' });
  expect(scopeProblem({ region: 'yangcheng', area: 'x1' })?.field).toBe('area');
  expect(scopeProblem({ region: 'suizhou', area: null })).toBeNull();
  await expect(createUser(ctx, null, { ...base, login: 'zhao.sx', region: 'shanxi' })).rejects.toMatchObject({ code: 'CONFLICT', field: 'login' });
  await expect(createUser(ctx, null, { ...base, login: 'x.y', region: 'bazhong', extra: 1 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
});

test('an administrator manages accounts of their own region only', async () => {
  const a = await admin();
  await expect(createUser(ctx, a, { login: 'sx.1', name: '外地', role: 'reviewer', region: 'suizhou', password: 'Good-pass-2026' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect((await listUsers(ctx, a, {})).items.map((u) => u.login)).toEqual(['admin', 'li.tj']);
  await expect(setDisabled(ctx, a, 'wang.sx', true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(resetPassword(ctx, a, 'wang.sx', { password: 'Other-pass-2026' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(setDisabled(ctx, a, 'admin', true)).rejects.toMatchObject({ code: 'FORBIDDEN', message: '不能停用自己的账号' });
  expect((await setDisabled(ctx, a, 'li.tj', true)).disabled).toBe(true);
});

test('a wrong password is refused with how many tries are left; the fifth locks the login 15 minutes, said in China time', async () => {
  for (let i = 1; i < LOCKOUT.perLogin; i++) {
    await expect(authenticate(ctx, { login: 'li.tj', password: 'wrong-pass-1' }, '10.0.0.1')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: `登录名或密码不正确（再错 ${LOCKOUT.perLogin - i} 次将锁定 15 分钟）`,
    });
  }
  // 02:00Z is 10:00 in China; locked until 10:15 China time.
  await expect(authenticate(ctx, { login: 'li.tj', password: 'wrong-pass-1' }, '10.0.0.1')).rejects.toMatchObject({
    code: 'RATE_LIMITED',
    message: '该账号密码错误次数过多，已锁定 15 分钟，将于 12月1日 10:15（北京时间）解锁',
  });
  // Locked: even the right password waits, from any address; another login is not affected.
  await expect(authenticate(ctx, { login: 'li.tj', password: REVIEWER_PASSWORD }, '10.9.9.9')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  expect((await authenticate(ctx, { login: 'admin', password: ADMIN_PASSWORD }, '10.0.0.1')).login).toBe('admin');
  clock.advance(15 * 60_000 + 1000);
  expect((await authenticate(ctx, { login: 'LI.TJ', password: REVIEWER_PASSWORD }, '10.0.0.1')).lastLoginAt).toBe(clock.now().toISOString());
  // A success clears the count: four more mistakes do not lock.
  for (let i = 0; i < 4; i++) await expect(authenticate(ctx, { login: 'li.tj', password: 'x-wrong-123' }, '10.0.0.1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
});

test('an unknown login locks like a known one, and a reset by the administrator lifts a lock', async () => {
  for (let i = 0; i < LOCKOUT.perLogin; i++) await authenticate(ctx, { login: 'ghost', password: 'whatever-123' }, '10.0.0.2').catch(() => undefined);
  await expect(authenticate(ctx, { login: 'ghost', password: 'whatever-123' }, '10.0.0.3')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  for (let i = 0; i < LOCKOUT.perLogin; i++) await authenticate(ctx, { login: 'li.tj', password: 'whatever-123' }, '10.0.0.2').catch(() => undefined);
  await resetPassword(ctx, await admin(), 'li.tj', { password: 'Brand-new-2026' });
  expect((await authenticate(ctx, { login: 'li.tj', password: 'Brand-new-2026' }, '10.0.0.2')).login).toBe('li.tj');
  await expect(authenticate(ctx, { login: 'li.tj', password: REVIEWER_PASSWORD }, '10.0.0.2')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
});

test('a flood across many logins from one address locks the address, not the office next door', async () => {
  for (let i = 0; i < LOCKOUT.perAddress; i++) await authenticate(ctx, { login: `user${i}`, password: 'guess-123456' }, '203.0.113.9').catch(() => undefined);
  await expect(authenticate(ctx, { login: 'admin', password: ADMIN_PASSWORD }, '203.0.113.9')).rejects.toMatchObject({
    code: 'RATE_LIMITED',
    message: expect.stringMatching(/^本机登录密码错误次数过多.*（北京时间）解锁$/),
  });
  expect((await authenticate(ctx, { login: 'admin', password: ADMIN_PASSWORD }, '198.51.100.7')).login).toBe('admin');
  // Colleagues signing in correctly from one address never add up to a lock.
  for (let i = 0; i < LOCKOUT.perAddress + 2; i++) await authenticate(ctx, { login: 'admin', password: ADMIN_PASSWORD }, '198.51.100.8');
});

test('parallel guesses are all counted: a burst cannot pass the check before any failure is written', async () => {
  const burst = await Promise.allSettled(Array.from({ length: 12 }, () => authenticate(ctx, { login: 'li.tj', password: 'burst-guess-1' }, '10.0.0.5')));
  expect(burst.every((r) => r.status === 'rejected')).toBe(true);
  const codes = burst.map((r) => (r as PromiseRejectedResult).reason.code);
  expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(LOCKOUT.perLogin - 1);
  await expect(authenticate(ctx, { login: 'li.tj', password: REVIEWER_PASSWORD }, '10.0.0.6')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
});

test('a disabled account cannot log in; it is told so only with the right password', async () => {
  await setDisabled(ctx, await admin(), 'li.tj', true);
  await expect(authenticate(ctx, { login: 'li.tj', password: 'wrong-pass-1' }, '10.0.0.1')).rejects.toMatchObject({ message: expect.stringMatching(/^登录名或密码不正确/) });
  await expect(authenticate(ctx, { login: 'li.tj', password: REVIEWER_PASSWORD }, '10.0.0.1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '该账号已停用，请联系管理员' });
  await setDisabled(ctx, await admin(), 'li.tj', false);
  expect((await authenticate(ctx, { login: 'li.tj', password: REVIEWER_PASSWORD }, '10.0.0.1')).login).toBe('li.tj');
});

test('a failed login costs one argon2id verification with the product parameters, whether or not the login exists', async () => {
  // Counted, not timed (tests stay deterministic): a path that skipped the hash for unknown logins would verify 0 times.
  const hashWasm = jest.requireActual<typeof import('hash-wasm')>('hash-wasm');
  const verify = jest.spyOn(hashWasm, 'argon2Verify');
  const phcOf = () => (verify.mock.calls.at(-1)?.[0] as { hash: string }).hash;
  try {
    for (const login of ['nobody1', 'wang.sx']) {
      verify.mockClear();
      await authenticate(ctx, { login, password: 'timing-guess-1' }, '10.1.0.9').catch(() => undefined);
      expect(verify).toHaveBeenCalledTimes(1);
      expect(phcOf()).toMatch(`$argon2id$v=19$m=${ARGON2.memorySize},t=${ARGON2.iterations},p=${ARGON2.parallelism}$`);
    }
  } finally {
    verify.mockRestore();
  }
});
