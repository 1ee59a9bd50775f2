/**
 * 我的优抚补助 as the page words it (model/status.ts), from what the real `subsidy.status` returns for a county whose
 * roster and 2026 payment list were imported: 800 paid, 9,500 of the 30,000 cap used, the December window.
 */
import { accept, createDraft, submit } from '../../server/applications';
import { subsidyStatus, type SubsidyStatusView } from '../../server/veteran/status';
import { allowanceCard, canClaim, claimRows, inpatientCard, paymentRows, personLine, viewerLine, yearChoices } from '../../miniprogram/packages/veteran/model/status';
import { draftPayload } from '../../miniprogram/packages/veteran/model/claim';
import { WANG } from '../veteran/ledger-helpers';
import { verifiedSelf } from './identity-helpers';
import { DAUGHTER_PHONE, LI_PHONE, claimFor, countyContext, savedFather, verifiedLi } from './veteran-helpers';

let ctx: Awaited<ReturnType<typeof countyContext>>;
beforeEach(async () => (ctx = await countyContext()));
afterEach(() => ctx.cleanup());

describe('the year at a glance, from the ledger', () => {
  test('Li, 在乡复员军人: 800 paid on 2026-02-15; 20,500 left of the 30,000 cap, the bar at 31.7%', async () => {
    await verifiedLi(ctx);
    const view = await subsidyStatus(ctx, LI_PHONE, {});
    expect(personLine(view.veteran)).toBe('李复员，在乡复员军人，阳城县凤城镇');
    expect(viewerLine(view)).toBeNull();

    expect(allowanceCard(view.outpatientAllowance)).toEqual({
      tone: 'ok',
      headline: '已发放 800.00 元',
      when: '发放日期 2026-02-15',
      text: view.outpatientAllowance.text,
      source: '《阳城县优抚对象医疗保障实施细则（2026-03-26）》第四条（二）',
    });

    const card = inpatientCard(view.inpatient);
    expect(card).toMatchObject({
      hasCap: true,
      headline: '还可补助 20,500.00 元',
      paid: '9,500.00 元',
      remaining: '20,500.00 元',
      cap: '30,000.00 元',
      ratio: '95%',
      barPercent: 31.7,
      barLabel: '已用 31.7%',
      pending: null,
    });
    expect(card.source).toContain('第四条（三）');
    expect(paymentRows(view.inpatient.payments)).toEqual([
      { key: '2026-08-03-0', date: '2026-08-03', route: '一站式', routeLabel: '一站式（出院时在定点医院结算）', hospital: '阳城县人民医院', amount: '9,500.00 元' },
    ]);
    expect(canClaim(view)).toBe(true);
    expect(view.nextWindow).toMatchObject({ month: '2026-12', label: '2026 年 12 月', openNow: false });
  });

  test('the daughter, as agent: a claim waits as pending, then counts once accepted', async () => {
    const member = await savedFather(ctx);
    const before = await subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: member.id });
    expect(viewerLine(before)).toBe('李复员是您的父母，您代为查看和申请。');

    const { content } = draftPayload(claimFor(member.id));
    const created = await createDraft(ctx, DAUGHTER_PHONE, { content, principalFamilyMemberId: member.id });
    const filed = await submit(ctx, DAUGHTER_PHONE, { requestId: 'req-vet-status-1', id: created.id, commitment: { accepted: true, signerName: '李小梅' } });
    const waiting = await subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: member.id });
    expect(inpatientCard(waiting.inpatient)).toMatchObject({
      headline: '还可补助 20,500.00 元',
      pending: '已提交、待受理的申请预计补助 11,400.00 元，受理后才计入已补助',
    });
    expect(claimRows(waiting.claims)).toEqual([
      { id: filed.id, title: '山西省人民医院，2026-10-08 出院', status: '已提交，待受理', statusCode: 'submitted', tone: 'pending', amount: '预计补助 11,400.00 元' },
    ]);

    await accept(ctx, { id: filed.id, staff: '王经办' });
    const after = await subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: member.id });
    expect(inpatientCard(after.inpatient)).toMatchObject({ headline: '还可补助 9,100.00 元', paid: '20,900.00 元', pending: null, barPercent: 69.7 });
    expect(paymentRows(after.inpatient.payments).map((r) => [r.date, r.route, r.hospital, r.amount])).toEqual([
      ['2026-08-03', '一站式', '阳城县人民医院', '9,500.00 元'],
      ['2026-11-20', '非一站式', '山西省人民医院', '11,400.00 元'],
    ]);
    expect(claimRows(after.claims)[0]).toMatchObject({ status: '已受理', tone: 'ok', amount: '已补助 11,400.00 元' });
  });

  test('一至六级 have no 定额门诊补助 and no cap: said so, with why', async () => {
    await verifiedSelf(ctx, { openid: 'o-wang' }, { name: WANG.name, idNumber: WANG.idNumber });
    const view = await subsidyStatus(ctx, { openid: 'o-wang' }, {});
    const allowance = allowanceCard(view.outpatientAllowance);
    expect(allowance).toMatchObject({ tone: 'none', headline: '不享受定额门诊补助', when: null });
    expect(allowance.text).toContain('一至六级残疾军人没有定额门诊补助');
    const card = inpatientCard(view.inpatient);
    expect(card).toMatchObject({ hasCap: false, headline: '已补助 0.00 元', remaining: null, cap: null, barPercent: 0, ratio: '100%' });
    expect(canClaim(view)).toBe(true);
  });
});

describe('wording without the server', () => {
  const allowance = (patch: Partial<SubsidyStatusView['outpatientAllowance']>): SubsidyStatusView['outpatientAllowance'] => ({
    state: 'expected',
    standard: '800.00',
    amount: null,
    paidOn: null,
    text: '…',
    source: null,
    ...patch,
  });

  test('expected in the first quarter shows the standard; not recorded warns; not collected shows no figure', () => {
    expect(allowanceCard(allowance({}))).toMatchObject({ tone: 'pending', headline: '第一季度发放，尚未登记 800.00 元' });
    expect(allowanceCard(allowance({ state: 'notRecorded' }))).toMatchObject({ tone: 'warn', headline: '没有发放记录' });
    expect(allowanceCard(allowance({ state: 'notCollected', standard: null }))).toMatchObject({ tone: 'none', headline: '标准暂未收录' });
  });

  test('a ledger past its cap draws a full bar, not more', () => {
    const card = inpatientCard({
      ratio: '0.95',
      annualCap: '30000.00',
      paid: '31000.00',
      remainingCap: '0.00',
      usedShare: '1.0000',
      pending: '0.00',
      payments: [],
      text: '',
      source: null,
    });
    expect(card).toMatchObject({ barPercent: 100, headline: '还可补助 0.00 元' });
  });

  test('a rejected claim shows no amount; 广西 has no 非一站式 claim here', () => {
    expect(
      claimRows([{ id: 'a1', status: 'rejected', statusLabel: '不予受理', hospital: null, dischargeDate: null, estimatedSubsidy: '100.00', paidAmount: null, submittedAt: null }]),
    ).toEqual([{ id: 'a1', title: '县外住院', status: '不予受理', statusCode: 'rejected', tone: 'bad', amount: null }]);
    expect(canClaim({ claimable: false })).toBe(false);
    expect(yearChoices(2026)).toEqual([2026, 2025]);
  });
});
