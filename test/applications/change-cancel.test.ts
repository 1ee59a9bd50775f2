import * as apps from '../../server/applications';
import { freshContext, longTermForFather, reimbursementForSelf, father, rejection, counts, unmaskedIds, FATHER_ID, verifiedSelf } from './helpers';

/**
 * 变更 and 取消 of an accepted 异地就医备案 (issue 4: "long-term until changed; the temporary period a parameter").
 * The documents give no end date (004 第七章 二问: "备案有效期内无需重复备案") and no waiting period for a change, so
 * an accepted filing stays in force until cancelled or replaced, and may be changed or cancelled at any time.
 */
const daughterId = { openid: 'o-daughter' };
const fatherId = { openid: 'o-father' };
const strangerId = { openid: 'o-stranger' };
const signByDaughter = { accepted: true, signerName: '张小红' };

describe('变更备案 and 取消备案 of an accepted 异地就医备案', () => {
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => (ctx = freshContext()));
  afterEach(() => ctx.cleanup());

  let n = 0;
  async function acceptedForFather(): Promise<string> {
    const a = await apps.submit(ctx, daughterId, { requestId: `req-accepted-${++n}`, content: longTermForFather(), commitment: signByDaughter });
    await apps.accept(ctx, { id: a.id, staff: '王经办' });
    return a.id;
  }

  test('Case 1: an accepted long-term filing is in force until changed or cancelled', async () => {
    const id = await acceptedForFather();
    const view = await apps.getOne(ctx, daughterId, { id });
    expect(view.remoteFiling).toMatchObject({ term: '长期备案', validity: '长期有效，变更或取消前一直有效（以参保地经办机构规定为准）' });
    expect(view.cancellation).toBeNull();
  });

  test('Case 2: the filer (the daughter) cancels it, with a reason; one audit entry; the view says when and why', async () => {
    const id = await acceptedForFather();
    ctx.now = () => new Date('2026-02-03T04:05:06.000Z');
    const cancelled = await apps.cancelFiling(ctx, daughterId, { id, reason: '父亲已回本地居住' });
    expect(cancelled).toMatchObject({ status: 'cancelled', statusLabel: '已取消备案' });
    expect(cancelled.cancellation).toEqual({ at: '2026-02-03T04:05:06.000Z', reason: '父亲已回本地居住', replacedBy: null });
    expect(cancelled.remoteFiling?.validity).toBe('已取消，不再有效');
    expect(cancelled.timeline.map((t) => [t.action, t.toStatus])).toEqual([
      ['submit', 'submitted'],
      ['accept', 'accepted'],
      ['cancel', 'cancelled'],
    ]);
    expect(cancelled.timeline[2]).toMatchObject({ who: '我', fromStatus: 'accepted', note: '取消备案：父亲已回本地居住', statusLabel: '已取消备案' });
    // Final: neither cancelled again nor changed.
    expect(await rejection(apps.cancelFiling(ctx, daughterId, { id }))).toMatchObject({
      code: 'INVALID_STATE',
      message: '该申请当前状态为"已取消备案"，不能取消备案',
    });
    expect(await rejection(apps.changeFiling(ctx, daughterId, { id }))).toMatchObject({ code: 'INVALID_STATE' });
  });

  test('Case 3: the principal (the father, once he has claimed his ID number) cancels it without a reason', async () => {
    const id = await acceptedForFather();
    await verifiedSelf(ctx, fatherId, { name: father.name, idNumber: FATHER_ID });
    const cancelled = await apps.cancelFiling(ctx, fatherId, { id });
    expect(cancelled).toMatchObject({ status: 'cancelled', myRole: 'principal', cancellation: { reason: null, replacedBy: null } });
    expect(cancelled.timeline.at(-1)).toMatchObject({ action: 'cancel', note: '取消备案' });
  });

  test('Case 4: refused, with nothing written — a stranger (NOT_FOUND), a filing not accepted, another type (INVALID_STATE)', async () => {
    const accepted = await acceptedForFather();
    const submitted = await apps.submit(ctx, daughterId, { requestId: 'req-submitted-1', content: longTermForFather(), commitment: signByDaughter });
    const draft = await apps.createDraft(ctx, daughterId, { content: { type: 'remoteFiling' } });
    const reimbursement = await apps.submit(ctx, fatherId, { requestId: 'req-reimb-0001', content: reimbursementForSelf(), commitment: { accepted: true, signerName: '张大山' } });
    await apps.accept(ctx, { id: reimbursement.id, staff: '王经办' });
    const before = await counts(ctx);

    for (const action of [apps.cancelFiling, apps.changeFiling]) {
      expect(await rejection(action(ctx, strangerId, { id: accepted }))).toMatchObject({ code: 'NOT_FOUND', message: '未找到该申请，或您无权查看' });
      expect(await rejection(action(ctx, daughterId, { id: submitted.id }))).toMatchObject({
        code: 'INVALID_STATE',
        message: expect.stringMatching(/^该申请当前状态为"已提交，待受理"，不能(取消|变更)备案$/),
      });
      expect(await rejection(action(ctx, daughterId, { id: draft.id }))).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('"草稿"') });
      expect(await rejection(action(ctx, fatherId, { id: reimbursement.id }))).toMatchObject({
        code: 'INVALID_STATE',
        message: expect.stringMatching(/^只有异地就医备案可以(取消|变更)；这份申请是住院省内异地线上手工报销$/),
      });
    }
    expect(await rejection(apps.cancelFiling(ctx, daughterId, { id: accepted, reason: '' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(await rejection(apps.changeFiling(ctx, daughterId, { id: accepted, content: {} }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await counts(ctx)).toEqual(before);
    expect((await apps.getOne(ctx, daughterId, { id: accepted })).status).toBe('accepted');
  });

  test('Case 5: the principal who did not file it may not start a change (the agent signs it), and is told so', async () => {
    const id = await acceptedForFather();
    await verifiedSelf(ctx, fatherId, { name: father.name, idNumber: FATHER_ID });
    const before = await counts(ctx);
    expect(await rejection(apps.changeFiling(ctx, fatherId, { id }))).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('变更须由代办人发起') });
    expect(await counts(ctx)).toEqual(before);
  });

  test('Case 6: change → a draft with the stored content and `replaces` → submit → staff accept → the old one is cancelled', async () => {
    const old = await acceptedForFather();
    const draft = await apps.changeFiling(ctx, daughterId, { id: old });
    expect(draft).toMatchObject({ status: 'draft', type: 'remoteFiling', replaces: old, myRole: 'filer' });
    // Principal and agent kept as stored: ID numbers masked in the view, sealed copies on the server.
    expect(draft.principal).toEqual({ name: '张大山', idNumberMasked: '110105********002X', phoneMasked: expect.any(String) });
    expect(draft.agent).toMatchObject({ name: '张小红', relation: 'child' });
    expect(draft.remoteFiling).toMatchObject({ kind: 'longTermResident', destination: { province: '广东省', city: '深圳市' } });
    expect(unmaskedIds(draft)).toEqual([]);
    expect(draft.timeline).toEqual([expect.objectContaining({ action: 'create', note: expect.stringContaining('变更备案') })]);
    // Until the new one is accepted, the old one stays in force.
    expect((await apps.getOne(ctx, daughterId, { id: old })).status).toBe('accepted');

    // Only what changes is sent; the ID numbers are never retyped.
    await apps.updateDraft(ctx, daughterId, {
      id: draft.id,
      content: { type: 'remoteFiling', remoteFiling: { destination: { province: '广东省', city: '广州市' }, residenceAddress: '广州市天河区某路 8 号' } },
    });
    const submitted = await apps.submit(ctx, daughterId, { requestId: 'req-change-001', id: draft.id, commitment: signByDaughter });
    expect(submitted).toMatchObject({ status: 'submitted', replaces: old });
    // A return and a resubmission keep the reference.
    await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: '请补充居住证明' });
    expect((await apps.submit(ctx, daughterId, { requestId: 'req-change-002', id: draft.id, commitment: signByDaughter })).replaces).toBe(old);
    expect((await apps.getOne(ctx, daughterId, { id: old })).status).toBe('accepted');

    const auditBefore = await ctx.store.count('audit');
    const accepted = await apps.accept(ctx, { id: draft.id, staff: '李经办' });
    expect(accepted).toMatchObject({ status: 'accepted', remoteFiling: { destination: { city: '广州市' } } });
    expect(accepted.timeline.at(-1)).toMatchObject({ action: 'accept', note: '受理；原备案同时取消' });
    expect(await ctx.store.count('audit')).toBe(auditBefore + 2);

    const was = await apps.getOne(ctx, daughterId, { id: old });
    expect(was).toMatchObject({ status: 'cancelled', cancellation: { at: accepted.updatedAt, reason: '已由新备案替代', replacedBy: draft.id } });
    expect(was.timeline.filter((t) => t.action === 'cancel')).toEqual([
      expect.objectContaining({ who: '经办人 李经办', fromStatus: 'accepted', toStatus: 'cancelled', note: '已由新备案替代' }),
    ]);
    expect((await ctx.store.listApplications({ status: 'cancelled' })).items.map((r) => r.id)).toEqual([old]);
  });

  test('Case 7: a replacement accepted after the old filing was cancelled meanwhile cancels nothing more', async () => {
    const old = await acceptedForFather();
    const draft = await apps.changeFiling(ctx, daughterId, { id: old });
    await apps.submit(ctx, daughterId, { requestId: 'req-change-003', id: draft.id, commitment: signByDaughter });
    await apps.cancelFiling(ctx, daughterId, { id: old, reason: '先取消' });
    const accepted = await apps.accept(ctx, { id: draft.id, staff: '王经办' });
    expect(accepted.timeline.at(-1)).toMatchObject({ note: '受理' });
    const was = await apps.getOne(ctx, daughterId, { id: old });
    expect(was.cancellation).toMatchObject({ reason: '先取消', replacedBy: null });
    expect(was.timeline.filter((t) => t.action === 'cancel')).toHaveLength(1);
  });

  test.each(['referral', 'otherTemporary'] as const)('Case 8: a temporary filing (%s) shows its validity, the parameter 临时备案有效期, before and after acceptance', async (kind) => {
    const { residenceAddress, ...rf } = longTermForFather().remoteFiling;
    expect(residenceAddress).toBeTruthy(); // dropped: a temporary filing has no long-term address
    const content = { ...longTermForFather(), remoteFiling: { ...rf, kind } };
    const a = await apps.submit(ctx, daughterId, { requestId: `req-temp-${kind}`, content, commitment: signByDaughter });
    expect(a.remoteFiling).toMatchObject({ term: '临时备案', validity: '以参保地经办机构规定为准' });
    const accepted = await apps.accept(ctx, { id: a.id, staff: '王经办' });
    expect(accepted.remoteFiling).toMatchObject({ term: '临时备案', validity: '以参保地经办机构规定为准' });
    expect((await apps.cancelFiling(ctx, daughterId, { id: a.id })).remoteFiling?.validity).toBe('已取消，不再有效');
  });
});
