/**
 * The same hospital stay paid twice (issue 11): two 优抚 非一站式 claims for one 结算单 — same person, hospital,
 * admission and discharge dates — were both accepted into the ledger. Now a submission is refused when the stay is
 * claimed already (by anyone: the veteran, a relative) or on the payment list, and an acceptance is refused when the
 * stay is paid already, unless staff confirm it with a reason that goes into the audit trail.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import * as apps from '../../server/applications';
import { openAppContext } from '../../server/applications/open';
import { importRoster } from '../../server/veteran/import/roster';
import { importPayments } from '../../server/veteran/import/payments';
import { addPayment, ledgerId, listedPaymentId } from '../../server/veteran/ledger';
import type { Store } from '../../server/store/store';
import type { VeteranPaymentRecord } from '../../server/store/types';
import { longTermForFather, rejection, verifiedRelative, verifiedSelf } from '../applications/helpers';
import { LI, LI_DAUGHTER, PAYMENT_HEADER, ROSTER_HEADER, csv, ledgerContext, rosterRows, writeFile } from '../veteran/ledger-helpers';

type Ctx = ReturnType<typeof ledgerContext>;
const li = { openid: 'o-dup-li' };
const daughter = { openid: 'o-dup-daughter' };

/** Li's 一站式 stay in the county hospital, paid at discharge (on the payment list). */
const ONE_STOP = [LI.name, LI.idNumber, '住院补助', '一站式', '2026-08-03', '9500.00', '阳城县人民医院', ''];

/** One 结算单: a 县外 stay of 李复员, 合规部分 12,000 → 11,400 at 95 %. */
const sheet = (over: Record<string, unknown> = {}) => ({
  hospital: '山西省人民医院（东院）',
  admissionDate: '2026-09-28',
  dischargeDate: '2026-10-08',
  totalCost: '30000',
  inScopeSelfPay: '12000',
  settlementSheet: 'sealedCopy',
  exclusions: { falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false },
  ...over,
});

const byDaughter = (over: Record<string, unknown> = {}) => ({
  type: 'veteranSubsidy',
  principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
  agent: { ...LI_DAUGHTER, relation: 'child' },
  veteranSubsidy: sheet(over),
});

const byLi = (over: Record<string, unknown> = {}) => ({
  type: 'veteranSubsidy',
  principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
  veteranSubsidy: sheet(over),
});

let n = 0;
function file(ctx: Ctx, who: { openid: string }, content: Record<string, unknown>) {
  const signer = who === daughter ? LI_DAUGHTER.name : LI.name;
  return apps.submit(ctx, who, { requestId: `req-dup-${++n}`.padEnd(12, '0'), content, commitment: { accepted: true, signerName: signer } });
}

async function county(ctx: Ctx): Promise<void> {
  await importRoster(ctx, { file: writeFile(ctx.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
  await importPayments(ctx, { file: writeFile(ctx.dataDir, 'payments.csv', csv([PAYMENT_HEADER, ONE_STOP])), allowErrors: false });
  const member = await apps.saveFamilyMember(ctx, daughter, { name: LI.name, relation: 'parent', idNumber: LI.idNumber });
  await verifiedRelative(ctx, daughter, member, LI);
  await verifiedSelf(ctx, li, LI);
}

const paidTotal = async (ctx: Ctx) => (await ctx.store.getVeteranLedger(ledgerId(ctx.cipher.hash(LI.idNumber), 2026)))?.inpatientPaid;

/** A payment the township station records from a hospital's list: what another staff member may do at any moment. */
function listedPayment(ctx: Ctx, over: Partial<VeteranPaymentRecord>): VeteranPaymentRecord {
  const p = {
    idHash: ctx.cipher.hash(LI.idNumber),
    year: 2026,
    kind: 'inpatientSubsidy' as const,
    route: 'oneStop' as const,
    date: '2026-10-08',
    amount: '11400.00',
    hospital: '山西省人民医院(东院)',
    reference: null,
    applicationId: null,
    importId: null,
    recordedBy: '李经办',
    recordedAt: '2026-11-20T01:00:00.000Z',
    ...over,
  };
  return { ...p, id: listedPaymentId(p) };
}

describe('a second claim for the same stay is refused at submission', () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = ledgerContext();
    await county(ctx);
  });
  afterEach(() => ctx.cleanup());

  test('filed again by the same daughter, or by the veteran himself, with the hospital typed differently: DUPLICATE, naming the first, nothing written', async () => {
    const first = await file(ctx, daughter, byDaughter());
    expect(first.status).toBe('submitted');
    const before = await ctx.store.count('applications');

    const again = await rejection(file(ctx, daughter, byDaughter()));
    expect(again).toEqual(
      expect.objectContaining({
        code: 'DUPLICATE',
        field: 'veteranSubsidy',
        message:
          '这次住院（山西省人民医院（东院），2026-09-28 至 2026-10-08）已有2026-11-20 提交的补助申请（已提交，待受理），同一次住院不能重复申请补助；如需更正，请先撤回原申请再重新提交',
      }),
    );
    // Half-width brackets, spaces, a different total: still the same hospital and the same two dates.
    const himself = await rejection(file(ctx, li, byLi({ hospital: ' 山西省 人民医院 (东院) ', totalCost: '30500', inScopeSelfPay: '12500' })));
    expect(himself).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining('2026-11-20 提交的补助申请（已提交，待受理）') });
    expect(await ctx.store.count('applications')).toBe(before);
  });

  test('a different stay in the same hospital is not a duplicate; a withdrawn or rejected claim does not block the stay, a returned one does', async () => {
    const first = await file(ctx, daughter, byDaughter());
    expect((await file(ctx, daughter, byDaughter({ admissionDate: '2026-10-20', dischargeDate: '2026-10-30' }))).status).toBe('submitted');

    await apps.returnApplication(ctx, { id: first.id, staff: '王经办', reason: '结算单不清楚' });
    expect(await rejection(file(ctx, li, byLi()))).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining('（已退回，待修改），同一次住院不能重复申请补助；请在原申请上修改后重新提交') });
    // The returned claim itself may be resubmitted: it is not its own duplicate.
    expect((await apps.submit(ctx, daughter, { requestId: 'req-dup-resubmit', id: first.id, commitment: { accepted: true, signerName: LI_DAUGHTER.name } })).status).toBe('submitted');

    await apps.withdraw(ctx, daughter, { id: first.id });
    const refiled = await file(ctx, li, byLi());
    expect(refiled.status).toBe('submitted');
    await apps.reject(ctx, { id: refiled.id, staff: '王经办', reason: '材料不全' });
    expect((await file(ctx, daughter, byDaughter())).status).toBe('submitted');
  });

  test('an accepted claim blocks the stay for good: DUPLICATE names its date, status and the amount paid', async () => {
    const first = await file(ctx, daughter, byDaughter());
    await apps.accept(ctx, { id: first.id, staff: '王经办' });
    expect(await rejection(file(ctx, li, byLi()))).toMatchObject({
      code: 'DUPLICATE',
      message: '这次住院（山西省人民医院（东院），2026-09-28 至 2026-10-08）已有2026-11-20 提交的补助申请（已受理，已登记补助 11,400.00 元），同一次住院不能重复申请补助；如有疑问，请联系乡镇退役军人服务站',
    });
    expect(await paidTotal(ctx)).toBe('20900.00');
  });

  test('a stay on the payment list (一站式 at discharge) cannot be claimed again', async () => {
    const r = await rejection(file(ctx, daughter, byDaughter({ hospital: '阳城县人民医院', admissionDate: '2026-07-25', dischargeDate: '2026-08-03' })));
    expect(r).toMatchObject({
      code: 'DUPLICATE',
      message: '这次住院（阳城县人民医院，2026-07-25 至 2026-08-03）已有2026-08-03 已登记的住院医疗补助 9,500.00 元（一站式结算），同一次住院不能重复申请补助；如有疑问，请联系乡镇退役军人服务站',
    });
    expect(await ctx.store.count('applications')).toBe(0);
  });
});

describe('acceptance refuses a stay already paid unless staff confirm it', () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = ledgerContext();
    await county(ctx);
  });
  afterEach(() => ctx.cleanup());

  test('two claims of one stay already in the queue (filed before this check, or at the same instant): the second is refused once the first is paid', async () => {
    const first = await file(ctx, daughter, byDaughter());
    // A copy under another id: what the queue held when both were let through.
    const record = (await ctx.store.getApplication(first.id))!;
    await ctx.store.insertApplication({ ...record, id: `${record.id}-copy`, filerOpenid: li.openid });
    await apps.accept(ctx, { id: first.id, staff: '王经办' });

    const refused = await rejection(apps.accept(ctx, { id: `${record.id}-copy`, staff: '王经办' }));
    expect(refused).toMatchObject({
      code: 'DUPLICATE',
      field: 'confirmDuplicate',
      message: `可能重复补助：这次住院（山西省人民医院（东院），2026-09-28 至 2026-10-08）已有申请 ${first.id}，2026-11-20 提交的补助申请（已受理，已登记补助 11,400.00 元）。请核对结算单；确属另一次住院的，用 --confirm-duplicate <理由> 受理，理由记入办理记录`,
    });
    expect((await apps.staffShow(ctx, { id: `${record.id}-copy` })).status).toBe('submitted');
    expect(await paidTotal(ctx)).toBe('20900.00');
  });

  test('a payment recorded from the list after submission: refused; with confirmDuplicate and a reason, accepted and the reason audited', async () => {
    const claim = await file(ctx, daughter, byDaughter());
    await ctx.store.transaction((tx) => addPayment(tx, listedPayment(ctx, { amount: '5000.00' }), '2026-11-20T01:00:00.000Z'));

    const refused = await rejection(apps.accept(ctx, { id: claim.id, staff: '王经办' }));
    expect(refused).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining('已有2026-10-08 已登记的住院医疗补助 5,000.00 元（一站式结算）') });
    expect(await paidTotal(ctx)).toBe('14500.00');

    const blank = await rejection(apps.accept(ctx, { id: claim.id, staff: '王经办', confirmDuplicate: ' \u200b ' }));
    expect(blank).toMatchObject({ code: 'INVALID_INPUT', field: 'confirmDuplicate' });

    const accepted = await apps.accept(ctx, { id: claim.id, staff: '王经办', confirmDuplicate: '医院退回一站式结算，改走非一站式，已核对退费凭证' });
    expect(accepted.status).toBe('accepted');
    expect(accepted.timeline.at(-1)?.note).toBe(
      '受理；按台账测算登记2026 年非一站式住院医疗补助 11,400.00 元；与2026-10-08 已登记的住院医疗补助 5,000.00 元（一站式结算）为同一医院和住院日期，经办人确认受理：医院退回一站式结算，改走非一站式，已核对退费凭证',
    );
  });

  test('a payment recorded between reading the lists and the transaction is still seen (the ledger changed: read again)', async () => {
    const claim = await file(ctx, daughter, byDaughter());
    let recorded = false;
    const racing: Store = {
      ...ctx.store,
      listVeteranPayments: async (idHash: string, year: number) => {
        const listed = await ctx.store.listVeteranPayments(idHash, year);
        if (!recorded) {
          recorded = true;
          await ctx.store.transaction((tx) => addPayment(tx, listedPayment(ctx, {}), '2026-11-20T01:00:00.000Z'));
        }
        return listed;
      },
    };
    const refused = await rejection(apps.accept({ ...ctx, store: racing }, { id: claim.id, staff: '王经办' }));
    expect(recorded).toBe(true);
    expect(refused).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining('2026-10-08 已登记的住院医疗补助 11,400.00 元') });
    expect(await paidTotal(ctx)).toBe('20900.00'); // 9,500 + the racing 11,400, and not the claim's 11,400 on top
  });

  test('confirmDuplicate is for 优抚 claims only', async () => {
    const other = await apps.submit(ctx, daughter, {
      requestId: 'req-dup-other',
      content: { ...longTermForFather(), principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' }, agent: { ...LI_DAUGHTER, relation: 'child' } },
      commitment: { accepted: true, signerName: LI_DAUGHTER.name },
    });
    expect(await rejection(apps.accept(ctx, { id: other.id, staff: '王经办', confirmDuplicate: '不适用' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'confirmDuplicate' });
  });
});

describe('yibao staff accept --confirm-duplicate <理由>', () => {
  const BIN = path.resolve(__dirname, '../../bin/yibao.js');
  let dataDir: string;
  let id: string;
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-dup-cli-'));
    const app = await openAppContext({ DATA_DIR: dataDir });
    id = (await apps.submit(app, daughter, { requestId: 'req-dup-cli-1', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } })).id;
    await app.store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('the option reaches the service (refused here: not a 优抚 claim), and needs its reason', () => {
    const passed = run(['accept', id, '--staff', '王经办', '--confirm-duplicate', '核对过']);
    expect(passed.status).toBe(2);
    expect(passed.stdout + passed.stderr).toContain('确认重复补助：只有优抚对象住院医疗补助申请在受理时需要确认');
    const bare = run(['accept', id, '--staff', '王经办', '--confirm-duplicate']);
    expect(bare.status).toBe(2);
    expect(bare.stdout + bare.stderr).toContain('选项 --confirm-duplicate 缺少取值');
  });
});
