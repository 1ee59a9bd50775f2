import { estimate } from '../../shared/estimate';
import { RuleError } from '../../shared/errors';
import { fieldLabel } from '../../shared/schemas/common';
import { inpatientCase } from './helpers';

function errorOf(input: unknown): RuleError {
  try {
    estimate(input);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

describe('bad input gets a plain-Chinese message naming the field', () => {
  const base = inpatientCase({ level: 'township', total: '4500', inScope: '4200' });
  const withVisit = (visit: Record<string, unknown>) => ({ ...base, visit: { ...(base.visit as object), ...visit } });

  test.each([
    ['negative amount', withVisit({ totalCost: '-1' }), 'visit.totalCost', '医疗总费用：金额须为不小于 0 的数字，最多两位小数'],
    ['three decimals', withVisit({ inScopeCost: '12.345' }), 'visit.inScopeCost', '政策范围内费用：金额须为不小于 0 的数字，最多两位小数'],
    ['a JavaScript number (floats never carry money)', withVisit({ inScopeCost: 0.1 + 0.2 }), 'visit.inScopeCost', '政策范围内费用：金额须写成字符串，例如 "4500.00"'],
    ['huge amount', withVisit({ totalCost: '1000000000' }), 'visit.totalCost', '医疗总费用：金额过大，请核对（不超过 10 亿元）'],
    ['in-scope above total', withVisit({ inScopeCost: '5000' }), 'visit.inScopeCost', '政策范围内费用：政策范围内费用不能大于医疗总费用'],
    ['impossible date', { ...base, date: '2025-02-30' }, 'date', '结算日期：日期须为真实存在的日期，格式 YYYY-MM-DD'],
    ['unknown level', withVisit({ facilityLevel: 'level4' }), 'visit.facilityLevel', '医院等级：取值不在允许范围内（可选：township、level1、level2、level3）'],
    ['unknown field', { ...base, openid: 'x' }, 'openid', '请求：包含不认识的字段：openid'],
    ['unknown category', { ...base, person: { categories: ['vip'] } }, 'person.categories.0', '救助身份（person.categories.0）：取值不在允许范围内（可选：extreme-poverty、orphan、dibao、relapse-monitored、dibao-edge、illness-impoverished）'],
    ['missing visit', { region: 'bazhong', date: '2025-06-01', scheme: 'resident' }, 'visit', '就医信息：必须填写'],
  ])('%s', (_name, input, field, message) => {
    const e = errorOf(input);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe(field);
    expect(e.message).toBe(message);
  });

  test('the largest amount accepted is 999,999,999.99', () => {
    expect(estimate(withVisit({ totalCost: '999999999.99', inScopeCost: '4200.50' })).payments.basic).toBe('3690.45');
  });
});

describe('what is not encoded is refused as 暂未收录, never guessed', () => {
  test('a region not covered', () => {
    const e = errorOf({ ...inpatientCase({ level: 'township', inScope: '100' }), region: 'chengdu' });
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('region');
    expect(e.message).toContain('暂未收录');
  });
  test('a date before the first Bazhong figures (2025-01-01)', () => {
    const e = errorOf(inpatientCase({ date: '2024-12-31', level: 'township', inScope: '100' }));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('date');
  });
  test('a kind of care no region has (e.g. 长期护理) is refused on visit.type', () => {
    const e = errorOf({ region: 'bazhong', date: '2025-06-01', scheme: 'resident', person: { categories: [] }, visit: { type: 'long-term-care' } });
    expect(e.field).toBe('visit.type');
    expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

test('a field named like a built-in (constructor, toString) is named as itself, never as a prototype function', () => {
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'visit.constructor', 'yearToDate.valueOf']) {
    expect(fieldLabel(name)).not.toMatch(/function|native code|\[object/);
  }
  expect(fieldLabel('constructor')).toBe('constructor');
});
