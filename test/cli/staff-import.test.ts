/**
 * `yibao staff import-roster|import-payments` and `staff accept --amount` (issue 6) on a real data directory: the
 * office loads the roster from XLSX and the payment list from CSV, a family files a 非一站式 claim, staff accept it.
 * Refusals print every bad row with its line number and exit 2; nothing is printed unmasked.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { openAppContext } from '../../server/applications/open';
import { saveFamilyMember, submit } from '../../server/applications';
import { subsidyStatus } from '../../server/veteran/status';
import { unmaskedIds, verifiedRelative } from '../applications/helpers';
import { LI, LI_DAUGHTER, PAYMENT_HEADER, ROSTER_HEADER, ZHAO, csv, rosterRows, writeFile, xlsx } from '../veteran/ledger-helpers';

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
let dataDir: string;

function staff(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-staff-import-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('a roster with a bad row: exit 2, every bad row by line, nothing imported; --allow-errors imports the rest', async () => {
  const file = writeFile(
    dataDir,
    'bad-roster.xlsx',
    await xlsx([ROSTER_HEADER, ...rosterRows(), ['周错', LI.idNumber.slice(0, 17) + (LI.idNumber[17] === '0' ? '1' : '0'), '在乡复员军人', null, null, '阳城县', '凤城镇', '2026'], ['吴空', LI.idNumber, '', null, null, '阳城县', '', '2026']]),
  );
  const refused = staff(['import-roster', file, '--region', 'yangcheng']);
  expect(refused.status).toBe(2);
  const answer = refused.json();
  expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '名册有 2 行有误，没有导入任何数据。请改正后重新导入；如只导入正确的行，加 --allow-errors。' });
  expect(answer.errors.map((e: { line: number }) => e.line)).toEqual([6, 7, 7]);
  expect(answer.errors.map((e: { message: string }) => e.message)).toEqual([
    '第 6 行：身份证号：校验位不正确，请逐位核对',
    '第 7 行：优抚类别：不能为空',
    '第 7 行：乡（镇）：不能为空',
  ]);
  expect(unmaskedIds(refused.out)).toEqual([]);

  const ctx = await openAppContext({ DATA_DIR: dataDir });
  expect(await ctx.store.count('veteranRoster')).toBe(0);
  await ctx.store.close();

  const partial = staff(['import-roster', file, '--region', 'yangcheng', '--staff', '王经办', '--allow-errors']);
  expect(partial.status).toBe(0);
  expect(partial.json()).toMatchObject({ ok: true, kind: 'roster', format: 'xlsx', rows: 6, added: 4 });
  expect(partial.json().errors).toHaveLength(3);
  expect(unmaskedIds(partial.out)).toEqual([]);
});

test('the payment list from CSV, then a claim filed by the daughter and accepted with staff accept: the ledger shows it', async () => {
  const payments = writeFile(
    dataDir,
    'payments.csv',
    csv([
      PAYMENT_HEADER,
      [LI.name, LI.idNumber, '定额门诊补助', '', '2026-02-15', '800', '', ''],
      [LI.name, LI.idNumber, '住院补助', '一站式', '2026-08-03', '9500', '阳城县人民医院', ''],
      [ZHAO.name, ZHAO.idNumber, '定额门诊补助', '', '2026-02-16', '600', '', ''],
    ]),
  );
  const imported = staff(['import-payments', payments, '--staff', '王经办']);
  expect(imported.status).toBe(0);
  expect(imported.json()).toMatchObject({ ok: true, kind: 'payments', recorded: { outpatientAllowance: 2, inpatientSubsidy: 1 }, unchanged: 0 });
  expect(staff(['import-payments', payments]).json()).toMatchObject({ recorded: { outpatientAllowance: 0, inpatientSubsidy: 0 }, unchanged: 3 });

  const daughter = { openid: 'o-cli-daughter' };
  const ctx = await openAppContext({ DATA_DIR: dataDir });
  const member = await saveFamilyMember(ctx, daughter, { name: LI.name, relation: 'parent', idNumber: LI.idNumber });
  // Filing a 优抚 claim and reading the ledger need the daughter's binding verified (issue 11): staff confirm it.
  await verifiedRelative(ctx, daughter, member, LI);
  const filed = await submit(ctx, daughter, {
    requestId: 'req-cli-veteran-1',
    content: {
      type: 'veteranSubsidy',
      principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
      agent: { ...LI_DAUGHTER, relation: 'child' },
      veteranSubsidy: { hospital: '山西省人民医院', admissionDate: '2026-09-28', dischargeDate: '2026-10-08', inScopeSelfPay: '12000', settlementSheet: 'original' },
    },
    commitment: { accepted: true, signerName: LI_DAUGHTER.name },
  });
  const before = await subsidyStatus(ctx, daughter, { familyMemberId: member.id, year: 2026 });
  await ctx.store.close();
  expect(before.outpatientAllowance).toMatchObject({ state: 'paid', amount: '800.00' });
  expect(before.inpatient.remainingCap).toBe('20500.00');

  const tooMuch = staff(['accept', filed.id, '--staff', '王经办', '--amount', '25000']);
  expect(tooMuch.status).toBe(2);
  expect(tooMuch.json()).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' });

  const accepted = staff(['accept', filed.id, '--staff', '王经办']);
  expect(accepted.status).toBe(0);
  expect(accepted.json()).toMatchObject({ status: 'accepted', veteranSubsidy: { paid: { amount: '11400.00' } } });
  expect(unmaskedIds(accepted.out)).toEqual([]);

  const again = await openAppContext({ DATA_DIR: dataDir });
  const after = await subsidyStatus(again, daughter, { familyMemberId: member.id, year: 2026 });
  await again.store.close();
  expect(after.inpatient).toMatchObject({ paid: '20900.00', remainingCap: '9100.00' });
});

test('usage errors: no file, a file that is not a table, a region named like a built-in', () => {
  expect(staff(['import-roster']).json()).toMatchObject({ ok: false, message: '请指定要导入的 CSV 或 XLSX 文件：yibao staff import-roster <文件>' });
  const xls = writeFile(dataDir, 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  const r = staff(['import-payments', xls]);
  expect(r.status).toBe(2);
  expect(r.json().message).toBe('这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 CSV（UTF-8）后再导入');
  const roster = writeFile(dataDir, 'r.csv', csv([ROSTER_HEADER, ...rosterRows()]));
  const proto = staff(['import-roster', roster, '--region', 'constructor']);
  expect({ status: proto.status, answer: proto.json() }).toEqual({
    status: 2,
    answer: { ok: false, code: 'INVALID_INPUT', field: 'region', message: '--region：未知的地区“constructor”，可用 yangcheng（阳城县）或 guangxi（广西）' },
  });
});
