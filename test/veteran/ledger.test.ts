/**
 * A veteran's year (issue 6): the status from the ledger, the 非一站式 claim estimated before filing, filed by a
 * daughter as agent through the applications flow, and recorded in the ledger when staff accept it — so the status
 * then shows the new remaining cap. Figures: 000 第四条（二） 800/600 元; 第四条（三）1 95%, 3 万元; 第六条 7 月、12 月.
 */
import * as apps from '../../server/applications';
import { declareSelf } from '../../server/identity';
import { importRoster } from '../../server/veteran/import/roster';
import { importPayments } from '../../server/veteran/import/payments';
import { subsidyStatus } from '../../server/veteran/status';
import { estimateClaim } from '../../server/veteran/claim';
import { NOT_ON_ROSTER_MESSAGE } from '../../server/veteran/access';
import { ledgerId } from '../../server/veteran/ledger';
import { rejection, unmaskedIds, verifiedRelative, verifiedSelf } from '../applications/helpers';
import { LI, LI_DAUGHTER, PAYMENT_HEADER, ROSTER_HEADER, WANG, ZHAO, csv, ledgerContext, rosterRows, writeFile } from './ledger-helpers';

type Ctx = ReturnType<typeof ledgerContext>;
const li = { openid: 'o-li' };
const daughter = { openid: 'o-li-daughter' };
const stranger = { openid: 'o-stranger' };

const PAYMENTS = [
  [LI.name, LI.idNumber, '定额门诊补助', '', '2026-02-15', '800', '', ''],
  [LI.name, LI.idNumber, '住院补助', '一站式', '2026-08-03', '9500.00', '阳城县人民医院', ''],
  [ZHAO.name, ZHAO.idNumber, '定额门诊补助', '', '2026-02-16', '600', '', ''],
];

async function county(ctx: Ctx): Promise<void> {
  await importRoster(ctx, { file: writeFile(ctx.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
  await importPayments(ctx, { file: writeFile(ctx.dataDir, 'payments.csv', csv([PAYMENT_HEADER, ...PAYMENTS])), allowErrors: false });
}

/** A 县外 住院 of 李复员: 合规部分 12,000 after 医保、大病保险、医疗救助. */
const stay = (over: Record<string, unknown> = {}) => ({
  hospital: '山西省人民医院',
  admissionDate: '2026-09-28',
  dischargeDate: '2026-10-08',
  totalCost: '30000',
  inScopeSelfPay: '12000',
  outOfScope: '1500',
  settlementSheet: 'sealedCopy',
  exclusions: { falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false },
  ...over,
});

const claimByDaughter = (over: Record<string, unknown> = {}) => ({
  type: 'veteranSubsidy',
  principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
  agent: { ...LI_DAUGHTER, relation: 'child' },
  veteranSubsidy: stay(over),
});

let n = 0;
const file = (ctx: Ctx, who: { openid: string }, content: Record<string, unknown>, signer = LI_DAUGHTER.name) =>
  apps.submit(ctx, who, { requestId: `req-veteran-${++n}`.padEnd(12, '0'), content, commitment: { accepted: true, signerName: signer } });

describe('the annual status', () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = ledgerContext();
    await county(ctx);
  });
  afterEach(() => ctx.cleanup());

  test('a 在乡复员军人 sees the 800 paid, the 9,500 住院补助 against the 3 万 cap, the December window and what to bring', async () => {
    await verifiedSelf(ctx, li, LI);
    const s = await subsidyStatus(ctx, li, {});
    expect(s).toMatchObject({
      year: 2026,
      asOf: '2026-11-20',
      veteran: { name: '李复员', regionName: '阳城县', category: 'demobilized-rural', categoryLabel: '在乡复员军人', township: '凤城镇', rosterYear: 2026 },
      viewer: { role: 'self' },
      outpatientAllowance: { state: 'paid', amount: '800.00', paidOn: '2026-02-15' },
      inpatient: { ratio: '0.95', annualCap: '30000.00', paid: '9500.00', remainingCap: '20500.00', usedShare: '0.3167', pending: '0.00' },
      nextWindow: { month: '2026-12', label: '2026 年 12 月', openNow: false },
    });
    expect(s.veteran.idNumberMasked).toBe(`140522********${LI.idNumber.slice(-4)}`);
    expect(s.outpatientAllowance.text).toBe('2026 年定额门诊补助 800.00 元 已于 2026-02-15 发放（社会化打卡）；享受定额门诊补助后，不再进行门诊医疗补助。');
    expect(s.outpatientAllowance.source).toBe('《阳城县优抚对象医疗保障实施细则（2026-03-26）》第四条（二）');
    expect(s.inpatient.source).toBe('《阳城县优抚对象医疗保障实施细则（2026-03-26）》第四条（三）1');
    expect(s.inpatient.payments).toEqual([
      { date: '2026-08-03', amount: '9500.00', route: 'oneStop', routeLabel: '一站式（出院时在定点医院结算）', hospital: '阳城县人民医院', applicationId: null },
    ]);
    expect(s.nextWindow?.source).toBe('《阳城县优抚对象医疗保障实施细则（2026-03-26）》第六条');
    expect(s.materials.nonOneStop.map((m) => m.name)).toEqual(['医疗机构医保结算单原件或复印件加盖医疗机构印章']);
    expect(s.materials.oneStop.map((m) => m.name)).toEqual(['《医疗救助通知单》', '《医疗救助记录卡》']);
    expect(s.materials.approvalForm?.title).toBe('《医疗补助审批表》');
    expect(s.claimable).toBe(true);
    expect(s.ruleset?.version).toBeTruthy();
    expect(unmaskedIds(s)).toEqual([]);
  });

  test('a daughter reads her father\'s ledger through the family member she saved; a wrong name or a stranger reads nothing', async () => {
    const member = await apps.saveFamilyMember(ctx, daughter, { name: LI.name, relation: 'parent', idNumber: LI.idNumber });
    // Saved but not yet verified: she is told where to verify, and sees nothing of the roster.
    expect(await rejection(subsidyStatus(ctx, daughter, { familyMemberId: member.id }))).toMatchObject({ code: 'NEEDS_VERIFICATION', field: 'familyMemberId' });
    await verifiedRelative(ctx, daughter, member, LI);
    const s = await subsidyStatus(ctx, daughter, { familyMemberId: member.id });
    expect(s.viewer).toEqual({ role: 'agent', relation: 'parent', relationLabel: '父母' });
    expect(s.inpatient.remainingCap).toBe('20500.00');

    // A stranger who saves Li's number under another name reads nothing — unverified, and even once verified.
    const wrongName = await apps.saveFamilyMember(ctx, stranger, { name: '李某', relation: 'parent', idNumber: LI.idNumber });
    expect(await rejection(subsidyStatus(ctx, stranger, { familyMemberId: wrongName.id }))).toMatchObject({ code: 'NEEDS_VERIFICATION' });
    await verifiedRelative(ctx, stranger, wrongName, { name: '李某', idNumber: LI.idNumber });
    expect(await rejection(subsidyStatus(ctx, stranger, { familyMemberId: wrongName.id }))).toMatchObject({ code: 'NOT_FOUND', message: NOT_ON_ROSTER_MESSAGE });
    expect(await rejection(subsidyStatus(ctx, stranger, { familyMemberId: member.id }))).toMatchObject({ code: 'NOT_FOUND', message: '未找到该家庭成员' });
    expect(await rejection(subsidyStatus(ctx, stranger, {}))).toMatchObject({ code: 'NOT_FOUND', field: 'familyMemberId' });
    // Declaring to be Li opens nothing: the same answer whatever number was declared.
    await declareSelf(ctx, stranger, { name: LI.name, idNumber: LI.idNumber });
    const declaredLi = await rejection(subsidyStatus(ctx, stranger, {}));
    expect(declaredLi).toMatchObject({ code: 'NEEDS_VERIFICATION', field: 'familyMemberId' });
    expect(unmaskedIds(declaredLi)).toEqual([]);
    await declareSelf(ctx, stranger, { name: '路人', idNumber: LI_DAUGHTER.idNumber });
    expect(await rejection(subsidyStatus(ctx, stranger, {}))).toEqual(declaredLi);
    // Verified as someone not on the roster: now, and only now, told so.
    await verifiedSelf(ctx, stranger, { name: '路人', idNumber: LI_DAUGHTER.idNumber });
    expect(await rejection(subsidyStatus(ctx, stranger, {}))).toMatchObject({ code: 'NOT_FOUND', message: NOT_ON_ROSTER_MESSAGE });
  });

  test('000 第三条: a 五级 disabled veteran has no 定额门诊补助 and no annual cap; a 三属 sees 600 paid', async () => {
    const wang = await apps.saveFamilyMember(ctx, daughter, { name: WANG.name, relation: 'parent', idNumber: WANG.idNumber });
    await verifiedRelative(ctx, daughter, wang, WANG);
    const s = await subsidyStatus(ctx, daughter, { familyMemberId: wang.id });
    expect(s.veteran.categoryLabel).toBe('因战5级残疾军人');
    expect(s.outpatientAllowance).toMatchObject({ state: 'notApplicable', amount: null, source: '《阳城县优抚对象医疗保障实施细则（2026-03-26）》第三条（二）' });
    expect(s.inpatient).toMatchObject({ ratio: '1.00', annualCap: null, remainingCap: null, usedShare: null });
    expect(s.inpatient.text).toContain('细则未设年度限额（第三条（二）2）');

    const zhao = await apps.saveFamilyMember(ctx, daughter, { name: ZHAO.name, relation: 'grandparent', idNumber: ZHAO.idNumber });
    await verifiedRelative(ctx, daughter, zhao, ZHAO);
    expect((await subsidyStatus(ctx, daughter, { familyMemberId: zhao.id })).outpatientAllowance).toMatchObject({ state: 'paid', amount: '600.00' });
  });

  test('with nothing on the payment list after the first quarter the allowance is "not recorded"; a past year says the rules were not yet in force', async () => {
    const later = ledgerContext(new Date('2027-05-10T02:00:00.000Z'));
    try {
      await importRoster(later, { file: writeFile(later.dataDir, 'r.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
      await verifiedSelf(later, li, LI);
      const s = await subsidyStatus(later, li, {});
      expect(s.outpatientAllowance).toMatchObject({ state: 'notRecorded', standard: '800.00' });
      expect(s.outpatientAllowance.text).toContain('发放名单中没有 2027 年定额门诊补助（800.00 元）的记录');
      expect(s.nextWindow).toMatchObject({ month: '2027-07', label: '2027 年 7 月' });
      expect(s.notes).toContain('人员信息按 2026 年名册。');

      const early = ledgerContext(new Date('2027-02-01T02:00:00.000Z'));
      try {
        await importRoster(early, { file: writeFile(early.dataDir, 'r.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
        await verifiedSelf(early, li, LI);
        expect((await subsidyStatus(early, li, {})).outpatientAllowance).toMatchObject({ state: 'expected', standard: '800.00' });
      } finally {
        await early.cleanup();
      }

      const past = await subsidyStatus(later, li, { year: 2025 });
      expect(past.inpatient.annualCap).toBeNull();
      expect(past.nextWindow).toBeNull();
      expect(past.notes[0]).toContain('阳城县优抚对象医疗保障实施细则自 2026-07-01 起施行');
      expect(await rejection(subsidyStatus(later, li, { year: 2028 }))).toMatchObject({ code: 'INVALID_INPUT', field: 'year', message: '年度：不能晚于今年（2027 年）' });
    } finally {
      await later.cleanup();
    }
  });
});

describe('广西 (001): a disabled veteran\'s year', () => {
  test('001 第十二条、第十三条、第二十五条: no 定额门诊补助 standard collected, no cap, no window; the 非一站式 claim is 阳城\'s procedure only', async () => {
    const ctx = ledgerContext();
    try {
      const GX = { name: '韦桂', idNumber: '450103197001010017' };
      const header = [...ROSTER_HEADER, '地区'];
      await importRoster(ctx, { file: writeFile(ctx.dataDir, 'gx.csv', csv([header, [GX.name, GX.idNumber, '残疾军人', '6', '因公', '', '青秀区', '2026', '广西']])), allowErrors: false });
      await verifiedSelf(ctx, li, GX);
      const s = await subsidyStatus(ctx, li, {});
      expect(s.veteran).toMatchObject({ regionName: '广西壮族自治区', categoryLabel: '因公6级残疾军人' });
      expect(s.outpatientAllowance).toMatchObject({ state: 'notCollected', standard: null, source: '《广西残疾退役军人医疗保障实施办法（2023-12-29）》第十二条' });
      expect(s.inpatient).toMatchObject({ ratio: '0.80', annualCap: null, remainingCap: null });
      expect(s.nextWindow).toBeNull();
      expect(s.materials.nonOneStop).toEqual([]);
      // The 办法 names no approval form: 阳城's 《医疗补助审批表》 is not shown, and no claim can be started here.
      expect(s.materials.approvalForm).toBeNull();
      expect(s.claimable).toBe(false);
      expect(s.notes.join('')).toContain('第二十五条');
      const e = await rejection(estimateClaim(ctx, li, { veteranSubsidy: { hospital: '某院', admissionDate: '2026-09-01', dischargeDate: '2026-09-05', inScopeSelfPay: '100' } }));
      expect(e).toMatchObject({ code: 'NOT_COVERED', field: 'region' });
    } finally {
      await ctx.cleanup();
    }
  });
});

describe('the 非一站式 claim, filed by a daughter as agent, accepted by staff', () => {
  let ctx: Ctx;
  let memberId: string;
  beforeEach(async () => {
    ctx = ledgerContext();
    await county(ctx);
    memberId = (await apps.saveFamilyMember(ctx, daughter, { name: LI.name, relation: 'parent', idNumber: LI.idNumber })).id;
    await verifiedRelative(ctx, daughter, { id: memberId }, LI);
  });
  afterEach(() => ctx.cleanup());

  test('estimated before filing: 12,000 × 95% = 11,400, leaving 30,000 − 9,500 − 11,400 = 9,100; handled in December', async () => {
    const { settlementSheet: _s, ...figures } = stay();
    const e = await estimateClaim(ctx, daughter, { familyMemberId: memberId, veteranSubsidy: figures });
    expect(e).toMatchObject({ year: 2026, paidBefore: '9500.00', veteran: { name: '李复员', categoryLabel: '在乡复员军人' } });
    expect(e.estimate).toMatchObject({ subsidy: '11400.00', ratio: '0.95', annualCap: '30000.00', remainingCap: '9100.00', nextApplicationMonth: '2026-12', oneStop: false });
    expect(e.estimate.steps[0].source).toEqual({ doc: '000_22e2e209a52c8b7a.txt', section: '第四条（三）1' });
    expect(unmaskedIds(e)).toEqual([]);
  });

  test('filed, accepted, and the status shows the new remaining cap', async () => {
    const filed = await file(ctx, daughter, claimByDaughter());
    expect(filed).toMatchObject({ type: 'veteranSubsidy', typeLabel: '优抚对象非一站式住院医疗补助', status: 'submitted', title: '李复员的优抚对象非一站式住院医疗补助' });
    expect(filed.agent).toMatchObject({ name: '李小梅', relationLabel: '子女' });
    expect(filed.veteranSubsidy).toMatchObject({
      hospital: '山西省人民医院',
      inScopeSelfPay: '12000',
      settlementSheetLabel: '医保结算单复印件（加盖医疗机构印章）',
      estimate: { subsidy: '11400.00', subsidyUppercase: '壹万壹仟肆佰元整', paidBefore: '9500.00', remainingCap: '9100.00', windowLabel: '2026 年 12 月' },
      paid: null,
    });
    expect(filed.commitment).toMatchObject({ formId: 'veteranSubsidyDeclaration', signerName: '李小梅' });
    expect(filed.commitment.paragraphs[0]).toBe('第十条 优抚对象要如实提供相关证明材料，对弄虚作假骗取医疗补助资金的，视情节轻重，依法依规予以追究。');
    expect(filed.missingMaterials).toEqual(['医疗机构医保结算单原件或复印件加盖医疗机构印章']);
    expect(unmaskedIds(filed)).toEqual([]);

    let s = await subsidyStatus(ctx, daughter, { familyMemberId: memberId });
    expect(s.claims).toEqual([
      { id: filed.id, status: 'submitted', statusLabel: '已提交，待受理', hospital: '山西省人民医院', dischargeDate: '2026-10-08', estimatedSubsidy: '11400.00', paidAmount: null, submittedAt: filed.submittedAt },
    ]);
    expect(s.inpatient).toMatchObject({ paid: '9500.00', pending: '11400.00', remainingCap: '20500.00' });

    const accepted = await apps.accept(ctx, { id: filed.id, staff: '王经办' });
    expect(accepted.status).toBe('accepted');
    expect(accepted.veteranSubsidy?.paid).toEqual({ amount: '11400.00', date: '2026-11-20' });
    expect(accepted.timeline.at(-1)).toMatchObject({ who: '经办人 王经办', note: '受理；按台账测算登记2026 年非一站式住院医疗补助 11,400.00 元' });

    s = await subsidyStatus(ctx, daughter, { familyMemberId: memberId });
    expect(s.inpatient).toMatchObject({ paid: '20900.00', remainingCap: '9100.00', usedShare: '0.6967', pending: '0.00' });
    expect(s.inpatient.payments.map((p) => [p.route, p.amount, p.hospital, p.applicationId])).toEqual([
      ['oneStop', '9500.00', '阳城县人民医院', null],
      ['nonOneStop', '11400.00', '山西省人民医院', filed.id],
    ]);
    expect(s.claims[0]).toMatchObject({ status: 'accepted', paidAmount: '11400.00' });

    // The veteran himself, once his account is verified as him, sees the claim his daughter filed; declaring alone shows nothing.
    await declareSelf(ctx, li, { name: LI.name, idNumber: LI.idNumber });
    expect(await rejection(subsidyStatus(ctx, li, {}))).toMatchObject({ code: 'NEEDS_VERIFICATION' });
    expect((await apps.listMine(ctx, li, {})).items).toEqual([]);
    await verifiedSelf(ctx, li, LI);
    const his = await subsidyStatus(ctx, li, {});
    expect(his.inpatient.remainingCap).toBe('9100.00');
    expect(his.claims.map((c) => c.id)).toEqual([filed.id]);
    // A stranger filing is not counted in anyone's view but their own: the son-in-law's claim below stays his.
  });

  test('the cap binds: a second claim is estimated at what is left, accepted at that, and a third is refused', async () => {
    const first = await file(ctx, daughter, claimByDaughter());
    await apps.accept(ctx, { id: first.id, staff: '王经办' });
    const second = await file(ctx, daughter, claimByDaughter({ admissionDate: '2026-10-20', dischargeDate: '2026-10-30', inScopeSelfPay: '20000', totalCost: '40000' }));
    expect(second.veteranSubsidy?.estimate).toMatchObject({ subsidy: '9100.00', remainingCap: '0.00' });
    const accepted = await apps.accept(ctx, { id: second.id, staff: '王经办' });
    expect(accepted.veteranSubsidy?.paid?.amount).toBe('9100.00');
    expect((await ctx.store.getVeteranLedger(ledgerId(ctx.cipher.hash(LI.idNumber), 2026)))?.inpatientPaid).toBe('30000.00');

    const third = await rejection(file(ctx, daughter, claimByDaughter({ admissionDate: '2026-11-01', dischargeDate: '2026-11-05' })));
    expect(third).toMatchObject({ code: 'INVALID_STATE', message: '本年度住院医疗补助已达年最高限额 30,000.00 元（第四条（三）1），本次不能再补助' });
  });

  test('acceptance recomputes against the ledger as it is then; a county-approved amount is checked against the cap', async () => {
    const a = await file(ctx, daughter, claimByDaughter());
    const b = await file(ctx, daughter, claimByDaughter({ admissionDate: '2026-10-20', dischargeDate: '2026-10-30', inScopeSelfPay: '20000', totalCost: '40000' }));
    // Both estimated against 9,500 paid: 11,400 and 19,000.
    expect(b.veteranSubsidy?.estimate?.subsidy).toBe('19000.00');
    await apps.accept(ctx, { id: b.id, staff: '王经办' });
    // Now 28,500 is paid: 1,500 is left, so a's 11,400 shrinks to 1,500 — unless staff enter more, which is refused.
    const tooMuch = await rejection(apps.accept(ctx, { id: a.id, staff: '王经办', amount: '2000' }));
    expect(tooMuch).toMatchObject({ code: 'INVALID_INPUT', field: 'amount', message: '补助金额：本年度已登记住院医疗补助 28,500.00 元，年最高限额只余 1,500.00 元' });
    expect((await apps.staffShow(ctx, { id: a.id })).status).toBe('submitted');
    const approved = await apps.accept(ctx, { id: a.id, staff: '王经办', amount: '1200.50' });
    expect(approved.veteranSubsidy?.paid?.amount).toBe('1200.50');
    expect(approved.timeline.at(-1)?.note).toBe('受理；按核定金额登记2026 年非一站式住院医疗补助 1,200.50 元');
    expect((await ctx.store.getVeteranLedger(ledgerId(ctx.cipher.hash(LI.idNumber), 2026)))?.inpatientPaid).toBe('29700.50');
  });

  test('refused before anything is written: not on the roster, a name that differs, a 第十一条 exclusion, a stay before the 细则, nothing to claim', async () => {
    const before = await ctx.store.count('applications');
    const passerby = { name: '路人', idNumber: '11010519491231002X', phone: '13800002222' };
    // Filing for someone she holds no verified binding to is refused before the roster is even read.
    const unverified = await rejection(file(ctx, daughter, { ...claimByDaughter(), principal: passerby }));
    expect(unverified).toMatchObject({ code: 'NEEDS_VERIFICATION', field: 'principal.idNumber' });
    const saved = await apps.saveFamilyMember(ctx, daughter, { name: passerby.name, relation: 'parent', idNumber: passerby.idNumber });
    await verifiedRelative(ctx, daughter, saved, passerby);
    const notOnRoster = await rejection(file(ctx, daughter, { ...claimByDaughter(), principal: passerby }));
    expect(notOnRoster).toMatchObject({ code: 'INVALID_INPUT', field: 'principal.idNumber', message: NOT_ON_ROSTER_MESSAGE });
    const wrongName = await rejection(file(ctx, daughter, { ...claimByDaughter(), principal: { name: '李复原', idNumber: LI.idNumber, phone: '13800002222' } }));
    expect(wrongName).toMatchObject({ field: 'principal.idNumber', message: NOT_ON_ROSTER_MESSAGE });
    const excluded = await rejection(file(ctx, daughter, claimByDaughter({ exclusions: { liableThirdParty: true } })));
    expect(excluded).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'veteranSubsidy.exclusions.liableThirdParty',
      message: '不予补助情形：本次住院属于“因交通事故、医疗事故以及其他赔付责任人应予以支付的医疗费用”的情形，这部分医疗费用不在医疗补助范围内（第十一条（三）），不能申请补助',
    });
    const early = await rejection(file(ctx, daughter, claimByDaughter({ admissionDate: '2026-06-01', dischargeDate: '2026-06-10' })));
    expect(early).toMatchObject({ code: 'NOT_COVERED', field: 'date' });
    const zero = await rejection(file(ctx, daughter, claimByDaughter({ inScopeSelfPay: '0' })));
    expect(zero).toMatchObject({ code: 'INVALID_INPUT', field: 'veteranSubsidy.inScopeSelfPay' });
    const sheet = await rejection(file(ctx, daughter, claimByDaughter({ totalCost: '5000' })));
    expect(sheet).toMatchObject({ code: 'INVALID_INPUT', field: 'content.veteranSubsidy.inScopeSelfPay', message: '医保结算单：医保、大病保险、医疗救助报销后的合规部分：报销后的合规部分与目录外费用之和不能多于医疗总费用' });
    expect(await ctx.store.count('applications')).toBe(before);
    expect(await ctx.store.count('veteranPayments')).toBe(3);
  });

  test('a draft is saved half-filled, fixed after a return, and resubmitted with a fresh estimate', async () => {
    const draft = await apps.createDraft(ctx, daughter, { content: { type: 'veteranSubsidy', veteranSubsidy: { hospital: '山西省人民医院' } }, principalFamilyMemberId: memberId });
    expect(draft.veteranSubsidy).toMatchObject({ hospital: '山西省人民医院', estimate: null });
    expect(draft.agent).toMatchObject({ relation: 'child' });
    await apps.updateDraft(ctx, daughter, {
      id: draft.id,
      content: { type: 'veteranSubsidy', principal: { phone: '13800002222' }, agent: LI_DAUGHTER, veteranSubsidy: stay() },
    });
    const submitted = await apps.submit(ctx, daughter, { requestId: 'req-veteran-draft-1', id: draft.id, commitment: { accepted: true, signerName: LI_DAUGHTER.name } });
    expect(submitted.veteranSubsidy?.estimate?.subsidy).toBe('11400.00');
    await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: '结算单金额与复印件不符' });
    await apps.updateDraft(ctx, daughter, { id: draft.id, content: { type: 'veteranSubsidy', veteranSubsidy: { inScopeSelfPay: '10000', exclusions: { misconduct: false } } } });
    const again = await apps.submit(ctx, daughter, { requestId: 'req-veteran-draft-2', id: draft.id, commitment: { accepted: true, signerName: LI_DAUGHTER.name } });
    expect(again.veteranSubsidy?.estimate).toMatchObject({ subsidy: '9500.00', remainingCap: '11000.00' });
    expect(again.veteranSubsidy?.exclusions).toEqual({ falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false });
  });

  test('a 受理 amount is for 优抚 claims only; other applications refuse it', async () => {
    const other = await apps.submit(ctx, daughter, {
      requestId: 'req-veteran-other-1',
      content: {
        type: 'manualReimbursement',
        principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
        agent: { ...LI_DAUGHTER, relation: 'child' },
        manualReimbursement: { hospital: '太原市某医院', admissionDate: '2026-03-01', dischargeDate: '2026-03-10', amount: '100', payee: { bank: '中国工商银行', account: '6222021234567894' } },
      },
      commitment: { accepted: true, signerName: LI_DAUGHTER.name },
    });
    expect(await rejection(apps.accept(ctx, { id: other.id, staff: '王经办', amount: '10' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'amount' });
    expect((await apps.accept(ctx, { id: other.id, staff: '王经办' })).status).toBe('accepted');
  });
});
