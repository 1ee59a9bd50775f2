import { addDays, todayInChina } from '../../shared/dates';
import { idNumberProblem } from '../../shared/idcard';
import { phoneProblem } from '../../shared/phone';
import { draftContent } from '../../shared/schemas/application';
import {
  amountInWords,
  boxOfPath,
  checkForm,
  clearBoxes,
  draftRequest,
  hasErrors,
  placeServerError,
} from '../../miniprogram/packages/apply/model/content';
import { splitDate } from '../../miniprogram/packages/apply/model/draft';
import { DAUGHTER_ID, FATHER_ID } from '../applications/helpers';
import { longTermForFatherDraft, reimbursementForSelfDraft } from './apply-helpers';

describe('what the form sends', () => {
  test('a relative: the saved member by id (once), my own boxes as the agent with the inverse relation', () => {
    const req = draftRequest(longTermForFatherDraft());
    expect(req).toEqual({
      principalFamilyMemberId: 'member-father-0001',
      content: {
        type: 'remoteFiling',
        principal: { phone: '13800005678' },
        agent: { name: '张小红', idNumber: DAUGHTER_ID, phone: '13900001234', relation: 'child' },
        remoteFiling: {
          kind: 'longTermResident',
          scheme: 'resident',
          destination: { province: '广东省', city: '深圳市' },
          residenceAddress: '深圳市南山区某街道 1 号',
        },
      },
    });
    expect(draftContent.safeParse(req.content).success).toBe(true);
    // Once the server draft has the member, it is not sent again.
    expect(draftRequest(longTermForFatherDraft({ serverMemberId: 'member-father-0001' })).principalFamilyMemberId).toBeUndefined();
  });

  test('myself: no agent (an earlier one is removed); empty boxes are not sent, so the server keeps what it has', () => {
    const req = draftRequest(reimbursementForSelfDraft({ amount: '', hospital: ' ' }));
    expect(req.content).toEqual({
      type: 'manualReimbursement',
      principal: { name: '张大山', idNumber: FATHER_ID, phone: '13800005678' },
      agent: null,
      manualReimbursement: { admissionDate: '2025-03-01', dischargeDate: '2025-03-10', payee: { bank: '中国工商银行太原迎泽支行', account: '6222021234567894' } },
    });
  });

  test('half a destination is not sent (the schema takes 省 and 市 together); a temporary 备案 sends no address', () => {
    const half = draftRequest(longTermForFatherDraft({ city: '' })).content.remoteFiling as Record<string, unknown>;
    expect(half.destination).toBeUndefined();
    const referral = draftRequest(longTermForFatherDraft({ kind: 'referral' })).content.remoteFiling as Record<string, unknown>;
    expect(referral.residenceAddress).toBeUndefined();
  });
});

describe('checking as typed, with the function’s own messages', () => {
  test('a complete application has no errors', () => {
    expect(checkForm(longTermForFatherDraft())).toEqual({});
    expect(checkForm(reimbursementForSelfDraft())).toEqual({});
  });

  test('ID numbers by the GB 11643 check digit, phones, beside their boxes', () => {
    const wrong = `${FATHER_ID.slice(0, 17)}1`;
    const errors = checkForm(reimbursementForSelfDraft({ principal: { name: '张大山', idNumber: wrong, phone: '1380000567', idNumberMasked: '', phoneMasked: '' } }));
    expect(errors).toEqual({ 'principal-id': idNumberProblem(wrong), 'principal-phone': phoneProblem('1380000567') });
    expect(errors['principal-id']).toBe('身份证号校验位不正确，请逐位核对');
  });

  test('admission ≤ discharge ≤ today, even while another box is still empty', () => {
    const today = todayInChina();
    const backwards = checkForm(reimbursementForSelfDraft({ hospital: '', admission: splitDate('2025-03-10'), discharge: splitDate('2025-03-01') }));
    expect(backwards).toEqual({ hospital: '必须填写', discharge: '入院日期不能晚于出院日期' });
    const future = checkForm(reimbursementForSelfDraft({ admission: splitDate(today), discharge: splitDate(addDays(today, 2)) }));
    expect(future).toEqual({ discharge: '出院日期不能晚于今天' });
    const impossible = checkForm(reimbursementForSelfDraft({ admission: { y: '2025', m: '2', d: '30' } }));
    expect(impossible.admission).toBe('日期须为真实存在的日期，格式 YYYY-MM-DD');
  });

  test('amounts: not negative, at most two decimals', () => {
    expect(checkForm(reimbursementForSelfDraft({ amount: '1680.325' })).amount).toBe('金额须为不小于 0 的数字，最多两位小数');
    expect(checkForm(reimbursementForSelfDraft({ amount: '-5' })).amount).toBe('金额须为不小于 0 的数字，最多两位小数');
    expect(checkForm(reimbursementForSelfDraft({ amount: '0.5' }))).toEqual({});
  });

  test('empty boxes say 必须填写; an empty choice says 请选择; a long-term 备案 needs the address', () => {
    const errors = checkForm(longTermForFatherDraft({ scheme: '', province: '', residenceAddress: '', agent: { name: '', idNumber: '', phone: '', idNumberMasked: '', phoneMasked: '' } }));
    expect(errors).toEqual({
      'agent-name': '必须填写',
      'agent-id': '必须填写',
      'agent-phone': '必须填写',
      scheme: '请选择',
      'destination-province': '必须填写',
      'residence-address': '长期备案须填写异地长期居住住址',
    });
  });

  test('what the server already holds (masked) may stay empty; what the saved member has need not be typed', () => {
    const fixing = longTermForFatherDraft({
      memberId: '',
      member: { name: '张大山', relation: '', relationLabel: '', idNumberMasked: '110105********002X', phoneMasked: '138****5678' },
      principal: { name: '', idNumber: '', phone: '', idNumberMasked: '', phoneMasked: '' },
      agent: { name: '张小红', idNumber: '', phone: '', idNumberMasked: '511902********1246', phoneMasked: '139****1234' },
      serverId: 'abc123',
      status: 'returned',
    });
    expect(checkForm(fixing)).toEqual({});
    // A retyped number is checked again.
    expect(checkForm({ ...fixing, agent: { ...fixing.agent, idNumber: '123' } })['agent-id']).toBe(idNumberProblem('123'));
    // The member saved without a phone: the principal's phone must be typed.
    expect(checkForm(longTermForFatherDraft({ principal: { name: '', idNumber: '', phone: '', idNumberMasked: '', phoneMasked: '' } }))).toEqual({
      'principal-phone': '必须填写',
    });
  });

  test('nothing chosen yet: a banner sends the person back a step', () => {
    expect(checkForm(longTermForFatherDraft({ type: '' })).banner).toBe('请先选择要办理的事项');
    expect(checkForm(longTermForFatherDraft({ who: '' })).banner).toBe('请回到上一步，选择为谁办理');
    expect(checkForm(longTermForFatherDraft({ member: null })).banner).toBe('请回到上一步，选择为哪位家人办理');
  });

  test('a refusal from the function lands beside its box, without repeating the box’s label', () => {
    const refused = { message: '代办人身份证号：身份证号已由其他微信账号作为本人使用', field: 'content.agent.idNumber' };
    expect(placeServerError({ ...refused, reason: '身份证号已由其他微信账号作为本人使用' })).toEqual({ 'agent-id': '身份证号已由其他微信账号作为本人使用' });
    // The reason travels apart from the message (shared/schemas/describe.ts); a message is never cut at its "：".
    expect(placeServerError(refused)).toEqual({ 'agent-id': refused.message });
    expect(placeServerError({ message: '未找到该家庭成员', field: 'principalFamilyMemberId' })).toEqual({ banner: '未找到该家庭成员' });
    expect(boxOfPath('manualReimbursement.dischargeDate')).toBe('discharge');
    expect(clearBoxes({ amount: 'x', hospital: 'y', banner: 'z' }, ['amount'])).toEqual({ hospital: 'y' });
    expect(hasErrors({})).toBe(false);
  });
});

describe('人民币大写 as the amount is typed', () => {
  test.each([
    ['1680.32', '人民币壹仟陆佰捌拾元零叁角贰分'],
    ['1409.50', '人民币壹仟肆佰零玖元伍角'],
    ['325.04', '人民币叁佰贰拾伍元零肆分'],
    ['107000.53', '人民币壹拾万柒仟元零伍角叁分'],
    ['16.8', '人民币壹拾陆元捌角'],
    ['200', '人民币贰佰元整'],
  ])('%s → %s', (typed, words) => {
    expect(amountInWords(typed)).toBe(words);
  });

  test('nothing while the box is empty or not yet an amount', () => {
    for (const typed of ['', ' ', '12.', '12.345', '-3', 'abc']) expect(amountInWords(typed)).toBe('');
  });
});
