import { z } from 'zod';
import { RuleError } from '../../shared/errors';
import { boxReason, describe as describeIssue, invalidInput } from '../../shared/schemas/describe';
import { DESCRIBE_CASES, refusalOf } from './describe-cases';

/**
 * The one describer (shared/schemas/describe.ts). Each message below is what the functions answered with before it
 * existed — recorded by running these very cases on the translators it replaced (commit f30c286) — so a message that
 * changes by one character fails here. The reason and path are what it adds.
 */
const RECORDED: [name: string, message: string, field: string, reason: string, path: (string | number)[]][] = [
  ['estimate: an empty request', '参保地：必须填写', 'region', '必须填写', ['region']],
  ['estimate: an amount that is not one', '医疗总费用：金额须为不小于 0 的数字，最多两位小数', 'visit.totalCost', '金额须为不小于 0 的数字，最多两位小数', ['visit', 'totalCost']],
  ['estimate: an identity not in the list (array element)', '救助身份（person.categories.0）：取值不在允许范围内（可选：extreme-poverty、orphan、dibao、relapse-monitored、dibao-edge、illness-impoverished）', 'person.categories.0', '取值不在允许范围内（可选：extreme-poverty、orphan、dibao、relapse-monitored、dibao-edge、illness-impoverished）', ['person', 'categories', 0]],
  ['estimate: an unknown key in the visit', '就医信息：包含不认识的字段：colour', 'visit.colour', '包含不认识的字段：colour', ['visit', 'colour']],
  ['estimate: an unknown year-to-date key', '本年度累计（spentOnMoon）：取值不在允许范围内（可选：basicPaid、civilServantPaid、largeExpenseSelfPay、largeExpensePaid、seriousIllnessSelfPay、seriousIllnessPaid、assistanceSelfPay、assistancePaid、tiltedSelfPay、tiltedAssistancePaid、outpatientSelfPay、outpatientPaid、outpatientCivilServantPaid、outpatientLargeExpensePaid、chronicPaid、chronicCivilServantPaid、specialSelfPay、twoDiseasesPaid）', 'yearToDate.spentOnMoon', '取值不在允许范围内（可选：basicPaid、civilServantPaid、largeExpenseSelfPay、largeExpensePaid、seriousIllnessSelfPay、seriousIllnessPaid、assistanceSelfPay、assistancePaid、tiltedSelfPay、tiltedAssistancePaid、outpatientSelfPay、outpatientPaid、outpatientCivilServantPaid、outpatientLargeExpensePaid、chronicPaid、chronicCivilServantPaid、specialSelfPay、twoDiseasesPaid）', ['yearToDate', 'spentOnMoon']],
  ['application: a draft with no type', '申请类型：取值不在允许范围内（可选：remoteFiling、manualReimbursement、veteranSubsidy）', 'content.type', '取值不在允许范围内（可选：remoteFiling、manualReimbursement、veteranSubsidy）', ['content', 'type']],
  ['application: a principal ID number with a wrong check digit', '参保人身份证号：身份证号校验位不正确，请逐位核对', 'content.principal.idNumber', '身份证号校验位不正确，请逐位核对', ['content', 'principal', 'idNumber']],
  ['application: submit without accepting the commitment', '同意承诺书：须阅读并同意承诺书后才能提交', 'commitment.accepted', '须阅读并同意承诺书后才能提交', ['commitment', 'accepted']],
  ['application: a staff decision without a reason', '原因：必须填写', 'reason', '必须填写', ['reason']],
  ['identity: declare with an empty name', '姓名：不能为空', 'name', '不能为空', ['name']],
  ['identity: a code of the wrong length', '核验码：核验码是 8 位数字', 'code', '核验码是 8 位数字', ['code']],
  ['veteran: a grade out of range', '残疾等级：残疾等级须为 1 到 10 的整数', 'veteran.disabilityGrade', '残疾等级须为 1 到 10 的整数', ['veteran', 'disabilityGrade']],
  ['veteran: a settlement amount missing', '医保、大病保险、医疗救助报销后的合规个人自付：必须填写', 'settlement.inScopeSelfPay', '必须填写', ['settlement', 'inScopeSelfPay']],
  ['veteran: an unknown key in the settlement', '医保结算单：包含不认识的字段：tip', 'settlement.tip', '包含不认识的字段：tip', ['settlement', 'tip']],
  ['waiting: a date that does not exist', '缴费日期：日期须为真实存在的日期，格式 YYYY-MM-DD', 'paymentDate', '日期须为真实存在的日期，格式 YYYY-MM-DD', ['paymentDate']],
  ['waiting: an insured year that is not a number (array element)', '此前已参保年度（insuredYears.1）：年度须为数字，例如 2026', 'insuredYears.1', '年度须为数字，例如 2026', ['insuredYears', 1]],
  ['waiting: an openid in the body', '请求：包含不认识的字段：openid', 'openid', '包含不认识的字段：openid', ['openid']],
];

describe('one describer for every schema', () => {
  test('every recorded case is still a case', () => {
    expect(DESCRIBE_CASES.map((c) => c.name)).toEqual(RECORDED.map((r) => r[0]));
  });

  test.each(RECORDED)('%s', (name, message, field, reason, path) => {
    const c = DESCRIBE_CASES.find((x) => x.name === name)!;
    const refused = refusalOf(c.run);
    expect(refused).toEqual({ code: 'INVALID_INPUT', message, field, reason, path });
    // The message is the label and the reason; the path is the field, as a list.
    expect(message.endsWith(`：${reason}`)).toBe(true);
    expect(path.join('.')).toBe(field);
  });

  test('paths stay structural: array indexes are numbers, an unknown key ends the path', () => {
    const schema = z.object({ rows: z.array(z.object({ amount: z.string() }).strict()) }).strict();
    const labels = (p: readonly (string | number)[]) => (p[0] === 'rows' ? '费用明细' : undefined);
    const nested = schema.safeParse({ rows: [{ amount: '1' }, { amount: 2 }] });
    const unknown = schema.safeParse({ rows: [{ amount: '1', colour: 'red' }] });
    if (nested.success || unknown.success) throw new Error('expected refusals');
    expect(describeIssue(nested.error.issues[0], labels)).toEqual({
      path: ['rows', 1, 'amount'],
      field: 'rows.1.amount',
      label: '费用明细',
      reason: '类型不正确',
      message: '费用明细：类型不正确',
    });
    expect(describeIssue(unknown.error.issues[0], labels)).toMatchObject({ path: ['rows', 0, 'colour'], field: 'rows.0.colour', reason: '包含不认识的字段：colour' });
    const whole = z.object({}).strict().safeParse({ x: 1 });
    if (whole.success) throw new Error('expected a refusal');
    const e = invalidInput(whole.error, () => undefined);
    expect(e).toBeInstanceOf(RuleError);
    expect(e.toJSON()).toEqual({ ok: false, code: 'INVALID_INPUT', message: '请求：包含不认识的字段：x', field: 'x', reason: '包含不认识的字段：x', path: ['x'] });
  });

  test('a box says it shorter: 请选择 for a choice, the schema\'s own words, no list of choices', () => {
    const issue = (schema: z.ZodTypeAny, value: unknown) => {
      const r = schema.safeParse(value);
      if (r.success) throw new Error('expected a refusal');
      return r.error.issues[0];
    };
    const missing = issue(z.object({ a: z.string() }), {});
    expect(boxReason(missing)).toBe('必须填写');
    expect(boxReason(missing, { choice: true })).toBe('请选择');
    const date = issue(z.object({ d: z.string({ required_error: '请填写日期' }) }), {});
    expect(boxReason(date)).toBe('必须填写');
    expect(boxReason(date, { ownMissing: true })).toBe('请填写日期');
    const choice = issue(z.enum(['a', 'b']), 'c');
    expect(boxReason(choice, { choice: true })).toBe('请选择');
    expect(boxReason(choice)).toBe('取值不在允许范围内');
    expect(boxReason(issue(z.string().min(1), ''))).toBe('不能为空');
    expect(boxReason(issue(z.string().max(3), 'abcd'))).toBe('太长了（最多 3 个字）');
    expect(boxReason(issue(z.string().regex(/^\d+$/, '须为数字'), 'x'))).toBe('须为数字');
    expect(boxReason(issue(z.string().regex(/^\d+$/), 'x'))).toBe('格式不正确');
  });
});
