import { chronicLimitText, diseaseKind, diseaseName, diseaseOptions } from '../../miniprogram/packages/estimate/model/diseases';
import { describeVisit } from '../../miniprogram/packages/estimate/model/visit';
import { CHECK_TEXT, sameAmounts } from '../../miniprogram/packages/estimate/model/confirm';
import { catalogue } from '../../shared/catalogue';
import { estimate } from '../../shared/estimate';
import { estimateCaseSchema } from '../../shared/schemas/estimate';
import { TODAY } from './helpers';

describe('the disease picker of the form (004 第四章 三问、五问)', () => {
  test('every recognisable code of a kind is offered once: diseases without sub-types, and each sub-type', () => {
    const chronic = diseaseOptions('chronic', '');
    const leaves = catalogue('chronic').reduce((n, d) => n + Math.max(1, d.subtypes?.length ?? 0), 0);
    expect(chronic).toHaveLength(leaves);
    expect(new Set(chronic.map((o) => o.code)).size).toBe(leaves);
    expect(chronic.map((o) => o.code)).not.toContain('M02200'); // 其他精神类疾病 has no single limit: its sub-types are offered
    expect(chronic).toContainEqual({ code: 'M02202', name: '其他精神类疾病 · 抑郁症' });
    expect(diseaseOptions('special', '').every((o) => diseaseKind(o.code) === 'special')).toBe(true);
  });

  test('search by name, code or sub-type, within the kind asked for', () => {
    expect(diseaseOptions('chronic', '冠心病')).toEqual([{ code: 'M04600', name: '冠心病' }]);
    expect(diseaseOptions('chronic', 'm04600')).toEqual([{ code: 'M04600', name: '冠心病' }]);
    expect(diseaseOptions('chronic', '抑郁').map((o) => o.code)).toEqual(['M02202']);
    // A disease found by its own name offers all its sub-types.
    expect(diseaseOptions('chronic', '甲状腺').map((o) => o.code)).toEqual(['M01701', 'M01702']);
    // 透析 is a 特病: not offered among the 慢病.
    expect(diseaseOptions('chronic', '透析')).toEqual([]);
    expect(diseaseOptions('special', '透析').map((o) => o.code)).toEqual(['M07801']);
  });

  test('names and limits as the person reads them', () => {
    expect(diseaseName('M03911')).toBe('高血压2级及以上（高血压性心脏病）');
    expect(diseaseName('M08301')).toBe('器官移植抗排异治疗 · 肾移植');
    expect(diseaseName('M99999')).toBeUndefined();
    expect(chronicLimitText('M04600', 'resident')).toBe('城乡居民医保年度限额 800 元');
    expect(chronicLimitText('M04600', '')).toBe('职工医保年度限额 1500 元；城乡居民医保年度限额 800 元');
    // "/" in the table: 儿童注意力缺陷症 has no 职工 limit.
    expect(chronicLimitText('M02220', 'employee')).toBe('职工医保未列年度限额');
  });
});

describe('what the result says the estimate was about', () => {
  const visitOf = (visit: Record<string, unknown>) =>
    estimateCaseSchema.parse({ region: 'bazhong', date: TODAY, scheme: 'resident', visit: { totalCost: '100', inScopeCost: '100', ...visit } }).visit;

  test('each kind of care with its details', () => {
    expect(describeVisit(visitOf({ type: 'inpatient', facilityLevel: 'level2', place: 'unfiled' }), 'bazhong')).toEqual({
      title: '住院',
      details: ['二级医疗机构', '非急诊且未转诊'],
    });
    expect(describeVisit(visitOf({ type: 'outpatient', facilityLevel: 'pharmacy' }), 'bazhong')).toEqual({ title: '普通门诊', details: ['定点零售药店'] });
    expect(describeVisit(visitOf({ type: 'chronic', diseaseCode: 'M04600', otherDiseaseCodes: ['M03911'] }), 'bazhong')).toEqual({
      title: '门诊慢性病',
      details: ['冠心病（M04600）', '另患 高血压2级及以上（高血压性心脏病）（M03911）'],
    });
    expect(describeVisit(visitOf({ type: 'two-diseases', diseases: ['hypertension', 'diabetes'] }), 'bazhong').details).toEqual(['高血压、糖尿病']);
    expect(describeVisit(visitOf({ type: 'single-pay-drug' }), 'bazhong')).toEqual({ title: '单行支付药品', details: [] });
    expect(describeVisit(visitOf({ type: 'maternity', event: 'delivery', difficult: true, babies: 2 }), 'bazhong').details).toEqual([
      '难产（含剖宫产）',
      '2 个婴儿',
    ]);
    expect(describeVisit(visitOf({ type: 'maternity', event: 'termination', gestationWeeks: 18, caesarean: true }), 'bazhong').details).toEqual([
      '终止妊娠（孕 18 周）',
      '施行剖宫术',
    ]);
  });

  test('a region without the catalogue shows the code it was given, not another region\'s name for it', () => {
    expect(describeVisit(visitOf({ type: 'special', diseaseCode: 'M07801', treatment: 'dialysis' }), 'suizhou')).toEqual({
      title: '门诊特殊疾病',
      details: ['病种编码 M07801', '慢性肾功能衰竭透析'],
    });
  });
});

describe('the check with the estimate function', () => {
  const input = { region: 'bazhong', date: TODAY, scheme: 'resident', visit: { type: 'inpatient', facilityLevel: 'township', place: 'local', totalCost: '4500', inScopeCost: '4200' } };

  test('the same rules agree on every amount; a different figure anywhere is a different answer', () => {
    const a = estimate(input);
    const b = estimate(input);
    expect(sameAmounts(a, b)).toBe(true);
    expect(sameAmounts(a, { ...b, payments: { ...b.payments, basic: '3690.01' } })).toBe(false);
    expect(sameAmounts(a, { ...b, allowances: [{ name: '产前检查费', amount: '500.00', formula: '', source: a.steps[0].source }] })).toBe(false);
    // Wording is not an amount.
    expect(sameAmounts(a, { ...b, notes: ['另一条说明'] })).toBe(true);
  });

  test('every state of the check has its plain line', () => {
    expect(Object.keys(CHECK_TEXT).sort()).toEqual(['checking', 'offline', 'replaced', 'same']);
  });
});
