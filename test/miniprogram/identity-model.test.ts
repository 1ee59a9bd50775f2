/**
 * 本人信息与核验 as the page words it (models/identity.ts), without the server: the three states of one's own
 * binding, a family member's level, the list's line, the two forms' checks, where each refusal is shown, and when
 * 人脸核身 is offered.
 */
import { idNumberProblem } from '../../shared/idcard';
import {
  AFTER_VERIFICATION,
  chinaDateText,
  codeRequest,
  declareRequest,
  faceOffer,
  listVerifyNote,
  memberChoiceExplain,
  memberLevelLine,
  normalCode,
  placeIdentityError,
  refForReading,
  ROSTER_CODE_DIGITS,
  selfCard,
  type IdentityStatus,
} from '../../miniprogram/models/identity';
import { identityUrl } from '../../miniprogram/models/routes';
import { DAUGHTER_ID, FATHER_ID } from '../applications/helpers';

const METHODS = { staff: true as const, rosterCode: true as const, wechatFace: false };
const NONE: IdentityStatus = { self: null, methods: METHODS };
const DECLARED: IdentityStatus = {
  self: { name: '张小红', idNumberMasked: '511902********1246', level: 'declared', ref: 'K7Q2MX', source: null, verifiedAt: null },
  methods: METHODS,
};
const VERIFIED: IdentityStatus = {
  // 2026-11-22T17:30Z is already the 23rd in China.
  self: { ...DECLARED.self!, level: 'verified', source: 'staff', verifiedAt: '2026-11-22T17:30:00.000Z' },
  methods: METHODS,
};

describe('one’s own binding, in plain words', () => {
  test('nothing declared: what filling it in is for', () => {
    const card = selfCard(NONE);
    expect(card).toMatchObject({ kind: 'none', title: '还没有填写本人信息' });
  });

  test('declared: 待核验, why, where to go with the 身份证, and the 核验编号 in two groups to read out', () => {
    const card = selfCard(DECLARED);
    if (card.kind !== 'declared') throw new Error(card.kind);
    expect(card).toMatchObject({ badge: '待核验', person: '张小红　511902********1246', ref: 'K7Q2MX', refSpoken: 'K7Q 2MX' });
    expect(card.why).toContain('为了保护您的信息，需要核验一次');
    const steps = card.steps.join('');
    for (const part of ['身份证', '医保经办窗口', '乡（镇）的退役军人服务站', '核验编号', '核验码']) expect(steps).toContain(part);
  });

  test('verified: a calm line with the source and the China date', () => {
    const card = selfCard(VERIFIED);
    expect(card).toEqual({
      kind: 'verified',
      title: '您的身份已核验',
      badge: '已核验',
      person: '张小红　511902********1246',
      how: '核验方式：工作人员当面核对了身份证',
      when: '核验日期：2026 年 11 月 23 日',
    });
    const code = selfCard({ ...VERIFIED, self: { ...VERIFIED.self!, source: 'rosterCode', verifiedAt: null } });
    expect(code).toMatchObject({ how: '核验方式：输入了退役军人服务站发的核验码', when: '' });
    expect(selfCard({ ...VERIFIED, self: { ...VERIFIED.self!, source: 'standIn' } })).toMatchObject({ how: expect.stringContaining('只用于测试') });
  });

  test('what verification opens, as the contract lists it', () => {
    const all = AFTER_VERIFICATION.join('\n');
    for (const part of ['家人替您办理的申请', '撤回或取消', '补助台账', '名册信息（类别、等级、乡镇）', '发放记录', '住院补助']) expect(all).toContain(part);
  });

  test('dates and refs that are not what they should be do not break the page', () => {
    expect(chinaDateText(null)).toBe('');
    expect(chinaDateText('not a date')).toBe('');
    expect(refForReading(' k7q2mx ')).toBe('K7Q 2MX');
    expect(refForReading('ABCD')).toBe('ABCD');
  });
});

describe('family members and the list', () => {
  const father = { name: '张大山', ref: 'P4M8RT', idNumberMasked: '110105********002X' };

  test('a member 待核验: filing goes on, the 优抚 ledger needs the 服务站’s code or a visit with the ref', () => {
    const line = memberLevelLine({ ...father, level: 'declared' });
    expect(line).toMatchObject({ badge: '待核验', tone: 'warn' });
    expect(line.explain).toContain('替张大山办理备案、报销不受影响');
    expect(line.explain).toContain('核验码');
    expect(line.explain).toContain('出示核验编号 P4M 8RT');
    expect(memberChoiceExplain({ ...father, level: 'declared' })).toBe('110105********002X · 待核验');
    expect(memberLevelLine({ ...father, level: 'verified' })).toMatchObject({ badge: '已核验', tone: 'ok' });
    expect(memberChoiceExplain({ ...father, level: 'verified' })).toBe('110105********002X · 已核验');
  });

  test('我的申请 says why relatives’ filings are missing until verified, and nothing once verified', () => {
    expect(listVerifyNote(DECLARED)).toBe('家人替您办理的申请，核验后才能在这里看到。');
    expect(listVerifyNote(NONE)).toContain('填写本人信息并核验后');
    expect(listVerifyNote(VERIFIED)).toBe('');
    expect(listVerifyNote(null)).toBe('');
  });

  test('the page’s address, for oneself or straight to a member', () => {
    expect(identityUrl()).toBe('/packages/apply/pages/identity/index');
    expect(identityUrl('m 1')).toBe('/packages/apply/pages/identity/index?member=m%201');
  });
});

describe('the two forms', () => {
  test('declaring: the schema’s messages beside the two boxes; a valid one is trimmed and upper-cased', () => {
    expect(declareRequest({ name: '', idNumber: '' })).toEqual({ ok: false, errors: { name: '必须填写', idNumber: '必须填写' } });
    const wrong = `${FATHER_ID.slice(0, 17)}1`;
    expect(declareRequest({ name: '张大山', idNumber: wrong })).toEqual({ ok: false, errors: { idNumber: idNumberProblem(wrong) } });
    expect(declareRequest({ name: ' 张大山 ', idNumber: ` ${FATHER_ID.toLowerCase()} ` })).toEqual({ ok: true, request: { name: '张大山', idNumber: FATHER_ID } });
  });

  test('the 服务站’s code: read off a slip, spaces and dashes dropped; checked with the function’s schema beside the box', () => {
    expect(ROSTER_CODE_DIGITS).toBe(8);
    expect(normalCode(' 1234-56 78 ')).toBe('12345678');
    expect(codeRequest({ name: '张小红', idNumber: DAUGHTER_ID, code: '  ' })).toEqual({ ok: false, errors: { code: '请输入服务站给的核验码' } });
    expect(codeRequest({ name: '张小红', idNumber: DAUGHTER_ID, code: '1234567' })).toEqual({ ok: false, errors: { code: '核验码是 8 位数字' } });
    expect(codeRequest({ name: '张小红', idNumber: DAUGHTER_ID, code: 'ABCDEFGH' })).toEqual({ ok: false, errors: { code: '核验码是 8 位数字' } });
    expect(codeRequest({ name: '', idNumber: '', code: '' })).toEqual({
      ok: false,
      errors: { name: '必须填写', idNumber: '必须填写', code: '请输入服务站给的核验码' },
    });
    expect(codeRequest({ name: ' 张小红 ', idNumber: DAUGHTER_ID, code: '1234 5678' })).toEqual({
      ok: true,
      request: { name: '张小红', idNumber: DAUGHTER_ID, code: '12345678' },
    });
    expect(codeRequest({ name: '张大山', idNumber: FATHER_ID.toLowerCase(), code: '01234567' }, 'member-1')).toEqual({
      ok: true,
      request: { name: '张大山', idNumber: FATHER_ID, code: '01234567', familyMemberId: 'member-1' },
    });
  });

  test('each refusal beside the right box, in the function’s own words', () => {
    const failed = { code: 'VERIFY_FAILED', message: '核验未通过：姓名、身份证号或核验码不正确', field: 'code' };
    expect(placeIdentityError(failed, 'code')).toEqual({ code: failed.message });
    // VERIFY_FAILED without a field (a face check's answer carries `verifyId`): still beside the code box on this form.
    expect(placeIdentityError({ code: 'VERIFY_FAILED', message: failed.message, field: 'verifyId' }, 'code')).toEqual({ code: failed.message });
    const limited = { code: 'RATE_LIMITED', message: '身份核验次数太多，请 40 分钟后再试' };
    expect(placeIdentityError(limited, 'code')).toEqual({ code: limited.message });
    expect(placeIdentityError(limited, 'declare')).toEqual({ banner: limited.message });
    // A schema refusal carries its reason apart from the message (shared/schemas/describe.ts).
    expect(placeIdentityError({ code: 'INVALID_INPUT', message: '身份证号：校验位不正确', field: 'idNumber', reason: '校验位不正确' }, 'declare')).toEqual({ idNumber: '校验位不正确' });
    expect(placeIdentityError({ code: 'INVALID_INPUT', message: '核验码：核验码是 8 位数字', field: 'code', reason: '核验码是 8 位数字' }, 'code')).toEqual({ code: '核验码是 8 位数字' });
    const taken = { code: 'CONFLICT', message: '本账号已核验为张小红（511902********1246）本人；如需更换，请到经办机构办理', field: 'idNumber' };
    expect(placeIdentityError(taken, 'declare')).toEqual({ idNumber: taken.message });
    expect(placeIdentityError({ code: 'NETWORK', message: '网络不稳定，请稍后再试' }, 'code')).toEqual({ banner: '网络不稳定，请稍后再试' });
  });
});

describe('人脸核身 is offered only where it can work', () => {
  const on = { ...DECLARED, methods: { ...METHODS, wechatFace: true } };
  test('switched on, inside WeChat, on a base library with wx.requestFacialVerify, for a declared binding', () => {
    expect(faceOffer(on, { weapp: true, canRequestFacialVerify: true })).toBe('ready');
    expect(faceOffer(on, { weapp: true, canRequestFacialVerify: false })).toBe('unsupported');
  });
  test('never on H5, never when the service has it off, never once verified or before declaring', () => {
    expect(faceOffer(on, { weapp: false, canRequestFacialVerify: false })).toBe('hidden');
    expect(faceOffer(DECLARED, { weapp: true, canRequestFacialVerify: true })).toBe('hidden');
    expect(faceOffer({ ...VERIFIED, methods: on.methods }, { weapp: true, canRequestFacialVerify: true })).toBe('hidden');
    expect(faceOffer({ ...NONE, methods: on.methods }, { weapp: true, canRequestFacialVerify: true })).toBe('hidden');
  });
});
