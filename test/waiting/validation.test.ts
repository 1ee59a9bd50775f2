import { waiting } from '../../shared/waiting';
import { errorOf } from './helpers';

const base = { region: 'bazhong', scheme: 'resident', paymentDate: '2025-12-01', coverageYear: 2026, insuredYears: [2025] };
const emp = { region: 'bazhong', scheme: 'employee', paymentDate: '2026-05-20', employee: { kind: 'first' } };

describe('bad input gets a plain-Chinese message naming the field', () => {
  test.each([
    ['impossible date', { ...base, paymentDate: '2026-02-30' }, 'paymentDate', '缴费日期：日期须为真实存在的日期，格式 YYYY-MM-DD'],
    ['missing coverage year', { ...base, coverageYear: undefined }, 'coverageYear', '参保年度：必须填写'],
    ['coverage year as text', { ...base, coverageYear: '2026' }, 'coverageYear', '参保年度：参保年度须为数字，例如 2026'],
    ['fractional year', { ...base, coverageYear: 2026.5 }, 'coverageYear', '参保年度：参保年度须为整数'],
    ['unknown scheme', { ...base, scheme: 'commercial' }, 'scheme', '参保险种：取值不在允许范围内（可选：resident、employee）'],
    ['an insured year not before the coverage year', { ...base, insuredYears: [2025, 2026] }, 'insuredYears', '此前已参保年度：只填 2026 年度之前已参保的年度'],
    ['a repeated insured year', { ...base, insuredYears: [2025, 2025] }, 'insuredYears', '此前已参保年度：年度不能重复'],
    ['negative repair', { ...base, repairYears: -1 }, 'repairYears', '修复年数：修复年数不能为负数'],
    ['payment after the coverage year', { ...base, paymentDate: '2027-01-05' }, 'paymentDate', '缴费日期：2026 年度的保费须在 2026 年 12 月 31 日前缴纳'],
    ['payment before birth', { ...base, insuredYears: [], birthDate: '2026-03-10', paymentDate: '2026-03-01' }, 'paymentDate', '缴费日期：缴费日期不能早于出生日期'],
    ['unknown group', { ...base, specialGroup: 'vip' }, 'specialGroup', '特殊人员类别：取值不在允许范围内（可选：student、discharge-year）'],
    ['unknown field', { ...base, openid: 'x' }, 'openid', '请求：包含不认识的字段：openid'],
    ['employee block on a resident', { ...base, employee: { kind: 'first' } }, 'employee', '请求：包含不认识的字段：employee'],
    ['unknown employee kind', { ...emp, employee: { kind: 'retire' } }, 'employee.kind', '职工参保情形：取值不在允许范围内（可选：first、transfer、switch、arrears）'],
    ['transfer without its gap', { ...emp, employee: { kind: 'transfer' } }, 'employee.gapMonths', '中断缴费月数：必须填写'],
    ['switch without continuous years', { ...emp, employee: { kind: 'switch', gapMonths: 1 } }, 'employee.continuousYears', '连续参保年数：必须填写'],
    ['arrears of 1.5 months', { ...emp, employee: { kind: 'arrears', arrearsMonths: 1.5 } }, 'employee.arrearsMonths', '连续欠费月数：连续欠费月数须为整数'],
    ['coverage year on an employee', { ...emp, coverageYear: 2026 }, 'coverageYear', '请求：包含不认识的字段：coverageYear'],
    ['not an object', 'hello', '', '请求：类型不正确'],
  ])('%s', (_name, input, field, message) => {
    const e = errorOf(() => waiting(input));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field ?? '').toBe(field);
    expect(e.message).toBe(message);
  });

  test('a region without encoded waiting rules is 暂未收录', () => {
    const e = errorOf(() => waiting({ ...base, region: 'suizhou' }));
    expect([e.code, e.field, e.message]).toEqual(['NOT_COVERED', 'region', '参保地“suizhou”的待遇等待期暂未收录，目前支持：巴中市（bazhong）']);
  });
});
