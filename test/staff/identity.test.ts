/**
 * Identity verification at the window through the staff console's API (server/staff/identity.ts → the same
 * server/identity/staff.ts the CLI drives), behind the real router: a reviewer of any region confirms a person with
 * the card; the staff member recorded is the session's account; every typed ID number is in the access log; a
 * 服务站's one-time code only for a veteran on the roster of the staff member's own scope; no CSRF token, no change.
 */
import { declareSelf, getIdentity } from '../../server/identity';
import { createUser } from '../../server/staff/accounts/users';
import type { StaffHttpContext } from '../../server/staff/http';
import { staffApplicationRoutes } from '../../server/staff/routes';
import { NOT_ON_ROSTER_MESSAGE } from '../../server/veteran/access';
import { maskIdNumber } from '../../shared/idcard';
import { countyContext, LI_PHONE } from '../miniprogram/veteran-helpers';
import { LI, ZHAO } from '../veteran/ledger-helpers';
import { REVIEWER_PASSWORD, staffClient } from './helpers';

let app: Awaited<ReturnType<typeof countyContext>>;
let ctx: StaffHttpContext;
beforeEach(async () => {
  app = await countyContext();
  ctx = { app, production: false, routes: staffApplicationRoutes() };
  const user = (login: string, name: string, role: 'reviewer' | 'approver' | 'admin', region: string, area?: string) =>
    createUser(app, null, { login, name, role, region, ...(area ? { area } : {}), password: REVIEWER_PASSWORD });
  await user('li.tj', '李经办', 'reviewer', 'bazhong', '通江县');
  await user('fc.zhan', '凤城站', 'reviewer', 'yangcheng', '凤城镇');
  await user('bl.zhan', '北留站', 'reviewer', 'yangcheng', '北留镇');
  await user('yc.admin', '管理员', 'admin', 'yangcheng');
});
afterEach(() => app.cleanup());

async function signedIn(login: string, address: string) {
  const c = staffClient(ctx, address);
  expect((await c.login(login, REVIEWER_PASSWORD)).status).toBe(200);
  return c;
}

async function logOf(region: string) {
  return (await app.store.listAccessLog({ region, limit: 100 })).items;
}

test('a 巴中 reviewer confirms 阳城’s 李复员 at the window: the binding, the history and the access log name the account', async () => {
  const declared = await declareSelf(app, LI_PHONE, { name: LI.name, idNumber: LI.idNumber });
  const ref = declared.self!.ref;
  const bz = await signedIn('li.tj', '10.0.0.2');

  const shown = await bz.call('GET', '/identity', undefined, {}, { idNumber: LI.idNumber });
  expect(shown.json.ok).toBe(true);
  expect(shown.json.data.idNumberMasked).toBe(maskIdNumber(LI.idNumber));
  expect(shown.json.data.bindings).toMatchObject([{ ref, role: '本人', declaredName: LI.name, level: '待核验', idNumberMasked: maskIdNumber(LI.idNumber) }]);
  expect(shown.json.data.bindings[0].account).toMatch(/^账号-[0-9a-f]{8}$/);
  expect(JSON.stringify(shown.json)).not.toContain(LI.idNumber);
  expect(JSON.stringify(shown.json)).not.toContain(LI_PHONE.openid);

  // Without the CSRF token nothing changes.
  const csrf = bz.csrf;
  bz.csrf = null;
  const forged = await bz.call('POST', '/identity/verify', { idNumber: LI.idNumber, name: LI.name, ref, evidence: '核对身份证原件' });
  expect(forged.json.ok).toBe(false);
  expect((await getIdentity(app, LI_PHONE, {})).self!.level).toBe('declared');
  bz.csrf = csrf;

  // The staff name is the account's: a typed one is refused.
  const typedStaff = await bz.call('POST', '/identity/verify', { idNumber: LI.idNumber, name: LI.name, ref, evidence: '核对身份证原件', staff: '别人' });
  expect(typedStaff.json).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'staff' });
  const wrongName = await bz.call('POST', '/identity/verify', { idNumber: LI.idNumber, name: '李复原', ref, evidence: '核对身份证原件' });
  expect(wrongName.json).toMatchObject({ ok: false, field: 'name' });
  expect(wrongName.json.message).toContain(LI.name);

  const verified = await bz.call('POST', '/identity/verify', { idNumber: LI.idNumber, name: LI.name, ref: ref.toLowerCase(), evidence: '核对身份证原件' });
  expect(verified.json.data).toMatchObject({ level: '已核验', source: '经办人员核验证件', verifiedBy: '李经办（li.tj）' });
  // The applicant's side, through the service: verified by staff.
  expect((await getIdentity(app, LI_PHONE, {})).self).toMatchObject({ level: 'verified', source: 'staff' });

  const after = (await bz.call('GET', '/identity', undefined, {}, { idNumber: LI.idNumber })).json.data;
  expect(after.history.map((h: { action: string; who: string; note: string }) => [h.action, h.who, h.note])).toContainEqual(['核验', '李经办（li.tj）', '经办人员核验：核对身份证原件']);
  expect(after.bindings[0].verifiedAtText).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // Every typed number is in the 巴中 account's access log, masked, with what was done.
  const log = await logOf('bazhong');
  expect(log.map((e) => e.reason)).toEqual(
    expect.arrayContaining([
      '身份核验：查询绑定与历史',
      expect.stringMatching(/^身份核验：核验确认 核验编号 [0-9A-Z]{6}，依据：核对身份证原件（bazhong 通江县 的窗口核对证件）$/),
    ]),
  );
  expect(log.every((e) => e.staff === '李经办（li.tj）' && e.subject.endsWith(maskIdNumber(LI.idNumber)))).toBe(true);
  expect(JSON.stringify(log)).not.toContain(LI.idNumber);
});

test('another office may revoke a binding 巴中 verified, with a reason; the entry names the first verifier', async () => {
  const ref = (await declareSelf(app, LI_PHONE, { name: LI.name, idNumber: LI.idNumber })).self!.ref;
  const bz = await signedIn('li.tj', '10.0.0.2');
  await bz.call('POST', '/identity/verify', { idNumber: LI.idNumber, name: LI.name, ref, evidence: '核对身份证原件' });
  const fc = await signedIn('fc.zhan', '10.0.0.3');
  const noReason = await fc.call('POST', '/identity/revoke', { idNumber: LI.idNumber, ref });
  expect(noReason.json).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'reason' });
  const revoked = await fc.call('POST', '/identity/revoke', { idNumber: LI.idNumber, ref, reason: '本人到站声明该账号不是他本人' });
  expect(revoked.json.data).toMatchObject({ level: '已撤销', revokeReason: '本人到站声明该账号不是他本人' });
  expect((await getIdentity(app, LI_PHONE, {})).self).toBeNull();
  const entry = (await logOf('yangcheng')).find((e) => e.reason?.includes('撤销绑定'));
  expect(entry?.reason).toContain('该绑定由 李经办（li.tj） 核验');
  expect(entry?.subject).toBe(`${LI.name} ${maskIdNumber(LI.idNumber)}`);
});

test('the 服务站 code: only for a veteran on the roster of one’s own scope, shown once; others read “not on the roster”', async () => {
  const fc = await signedIn('fc.zhan', '10.0.0.3');
  const issued = await fc.call('POST', '/identity/issue-code', { idNumber: LI.idNumber, name: LI.name });
  expect(issued.json.data).toMatchObject({ name: LI.name, idNumberMasked: maskIdNumber(LI.idNumber) });
  expect(issued.json.data.code).toMatch(/^\d{8}$/);
  expect(issued.json.data.expiresAtText).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // 赵三属 is 北留镇's; 李复员 is not 巴中's: the same answer as a person not on the roster at all.
  const otherTownship = await fc.call('POST', '/identity/issue-code', { idNumber: ZHAO.idNumber, name: ZHAO.name });
  const bz = await signedIn('li.tj', '10.0.0.2');
  const otherRegion = await bz.call('POST', '/identity/issue-code', { idNumber: LI.idNumber, name: LI.name });
  const notOnRoster = await fc.call('POST', '/identity/issue-code', { idNumber: LI.idNumber, name: '李复原' });
  for (const refused of [otherTownship, otherRegion, notOnRoster]) expect(refused.json).toMatchObject({ ok: false, code: 'NOT_FOUND', message: NOT_ON_ROSTER_MESSAGE });
  expect(await app.store.listAccessLog({ region: 'bazhong' })).toMatchObject({ total: 1 });

  const admin = staffClient(ctx, '10.0.0.4');
  await admin.login('yc.admin', REVIEWER_PASSWORD);
  expect((await admin.call('POST', '/identity/issue-code', { idNumber: LI.idNumber, name: LI.name })).json).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect((await admin.call('GET', '/identity', undefined, {}, { idNumber: LI.idNumber })).json).toMatchObject({ ok: false, code: 'FORBIDDEN' });
});

test('bad input names the field, logs nothing; a flood of lookups is stopped', async () => {
  const bz = await signedIn('li.tj', '10.0.0.2');
  const queries: Record<string, string>[] = [{}, { idNumber: '123' }, { idNumber: LI.idNumber, extra: '1' }];
  for (const query of queries) {
    const r = await bz.call('GET', '/identity', undefined, {}, query);
    expect(r.json.ok).toBe(false);
    expect(r.json.code).toBe('INVALID_INPUT');
    expect(r.json.message).toMatch(/[\u4e00-\u9fa5]/);
  }
  for (const body of ['[]', 'null', '"x"', '{"idNumber":1}']) {
    expect((await bz.call('POST', '/identity/verify', body)).json).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  }
  expect((await logOf('bazhong')).length).toBe(0);
  let last = null;
  for (let i = 0; i < 61; i++) last = await bz.call('GET', '/identity', undefined, {}, { idNumber: LI.idNumber });
  expect(last!.json).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  expect((await logOf('bazhong')).length).toBe(60);
});
