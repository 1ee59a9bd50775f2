/**
 * 转院 within one course of treatment (004 第三章 十二问), over every pair of levels and every place: "由低级别定点
 * 医疗机构转往高级别定点医疗机构，只补计起付标准差额；由高级别定点医疗机构转往同级别或低级别定点医疗机构，不再另计起付标准".
 * The 起付标准 are restated from 第三章 十一问 (not read from the parameter files); the 政策范围内 bill of 50,000 is
 * above every deductible, so 统筹 = (50,000 − charged) × ratio and the difference to a stay without a transfer is
 * (full − charged) × ratio.
 */
import { estimate } from '../../shared/estimate';
import { RuleError } from '../../shared/errors';
import { inpatientCase } from './helpers';

type Level = 'township' | 'level1' | 'level2' | 'level3';
const LEVELS: Level[] = ['township', 'level1', 'level2', 'level3'];
const LOCAL_DEDUCTIBLE: Record<Level, number> = { township: 100, level1: 300, level2: 400, level3: 700 };

const pairs = LEVELS.flatMap((from, i) => LEVELS.map((to, j) => [from, to, i, j] as const));

function refusal(c: Record<string, unknown>): RuleError {
  try {
    estimate(c);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('the case was not refused');
}

function transferStep(r: ReturnType<typeof estimate>) {
  return r.steps.find((s) => s.payerName === '转院起付标准');
}

describe.each(['local', 'long-term-filed'] as const)('城乡居民 %s', (place) => {
  test.each(pairs)('%s → %s', (from, to, i, j) => {
    const charged = j > i ? LOCAL_DEDUCTIBLE[to] - LOCAL_DEDUCTIBLE[from] : 0;
    const plain = estimate(inpatientCase({ level: to, place, inScope: '50000' }));
    const moved = estimate(inpatientCase({ level: to, place, inScope: '50000', visit: { transferredFrom: from } }));
    const step = transferStep(moved);
    expect(step?.amount).toBe(charged.toFixed(2));
    expect(step?.source).toEqual({ doc: '004_6dc5632ce2988a73.txt', section: '第三章 十二问 参保城乡居民转诊转院' });
    expect(step?.formula).toContain(j > i ? '只补计起付标准差额' : '不再另计起付标准');
    const ratio = Number(plain.payments.basic) / (50000 - LOCAL_DEDUCTIBLE[to]);
    expect(Number(moved.payments.basic)).toBeCloseTo((50000 - charged) * ratio, 2);
    expect(moved.steps.find((s) => s.payer === 'basic')?.formula).toContain(`起付线 ${charged.toLocaleString('en-US')}.00 元`);
  });
});

describe.each(['temporary-filed', 'unfiled'] as const)('城乡居民 市外 %s', (place) => {
  test.each(pairs)('%s → %s: to the same or a lower level charges no 起付线, upward is refused', (from, to, i, j) => {
    const c = inpatientCase({ level: to, place, inScope: '50000', visit: { transferredFrom: from } });
    if (j > i) {
      const err = refusal(c);
      expect([err.code, err.field]).toEqual(['NOT_COVERED', 'visit.transferredFrom']);
      expect(err.message).toContain('手册第三章 十二问未说明');
    } else {
      const r = estimate(c);
      expect(transferStep(r)?.amount).toBe('0.00');
      expect(r.steps.find((s) => s.payer === 'basic')?.formula).toContain('起付线 0.00 元');
    }
  });
});

test('职工: 十二问 is a 城乡居民 rule, refused for an employee at any pair', () => {
  for (const [from, to] of pairs) {
    const err = refusal(inpatientCase({ scheme: 'employee', level: to, inScope: '50000', visit: { transferredFrom: from } }));
    expect([err.code, err.field]).toEqual(['NOT_COVERED', 'visit.transferredFrom']);
  }
});

test('高值药品 is not a stay of its own: transferredFrom is not one of its fields', () => {
  const c = { region: 'bazhong', date: '2025-06-15', scheme: 'resident', visit: { type: 'high-value-drug', facilityLevel: 'level3', place: 'local', totalCost: '1000', inScopeCost: '1000', transferredFrom: 'level2' } };
  const err = refusal(c);
  expect([err.code, err.field]).toEqual(['INVALID_INPUT', 'visit.transferredFrom']);
});
