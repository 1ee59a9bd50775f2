/**
 * The 收款账户 boxes of the 手工报销 form (issue 15): checked with the server's schema beside each box; a number the
 * server holds (masked) may stay untyped; once saved, the phone keeps only the masked form.
 */
import type { ApplicationView } from '../../shared/contract/applications';
import { checkForm, draftRequest } from '../../miniprogram/packages/apply/model/content';
import { accountShown, accountTyped, payeeAfterSave, payeeName } from '../../miniprogram/packages/apply/model/payee';
import { flaggedBoxes } from '../../miniprogram/packages/apply/model/concerns';
import { reimbursementForSelfDraft } from './apply-helpers';

describe('收款账户 on the form', () => {
  test('both boxes empty: 必须填写 beside each; a bad number: the schema\'s reason beside its box', () => {
    expect(checkForm(reimbursementForSelfDraft({ bank: '', account: '' }))).toEqual({ 'payee-bank': '必须填写', 'payee-account': '必须填写' });
    expect(checkForm(reimbursementForSelfDraft({ account: '1380000' }))).toEqual({ 'payee-account': '须为 12–19 位数字，现在是 7 位' });
    // A Luhn miss is not an error (a warning on the page).
    expect(checkForm(reimbursementForSelfDraft({ account: '6222021234567895' }))).toEqual({});
  });

  test('a number the server holds may stay untyped; a typed one replaces it', () => {
    const held = reimbursementForSelfDraft({ account: '', accountMasked: '6222 **** **** 7894' });
    expect(checkForm(held)).toEqual({});
    expect((draftRequest(held).content.manualReimbursement as { payee: unknown }).payee).toEqual({ bank: '中国工商银行太原迎泽支行' });
    const retyped = { ...held, account: '6217001234567893' };
    expect((draftRequest(retyped).content.manualReimbursement as { payee: unknown }).payee).toEqual({ bank: '中国工商银行太原迎泽支行', account: '6217001234567893' });
  });

  test('grouped as typed, digits kept; the payee is the principal by name', () => {
    expect(accountShown('6222021234567894')).toBe('6222 0212 3456 7894');
    expect(accountShown('622202123456789412')).toBe('6222 0212 3456 7894 12');
    expect(accountTyped('6222 0212 3456 7894')).toBe('6222021234567894');
    expect(accountTyped('6222-0212\u200b34567894999999')).toBe('6222021234567894999');
    expect(payeeName(reimbursementForSelfDraft())).toBe('张大山');
    expect(payeeName(reimbursementForSelfDraft({ who: 'family', member: { name: '王老汉', relation: 'parent', relationLabel: '父母', idNumberMasked: '', phoneMasked: '' } }))).toBe('王老汉');
  });

  test('after a save the phone keeps the masked number only; a return naming 收款账户 marks its box', () => {
    const view = { manualReimbursement: { payee: { bank: '中国工商银行', accountMasked: '6222 **** **** 7894' } } } as unknown as ApplicationView;
    expect(payeeAfterSave(view)).toEqual({ accountMasked: '6222 **** **** 7894', account: '' });
    expect(payeeAfterSave({ manualReimbursement: null } as unknown as ApplicationView)).toEqual({});
    expect([...flaggedBoxes({ type: 'manualReimbursement', returnConcerns: { fields: ['manualReimbursement.payee.bank'], materials: [] } })]).toEqual(['payee-bank']);
  });
});
