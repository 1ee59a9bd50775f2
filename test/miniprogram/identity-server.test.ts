/**
 * 本人信息与核验 against the real identity functions (server/identity) on a county whose roster was imported: what the
 * page shows at each step comes from what the functions answer, and each refusal lands beside the box the page puts
 * it by. The page's own requests (codeRequest, declareRequest) are what is sent.
 */
import * as apps from '../../server/applications';
import { declareSelf, getIdentity, staffIssueCode, verifyWithCode } from '../../server/identity';
import { subsidyStatus } from '../../server/veteran/status';
import { codeRequest, declareRequest, listVerifyNote, memberLevelLine, placeIdentityError, selfCard } from '../../miniprogram/models/identity';
import { listRows } from '../../miniprogram/packages/apply/model/status';
import { problemOf } from '../../miniprogram/packages/veteran/model/whose';
import { rejection } from '../applications/helpers';
import { LI, LI_DAUGHTER } from '../veteran/ledger-helpers';
import { verifiedSelf } from './identity-helpers';
import { DAUGHTER_PHONE, LI_PHONE, countyContext, declaredFather } from './veteran-helpers';

let ctx: Awaited<ReturnType<typeof countyContext>>;
beforeEach(async () => (ctx = await countyContext()));
afterEach(() => ctx.cleanup());

/** Li's daughter files a 手工报销 for him: the kind of filing he sees only once verified. */
async function daughterFilesForLi() {
  const member = await declaredFather(ctx);
  const created = await apps.createDraft(ctx, DAUGHTER_PHONE, {
    principalFamilyMemberId: member.id,
    content: {
      type: 'manualReimbursement',
      principal: { phone: '13800002222' },
      agent: { ...LI_DAUGHTER, relation: 'child' },
      manualReimbursement: { hospital: '太原市某医院', admissionDate: '2026-09-01', dischargeDate: '2026-09-10', amount: '1680.32', payee: { bank: '中国工商银行', account: '6222021234567894' } },
    },
  });
  await apps.submit(ctx, DAUGHTER_PHONE, { requestId: 'req-li-1', id: created.id, commitment: { accepted: true, signerName: LI_DAUGHTER.name } });
  return created.id;
}

describe('one’s own binding, step by step', () => {
  test('nothing → 待核验 with a 核验编号 → 已核验 at the counter; the relative’s filing appears only then', async () => {
    const filed = await daughterFilesForLi();
    expect(selfCard(await getIdentity(ctx, LI_PHONE, {})).kind).toBe('none');

    const typed = declareRequest({ name: ` ${LI.name} `, idNumber: LI.idNumber.toLowerCase() });
    if (!typed.ok) throw new Error('declare form');
    const declared = await declareSelf(ctx, LI_PHONE, typed.request);
    const card = selfCard(declared);
    if (card.kind !== 'declared') throw new Error(card.kind);
    expect(card.ref).toMatch(/^[0-9A-Z]{6}$/);
    expect(card.person).toBe(`${LI.name}　${declared.self!.idNumberMasked}`);
    expect(card.person).not.toContain(LI.idNumber);
    expect(listVerifyNote(declared)).toBe('家人替您办理的申请，核验后才能在这里看到。');
    expect((await apps.listMine(ctx, LI_PHONE)).items).toEqual([]);
    // Without the 服务站's code or a visit, the ledger stays shut, and the page knows to send him to verify.
    expect(problemOf(await rejection(subsidyStatus(ctx, LI_PHONE, {})))).toBe('needsVerification');

    await verifiedSelf(ctx, LI_PHONE, { name: LI.name, idNumber: LI.idNumber });
    const verified = await getIdentity(ctx, LI_PHONE, {});
    expect(selfCard(verified)).toMatchObject({ kind: 'verified', badge: '已核验', how: '核验方式：工作人员当面核对了身份证', when: '核验日期：2026 年 11 月 20 日' });
    expect(listVerifyNote(verified)).toBe('');
    expect(listRows((await apps.listMine(ctx, LI_PHONE)).items)).toMatchObject([{ id: filed, role: '家人为我办理' }]);
  });

  test('the 服务站’s code for oneself: a wrong one beside the code box, the right one (typed with a space) verifies', async () => {
    await declareSelf(ctx, LI_PHONE, { name: LI.name, idNumber: LI.idNumber });
    const { code } = await staffIssueCode(ctx, { idNumber: LI.idNumber, name: LI.name, staff: '凤城镇服务站' });
    const wrongCode = code === '00000000' ? '11111111' : '00000000';

    const wrong = codeRequest({ name: LI.name, idNumber: LI.idNumber, code: wrongCode });
    if (!wrong.ok) throw new Error('code form');
    const failed = await rejection(verifyWithCode(ctx, LI_PHONE, wrong.request));
    expect(failed.code).toBe('VERIFY_FAILED');
    expect(placeIdentityError(failed, 'code')).toEqual({ code: failed.message });

    // Typed as read off the slip, with a space in the middle.
    const right = codeRequest({ name: LI.name, idNumber: LI.idNumber, code: `${code.slice(0, 4)} ${code.slice(4)}` });
    if (!right.ok) throw new Error('code form');
    expect(selfCard(await verifyWithCode(ctx, LI_PHONE, right.request))).toMatchObject({ kind: 'verified', how: '核验方式：输入了退役军人服务站发的核验码' });
    expect((await subsidyStatus(ctx, LI_PHONE, {})).veteran.name).toBe(LI.name);
  });

  test('trying codes one after another: RATE_LIMITED, in the function’s words, beside the code box', async () => {
    const stranger = { openid: 'o-code-guesser' };
    let last: { code: string; message: string; field?: string } | null = null;
    for (let i = 0; i < 10 && last?.code !== 'RATE_LIMITED'; i++) {
      const req = codeRequest({ name: LI.name, idNumber: LI.idNumber, code: String(10_000_000 + i) });
      if (!req.ok) throw new Error('code form');
      last = await rejection(verifyWithCode(ctx, stranger, req.request));
    }
    expect(last?.code).toBe('RATE_LIMITED');
    expect(last?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(placeIdentityError(last!, 'code')).toEqual({ code: last!.message });
  });
});

describe('a family member', () => {
  test('saved: 待核验 with its own ref; the 服务站’s code typed for him verifies the relationship and opens his ledger', async () => {
    const father = await declaredFather(ctx);
    expect(memberLevelLine(father)).toMatchObject({ badge: '待核验' });
    expect(father.ref).toMatch(/^[0-9A-Z]{6}$/);
    expect(memberLevelLine(father).explain).toContain(`${father.ref.slice(0, 3)} ${father.ref.slice(3)}`);

    // The relative's form: his name and number as on the roster — a number that is not the saved member's gets the
    // one answer every failure gets, beside the code box, and verifies nothing.
    const { code } = await staffIssueCode(ctx, { idNumber: LI.idNumber, name: LI.name, staff: '凤城镇服务站' });
    const notHim = codeRequest({ name: LI.name, idNumber: LI_DAUGHTER.idNumber, code }, father.id);
    if (!notHim.ok) throw new Error('code form');
    const refused = await rejection(verifyWithCode(ctx, DAUGHTER_PHONE, notHim.request));
    expect(refused.code).toBe('VERIFY_FAILED');
    expect(placeIdentityError(refused, 'code')).toEqual({ code: refused.message });
    expect(memberLevelLine((await apps.listFamilyMembers(ctx, DAUGHTER_PHONE))[0]).badge).toBe('待核验');

    const req = codeRequest({ name: father.name, idNumber: LI.idNumber, code }, father.id);
    if (!req.ok) throw new Error('code form');
    await verifyWithCode(ctx, DAUGHTER_PHONE, req.request);
    const [now] = await apps.listFamilyMembers(ctx, DAUGHTER_PHONE);
    expect(memberLevelLine(now)).toMatchObject({ badge: '已核验', tone: 'ok' });
    expect((await subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: father.id })).veteran.name).toBe(LI.name);
    // Her own binding is untouched: she never declared herself.
    expect((await getIdentity(ctx, DAUGHTER_PHONE, {})).self).toBeNull();
  });
});
