/**
 * 申请非一站式住院补助 (model/claim.ts) against the real functions: the message beside a box is the function's, the
 * estimate shown before filing is `estimateClaim`'s, 第十一条's "是" stops the claim with the article's reason, and
 * what the page sends is what `applications` accepts — for oneself and for a father as his daughter.
 */
import { createDraft, submit } from '../../server/applications';
import { estimateClaim } from '../../server/veteran/claim';
import { subsidyStatus } from '../../server/veteran/status';
import {
  besideBox,
  boxOfEstimateField,
  boxOfField,
  changeClaim,
  claimFigures,
  draftPayload,
  emptyClaim,
  estimateCard,
  claimFormOf,
  estimateRequest,
  figureErrors,
  hasErrors,
  joinDate,
  needsNewServerDraft,
  parseClaim,
  refusalOf,
  sentOptionalOf,
  splitDate,
  submitErrors,
} from '../../miniprogram/packages/veteran/model/claim';
import { SELF } from '../../miniprogram/packages/veteran/model/whose';
import { exclusions as exclusionParam } from '../../shared/regions/yangcheng/params/exclusions';
import { rejection } from '../applications/helpers';
import { LI } from '../veteran/ledger-helpers';
import { DAUGHTER_PHONE, LI_PHONE, claimFor, countyContext, savedFather, verifiedLi } from './veteran-helpers';

/** The county's claim form, as the page reads it once the status names the veteran's region. */
const FORM = claimFormOf('yangcheng')!;
const YANGCHENG_EXCLUSION_IDS = exclusionParam.values['2026-07-01'].value.map((e) => e.id);

let ctx: Awaited<ReturnType<typeof countyContext>>;
beforeEach(async () => (ctx = await countyContext()));
afterEach(() => ctx.cleanup());

describe('the claim kept on the phone', () => {
  test('read back field by field; a damaged entry or one for someone else starts afresh', () => {
    const d = claimFor('member-1', { requestId: 'req-abcdefgh', serverId: 'app-1', sentOptional: ['outOfScope'], photoUploaded: true });
    expect(parseClaim(JSON.stringify(d), 'member-1')).toEqual(d);
    expect(parseClaim(JSON.stringify(d), SELF)).toEqual(emptyClaim(SELF));
    expect(parseClaim('{not json', SELF)).toEqual(emptyClaim(SELF));
    expect(parseClaim({ v: 1, whose: '', hospital: 42, exclusions: { misconduct: 'maybe', falseInformation: 'no' }, settlementSheet: 'photo', serverId: '../x' }, SELF)).toEqual({
      ...emptyClaim(SELF),
      exclusions: { falseInformation: 'no' },
    });
  });

  test('a change withdraws the signature; the dates join as the schema reads them', () => {
    expect(changeClaim(claimFor(SELF), { hospital: '晋城市人民医院' }).accepted).toBe(false);
    expect(changeClaim(claimFor(SELF), { accepted: true }).accepted).toBe(true);
    expect(joinDate({ y: '2026', m: '9', d: '8' })).toBe('2026-09-08');
    expect(joinDate({ y: '', m: '', d: '' })).toBe('');
    expect(joinDate({ y: '26', m: '9', d: '' })).toBe('26-9-');
    expect(splitDate('2026-10-08')).toEqual({ y: '2026', m: '10', d: '8' });
  });
});

describe('the form is the veteran’s region’s', () => {
  test('as the status names the region: the county’s questions, 结算单 forms and articles; none where no claim is filed', async () => {
    const member = await savedFather(ctx);
    const status = await subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: member.id });
    expect(claimFormOf(status.veteran.region)).toEqual(FORM);
    expect(FORM.questions.map((q) => q.id)).toEqual(YANGCHENG_EXCLUSION_IDS);
    expect(FORM.sheetChoices).toEqual([
      { value: 'original', label: '医保结算单原件' },
      { value: 'sealedCopy', label: '医保结算单复印件（加盖医疗机构印章）' },
    ]);
    expect(FORM.declaration.title).toBe('阳城县优抚对象医疗保障实施细则 第十条、第十一条');
    expect(FORM.procedureSource).toBe('《阳城县优抚对象医疗保障实施细则（2026-03-26）》第六条');
    expect(FORM.sheetItem).toBe('veteranSettlementSheet');
    expect(claimFormOf('guangxi')).toBeNull();
    expect(claimFormOf(undefined)).toBeNull();
  });
});

describe('the boxes, checked as the function checks them', () => {
  test('empty boxes: 必须填写 beside each required one, nothing sent', () => {
    const errors = figureErrors(emptyClaim(SELF));
    expect(errors).toEqual({ hospital: '必须填写', admission: '请填写日期', discharge: '请填写日期', 'in-scope': '必须填写' });
    expect(estimateRequest(emptyClaim(SELF)).ok).toBe(false);
  });

  test('a discharge before the admission, a total smaller than its parts, an amount with a comma: the function’s own words', async () => {
    const d = claimFor(SELF, { admission: splitDate('2026-10-09'), totalCost: '10000', outOfScope: '500', personalAccountPaid: '1,000' });
    const local = figureErrors(d);
    expect(local).toEqual({
      discharge: '入院日期不能晚于出院日期',
      'in-scope': '报销后的合规部分与目录外费用之和不能多于医疗总费用',
      account: '金额须为不小于 0 的数字，最多两位小数',
    });
    // One box at a time, the server says the same thing about the same box.
    for (const [patch, box] of [
      [{ admission: splitDate('2026-10-09') }, 'discharge'],
      [{ totalCost: '10000', outOfScope: '500' }, 'in-scope'],
      [{ personalAccountPaid: '1,000' }, 'account'],
    ] as const) {
      const { settlementSheet: _s, ...figures } = claimFigures(claimFor(SELF, patch));
      // The figures are checked before whose ledger is looked up.
      const refused = await rejection(estimateClaim(ctx, LI_PHONE, { veteranSubsidy: figures }));
      expect(boxOfEstimateField(refused.field)).toBe(box);
      expect(besideBox(refused.message)).toBe(local[box]);
    }
  });

  test('a stay before the 细则 took effect (2026-07-01): the rules’ refusal lands beside the discharge date', async () => {
    const member = await savedFather(ctx);
    const d = claimFor(member.id, { admission: splitDate('2026-06-20'), discharge: splitDate('2026-06-30') });
    const req = estimateRequest(d);
    if (!req.ok) throw new Error('figures');
    const refused = await rejection(estimateClaim(ctx, DAUGHTER_PHONE, req.request));
    expect(boxOfEstimateField(refused.field)).toBe('discharge');
    expect(refused.message).toContain('自 2026-07-01 起施行');
  });
});

describe('the estimate before filing, and 第十一条', () => {
  test('12,000 left after insurance: 95% is 11,400, within the 20,500 left; the window is December', async () => {
    const member = await savedFather(ctx);
    const req = estimateRequest(claimFor(member.id));
    expect(req).toEqual({
      ok: true,
      request: {
        familyMemberId: member.id,
        veteranSubsidy: {
          hospital: '山西省人民医院',
          admissionDate: '2026-09-28',
          dischargeDate: '2026-10-08',
          inScopeSelfPay: '12000',
          exclusions: { falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false },
        },
      },
    });
    if (!req.ok) return;
    const card = estimateCard(await estimateClaim(ctx, DAUGHTER_PHONE, req.request));
    expect(card).toMatchObject({
      headline: '预计补助 11,400.00 元',
      refused: false,
      lines: ['2026 年已补助 9,500.00 元，年最高限额 30,000.00 元', '这次补助后，2026 年还可补助 9,100.00 元'],
      window: '2026 年 12 月',
    });
    expect(card.steps).toEqual([
      {
        text: '住院费用经医保、大病保险、医疗救助报销后的合规部分 12,000.00 元 × 95% = 11,400.00 元',
        amount: '11,400.00 元',
        source: '《阳城县优抚对象医疗保障实施细则（2026-03-26）》第四条（三）1',
      },
    ]);
  });

  test('the five questions are the article’s five items, quoted as the rules quote them', () => {
    expect(FORM.questions.map((q) => q.id)).toEqual([...YANGCHENG_EXCLUSION_IDS]);
    const items = exclusionParam.values['2026-07-01'].value;
    FORM.questions.forEach((q, i) => {
      expect(q.quote).toBe(items[i].text);
      expect(q.source).toBe(`《阳城县优抚对象医疗保障实施细则（2026-03-26）》第十一条${items[i].item}`);
    });
  });

  test('“是” to a traffic accident: explained beside the question, estimated at 0 with the article, refused at filing too', async () => {
    const member = await savedFather(ctx);
    const d = claimFor(member.id, { exclusions: { ...claimFor(member.id).exclusions, liableThirdParty: 'yes' } });
    expect(refusalOf(d, FORM)?.id).toBe('liableThirdParty');
    const errors = submitErrors(d, { veteranName: LI.name, needsPrincipalPhone: true }, FORM);
    expect(errors['exclusion-liableThirdParty']).toContain('不能申请：有赔付责任人的医疗费用应由责任人支付');

    const req = estimateRequest(d);
    if (!req.ok) throw new Error('figures');
    const card = estimateCard(await estimateClaim(ctx, DAUGHTER_PHONE, req.request));
    expect(card).toMatchObject({ headline: '这次不能补助', refused: true });
    expect(card.steps[0].text).toContain('不在医疗补助范围内');
    expect(card.steps[0].source).toContain('第十一条（三）');

    const created = await createDraft(ctx, DAUGHTER_PHONE, draftPayload(d));
    const refused = await rejection(submit(ctx, DAUGHTER_PHONE, { requestId: 'req-vet-claim-x', id: created.id, commitment: { accepted: true, signerName: '李小梅' } }));
    expect(boxOfField(refused.field, member.id)).toBe('exclusion-liableThirdParty');
  });
});

describe('filing: what the page sends is what the applications function accepts', () => {
  test('every box is needed once: the five answers, the 结算单, the user, the signature', () => {
    const errors = submitErrors({ ...emptyClaim('member-1'), hospital: '山西省人民医院' }, { veteranName: LI.name, needsPrincipalPhone: true }, FORM);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'admission',
        'discharge',
        'in-scope',
        ...YANGCHENG_EXCLUSION_IDS.map((id) => `exclusion-${id}`),
        'sheet',
        'me-name',
        'me-id',
        'me-phone',
        'principal-phone',
        'signer',
        'accept',
      ].sort(),
    );
    expect(errors.sheet).toBe('请选择');
    expect(errors['exclusion-misconduct']).toBe('请回答“是”或“不是”');
    expect(errors.accept).toBe('须阅读并同意后才能提交');
    expect(hasErrors(submitErrors(claimFor('member-1'), { veteranName: LI.name, needsPrincipalPhone: true }, FORM))).toBe(false);
  });

  test('filing for oneself: the name must be the roster’s and the signer oneself', () => {
    const ctxOf = { veteranName: LI.name, needsPrincipalPhone: false };
    expect(submitErrors(claimFor(SELF, { me: { name: '李复原', idNumber: LI.idNumber, phone: '13800002222' }, signerName: '李复原' }), ctxOf, FORM)).toEqual({
      'me-name': '须与优抚对象名册上的姓名（李复员）一致',
    });
    expect(submitErrors(claimFor(SELF, { signerName: '李小梅' }), ctxOf, FORM)).toEqual({ signer: '须由优抚对象本人（李复员）签名' });
    expect(submitErrors(claimFor(SELF, { signerName: ' ' }), ctxOf, FORM)).toEqual({ signer: '请输入签名人的姓名' });
  });

  test('Li files for himself: principal is Li, no agent; filed with the estimate stored', async () => {
    await verifiedLi(ctx);
    const d = claimFor(SELF);
    expect(draftPayload(d)).toEqual({
      content: {
        type: 'veteranSubsidy',
        veteranSubsidy: { ...claimFigures(d) },
        principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
        agent: null,
      },
    });
    const created = await createDraft(ctx, LI_PHONE, draftPayload(d));
    const filed = await submit(ctx, LI_PHONE, { requestId: 'req-vet-self-1', id: created.id, commitment: { accepted: true, signerName: d.signerName } });
    expect(filed).toMatchObject({ status: 'submitted', agent: null, principal: { name: LI.name } });
    expect(filed.veteranSubsidy).toMatchObject({ settlementSheet: 'original', estimate: { subsidy: '11400.00', windowLabel: '2026 年 12 月' } });
    // Verified as himself, his ledger opens as his own, with the claim in it.
    const status = await subsidyStatus(ctx, LI_PHONE, {});
    expect(status.claims.map((c) => c.id)).toEqual([filed.id]);
  });

  test('the daughter files for her father: the server fills him in from the saved member, she is the agent (子女)', async () => {
    const member = await savedFather(ctx);
    const d = claimFor(member.id);
    const payload = draftPayload(d);
    expect(payload.principalFamilyMemberId).toBe(member.id);
    expect(payload.content.principal).toEqual({ phone: '13800002222' });
    const created = await createDraft(ctx, DAUGHTER_PHONE, payload);
    expect(created.principal).toEqual({ name: LI.name, idNumberMasked: member.idNumberMasked, phoneMasked: '138****2222' });
    expect(created.agent).toMatchObject({ name: '李小梅', relation: 'child' });
    const filed = await submit(ctx, DAUGHTER_PHONE, { requestId: 'req-vet-agent-1', id: created.id, commitment: { accepted: true, signerName: '李小梅' } });
    expect(filed.status).toBe('submitted');
    expect(filed.commitment.title).toBe('阳城县优抚对象医疗保障实施细则 第十条、第十一条');
  });

  test('an optional figure cleared after the server draft was saved: a new draft is filed instead', () => {
    const sent = claimFor(SELF, { outOfScope: '300', serverId: 'app-1' });
    const saved = { ...sent, sentOptional: sentOptionalOf(sent) };
    expect(saved.sentOptional).toEqual(['outOfScope']);
    expect(needsNewServerDraft(saved)).toBe(false);
    expect(needsNewServerDraft({ ...saved, outOfScope: '' })).toBe(true);
    expect(needsNewServerDraft({ ...saved, outOfScope: '', serverId: '' })).toBe(false);
  });

  test('a refusal’s field lands beside the right box for oneself and for an agent', () => {
    expect(boxOfField('principal.idNumber', SELF)).toBe('me-id');
    expect(boxOfField('agent.idNumber', 'm1')).toBe('me-id');
    expect(boxOfField('principal.phone', 'm1')).toBe('principal-phone');
    expect(boxOfField('content.veteranSubsidy.dischargeDate', SELF)).toBe('discharge');
    expect(boxOfField('commitment.signerName', SELF)).toBe('signer');
    expect(boxOfField('veteranSubsidy', SELF)).toBeUndefined();
    expect(besideBox('医保结算单：医保、大病保险、医疗救助报销后的合规部分：必须填写')).toBe('必须填写');
  });
});

describe('the estimate’s notes', () => {
  test('only what is about this claim: the year’s notes stay on the status page', async () => {
    const member = await savedFather(ctx);
    const req = estimateRequest(claimFor(member.id, { totalCost: '20000', outOfScope: '800' }));
    if (!req.ok) throw new Error('figures');
    const view = await estimateClaim(ctx, DAUGHTER_PHONE, req.request);
    expect(view.estimate.notes.length).toBeGreaterThan(1);
    expect(estimateCard(view).notes).toEqual(['目录外费用 800.00 元 未经基本医疗保险报销，不在医疗补助范围内（第十一条（五）），由个人负担。']);
  });
});
