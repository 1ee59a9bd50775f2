/**
 * Whose ledger the page shows, and what it says when the function cannot open one: each of the function's real
 * refusals is recognised, so a person not on the roster is told what to do instead of shown an error.
 */
import { saveFamilyMember } from '../../server/applications';
import { declareSelf } from '../../server/identity';
import { subsidyStatus } from '../../server/veteran/status';
import {
  knownWhose,
  notOnRosterHelp,
  optionOf,
  parseWhose,
  problemOf,
  SELF,
  SELF_OPTION,
  whoseOf,
  whoseOptions,
  whoseRequest,
} from '../../miniprogram/packages/veteran/model/whose';
import { claimUrl, detailUrl, statusUrl } from '../../miniprogram/packages/veteran/model/routes';
import { identityErrors } from '../../miniprogram/packages/veteran/model/identity';
import { idNumberProblem } from '../../shared/idcard';
import { idWith, rejection } from '../applications/helpers';
import { LI } from '../veteran/ledger-helpers';
import { verifiedMember, verifiedSelf } from './identity-helpers';
import { DAUGHTER_PHONE, STRANGER_PHONE, countyContext, declaredFather, savedFather } from './veteran-helpers';

let ctx: Awaited<ReturnType<typeof countyContext>>;
beforeEach(async () => (ctx = await countyContext()));
afterEach(() => ctx.cleanup());

test('oneself or a saved member, as a request, a choice and a URL', async () => {
  const member = await savedFather(ctx);
  expect(whoseRequest(SELF)).toEqual({});
  expect(whoseRequest(member.id)).toEqual({ familyMemberId: member.id });
  expect(whoseOptions([member])).toEqual([
    { value: SELF_OPTION, label: '我本人', explain: '我就是优抚对象' },
    { value: member.id, label: '李复员（我的父母）', explain: `${member.idNumberMasked} · 已核验` },
  ]);
  expect(whoseOf(optionOf(SELF))).toBe(SELF);
  expect(whoseOf(optionOf(member.id))).toBe(member.id);
  expect(parseWhose('../etc')).toBe(SELF);
  expect(parseWhose(42)).toBe(SELF);
  expect(knownWhose(member.id, [member])).toBe(member.id);
  expect(knownWhose('gone-member', [member])).toBe(SELF);
  expect(knownWhose('gone-member', null)).toBe('gone-member');
  expect(claimUrl(member.id)).toBe(`/packages/veteran/pages/claim/index?member=${member.id}`);
  expect(statusUrl(SELF)).toBe('/packages/veteran/pages/index/index');
  expect(detailUrl('a-1')).toBe('/packages/apply/pages/detail/index?id=a-1');
});

test('the function’s refusals, recognised: 本人信息 first, then 核验, not on the roster, a member deleted', async () => {
  const noIdentity = await rejection(subsidyStatus(ctx, STRANGER_PHONE, {}));
  expect(problemOf(noIdentity)).toBe('needsIdentity');

  // Declared only: the answer is the same whether or not the number is on the roster — go and verify.
  const stranger = { name: '陌生人', idNumber: idWith('14052219800101001') };
  await declareSelf(ctx, STRANGER_PHONE, stranger);
  const declared = await rejection(subsidyStatus(ctx, STRANGER_PHONE, {}));
  expect(declared.code).toBe('NEEDS_VERIFICATION');
  expect(problemOf(declared)).toBe('needsVerification');
  expect(declared.message).toContain('退役军人服务站');

  await verifiedSelf(ctx, STRANGER_PHONE, stranger);
  const notListed = await rejection(subsidyStatus(ctx, STRANGER_PHONE, {}));
  expect(problemOf(notListed)).toBe('notOnRoster');

  // A relative saved but not verified: the same, for the relative's ledger.
  const father = await declaredFather(ctx);
  expect(whoseOptions([father])[1].explain).toBe(`${father.idNumberMasked} · 待核验`);
  const notYet = await rejection(subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: father.id }));
  expect(problemOf(notYet)).toBe('needsVerification');
  expect(notYet.message).toContain('李复员');

  const gone = await rejection(subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: 'no-such-member' }));
  expect(problemOf(gone)).toBe('memberGone');

  expect(problemOf({ code: 'NETWORK', message: '网络不稳定，请稍后再试' })).toBe('other');
});

test('a relative saved under another name is not on the roster either: the help says to check the saved details', async () => {
  const wrongName = await verifiedMember(ctx, await saveFamilyMember(ctx, DAUGHTER_PHONE, { name: '李复原', relation: 'parent', idNumber: LI.idNumber }), LI.idNumber);
  const refused = await rejection(subsidyStatus(ctx, DAUGHTER_PHONE, { familyMemberId: wrongName.id }));
  expect(problemOf(refused)).toBe('notOnRoster');

  const help = notOnRosterHelp(wrongName.id, '李复原');
  expect(help.title).toBe('优抚对象名册中没有找到李复原');
  expect(help.steps[0]).toContain('保存的家人信息');
  expect(help.steps[2]).toContain('乡（镇）退役军人服务站');
  expect(help.source).toBe('《阳城县优抚对象医疗保障实施细则（2026-03-26）》第七条');
  expect(notOnRosterHelp(SELF, null).title).toBe('优抚对象名册中没有找到您');
});

test('本人实名 as typed: the declareSelf schema’s own messages beside the two boxes', () => {
  expect(identityErrors({ name: '', idNumber: '' })).toEqual({ name: '必须填写', idNumber: '必须填写' });
  const wrong = `${LI.idNumber.slice(0, 17)}${LI.idNumber[17] === '0' ? '1' : '0'}`;
  expect(identityErrors({ name: LI.name, idNumber: wrong })).toEqual({ idNumber: idNumberProblem(wrong) });
  expect(identityErrors({ name: ` ${LI.name} `, idNumber: LI.idNumber })).toEqual({});
});
