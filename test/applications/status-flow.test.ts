import * as apps from '../../server/applications';
import { freshContext, longTermForFather, father, rejection, FATHER_ID, verifiedSelf, PAYEE } from './helpers';

const daughterId = { openid: 'o-daughter' };
const fatherId = { openid: 'o-father' };
const signByDaughter = { accepted: true, signerName: '张小红' };

describe('status: draft → submitted → returned → (fixed) submitted → accepted', () => {
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => (ctx = freshContext()));
  afterEach(() => ctx.cleanup());

  test('a daughter files a 异地长期居住 备案 for her father; staff return it, she fixes it, staff accept it', async () => {
    const { agent, ...withoutAgent } = longTermForFather();
    const draft = await apps.createDraft(ctx, daughterId, { content: { ...withoutAgent, remoteFiling: { kind: 'longTermResident' } } });
    expect(draft.status).toBe('draft');

    const updated = await apps.updateDraft(ctx, daughterId, { id: draft.id, content: longTermForFather() });
    expect(updated.agent).toMatchObject({ name: '张小红', relation: 'child', relationLabel: '子女' });
    // 003 附件1 is the only 备案 commitment form; the agent signs it.
    expect(updated.commitment).toMatchObject({ formId: 'filingPersonalCommitment', title: '异地就医登记备案个人承诺书' });
    expect(updated.missingMaterials).toEqual(['就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明', '代办人及备案人身份证或户口簿原件等相关资料']);

    const submitted = await apps.submit(ctx, daughterId, { requestId: 'req-first-0001', id: draft.id, commitment: signByDaughter });
    expect(submitted.status).toBe('submitted');
    expect(submitted.commitment).toMatchObject({ signerName: '张小红' });
    expect(submitted.commitment.signedAt).toBeTruthy();
    expect(submitted.remoteFiling).toMatchObject({ term: '长期备案', validity: '以参保地经办机构规定为准' });

    expect((await apps.listMine(ctx, daughterId)).items.map((a) => a.id)).toEqual([draft.id]);

    const returned = await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: '请补充居住证明' });
    expect(returned).toMatchObject({ status: 'returned', decisionReason: '请补充居住证明' });

    // Only the address changes: the ID numbers stay as stored, never retyped.
    await apps.updateDraft(ctx, daughterId, { id: draft.id, content: { type: 'remoteFiling', remoteFiling: { residenceAddress: '深圳市南山区某街道 2 号' } } });
    const again = await apps.submit(ctx, daughterId, { requestId: 'req-second-001', id: draft.id, commitment: signByDaughter });
    expect(again).toMatchObject({ status: 'submitted', decisionReason: null });
    expect(again.remoteFiling?.residenceAddress).toBe('深圳市南山区某街道 2 号');
    expect(again.principal.idNumberMasked).toBe('110105********002X');

    const accepted = await apps.accept(ctx, { id: draft.id, staff: '王经办' });
    expect(accepted.status).toBe('accepted');
    expect(accepted.timeline.map((t) => [t.action, t.toStatus])).toEqual([
      ['create', 'draft'],
      ['update', 'draft'],
      ['submit', 'submitted'],
      ['return', 'returned'],
      ['update', 'returned'],
      ['submit', 'submitted'],
      ['accept', 'accepted'],
    ]);
    expect(accepted.timeline[3]).toMatchObject({ who: '经办人 王经办', note: '退回：请补充居住证明' });

    // The father sees it once his account is verified as him (see server/applications/access.ts).
    expect((await apps.listMine(ctx, fatherId)).items).toEqual([]);
    await verifiedSelf(ctx, fatherId, { name: father.name, idNumber: FATHER_ID });
    const his = (await apps.listMine(ctx, fatherId)).items;
    expect(his.map((a) => [a.id, a.myRole])).toEqual([[draft.id, 'principal']]);
  });

  test('illegal transitions are refused in Chinese and change nothing', async () => {
    const a = await apps.submit(ctx, daughterId, { requestId: 'req-illegal-01', content: longTermForFather(), commitment: signByDaughter });
    await apps.accept(ctx, { id: a.id, staff: '王经办' });
    for (const attempt of [
      apps.withdraw(ctx, daughterId, { id: a.id }),
      apps.returnApplication(ctx, { id: a.id, staff: '王经办', reason: '再看看' }),
      apps.reject(ctx, { id: a.id, staff: '王经办', reason: '不符合' }),
      apps.updateDraft(ctx, daughterId, { id: a.id, content: { type: 'remoteFiling' } }),
      apps.submit(ctx, daughterId, { requestId: 'req-illegal-02', id: a.id, commitment: signByDaughter }),
    ]) {
      expect(await rejection(attempt)).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('当前状态为"已受理"') });
    }
    const draft = await apps.createDraft(ctx, daughterId, { content: { type: 'remoteFiling' } });
    expect(await rejection(apps.accept(ctx, { id: draft.id, staff: '王经办' }))).toMatchObject({
      code: 'INVALID_STATE',
      message: '该申请当前状态为"草稿"，不能受理',
    });
    expect((await apps.getOne(ctx, daughterId, { id: a.id })).timeline).toHaveLength(2);
  });

  test('withdrawn before acceptance; rejected with a reason; both final', async () => {
    const a = await apps.submit(ctx, daughterId, { requestId: 'req-withdraw-1', content: longTermForFather(), commitment: signByDaughter });
    expect((await apps.withdraw(ctx, daughterId, { id: a.id, reason: '不去深圳了' })).status).toBe('withdrawn');
    expect(await rejection(apps.accept(ctx, { id: a.id, staff: '王经办' }))).toMatchObject({ code: 'INVALID_STATE' });

    const b = await apps.submit(ctx, daughterId, { requestId: 'req-reject-01', content: longTermForFather(), commitment: signByDaughter });
    const rejected = await apps.reject(ctx, { id: b.id, staff: '王经办', reason: '不符合异地长期居住条件' });
    expect(rejected).toMatchObject({ status: 'rejected', statusLabel: '不予受理', decisionReason: '不符合异地长期居住条件' });
    expect(await rejection(apps.returnApplication(ctx, { id: b.id, staff: '王经办', reason: 'x' }))).toMatchObject({ code: 'INVALID_STATE' });
  });

  test('手工报销 by oneself: the 个人承诺书 (附件2), amount in 大写, principal signs', async () => {
    const a = await apps.submit(ctx, fatherId, {
      requestId: 'req-reimb-001',
      content: {
        type: 'manualReimbursement',
        principal: father,
        manualReimbursement: { hospital: '太原市某医院', admissionDate: '2025-03-01', dischargeDate: '2025-03-10', amount: '107000.53', payee: PAYEE },
      },
      commitment: { accepted: true, signerName: '张大山' },
    });
    expect(a.manualReimbursement?.amountUppercase).toBe('壹拾万柒仟元零伍角叁分');
    expect(a.commitment).toMatchObject({ formId: 'reimbursementPersonalCommitment', kind: 'personalCommitment', signerLabel: '申请人' });
    expect(a.missingMaterials).toEqual(['结算票据', '费用清单', '出院证明']);
  });

  test('手工报销 by an agent: the 委托代理人承诺书 (附件3), filled in, signed by the agent only', async () => {
    const content = {
      type: 'manualReimbursement',
      principal: father,
      agent: { name: '张小红', idNumber: '440524198001010013', phone: '13900001234', relation: 'child' },
      manualReimbursement: { hospital: '太原市某医院', admissionDate: '2025-03-01', dischargeDate: '2025-03-10', amount: '1409.50', payee: PAYEE },
    };
    expect(
      await rejection(apps.submit(ctx, daughterId, { requestId: 'req-agent-0001', content, commitment: { accepted: true, signerName: '张大山' } })),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'commitment.signerName' });
    const a = await apps.submit(ctx, daughterId, { requestId: 'req-agent-0002', content, commitment: signByDaughter });
    expect(a.commitment).toMatchObject({ formId: 'reimbursementAgentCommitment', kind: 'agentCommitment', signerName: '张小红' });
    expect(a.commitment.paragraphs[1]).toBe(
      '受委托代理人(姓名):张小红,与委托人关系:子女,为委托人(患者姓名):张大山申请办理住院省内异地线上手工报销结算服务,医疗机构(名称)太原市某医院,住院时间:2025-03-01(起)2025-03-10(止),医疗费用金额:1,409.50元(小写)壹仟肆佰零玖元伍角(大写)。',
    );
    expect(a.commitment.paragraphs[3]).toBe('委托人证件号码:110105********002X');
  });
});
