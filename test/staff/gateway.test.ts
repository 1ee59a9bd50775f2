/**
 * The staff API through the real local gateway on a real SQLite file: the cookie over HTTP, CSRF and Origin, the two
 * identities kept apart (a development session gives nothing on /staff/api, the staff cookie nothing on /api/*), the
 * console's files under /staff/ with its page for unknown paths, and body limits.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { createUser } from '../../server/staff/accounts/users';
import { FIXTURE_ROUTES, REVIEWER_PASSWORD } from './helpers';

let gateway: Gateway;
let dataDir: string;
let staffDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-staff-gw-'));
  staffDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-staff-ui-'));
  fs.writeFileSync(path.join(staffDir, 'index.html'), '<!doctype html><title>经办工作台</title><script>window.x=1</script>');
  fs.writeFileSync(path.join(staffDir, 'app-1.js'), 'console.log(1)');
  gateway = await startGateway({ dataDir, staffDir, port: 0, log: (l) => logLines.push(l), staffRoutes: FIXTURE_ROUTES });
  await createUser(gateway.app, null, { login: 'li.tj', name: '李经办', role: 'reviewer', region: 'bazhong', area: '通江县', password: REVIEWER_PASSWORD });
});

afterAll(async () => {
  await gateway.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(staffDir, { recursive: true, force: true });
});

async function staffLogin(): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${gateway.url}/staff/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: gateway.url },
    body: JSON.stringify({ login: 'li.tj', password: REVIEWER_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie')!;
  expect(setCookie).toMatch(/HttpOnly; SameSite=Strict/);
  return { cookie: setCookie.split(';')[0], csrf: (await res.json()).data.csrfToken };
}

test('a staff member logs in over HTTP and uses the session with its CSRF token; the gateway adds its security headers', async () => {
  const { cookie, csrf } = await staffLogin();
  const me = await fetch(`${gateway.url}/staff/api/me`, { headers: { cookie } });
  expect(me.status).toBe(200);
  expect(me.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect((await me.json()).data.user.login).toBe('li.tj');
  const q = await fetch(`${gateway.url}/staff/api/applications/a1?status=submitted&x=%E5%B7%B4`, { headers: { cookie } });
  expect((await q.json()).data).toEqual({ actor: 'li.tj', id: 'a1', query: { status: 'submitted', x: '巴' } });
  const post = (headers: Record<string, string>) =>
    fetch(`${gateway.url}/staff/api/applications/a1/accept`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', ...headers }, body: '{}' });
  expect((await post({})).status).toBe(403);
  expect((await post({ 'x-csrf-token': csrf, origin: 'https://evil.example' })).status).toBe(403);
  expect((await post({ 'x-csrf-token': csrf, origin: gateway.url })).status).toBe(200);
  const logout = await fetch(`${gateway.url}/staff/api/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
  expect(logout.headers.get('set-cookie')).toMatch(/^yb_staff=; /);
  expect((await fetch(`${gateway.url}/staff/api/me`, { headers: { cookie } })).status).toBe(401);
});

test('identities stay apart: a development session gives nothing on /staff/api, the staff cookie nothing on /api/*', async () => {
  const dev = await (await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
  const token = dev.data.token as string;
  const staffSide = await fetch(`${gateway.url}/staff/api/me`, { headers: { 'x-session': token } });
  expect(staffSide.status).toBe(401);
  expect((await staffSide.json()).code).toBe('UNAUTHENTICATED');
  const { cookie } = await staffLogin();
  const appSide = await fetch(`${gateway.url}/api/applications`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'list' }) });
  expect((await appSide.json()).code).toBe('UNAUTHENTICATED');
});

test('the console: its files, its page for unknown console paths, a 404 for a missing asset, /staff redirected', async () => {
  const page = await fetch(`${gateway.url}/staff/queue/123`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('经办工作台');
  expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
  expect((await fetch(`${gateway.url}/staff/`)).status).toBe(200);
  expect((await fetch(`${gateway.url}/staff/app-1.js`)).headers.get('content-type')).toContain('javascript');
  expect((await fetch(`${gateway.url}/staff/app-2.js`)).status).toBe(404);
  expect((await fetch(`${gateway.url}/staff/%E0%A4%A`)).status).toBeLessThan(500);
  expect((await fetch(`${gateway.url}/staff/../../etc/passwd`)).status).toBeLessThan(500);
  const bare = await fetch(`${gateway.url}/staff`, { redirect: 'manual' });
  expect(bare.status).toBe(301);
  expect(bare.headers.get('location')).toBe('/staff/');
});

test('five wrong passwords over HTTP lock the account; the answer says until when, China time', async () => {
  await createUser(gateway.app, null, { login: 'lock.me', name: '试锁', role: 'reviewer', region: 'bazhong', password: REVIEWER_PASSWORD });
  const attempt = (password: string) =>
    fetch(`${gateway.url}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'lock.me', password }) });
  for (let i = 0; i < 4; i++) expect((await attempt('wrong-pass-1')).status).toBe(401);
  const locked = await attempt('wrong-pass-1');
  expect(locked.status).toBe(429);
  expect((await locked.json()).message).toMatch(/已锁定 15 分钟，将于 \d+月\d+日 \d{2}:\d{2}（北京时间）解锁$/);
  expect((await attempt(REVIEWER_PASSWORD)).status).toBe(429);
});

test('bodies over the limit are refused before they are read; junk never reaches the process', async () => {
  const big = await fetch(`${gateway.url}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(70_000) });
  expect(big.status).toBe(413);
  expect((await fetch(`${gateway.url}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"login":' })).status).toBe(400);
  // A cross-site form's text/plain body that happens to parse as JSON is refused by its type.
  const form = await fetch(`${gateway.url}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"login":"li.tj","password":"x","a":"="}' });
  expect(form.status).toBe(415);
  expect((await fetch(`${gateway.url}/staff/api/%E0%A4%A`, { method: 'GET' })).status).toBe(401);
  expect((await fetch(`${gateway.url}/staff/api/me`, { method: 'PUT' })).status).toBe(405);
  expect((await fetch(`${gateway.url}/staff/api`, { method: 'GET' })).status).toBe(404);
  expect((await fetch(`${gateway.url}/staff/api/me`)).status).toBe(401);
  expect(logLines.some((l) => /^GET \/staff\/api\/me 401 /.test(l))).toBe(true);
  expect(logLines.join('\n')).not.toContain(REVIEWER_PASSWORD);
});

describe('with the real application routes (server/staff/applications)', () => {
  let real: Gateway;
  let realDir: string;
  let id: string;
  beforeAll(async () => {
    realDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-staff-real-'));
    real = await startGateway({ dataDir: realDir, port: 0, log: () => undefined });
    const { submit } = await import('../../server/applications');
    const { longTermForFather } = await import('../applications/helpers');
    // Filed without choosing an office: 山西's (shared/applications/offices fallbackOffice).
    id = (await submit(real.app, { openid: 'dev_daughter' }, { requestId: 'req-staff-gw-1', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } })).id;
    await createUser(real.app, null, { login: 'sx.all', name: '山西经办', role: 'reviewer', region: 'shanxi', password: REVIEWER_PASSWORD });
    await createUser(real.app, null, { login: 'li.tj', name: '李经办', role: 'reviewer', region: 'bazhong', area: '通江县', password: REVIEWER_PASSWORD });
    await createUser(real.app, null, { login: 'sx.admin', name: '山西管理员', role: 'admin', region: 'shanxi', password: 'Chief-pass-2026' });
  }, 60_000);
  afterAll(async () => {
    await real.close();
    fs.rmSync(realDir, { recursive: true, force: true });
  });

  async function signIn(login: string, password = REVIEWER_PASSWORD) {
    const res = await fetch(`${real.url}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
    return { cookie: res.headers.get('set-cookie')!.split(';')[0], csrf: (await res.json()).data.csrfToken as string };
  }

  test('a reviewer of another region sees nothing; the region reveals the full ID number and the view is in the access log', async () => {
    const far = await signIn('li.tj');
    const farQueue = await (await fetch(`${real.url}/staff/api/applications`, { headers: { cookie: far.cookie } })).json();
    expect(farQueue).toMatchObject({ ok: true, data: { total: 0 } });
    expect((await fetch(`${real.url}/staff/api/applications/${id}`, { headers: { cookie: far.cookie } })).status).toBe(404);
    const near = await signIn('sx.all');
    const queue = await (await fetch(`${real.url}/staff/api/applications`, { headers: { cookie: near.cookie } })).json();
    expect(queue.data.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const reveal = (s: { cookie: string; csrf: string }, headers: Record<string, string> = {}) =>
      fetch(`${real.url}/staff/api/applications/${id}/reveal`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'content-type': 'application/json', 'x-csrf-token': s.csrf, ...headers },
        body: JSON.stringify({ person: 'principal' }),
      });
    expect((await reveal({ ...near, csrf: 'missing' })).status).toBe(403);
    expect((await reveal(far)).status).toBe(404);
    const seen = await reveal(near);
    expect(seen.status).toBe(200);
    expect((await seen.json()).data.idNumber).toBe('11010519491231002X');
    const admin = await signIn('sx.admin', 'Chief-pass-2026');
    const log = await (await fetch(`${real.url}/staff/api/access-log`, { headers: { cookie: admin.cookie } })).json();
    expect(log.data.total).toBe(1);
    expect(log.data.items[0]).toMatchObject({ applicationId: id, person: 'principal', subject: expect.stringContaining('张大山') });
    expect(JSON.stringify(log)).not.toContain('11010519491231002X');
  });
});
