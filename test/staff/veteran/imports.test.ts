/**
 * The console's 优抚 imports (issue 16 "Veterans"): a preview that writes nothing, a commit that writes exactly what
 * was previewed, a token that only its own session can use once, the roles and regions, and bad files refused in
 * Chinese with nothing written. Through the router, as the console calls it.
 */
import { createUser } from '../../../server/staff/accounts/users';
import { handleStaffHttp } from '../../../server/staff/http';
import { staffApplicationRoutes } from '../../../server/staff/routes';
import { VETERAN_IMPORT_BODY_LIMIT } from '../../../server/staff/body-limits';
import { ledgerId } from '../../../server/veteran/ledger';
import { csv, LI, ledgerContext, PAYMENT_HEADER, QIAN, ROSTER_HEADER, rosterRows, WANG, xlsx, ZHAO } from '../../veteran/ledger-helpers';
import { staffClient } from '../helpers';

const PASSWORD = 'veteran-pass-2026';

async function world() {
  const app = ledgerContext();
  await createUser(app, null, { login: 'yc.county', name: '县局审批', role: 'approver', region: 'yangcheng', password: PASSWORD });
  await createUser(app, null, { login: 'yc.county2', name: '县局审批二', role: 'approver', region: 'yangcheng', password: PASSWORD });
  await createUser(app, null, { login: 'yc.fc', name: '凤城服务站', role: 'reviewer', region: 'yangcheng', area: '凤城镇', password: PASSWORD });
  await createUser(app, null, { login: 'yc.admin', name: '管理员', role: 'admin', region: 'yangcheng', password: PASSWORD });
  await createUser(app, null, { login: 'bz.tj', name: '巴中经办', role: 'reviewer', region: 'bazhong', area: '通江县', password: PASSWORD });
  await createUser(app, null, { login: 'bz.ap', name: '巴中审批', role: 'approver', region: 'bazhong', password: PASSWORD });
  const ctx = { app, production: false, routes: staffApplicationRoutes() };
  const as = async (login: string) => {
    const c = staffClient(ctx);
    expect((await c.login(login, PASSWORD)).status).toBe(200);
    return c;
  };
  return { app, ctx, as };
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const rosterCsv = (rows = rosterRows()) => csv([ROSTER_HEADER, ...rows]);
const hashes = (app: ReturnType<typeof ledgerContext>) => [LI, ZHAO, WANG, QIAN].map((p) => app.cipher.hash(p.idNumber));
async function stored(app: ReturnType<typeof ledgerContext>): Promise<number> {
  let n = 0;
  for (const h of hashes(app)) if (await app.store.getVeteranRoster(h)) n++;
  return n;
}

describe('roster import through the console', () => {
  test('preview writes nothing; commit writes exactly the previewed rows, once; audited', async () => {
    const { app, as } = await world();
    const c = await as('yc.county');
    const rows = rosterRows();
    rows[1] = [ZHAO.name, ZHAO.idNumber.slice(0, 17) + (ZHAO.idNumber[17] === '1' ? '2' : '1'), ZHAO.category, '', '', '阳城县', '北留镇', '2026'];
    const file = { kind: 'roster', fileName: '名册.csv', contentBase64: b64(rosterCsv(rows)) };
    expect(await stored(app)).toBe(0);
    const p = await c.call('POST', '/veteran/imports/preview', file);
    expect(p.status).toBe(200);
    const preview = p.json.data;
    expect(await stored(app)).toBe(0);
    expect(preview.summary).toMatchObject({ rows: 4, willWrite: 3, errorLines: 1, format: 'csv' });
    expect(preview.errors).toEqual([expect.objectContaining({ line: 3, field: '身份证号', message: expect.stringContaining('第 3 行') })]);
    expect(preview.rows.find((r: { line: number }) => r.line === 3).ok).toBe(false);
    expect(JSON.stringify(preview)).not.toContain(LI.idNumber);

    // Without 忽略错误行 nothing is written.
    const refused = await c.call('POST', '/veteran/imports/commit', { ...file, token: preview.token });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toContain('忽略错误行');
    expect(await stored(app)).toBe(0);

    const done = await c.call('POST', '/veteran/imports/commit', { ...file, token: preview.token, allowErrors: true });
    expect(done.status).toBe(200);
    expect(done.json.data).toMatchObject({ kind: 'roster', written: 3, added: 3, skippedLines: 1 });
    expect(await stored(app)).toBe(3);
    const entry = await app.store.getVeteranRoster(app.cipher.hash(LI.idNumber));
    expect(entry?.importedBy).toBe('yc.county');

    // The same token again: refused (the audit entry marks it used).
    const replay = await c.call('POST', '/veteran/imports/commit', { ...file, token: preview.token, allowErrors: true });
    expect(replay.status).toBe(409);
    expect(replay.json.message).toContain('已经导入过');
  });

  test('a token of another session or account, a changed file, an expired token: refused, nothing written', async () => {
    const { app, as } = await world();
    const c = await as('yc.county');
    const file = { kind: 'roster', fileName: '名册.csv', contentBase64: b64(rosterCsv()) };
    const { token } = (await c.call('POST', '/veteran/imports/preview', file)).json.data;
    const sameUserOtherSession = await as('yc.county');
    const other = await as('yc.county2');
    for (const who of [sameUserOtherSession, other]) {
      const r = await who.call('POST', '/veteran/imports/commit', { ...file, token });
      expect(r.status).toBe(409);
      expect(r.json.message).toContain('预览已失效');
    }
    const changed = await c.call('POST', '/veteran/imports/commit', { ...file, contentBase64: b64(rosterCsv(rosterRows().slice(0, 2))), token });
    expect(changed.json.message).toContain('不是同一份');
    const forged = await c.call('POST', '/veteran/imports/commit', { ...file, token: 't1:' + Buffer.alloc(60).toString('base64') });
    expect(forged.json.message).toContain('预览已失效');
    app.now = () => new Date(Date.parse('2026-11-20T02:16:00.000Z'));
    const late = await c.call('POST', '/veteran/imports/commit', { ...file, token });
    expect(late.json.message).toContain('预览已失效');
    expect(await stored(app)).toBe(0);
  });

  test('roles and regions: reviewers and admins do not import; 巴中 has no roster; rows of another region are refused', async () => {
    const { app, as } = await world();
    const file = { kind: 'roster', fileName: '名册.csv', contentBase64: b64(rosterCsv()) };
    for (const login of ['yc.fc', 'yc.admin', 'bz.tj']) {
      const r = await (await as(login)).call('POST', '/veteran/imports/preview', file);
      expect(r.status).toBe(403);
    }
    const bz = await (await as('bz.ap')).call('POST', '/veteran/imports/preview', file);
    expect(bz.status).toBe(403);
    expect(bz.json.message).toContain('没有优抚对象医疗补助');
    const withRegion = csv([[...ROSTER_HEADER, '地区'], [...rosterRows()[2], 'guangxi']]);
    const r = await (await as('yc.county')).call('POST', '/veteran/imports/preview', { ...file, contentBase64: b64(withRegion) });
    expect(r.json.data.errors[0].message).toContain('不是本账号所在地区');
    expect(await stored(app)).toBe(0);
  });

  test('bad files: malformed XLSX, a .txt renamed .xlsx, too large, not Base64, wrong extension — Chinese messages, nothing written', async () => {
    const { app, as } = await world();
    const c = await as('yc.county');
    const good = await xlsx([ROSTER_HEADER, ...rosterRows()]);
    const cases: [string, string, RegExp][] = [
      ['名册.xlsx', b64(good.subarray(0, Math.floor(good.length / 2))), /Excel|文件/],
      ['名册.xlsx', b64('姓名,身份证号\n张三,1\n'), /内容不是 Excel/],
      ['名册.txt', b64(rosterCsv()), /只接受 \.csv 或 \.xlsx/],
      ['名册.csv', '***', /Base64/],
      ['名册.csv', b64(Buffer.alloc(6 * 1024 * 1024 + 1, 0x41)), /文件太大|内容太大/],
    ];
    for (const [fileName, contentBase64, message] of cases) {
      const r = await c.call('POST', '/veteran/imports/preview', { kind: 'roster', fileName, contentBase64 });
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.json.message).toMatch(message);
      expect(r.json.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await stored(app)).toBe(0);
    // A real XLSX goes through.
    const ok = await c.call('POST', '/veteran/imports/preview', { kind: 'roster', fileName: '名册.xlsx', contentBase64: b64(good) });
    expect(ok.json.data.summary).toMatchObject({ format: 'xlsx', willWrite: 4, errorLines: 0 });
  });

  test('the body limit is raised for the import routes only', async () => {
    const { ctx, as } = await world();
    const c = await as('yc.county');
    const big = 'x'.repeat(200 * 1024);
    const other = await c.call('POST', '/applications/x/accept', { amount: big });
    expect(other.status).toBe(413);
    const req = await c.call('POST', '/veteran/imports/preview', { kind: 'roster', fileName: 'a.csv', contentBase64: 'A'.repeat(VETERAN_IMPORT_BODY_LIMIT) });
    expect(req.status).toBe(413);
    expect(req.json.message).toContain('内容太大');
    expect(typeof handleStaffHttp).toBe('function');
    expect(ctx.routes.length).toBeGreaterThan(0);
  });
});

describe('payment import and the ledger', () => {
  async function withRoster() {
    const w = await world();
    const c = await w.as('yc.county');
    const file = { kind: 'roster', fileName: '名册.csv', contentBase64: b64(rosterCsv()) };
    const { token } = (await c.call('POST', '/veteran/imports/preview', file)).json.data;
    expect((await c.call('POST', '/veteran/imports/commit', { ...file, token })).status).toBe(200);
    return { ...w, c };
  }

  test('payments: preview writes nothing, commit records them, the ledger shows them; a 服务站 sees only its township', async () => {
    const { app, c, as } = await withRoster();
    const list = csv([PAYMENT_HEADER, [WANG.name, WANG.idNumber, '住院补助', '一站式', '2026-03-15', '1200.00', '阳城县人民医院', '']]);
    const file = { kind: 'payments', fileName: '发放名单.csv', contentBase64: b64(list) };
    const p = (await c.call('POST', '/veteran/imports/preview', file)).json.data;
    expect(p.summary).toMatchObject({ willWrite: 1, errorLines: 0 });
    const hash = app.cipher.hash(WANG.idNumber);
    expect(await app.store.listVeteranPayments(hash, 2026)).toHaveLength(0);
    const done = await c.call('POST', '/veteran/imports/commit', { ...file, token: p.token });
    expect(done.json.data).toMatchObject({ kind: 'payments', written: 1, recorded: { inpatientSubsidy: 1, outpatientAllowance: 0 } });
    expect(await app.store.listVeteranPayments(hash, 2026)).toHaveLength(1);
    expect((await app.store.getVeteranLedger(ledgerId(hash, 2026)))?.inpatientPaid).toBe('1200.00');

    const station = await as('yc.fc');
    const l = await station.call('GET', '/veteran/ledger', undefined, {}, { idNumber: WANG.idNumber, year: '2026' });
    expect(l.status).toBe(200);
    expect(l.json.data).toMatchObject({ year: 2026, inpatientPaid: '1200.00', inpatientCount: 1, person: { name: WANG.name, township: '凤城镇' } });
    expect(l.json.data.payments[0]).toMatchObject({ amount: '1200.00', kind: '住院医疗补助', route: '一站式' });
    expect(JSON.stringify(l.json.data)).not.toContain(WANG.idNumber);
    // 赵 is of 北留镇: the 凤城镇 station gets the same NOT_FOUND as nobody.
    const out = await station.call('GET', '/veteran/ledger', undefined, {}, { idNumber: ZHAO.idNumber });
    expect(out.status).toBe(404);
    const bz = await (await as('bz.tj')).call('GET', '/veteran/ledger', undefined, {}, { idNumber: WANG.idNumber });
    expect([403, 404]).toContain(bz.status);
    const bad = await station.call('GET', '/veteran/ledger', undefined, {}, { idNumber: '123' });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('身份证号');
  });

  test('a person of another region reads as not on the roster in a payment list', async () => {
    const { as } = await withRoster();
    const list = csv([PAYMENT_HEADER, [LI.name, LI.idNumber, '住院补助', '一站式', '2026-03-15', '100.00', '阳城县人民医院', '']]);
    const bz = await (await as('bz.ap')).call('POST', '/veteran/imports/preview', { kind: 'payments', fileName: 'a.csv', contentBase64: b64(list) });
    expect(bz.status).toBe(403);
  });
});
