import { answer, messageForField, missingAnswers, pageField, regionNotice } from '../../miniprogram/packages/waiting/model/answer';
import { draftToCase } from '../../miniprogram/packages/waiting/model/draft';
import { clearedErrors, paymentQuestion, visibleFields } from '../../miniprogram/packages/waiting/model/fields';
import { seriousIllnessCapFor, waiting } from '../../shared/waiting';
import { employeeDraft, residentDraft } from './waiting-helpers';

describe('the page answers on the device with the shared rules', () => {
  test('004 第三章 十问（二）例五: 2027-05-01, the same result as shared/waiting, with this year\'s 大病 cap', () => {
    const a = answer(residentDraft(), 'bazhong', []);
    if (!a.ok) throw new Error(JSON.stringify(a));
    expect(a.result).toEqual(waiting(draftToCase(residentDraft(), 'bazhong')));
    expect([a.result.benefitStart, a.result.waitingMonths]).toEqual(['2027-05-01', 4]);
    // 十问（一）李某: 2025 and 2026 not insured, 2027 enrolled → 29.2 万元.
    expect(a.cap).toEqual({ ok: true, result: seriousIllnessCapFor({ coverageYear: 2027, insuredYears: [], zeroClaimYears: [], categories: [] }) });
    if (a.cap?.ok) expect(a.cap.result.cap).toBe('292000.00');
  });

  test('following the repair advice: repairYears 1 → 2027-04-01 ("通过缴费修复1个月，需等待3个月")', () => {
    const a = answer(residentDraft({ repairYears: 1 }), 'bazhong', []);
    expect(a.ok && [a.result.benefitStart, a.result.waitingMonths, a.result.repairedMonths]).toEqual(['2027-04-01', 3, 1]);
  });

  test('例六 through the page: 2030-08-01', () => {
    const a = answer(residentDraft({ coverageYear: 2030, paid: { y: '2029', m: '12', d: '1' } }), 'bazhong', []);
    expect(a.ok && a.result.benefitStart).toBe('2030-08-01');
  });

  test('an employee has no 大病保险 card', () => {
    const a = answer(employeeDraft(), 'bazhong', []);
    expect(a.ok && [a.result.benefitStart, a.cap]).toEqual(['2026-11-20', null]);
  });

  test('特困人员 from the profile: no cap', () => {
    const a = answer(residentDraft(), 'bazhong', ['extreme-poverty']);
    expect(a.ok && a.cap?.ok && a.cap.result.cap).toBeNull();
  });
});

describe('messages beside the boxes, in plain Chinese', () => {
  test('questions not answered yet', () => {
    expect(missingAnswers(residentDraft({ scheme: '', paid: { y: '', m: '', d: '' } }))).toEqual({ scheme: '请选择参保险种', paymentDate: '请填写缴费日期' });
    expect(missingAnswers(residentDraft({ paid: { y: '2026', m: '', d: '3' } }))).toEqual({ paymentDate: '请把缴费日期的年、月、日都填上' });
    expect(missingAnswers(residentDraft({ newborn: true }))).toEqual({ birthDate: '请填写出生日期' });
    expect(missingAnswers(employeeDraft({ employeeKind: '' }))).toEqual({ 'employee.kind': '请选择是哪种情况' });
    expect(missingAnswers(employeeDraft({ employeeKind: 'switch', continuousYears: '2.5' }))).toEqual({
      'employee.continuousYears': '连续参保年数请填整数，例如 3',
      'employee.gapMonths': '请填写中断缴费月数',
    });
    expect(missingAnswers(employeeDraft({ employeeKind: 'arrears', paid: { y: '', m: '', d: '' } }))).toEqual({
      paymentDate: '请填写补缴日期',
      'employee.arrearsMonths': '请填写欠费月数',
    });
  });

  test('the schema\'s message, without the field name, beside its box', () => {
    const a = answer(residentDraft({ paid: { y: '2026', m: '2', d: '30' } }), 'bazhong', []);
    expect(a).toEqual({ ok: false, errors: { paymentDate: '日期须为真实存在的日期，格式 YYYY-MM-DD' } });
    const late = answer(residentDraft({ coverageYear: 2026, paid: { y: '2027', m: '1', d: '5' } }), 'bazhong', []);
    expect(late).toEqual({ ok: false, errors: { paymentDate: '2026 年度的保费须在 2026 年 12 月 31 日前缴纳' } });
  });

  test('a 暂未收录 answer stays a whole sentence, beside the year it is about', () => {
    const a = answer(residentDraft({ coverageYear: 2024, paid: { y: '2024', m: '3', d: '1' } }), 'bazhong', []);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.errors.coverageYear).toContain('暂未收录');
  });

  test('a region the rules do not cover is said above the form', () => {
    const a = answer(residentDraft(), 'suizhou', []);
    expect(a).toMatchObject({ ok: false, errors: {}, banner: '参保地“suizhou”的待遇等待期暂未收录，目前支持：巴中市（bazhong）' });
  });

  test('a field path finds its box; the label prefix is dropped only from input errors', () => {
    expect(pageField('insuredYears.1')).toBe('insuredYears');
    expect(pageField('employee')).toBe('employee.kind');
    expect(pageField('region')).toBeUndefined();
    expect(messageForField({ message: '连续欠费月数：连续欠费月数须为整数', reason: '连续欠费月数须为整数' })).toBe('连续欠费月数须为整数');
    expect(messageForField({ message: '职工参保情形：取值不在允许范围内（可选：first）', reason: '取值不在允许范围内（可选：first）' })).toBe('取值不在允许范围内（可选：first）');
    expect(messageForField({ message: '参保地“x”暂未收录，目前支持：巴中市' })).toBe('参保地“x”暂未收录，目前支持：巴中市');
    // The rules' own refusals carry their reason too: too many repair years, beside the repair box.
    const a = answer(residentDraft({ repairYears: 9 }), 'bazhong', []);
    expect(a).toMatchObject({ ok: false, errors: { repairYears: expect.stringMatching(/^最多修复 \d+ 年/) } });
  });

  test('changing an answer clears the message beside its box and any repair message', () => {
    const errors = { paymentDate: 'a', insuredYears: 'b', repairYears: 'c', 'employee.gapMonths': 'd' };
    expect(clearedErrors(errors, { paid: { y: '2026', m: '1', d: '1' } })).toEqual({ insuredYears: 'b', 'employee.gapMonths': 'd' });
    expect(clearedErrors(errors, { employeeKind: 'transfer' })).toEqual({ paymentDate: 'a', insuredYears: 'b' });
  });

  test('the boxes shown follow the answers; the payment question reads for the situation', () => {
    expect(visibleFields(residentDraft())).toEqual(['scheme', 'paymentDate', 'coverageYear', 'insuredYears', 'specialGroup']);
    expect(visibleFields(residentDraft({ newborn: true }))).toContain('birthDate');
    expect(visibleFields(employeeDraft({ employeeKind: 'switch' }))).toEqual(['scheme', 'paymentDate', 'employee.kind', 'employee.continuousYears', 'employee.gapMonths']);
    expect(paymentQuestion(employeeDraft({ employeeKind: 'arrears' })).label).toBe('哪天补缴清欠费（含滞纳金）？');
    expect(paymentQuestion(residentDraft()).label).toBe('哪天缴的费？');
  });
});

describe('a region without waiting rules', () => {
  test('is said before any question, in the rules\' own words', () => {
    expect(regionNotice('bazhong')).toBeNull();
    expect(regionNotice('suizhou')).toBe('参保地“suizhou”的待遇等待期暂未收录，目前支持：巴中市（bazhong）');
  });
});
