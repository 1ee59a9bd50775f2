/**
 * `yibao staff add-user|users|disable|enable|reset-password` and `--as LOGIN` (issue 16): accounts made from the
 * command line with the password on standard input, never in argv; acting as an account applies its role and scope
 * through the console's own handlers.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { openAppContext } from '../../server/applications/open';
import { submit } from '../../server/applications';
import { longTermForFather } from '../applications/helpers';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
let dataDir: string;
let id: string;

function yibao(args: string[], input = '', env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', input, env: { ...process.env, DATA_DIR: dataDir, ...env } });
  return { status: r.status, json: () => JSON.parse(r.stdout), err: r.stderr };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-staff-cli-'));
  const app = await openAppContext({ DATA_DIR: dataDir });
  // Filed without choosing an office: a 山西 filing (shared/applications/offices fallbackOffice).
  id = (await submit(app, { openid: 'dev_daughter' }, { requestId: 'req-staff-as-1', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } })).id;
  await app.store.close();
}, 60_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('add-user takes the password from stdin; the first admin, reviewers with a township; refusals in Chinese', () => {
  const admin = yibao(['add-user', '--name', 'admin', '--role', 'admin', '--region', 'shanxi', '--display-name', '管理员'], 'Chief-pass-2026\n');
  expect(admin.status).toBe(0);
  expect(admin.json()).toMatchObject({ login: 'admin', name: '管理员', role: 'admin', region: 'shanxi', area: null, disabled: false });
  expect(JSON.stringify(admin.json())).not.toContain('Chief-pass-2026');
  expect(yibao(['add-user', '--name', 'zhao.ty', '--role', 'reviewer', '--region', 'shanxi', '--township', '太原市'], 'Taiyuan-2026x\n').json()).toMatchObject({ area: '太原市' });
  expect(yibao(['add-user', '--name', 'li.tj', '--role', 'reviewer', '--region', 'bazhong', '--township', '通江县'], 'Tongjiang-2026\n').status).toBe(0);
  const noPassword = yibao(['add-user', '--name', 'x.y', '--role', 'reviewer', '--region', 'shanxi'], '');
  expect(noPassword.status).toBe(2);
  expect(noPassword.json().message).toMatch(/^密码：必须填写/);
  expect(yibao(['add-user', '--name', 'x.y', '--role', 'reviewer', '--region', 'shanxi', '--township', '通江县'], 'Good-pass-2026\n').json()).toMatchObject({ code: 'INVALID_INPUT', field: 'area' });
  expect(yibao(['add-user', '--name', 'zhao.ty', '--role', 'reviewer', '--region', 'shanxi'], 'Good-pass-2026\n').json()).toMatchObject({ code: 'CONFLICT' });
  expect(yibao(['users']).json().items.map((u: { login: string }) => u.login)).toEqual(['admin', 'li.tj', 'zhao.ty']);
  expect(yibao(['users', '--region', 'bazhong']).json().total).toBe(1);
});

test('--as applies the account: another region sees nothing, the own region lists and returns, an admin does not decide', () => {
  const as = (login: string, password: string, args: string[]) => yibao([...args, '--as', login], '', { YIBAO_STAFF_PASSWORD: password });
  const far = as('li.tj', 'Tongjiang-2026', ['list']);
  expect(far.status).toBe(0);
  expect(far.json().total).toBe(0);
  expect(as('li.tj', 'Tongjiang-2026', ['show', id]).json()).toMatchObject({ code: 'NOT_FOUND' });
  expect(as('li.tj', 'wrong-pass-123', ['list']).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  // The 山西 office without an area sees it; a 太原市 reviewer does not (no office named on it).
  expect(as('zhao.ty', 'Taiyuan-2026x', ['list']).json().total).toBe(0);
  yibao(['add-user', '--name', 'sx.all', '--role', 'reviewer', '--region', 'shanxi'], 'Shanxi-all-2026\n');
  expect(as('sx.all', 'Shanxi-all-2026', ['list']).json().items.map((a: { id: string }) => a.id)).toEqual([id]);
  expect(as('admin', 'Chief-pass-2026', ['list']).json()).toMatchObject({ code: 'INVALID_INPUT', field: 'as' });
  const returned = as('sx.all', 'Shanxi-all-2026', ['return', id, '--reason', '居住证明不清晰，请重新上传']);
  expect(returned.status).toBe(0);
  expect(yibao(['show', id]).json().status).toBe('returned');
});

test('disable, enable and reset-password act at once; the old password stops working', () => {
  expect(yibao(['disable', 'li.tj']).json().disabled).toBe(true);
  expect(yibao(['list', '--as', 'li.tj'], '', { YIBAO_STAFF_PASSWORD: 'Tongjiang-2026' }).json().message).toBe('该账号已停用，请联系管理员');
  expect(yibao(['enable', 'li.tj']).json().disabled).toBe(false);
  expect(yibao(['reset-password', 'li.tj'], 'Reset-pass-2026\n').status).toBe(0);
  expect(yibao(['list', '--as', 'li.tj'], '', { YIBAO_STAFF_PASSWORD: 'Tongjiang-2026' }).json().code).toBe('UNAUTHENTICATED');
  expect(yibao(['list', '--as', 'li.tj'], 'Reset-pass-2026\n').status).toBe(0);
  expect(yibao(['disable', 'nobody']).json().code).toBe('NOT_FOUND');
});

test('account-log reads back every change the commands made, newest first, as the command line with the system user', () => {
  expect(yibao(['set-access', 'li.tj', '--role', 'approver', '--region', 'bazhong']).json()).toMatchObject({ login: 'li.tj', role: 'approver', area: null });
  const log = yibao(['account-log', '--login', 'li.tj']).json();
  // add-user, disable, enable, reset-password, set-access (the refused and the unknown ones wrote nothing).
  expect(log.total).toBe(5);
  expect(log.items.map((e: { action: string }) => e.action)).toEqual(['change-access', 'reset-password', 'enable', 'disable', 'create']);
  for (const e of log.items) {
    expect(e).toMatchObject({ actor: '命令行', via: 'cli', target: 'li.tj' });
    expect(e.address).toMatch(/^命令行（系统用户 .+）$/);
    expect(e.atText).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  }
  expect(log.items[0].detail).toBe('经办审核，四川省巴中市 通江县 → 审批，四川省巴中市；已登录的会话全部结束');
  expect(log.items[4].detail).toBe('姓名 li.tj；经办审核，四川省巴中市 通江县');
  expect(JSON.stringify(log)).not.toMatch(/Tongjiang-2026|Reset-pass-2026/);
  const all = yibao(['account-log', '--limit', '2']).json();
  expect(all.items).toHaveLength(2);
  expect(all.nextCursor).not.toBeNull();
  expect(yibao(['account-log', '--login', 'NO SUCH']).json()).toMatchObject({ code: 'INVALID_INPUT', field: 'login' });
});
