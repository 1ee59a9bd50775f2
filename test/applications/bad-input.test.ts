import * as apps from '../../server/applications';
import { todayInChina, addDays } from '../../shared/dates';
import { freshContext, longTermForFather, reimbursementForSelf, counts, rejection, father, PAYEE } from './helpers';

const me = { openid: 'o-me' };

describe('a bad request gets a Chinese INVALID_INPUT naming the field, and writes nothing', () => {
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => (ctx = freshContext()));
  afterEach(() => ctx.cleanup());

  const tomorrow = addDays(todayInChina(), 1);
  const cases: [string, unknown, string, RegExp][] = [
    ['wrong check digit', { ...longTermForFather(), principal: { ...father, idNumber: '110105194912310021' } }, 'content.principal.idNumber', /参保人身份证号：身份证号校验位不正确/],
    ['impossible birth date', { ...longTermForFather(), principal: { ...father, idNumber: '110105194902300026' } }, 'content.principal.idNumber', /出生日期不是真实存在的日期/],
    ['bad phone', { ...longTermForFather(), principal: { ...father, phone: '1234' } }, 'content.principal.phone', /参保人联系电话：手机号须为 11 位数字/],
    ['relation not a close relative', { ...longTermForFather(), agent: { ...longTermForFather().agent, relation: 'friend' } }, 'content.agent.relation', /代办人与参保人关系：取值不在允许范围内/],
    ['long-term without address', { ...longTermForFather(), remoteFiling: { ...longTermForFather().remoteFiling, residenceAddress: undefined } }, 'content.remoteFiling.residenceAddress', /长期备案须填写异地长期居住住址/],
    ['discharge before admission', { ...reimbursementForSelf(), manualReimbursement: { hospital: '某院', admissionDate: '2025-03-10', dischargeDate: '2025-03-01', amount: '10', payee: PAYEE } }, 'content.manualReimbursement.dischargeDate', /入院日期不能晚于出院日期/],
    ['discharge after today', { ...reimbursementForSelf(), manualReimbursement: { hospital: '某院', admissionDate: '2025-03-10', dischargeDate: tomorrow, amount: '10', payee: PAYEE } }, 'content.manualReimbursement.dischargeDate', /出院日期不能晚于今天/],
    ['three decimals', { ...reimbursementForSelf(), manualReimbursement: { ...reimbursementForSelf().manualReimbursement, amount: '10.001' } }, 'content.manualReimbursement.amount', /医疗费用金额：金额须为不小于 0 的数字/],
    ['negative amount', { ...reimbursementForSelf(), manualReimbursement: { ...reimbursementForSelf().manualReimbursement, amount: '-5' } }, 'content.manualReimbursement.amount', /金额须为不小于 0 的数字/],
    ['unknown field', { ...reimbursementForSelf(), openid: 'o-someone-else' }, 'content.openid', /包含不认识的字段：openid/],
  ];

  test.each(cases)('%s', async (_name, content, field, message) => {
    const before = await counts(ctx);
    const err = await rejection(apps.submit(ctx, me, { requestId: 'req-bad-input-1', content, commitment: { accepted: true, signerName: '张小红' } }));
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(err.message).toMatch(message);
    expect(await counts(ctx)).toEqual(before);
  });

  test('a commitment not accepted, or signed by the wrong person, writes nothing', async () => {
    const before = await counts(ctx);
    expect(await rejection(apps.submit(ctx, me, { requestId: 'req-bad-input-2', content: longTermForFather(), commitment: { accepted: false, signerName: '张小红' } }))).toMatchObject({
      field: 'commitment.accepted',
      message: '同意承诺书：须阅读并同意承诺书后才能提交',
    });
    expect(await rejection(apps.submit(ctx, me, { requestId: 'req-bad-input-3', content: longTermForFather(), commitment: { accepted: true, signerName: '张大山' } }))).toMatchObject({
      field: 'commitment.signerName',
    });
    expect(await counts(ctx)).toEqual(before);
  });

  test('an incomplete draft cannot be submitted; the draft stays as it was and no key is stored', async () => {
    const draft = await apps.createDraft(ctx, me, { content: { type: 'remoteFiling', principal: { name: '张大山' } } });
    const before = await counts(ctx);
    expect(await rejection(apps.submit(ctx, me, { requestId: 'req-bad-input-4', id: draft.id, commitment: { accepted: true, signerName: '张大山' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'principal.idNumber',
      message: '参保人身份证号：必须填写',
    });
    expect(await counts(ctx)).toEqual(before);
    expect((await apps.getOne(ctx, me, { id: draft.id })).status).toBe('draft');
  });

  test('the agent cannot be the principal', async () => {
    const before = await counts(ctx);
    const content = { ...longTermForFather(), agent: { ...father, relation: 'child' } };
    expect(await rejection(apps.submit(ctx, me, { requestId: 'req-bad-input-5', content, commitment: { accepted: true, signerName: '张大山' } }))).toMatchObject({
      field: 'agent.idNumber',
    });
    expect(await counts(ctx)).toEqual(before);
  });
});
