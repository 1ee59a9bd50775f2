/**
 * The pages' payloads against the real functions on a SQLite file: what model/content.ts builds is what the
 * `applications` and `family` services accept, and what model/status.ts reads back is what they return.
 */
import * as apps from '../../server/applications';
import { NOT_FOUND_MESSAGE } from '../../server/applications/errors';
import { draftRequest, checkForm } from '../../miniprogram/packages/apply/model/content';
import { requestIdFor } from '../../miniprogram/models/request-id';
import { signatureProblems } from '../../miniprogram/packages/apply/model/commitment';
import { memberRequest } from '../../miniprogram/models/people';
import { chooseMember } from '../../miniprogram/packages/apply/model/people';
import { canEdit, canWithdraw, draftFromView, listRows, timelineRows } from '../../miniprogram/packages/apply/model/status';
import { checklistRows } from '../../miniprogram/models/materials';
import { emptyDraft } from '../../miniprogram/packages/apply/model/draft';
import { FATHER_ID, freshContext, rejection } from '../applications/helpers';
import { longTermForFatherDraft, reimbursementForSelfDraft } from './apply-helpers';
import { verifiedSelf } from './identity-helpers';

const daughter = { openid: 'o-daughter' };
const father = { openid: 'o-father' };
const stranger = { openid: 'o-stranger' };

let ctx: ReturnType<typeof freshContext>;
beforeEach(() => (ctx = freshContext()));
afterEach(() => ctx.cleanup());

/** The daughter saves her father (no phone) and picks him, as the who page does. */
async function pickedFather() {
  const checked = memberRequest({ name: '张大山', relation: 'parent', idNumber: FATHER_ID, phone: '' });
  if (!checked.ok) throw new Error('member form');
  const saved = await apps.saveFamilyMember(ctx, daughter, checked.request);
  const base = longTermForFatherDraft({ memberId: '', member: null });
  return chooseMember({ ...base, principal: { ...base.principal, phone: '13800005678' } }, saved);
}

describe('the pages’ payloads, filed through the real services', () => {
  test('a saved father without a phone: the phone typed on the form is kept with him (not dropped)', async () => {
    const draft = await pickedFather();
    expect(checkForm(draft)).toEqual({});
    const view = await apps.createDraft(ctx, daughter, draftRequest(draft));
    expect(view.principal).toEqual({ name: '张大山', idNumberMasked: '110105********002X', phoneMasked: '138****5678' });
    expect(view.agent).toMatchObject({ name: '张小红', relation: 'child', relationLabel: '子女' });
    expect(view.missingMaterials).toHaveLength(2);
    expect(checklistRows(view).map((r) => r.done)).toEqual([false, false]);
  });

  test('submitted with one request id per attempt: a retry returns the same application, and only one exists', async () => {
    const draft = await pickedFather();
    const created = await apps.createDraft(ctx, daughter, draftRequest(draft));
    expect(signatureProblems(created, '张小红', true)).toEqual({});
    const requestId = requestIdFor('');
    const first = await apps.submit(ctx, daughter, { requestId, id: created.id, commitment: { accepted: true, signerName: '张小红' } });
    const retry = await apps.submit(ctx, daughter, { requestId: requestIdFor(requestId), id: created.id, commitment: { accepted: true, signerName: '张小红' } });
    expect(retry.id).toBe(first.id);
    expect((await apps.listMine(ctx, daughter)).items).toHaveLength(1);
    expect(first.status).toBe('submitted');
    expect(canWithdraw(first.status)).toBe(true);
    expect(canEdit(first)).toBe(false);
  });

  test('the page’s signature message is the function’s', async () => {
    const created = await apps.createDraft(ctx, daughter, draftRequest(await pickedFather()));
    const refused = await rejection(apps.submit(ctx, daughter, { requestId: requestIdFor(''), id: created.id, commitment: { accepted: true, signerName: '张大山' } }));
    expect(refused.message).toBe(`签名：${signatureProblems(created, '张大山', true).signer}`);
  });

  test('returned, reopened from the server, fixed by sending only what changed, resubmitted', async () => {
    const created = await apps.createDraft(ctx, daughter, draftRequest(await pickedFather()));
    await apps.submit(ctx, daughter, { requestId: requestIdFor(''), id: created.id, commitment: { accepted: true, signerName: '张小红' } });
    await apps.returnApplication(ctx, { id: created.id, staff: '王经办', reason: '请写明门牌号' });

    const mine = await apps.getOne(ctx, daughter, { id: created.id });
    expect(mine.decisionReason).toBe('请写明门牌号');
    expect(canEdit(mine)).toBe(true);
    const reopened = draftFromView(mine);
    expect(reopened).toMatchObject({ type: 'remoteFiling', kind: 'longTermResident', who: 'family', serverId: created.id, status: 'returned', memberId: '' });
    expect(reopened.agent).toMatchObject({ name: '张小红', idNumber: '', idNumberMasked: '511902********1246' });
    expect(checkForm(reopened)).toEqual({});

    const fixed = { ...reopened, residenceAddress: '深圳市南山区某街道 1 号 3 栋 502' };
    const req = draftRequest(fixed);
    // No ID number travels: the boxes were left empty.
    expect(JSON.stringify(req)).not.toMatch(/\d{17}[\dX]/);
    const updated = await apps.updateDraft(ctx, daughter, { id: created.id, ...req });
    expect(updated.principal.idNumberMasked).toBe('110105********002X');
    expect(updated.agent?.idNumberMasked).toBe('511902********1246');
    expect(updated.remoteFiling?.residenceAddress).toBe('深圳市南山区某街道 1 号 3 栋 502');
    const again = await apps.submit(ctx, daughter, { requestId: requestIdFor(''), id: created.id, commitment: { accepted: true, signerName: '张小红' } });
    expect(again.status).toBe('submitted');

    const accepted = await apps.accept(ctx, { id: created.id, staff: '王经办' });
    expect(canWithdraw(accepted.status)).toBe(false);
    const rows = timelineRows(await apps.getOne(ctx, daughter, { id: created.id }));
    expect(rows[0]).toMatchObject({ status: '已受理', tone: 'ok', who: '经办人 王经办' });
    expect(rows.map((r) => r.note)).toContain('退回：请写明门牌号');
    expect(rows[rows.length - 1]).toMatchObject({ note: '创建草稿', who: '我' });
  });

  test('我的申请: the daughter’s row, the father’s once his number is verified as his, and nothing for a stranger', async () => {
    const created = await apps.createDraft(ctx, daughter, draftRequest(await pickedFather()));
    await apps.submit(ctx, daughter, { requestId: requestIdFor(''), id: created.id, commitment: { accepted: true, signerName: '张小红' } });
    expect(listRows((await apps.listMine(ctx, daughter)).items)[0]).toMatchObject({ title: '张大山的异地长期居住人员备案', role: '代张大山办理', tone: 'pending' });
    await verifiedSelf(ctx, father, { name: '张大山', idNumber: FATHER_ID });
    expect(listRows((await apps.listMine(ctx, father)).items)[0]).toMatchObject({ id: created.id, role: '家人为我办理' });
    expect((await apps.listMine(ctx, stranger)).items).toEqual([]);
    expect((await rejection(apps.getOne(ctx, stranger, { id: created.id }))).message).toBe(NOT_FOUND_MESSAGE);
  });

  test('a 手工报销 for oneself: the 个人承诺书, the amount in 大写, withdrawable before acceptance', async () => {
    const draft = reimbursementForSelfDraft();
    expect(checkForm(draft)).toEqual({});
    const view = await apps.createDraft(ctx, father, draftRequest(draft));
    expect(view.commitment.title).toBe('住院省内异地线上手工报销申请个人承诺书');
    expect(view.manualReimbursement?.amountUppercase).toBe('壹仟陆佰捌拾元零叁角贰分');
    expect(canEdit(view)).toBe(true);
    const withdrawn = await apps.withdraw(ctx, father, { id: view.id });
    expect(withdrawn.status).toBe('withdrawn');
    expect(canEdit(withdrawn)).toBe(false);
  });

  test('the same 手工报销 filed by a relative: the 委托代理人承诺书 with its blanks filled', async () => {
    const checked = memberRequest({ name: '张大山', relation: 'parent', idNumber: FATHER_ID, phone: '13800005678' });
    if (!checked.ok) throw new Error('member form');
    const saved = await apps.saveFamilyMember(ctx, daughter, checked.request);
    const own = reimbursementForSelfDraft();
    const draft = chooseMember(
      { ...emptyDraft(), ...own, who: 'family', principal: { ...own.principal, name: '', idNumber: '', phone: '' }, agent: longTermForFatherDraft().agent },
      saved,
    );
    expect(checkForm(draft)).toEqual({});
    const view = await apps.createDraft(ctx, daughter, draftRequest(draft));
    expect(view.commitment.title).toBe('住院省内异地线上手工报销申请委托代理人承诺书');
    expect(view.commitment.paragraphs.join('\n')).toContain('受委托代理人(姓名):张小红,与委托人关系:子女,为委托人(患者姓名):张大山');
    expect(view.principal.phoneMasked).toBe('138****5678');
  });
});
