/**
 * The 非一站式 round of a township (000 第六条: 每年7月和12月; 服务站审核后统一收缴登记, 县退役军人事务局审批拨付):
 * which claims are in which round, the totals to the fen, the 审核通过 note, the 已拨付 mark against the ledger, and
 * the scope seen from the attacker's side.
 */
import ExcelJS from 'exceljs';
import { ledgerId } from '../../../server/veteran/ledger';
import { FORM_COLUMNS, FORM_NOTE } from '../../../server/staff/veteran/round-xlsx';
import { LI, WANG } from '../../veteran/ledger-helpers';
import { ADMIN, BAZHONG, BEILIU, COUNTY, FENGCHENG, FENGCHENG_APPROVER, RoundCtx, call, claimAt, county, refusal, roundContext } from './round-world';

const DEC = 'veteran/round?township=凤城镇&year=2026&month=12';
const JUL = 'veteran/round?township=凤城镇&year=2026&month=7';

let ctx: RoundCtx;
let ids: Record<string, string>;

beforeEach(async () => {
  ctx = roundContext();
  await county(ctx);
  // July round: submitted 2026-07-31 23:59 China time. December round: 08-01 00:00 China and 11-30.
  const julyLast = await claimAt(ctx, 'li', '2026-07-31T15:59:00.000Z', { hospital: '山西省人民医院', admissionDate: '2026-07-02', dischargeDate: '2026-07-08', inScopeSelfPay: '1000.01' });
  const augFirst = await claimAt(ctx, 'li', '2026-07-31T16:00:00.000Z', {
    hospital: '晋城市人民医院',
    admissionDate: '2026-07-20',
    dischargeDate: '2026-07-30',
    totalCost: '30000.00',
    outOfScope: '800.50',
    inScopeSelfPay: '12345.67',
  });
  const wang = await claimAt(ctx, 'wang', '2026-11-30T08:00:00.000Z', { hospital: '山西医科大学第一医院', admissionDate: '2026-11-01', dischargeDate: '2026-11-10', inScopeSelfPay: '8000.05' });
  // 北留镇's claim, the same December round: not 凤城镇's.
  const zhao = await claimAt(ctx, 'zhao', '2026-12-01T02:00:00.000Z', { hospital: '山西省肿瘤医院', admissionDate: '2026-11-11', dischargeDate: '2026-11-20', inScopeSelfPay: '5000' });
  // Submitted 2027-01-01 China time: the July 2027 round.
  const nextYear = await claimAt(ctx, 'wang', '2026-12-31T16:30:00.000Z', { hospital: '山西白求恩医院', admissionDate: '2026-11-21', dischargeDate: '2026-11-25', inScopeSelfPay: '100' });
  ids = { julyLast: julyLast.id, augFirst: augFirst.id, wang: wang.id, zhao: zhao.id, nextYear: nextYear.id };
  ctx.at('2027-01-02T02:00:00.000Z');
});
afterEach(() => ctx.cleanup());

const paidOf = async (idNumber: string) => (await ctx.store.getVeteranLedger(ledgerId(ctx.cipher.hash(idNumber), 2026)))?.inpatientPaid;

describe('which claims are in which round', () => {
  test('by the China date of submission: 07-31 23:59 is July, 08-01 00:00 December; 2027-01-01 is July 2027; another township is not here', async () => {
    const dec = await call(ctx, FENGCHENG, 'GET', `/${DEC}`);
    expect(dec.claims.map((c: any) => c.id)).toEqual([ids.augFirst, ids.wang]);
    expect(dec.roundLabel).toBe('2026 年 12 月');
    const jul = await call(ctx, FENGCHENG, 'GET', `/${JUL}`);
    expect(jul.claims.map((c: any) => c.id)).toEqual([ids.julyLast]);
    const jul27 = await call(ctx, FENGCHENG, 'GET', '/veteran/round?year=2027&month=7');
    expect(jul27.claims.map((c: any) => c.id)).toEqual([ids.nextYear]);
    const beiliu = await call(ctx, COUNTY, 'GET', '/veteran/round?township=北留镇&year=2026&month=12');
    expect(beiliu.claims.map((c: any) => c.id)).toEqual([ids.zhao]);
    expect(beiliu.townships).toEqual(expect.arrayContaining(['凤城镇', '北留镇']));
  });

  test('each claim with the veteran, the stay, the 结算单 figures and its estimate; totals to the fen', async () => {
    const dec = await call(ctx, FENGCHENG, 'GET', `/${DEC}`);
    const li = dec.claims[0];
    expect(li).toEqual(
      expect.objectContaining({
        name: LI.name,
        categoryLabel: '在乡复员军人',
        hospital: '晋城市人民医院',
        admissionDate: '2026-07-20',
        dischargeDate: '2026-07-30',
        totalCost: '30000.00',
        outOfScope: '800.50',
        inScopeSelfPay: '12345.67',
        ratio: '0.95',
        estimatedSubsidy: '11728.39',
        status: 'submitted',
        submittedAtText: '2026-08-01 00:00',
        approved: null,
        disbursed: null,
      }),
    );
    expect(li.idNumberMasked).not.toContain(LI.idNumber.slice(6, 14));
    expect(dec.claims[1]).toEqual(expect.objectContaining({ name: WANG.name, categoryLabel: '因战5级残疾军人', disabilityGrade: 5, estimatedSubsidy: '8000.05' }));
    // 11728.39 + 8000.05, decimal to the fen (binary floats would give 19728.440000000002).
    expect(dec.totals).toEqual({ count: 2, estimated: '19728.44', approved: '0.00', disbursed: '0.00' });
  });

  test('bad queries: a clear Chinese message naming the field', async () => {
    expect(await refusal(call(ctx, COUNTY, 'GET', '/veteran/round?township=凤城镇&year=2026&month=8'))).toEqual(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'month', message: '办理月份：只有 7 月和 12 月（000 第六条）' }),
    );
    expect(await refusal(call(ctx, COUNTY, 'GET', '/veteran/round?township=凤城镇&year=26&month=7'))).toEqual(expect.objectContaining({ field: 'year' }));
    for (const month of ['0x7', '7.0', '%207', '1e1', '']) {
      expect(await refusal(call(ctx, COUNTY, 'GET', `/veteran/round?township=凤城镇&year=2026&month=${month}`))).toEqual(expect.objectContaining({ field: 'month' }));
    }
    expect(await refusal(call(ctx, COUNTY, 'GET', '/veteran/round/export?year=2026&month=7'))).toEqual(expect.objectContaining({ field: 'township', message: '乡（镇）：请选择乡（镇）' }));
    // Without a township the county's approver gets the townships to choose from, and no claims.
    const pick = await call(ctx, COUNTY, 'GET', '/veteran/round?year=2026&month=12');
    expect(pick).toEqual(expect.objectContaining({ township: '', claims: [], townships: ['北留镇', '凤城镇'].sort((a, b) => a.localeCompare(b, 'zh')) }));
  });
});

describe('审核通过，待审批 and 标记已拨付', () => {
  test('the 服务站 reviews, the county accepts, marks it paid: the ledger holds the payment once, a second mark says who marked it', async () => {
    const reviewed = await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.augFirst}/review`, { note: '结算单原件已收缴' });
    expect(reviewed.already).toBeNull();
    expect(reviewed.claim.status).toBe('submitted');
    expect(reviewed.claim.review).toEqual({ by: 'fc-li经办（fc-li）', atText: '2027-01-02 10:00', note: '结算单原件已收缴' });
    const again = await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.augFirst}/review`, {});
    expect(again.already).toBe('已由 fc-li经办（fc-li） 于 2027-01-02 10:00 审核通过，未重复记录');

    // Not accepted yet: nothing to mark paid.
    expect(await refusal(call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.augFirst}/paid`, { date: '2027-01-02' }))).toEqual(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    );
    await call(ctx, COUNTY, 'POST', `/applications/${ids.augFirst}/accept`, {});
    // Accepted, reviewed, but the 结算单 not yet 收缴登记: still not payable (000 第六条).
    expect(await refusal(call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.augFirst}/paid`, { date: '2027-01-02' }))).toEqual(
      expect.objectContaining({ code: 'INVALID_STATE', message: '乡（镇）退役军人服务站尚未收缴登记（000 第六条：服务站审核后统一收缴登记，报县退役军人事务局审批拨付），不能标记已拨付' }),
    );
    ctx.at('2027-01-03T02:00:00.000Z');
    const collected = await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.augFirst}/collect`, { note: '医保结算单原件 1 份' });
    expect(collected.already).toBeNull();
    expect(collected.claim.collected).toEqual({ by: 'fc-li经办（fc-li）', atText: '2027-01-03 10:00', note: '医保结算单原件 1 份' });
    expect((await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.augFirst}/collect`, {})).already).toBe('已由 fc-li经办（fc-li） 于 2027-01-03 10:00 收缴登记，未重复记录');
    expect(await paidOf(LI.idNumber)).toBe('11728.39');
    const payments = async () => (await ctx.store.listVeteranPayments(ctx.cipher.hash(LI.idNumber), 2026)).length;
    expect(await payments()).toBe(1);

    ctx.at('2027-01-05T03:00:00.000Z');
    const marked = await call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.augFirst}/paid`, { date: '2027-01-05', paymentId: `claim-${ids.augFirst}` });
    expect(marked.already).toBeNull();
    expect(marked.claim.disbursed).toEqual({ date: '2027-01-05', by: 'yc-wang经办（yc-wang）', atText: '2027-01-05 11:00', paymentId: `claim-${ids.augFirst}` });
    ctx.at('2027-01-06T03:00:00.000Z');
    const twice = await call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.augFirst}/paid`, { date: '2027-01-06' });
    expect(twice.already).toBe('已由 yc-wang经办（yc-wang） 于 2027-01-05 11:00 标记已拨付（拨付日期 2027-01-05），未重复记录');
    expect(twice.claim.disbursed.date).toBe('2027-01-05');
    // The ledger: the one payment of the acceptance, counted once.
    expect(await paidOf(LI.idNumber)).toBe('11728.39');
    expect(await payments()).toBe(1);

    const audit = await ctx.store.listAudit(ids.augFirst);
    expect(audit.map((e) => e.note).filter((t) => /审核通过|收缴登记|已拨付/.test(t))).toEqual([
      '乡（镇）退役军人服务站审核通过，待县退役军人事务局审批：结算单原件已收缴',
      '乡（镇）退役军人服务站收缴登记医保结算单：医保结算单原件 1 份',
      `县退役军人事务局标记已拨付：2027-01-05 拨付补助 11728.39 元（台账付款 claim-${ids.augFirst}）`,
    ]);

    const dec = await call(ctx, COUNTY, 'GET', `/${DEC}`);
    expect(dec.claims[0]).toEqual(
      expect.objectContaining({ status: 'accepted', approved: expect.objectContaining({ amount: '11728.39' }), review: expect.objectContaining({ note: '结算单原件已收缴' }), collected: expect.objectContaining({ atText: '2027-01-03 10:00' }) }),
    );
    expect(dec.totals).toEqual({ count: 2, estimated: '19728.44', approved: '11728.39', disbursed: '11728.39' });
  });

  test('bad marks change nothing: a future date, a date before the approval, another payment id, a claim not accepted', async () => {
    await call(ctx, COUNTY, 'POST', `/applications/${ids.wang}/accept`, {});
    const at = (body: unknown) => refusal(call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.wang}/paid`, body));
    // Accepted before the station's marks (the county acted first): no payment until both are recorded, in order.
    expect(await at({ date: '2027-01-02' })).toEqual(expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringMatching(/^乡（镇）退役军人服务站尚未审核和收缴登记（000 第六条/) }));
    expect(await refusal(call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.wang}/collect`, {}))).toEqual(
      expect.objectContaining({ code: 'INVALID_STATE', field: 'review', message: '请先审核通过，再收缴登记（000 第六条：服务站审核后统一收缴登记）' }),
    );
    expect((await ctx.store.getApplication(ids.wang))?.subsidyClaim?.collected).toBeUndefined();
    await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.wang}/review`, {});
    await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.wang}/collect`, {});
    expect(await refusal(call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.wang}/collect`, { note: 7 }))).toEqual(expect.objectContaining({ field: 'note', message: '收缴登记备注：须为文字' }));
    expect(await at({ date: '2027-01-03' })).toEqual(expect.objectContaining({ field: 'date', message: '拨付日期：2027-01-03 晚于今天（2027-01-02），只标记已经拨付的补助' }));
    expect(await at({ date: '2026-12-31' })).toEqual(expect.objectContaining({ field: 'date', message: '拨付日期：不能早于审批受理的日期 2027-01-02' }));
    expect(await at({ date: '2027-1-2' })).toEqual(expect.objectContaining({ field: 'date' }));
    expect(await at({})).toEqual(expect.objectContaining({ field: 'date' }));
    expect(await at('[]')).toEqual(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(await at({ date: '2027-01-02', paymentId: 'claim-other' })).toEqual(expect.objectContaining({ field: 'paymentId' }));
    expect(await at({ date: '2027-01-02', paymentId: { $ne: 1 } })).toEqual(expect.objectContaining({ field: 'paymentId' }));
    const record = await ctx.store.getApplication(ids.wang);
    expect(record?.subsidyClaim?.disbursed).toBeUndefined();
    // A returned claim takes no mark.
    await call(ctx, FENGCHENG, 'POST', `/applications/${ids.julyLast}/return`, { reason: '结算单未加盖医疗机构印章，请补交' });
    expect(await refusal(call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.julyLast}/review`, {}))).toEqual(expect.objectContaining({ code: 'INVALID_STATE' }));
    expect(await refusal(call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.julyLast}/collect`, {}))).toEqual(expect.objectContaining({ code: 'INVALID_STATE' }));
    expect(await refusal(call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.augFirst}/review`, { note: 'x'.repeat(201) }))).toEqual(expect.objectContaining({ field: 'note' }));
  });
});

describe('scope and roles, from the attacker side', () => {
  test('another township, another region and guessed ids: the same NOT_FOUND; nothing written', async () => {
    // 北留镇's reviewer asks for 凤城镇's round, or reviews 凤城镇's claim.
    expect(await refusal(call(ctx, BEILIU, 'GET', `/${DEC}`))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await refusal(call(ctx, BEILIU, 'GET', `/veteran/round/export?township=凤城镇&year=2026&month=12`))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await refusal(call(ctx, BEILIU, 'POST', `/veteran/round/claims/${ids.augFirst}/review`, {}))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await refusal(call(ctx, BEILIU, 'POST', `/veteran/round/claims/${ids.augFirst}/collect`, {}))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect((await ctx.store.getApplication(ids.augFirst))?.subsidyClaim?.review).toBeUndefined();
    // Township staff without a township in the query: their own only.
    const own = await call(ctx, BEILIU, 'GET', '/veteran/round?year=2026&month=12');
    expect(own.claims.map((c: any) => c.id)).toEqual([ids.zhao]);
    expect(own.townships).toEqual(['北留镇']);
    // 凤城镇's approver cannot mark 北留镇's claim; 巴中's sees no 阳城 round at all.
    await call(ctx, COUNTY, 'POST', `/applications/${ids.zhao}/accept`, {});
    expect(await refusal(call(ctx, FENGCHENG_APPROVER, 'POST', `/veteran/round/claims/${ids.zhao}/paid`, { date: '2027-01-02' }))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await refusal(call(ctx, BAZHONG, 'POST', `/veteran/round/claims/${ids.zhao}/paid`, { date: '2027-01-02' }))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await refusal(call(ctx, BAZHONG, 'GET', '/veteran/round?township=北留镇&year=2026&month=12'))).toEqual(expect.objectContaining({ code: 'INVALID_INPUT', field: 'region' }));
    for (const guess of ['nope', '..%2Fx', 'a'.repeat(65), '%E0%A4%A']) {
      expect(await refusal(call(ctx, COUNTY, 'POST', `/veteran/round/claims/${guess}/paid`, { date: '2027-01-02' }))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
    expect((await ctx.store.getApplication(ids.zhao))?.subsidyClaim?.disbursed).toBeUndefined();
  });

  test('roles: a reviewer cannot mark paid, an approver does not 审核, an administrator sees no round', async () => {
    await call(ctx, COUNTY, 'POST', `/applications/${ids.wang}/accept`, {});
    // A 服务站 account marks nothing paid, even once its own marks are on the claim.
    await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.wang}/review`, {});
    await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.wang}/collect`, {});
    expect(await refusal(call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.wang}/paid`, { date: '2027-01-02' }))).toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect((await ctx.store.getApplication(ids.wang))?.subsidyClaim?.disbursed).toBeUndefined();
    expect(await refusal(call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.augFirst}/review`, {}))).toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(await refusal(call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.augFirst}/collect`, {}))).toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(await refusal(call(ctx, ADMIN, 'GET', `/${DEC}`))).toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('the XLSX 医疗补助审批表', () => {
  test('read back: title with township, round and 制表时间 (China time), the note, Chinese headers, money cells to the fen, totals, signatures', async () => {
    await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.augFirst}/review`, {});
    await call(ctx, FENGCHENG, 'POST', `/veteran/round/claims/${ids.augFirst}/collect`, {});
    await call(ctx, COUNTY, 'POST', `/applications/${ids.augFirst}/accept`, {});
    await call(ctx, COUNTY, 'POST', `/veteran/round/claims/${ids.augFirst}/paid`, { date: '2027-01-02' });
    const answer = await call(ctx, COUNTY, 'GET', '/veteran/round/export?township=凤城镇&year=2026&month=12');
    expect(answer.raw.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(answer.raw.fileName).toBe('医疗补助审批表-凤城镇-2026年12月.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(answer.raw.bytes);
    const sheet = wb.getWorksheet('医疗补助审批表')!;
    const text = (r: number, c = 1) => String(sheet.getRow(r).getCell(c).value ?? '');
    expect(text(1)).toBe('凤城镇优抚对象非一站式住院医疗补助《医疗补助审批表》（2026 年 12 月）');
    expect(text(2)).toBe('乡（镇）：凤城镇　　办理批次：2026 年 12 月　　制表时间：2027-01-02 10:00（北京时间）');
    expect(text(3)).toContain(FORM_NOTE);
    const headers = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(headers).toEqual(FORM_COLUMNS.map((c) => c.header));
    for (const h of ['优抚对象类别', '伤残等级', '入院日期', '医疗总费用（元）', '基本医保、大病保险、医疗救助已报销（元）', '个人自付：报销后合规部分（元）', '补助比例', '测算补助金额（元）', '乡镇服务站审核', '县退役军人事务局审批：核定补助金额（元）']) {
      expect(headers).toContain(h);
    }
    const col = (h: string) => FORM_COLUMNS.findIndex((c) => c.header === h) + 1;
    const li = sheet.getRow(5);
    expect(li.getCell(col('姓名')).value).toBe(LI.name);
    expect(li.getCell(col('优抚对象类别')).value).toBe('在乡复员军人');
    expect(li.getCell(col('医疗总费用（元）')).value).toBe(30000);
    expect(li.getCell(col('目录外费用（元）')).value).toBe(800.5);
    expect(li.getCell(col('个人自付：报销后合规部分（元）')).value).toBe(12345.67);
    expect(li.getCell(col('个人自付：报销后合规部分（元）')).numFmt).toBe('0.00');
    expect(li.getCell(col('补助比例')).value).toBe('95%');
    expect(li.getCell(col('测算补助金额（元）')).value).toBe(11728.39);
    expect(li.getCell(col('县退役军人事务局审批：核定补助金额（元）')).value).toBe(11728.39);
    expect(li.getCell(col('拨付日期')).value).toBe('2027-01-02');
    expect(String(li.getCell(col('乡镇服务站审核')).value)).toContain('审核通过 fc-li经办（fc-li）');
    expect(li.getCell(col('乡镇服务站收缴登记')).value).toBe('收缴登记 fc-li经办（fc-li） 2027-01-02 10:00');
    expect(sheet.getRow(6).getCell(col('乡镇服务站收缴登记')).value).toBe('');
    const wang = sheet.getRow(6);
    expect(wang.getCell(col('伤残等级')).value).toBe('5级');
    expect(wang.getCell(col('测算补助金额（元）')).value).toBe(8000.05);
    expect(wang.getCell(col('县退役军人事务局审批：核定补助金额（元）')).value).toBeNull();
    const totals = sheet.getRow(7);
    expect(totals.getCell(1).value).toBe('合计（2 件）');
    expect(totals.getCell(col('测算补助金额（元）')).value).toBe(19728.44);
    expect(totals.getCell(col('测算补助金额（元）')).numFmt).toBe('0.00');
    expect(totals.getCell(col('县退役军人事务局审批：核定补助金额（元）')).value).toBe(11728.39);
    expect(text(9)).toBe('乡（镇）退役军人服务站审核人：　　　　　　　　县退役军人事务局审批人：　　　　　　　　日期：　　　　年　　月　　日');
    // No full ID number anywhere in the file.
    const all = JSON.stringify(sheet.getSheetValues());
    expect(all).not.toContain(LI.idNumber);
    expect(all).not.toContain(WANG.idNumber);
  });
});
