import { estimate } from '../../shared/estimate';
import { RuleError } from '../../shared/errors';

const base = (scheme: 'resident' | 'employee', visit: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  estimate({ region: 'bazhong', date: '2025-06-15', scheme, visit, ...extra });
const bill = (inScope: string, total = inScope) => ({ totalCost: total, inScopeCost: inScope });

describe('004 第三章 十八问 城乡居民普通门诊统筹：50%，不设起付线，年度限额 100 元', () => {
  test('政策范围内 150 → 75', () => {
    expect(base('resident', { type: 'outpatient', facilityLevel: 'township', ...bill('150') }).payments.basic).toBe('75.00');
  });
  test('政策范围内 300 → 150 超过年度限额，付 100', () => {
    expect(base('resident', { type: 'outpatient', facilityLevel: 'level2', ...bill('300') }).payments.basic).toBe('100.00');
  });
  test('本年已报销 80 → 本次 100 × 50% = 50 只付余额 20', () => {
    const r = base('resident', { type: 'outpatient', facilityLevel: 'level1', ...bill('100') }, { yearToDate: { outpatientPaid: '80' } });
    expect(r.payments.basic).toBe('20.00');
  });
});

describe('004 第二章 三十九问 职工门诊统筹', () => {
  test('在职 三级：年起付 200，(300 − 200) × 50% = 50；大额 (300 − 50) × 70% = 175', () => {
    const r = base('employee', { type: 'outpatient', facilityLevel: 'level3', ...bill('300') }, { person: { age: 40 } });
    expect(r.payments.basic).toBe('50.00');
    expect(r.payments.largeExpense).toBe('175.00');
  });
  test('在职公务员 三级：公务员补助 250 × 60% = 150，大额 (250 − 150) × 70% = 70', () => {
    const r = base('employee', { type: 'outpatient', facilityLevel: 'level3', ...bill('300') }, { person: { civilServant: true } });
    expect(r.payments.civilServant).toBe('150.00');
    expect(r.payments.largeExpense).toBe('70.00');
  });
  test('退休 二级：年起付 150，比例 60% + 10% = 70%：(300 − 150) × 70% = 105', () => {
    const r = base('employee', { type: 'outpatient', facilityLevel: 'level2', ...bill('300') }, { person: { retired: true } });
    expect(r.payments.basic).toBe('105.00');
  });
  test('在职 定点零售药店 60%；起付线一年只扣一次：此前已累计 250', () => {
    const r = base('employee', { type: 'outpatient', facilityLevel: 'pharmacy', ...bill('100') }, { yearToDate: { outpatientSelfPay: '250' } });
    expect(r.payments.basic).toBe('60.00');
  });
  test('在职年度限额 800：本年已支付 780 → 本次只付 20；大额年度限额 600 已用 590 → 10', () => {
    const r = base(
      'employee',
      { type: 'outpatient', facilityLevel: 'level2', ...bill('1000') },
      { yearToDate: { outpatientSelfPay: '5000', outpatientPaid: '780', outpatientLargeExpensePaid: '590' } },
    );
    expect(r.payments.basic).toBe('20.00');
    expect(r.payments.largeExpense).toBe('10.00');
  });
});

describe('004 第四章 三问 门诊慢性病：90%，按病种年度限额', () => {
  test('城乡居民 冠心病 M04600 限额 800：1,000 × 90% = 900 → 800', () => {
    const r = base('resident', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') });
    expect(r.payments.basic).toBe('800.00');
  });
  test('职工 冠心病 M04600 限额 1,500：1,000 × 90% = 900', () => {
    expect(base('employee', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }).payments.basic).toBe('900.00');
  });
  test('患两种以上慢病按限额最高的一种：居民 甲减 M01701（600）+ 抑郁症 M02202（1,500）→ 2,000 × 90% = 1,800 → 1,500', () => {
    const r = base('resident', { type: 'chronic', diseaseCode: 'M01701', otherDiseaseCodes: ['M02202'], ...bill('2000') });
    expect(r.payments.basic).toBe('1500.00');
    expect(r.steps[0].formula).toContain('限额最高');
  });
  test('第二章 三十三问 一类门特：公务员补助付统筹后剩余部分，年度限额 1,500', () => {
    const r = base('employee', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { person: { civilServant: true } });
    expect(r.payments.basic).toBe('900.00');
    expect(r.payments.civilServant).toBe('100.00');
  });
  test('第六章 五问（一）慢特病也纳入常规救助：低保对象 70%', () => {
    const r = base('resident', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { person: { categories: ['dibao'] } });
    // 1,000 − 800 = 200 × 70% = 140
    expect(r.payments.assistance).toBe('140.00');
  });
  test('儿童注意力缺陷症 M02220 职工医保未列限额 → 暂未收录', () => {
    expect(() => base('employee', { type: 'chronic', diseaseCode: 'M02220', ...bill('100') })).toThrow(RuleError);
  });
  test('亚类限额不同的病种须填亚类编码：其他精神类疾病 M02200 → 请填写亚类', () => {
    expect(() => base('resident', { type: 'chronic', diseaseCode: 'M02200', ...bill('100') })).toThrow('请填写认定的亚类病种编码');
  });
  test('亚类限额相同的病种按其限额：职工 甲状腺功能异常 M01700（两亚类均 1,000）：2,000 × 90% = 1,800 → 1,000', () => {
    expect(base('employee', { type: 'chronic', diseaseCode: 'M01700', ...bill('2000') }).payments.basic).toBe('1000.00');
  });
  test('四问所印编码 M03802 即三问 心脏瓣膜病 M04500：居民限额 800', () => {
    expect(base('resident', { type: 'chronic', diseaseCode: 'M03802', ...bill('1000') }).payments.basic).toBe('800.00');
  });
  test('特病编码不能按慢病结算', () => {
    expect(() => base('resident', { type: 'chronic', diseaseCode: 'M00500', ...bill('100') })).toThrow('不在巴中门诊慢性病目录中');
  });
  test('不在目录中的编码 → 暂未收录', () => {
    expect(() => base('resident', { type: 'chronic', diseaseCode: 'M99999', ...bill('100') })).toThrow('不在巴中门诊慢性病目录中');
  });
});

describe('004 第四章 五问 门诊特殊疾病：一年只扣一次二级起付线（400），居民 60%，职工 70%', () => {
  test('城乡居民 恶性肿瘤门诊治疗 M00500：(10,000 − 400) × 60% = 5,760', () => {
    expect(base('resident', { type: 'special', diseaseCode: 'M00500', ...bill('10000') }).payments.basic).toBe('5760.00');
  });
  test('本年已扣过起付线：10,000 × 60% = 6,000', () => {
    const r = base('resident', { type: 'special', diseaseCode: 'M00500', ...bill('10000') }, { yearToDate: { specialSelfPay: '10000' } });
    expect(r.payments.basic).toBe('6000.00');
  });
  test('职工：(10,000 − 400) × 70% = 6,720；第二章 三十六问 二类门特纳入大额，普通人员扣二级起付线：(3,280 − 400) × 85% = 2,448', () => {
    const r = base('employee', { type: 'special', diseaseCode: 'M07101', ...bill('10000') }, { person: { age: 50 } });
    expect(r.payments.basic).toBe('6720.00');
    expect(r.payments.largeExpense).toBe('2448.00');
  });
  test('第二章 三十六问 患恶性肿瘤人员大额不设起付线：恶性肿瘤门诊治疗 M00500 即是，3,280 × 85% = 2,788', () => {
    const r = base('employee', { type: 'special', diseaseCode: 'M00500', ...bill('10000') }, { person: { age: 50 } });
    expect(r.payments.basic).toBe('6720.00');
    expect(r.payments.largeExpense).toBe('2788.00');
  });
  test('特病亚类编码也可结算：器官移植抗排异治疗 肾移植 M08301，居民 (10,000 − 400) × 60% = 5,760', () => {
    expect(base('resident', { type: 'special', diseaseCode: 'M08301', ...bill('10000') }).payments.basic).toBe('5760.00');
  });
});

describe('004 第四章 十九问 “两病”：50%，高血压 200、糖尿病 300、两病 500', () => {
  test('高血压 500 × 50% = 250 → 200', () => {
    expect(base('resident', { type: 'two-diseases', diseases: ['hypertension'], ...bill('500') }).payments.basic).toBe('200.00');
  });
  test('两病 600 × 50% = 300', () => {
    expect(base('employee', { type: 'two-diseases', diseases: ['hypertension', 'diabetes'], ...bill('600') }).payments.basic).toBe('300.00');
  });
  test('糖尿病 本年已报 250 → 本次 100 × 50% = 50 只付余额 50', () => {
    const r = base('resident', { type: 'two-diseases', diseases: ['diabetes'], ...bill('100') }, { yearToDate: { twoDiseasesPaid: '250' } });
    expect(r.payments.basic).toBe('50.00');
  });
});

describe('004 第五章 二问 单行支付药品和高值药品', () => {
  test('单行支付药品：居民 60%，职工 70%，不计起付线，个人负担不进入大病/大额', () => {
    const res = base('resident', { type: 'single-pay-drug', ...bill('10000') });
    expect(res.payments.basic).toBe('6000.00');
    expect(res.payments.seriousIllness).toBe('0.00');
    expect(res.personalPay).toBe('4000.00');
    expect(base('employee', { type: 'single-pay-drug', ...bill('10000') }, { person: { age: 50 } }).payments.basic).toBe('7000.00');
  });
  test('高值药品：个人先行自付 10%，余下按住院表报销：居民 三级 市内 (9,000 − 700) × 60% = 4,980', () => {
    const r = base('resident', { type: 'high-value-drug', facilityLevel: 'level3', place: 'local', ...bill('10000') });
    expect(r.steps[0]).toMatchObject({ payer: 'patient', payerName: '个人先行自付', amount: '1000.00' });
    expect(r.payments.basic).toBe('4980.00');
    expect(r.personalPay).toBe('5020.00');
  });
});

describe('生育：居民 004 第三章 十四问，职工 第二章 二十八问（限额支付，不足限额据实支付）', () => {
  const m = (scheme: 'resident' | 'employee', visit: Record<string, unknown>, inScope: string) =>
    base(scheme, { type: 'maternity', ...visit, ...bill(inScope) });
  test.each([
    ['resident', { event: 'delivery' }, '1800', '1800.00', '500.00'],
    ['resident', { event: 'delivery' }, '2500', '2000.00', '500.00'],
    ['resident', { event: 'delivery', difficult: true, babies: 2 }, '5000', '4300.00', '500.00'],
    ['resident', { event: 'termination', gestationWeeks: 20, caesarean: true }, '2000', '1500.00', null],
    ['resident', { event: 'termination', gestationWeeks: 30 }, '2000', '1000.00', '500.00'],
    ['resident', { event: 'termination', gestationWeeks: 10 }, '800', '200.00', null],
    ['employee', { event: 'delivery' }, '4000', '3500.00', '800.00'],
    ['employee', { event: 'delivery', difficult: true }, '6000', '5500.00', '800.00'],
    ['employee', { event: 'delivery', babies: 3 }, '6000', '5100.00', '800.00'],
    ['employee', { event: 'termination', gestationWeeks: 20, caesarean: true }, '3000', '2700.00', '500.00'],
    ['employee', { event: 'termination', gestationWeeks: 12 }, '800', '500.00', '200.00'],
    ['employee', { event: 'termination', gestationWeeks: 20, liveBirth: true }, '4000', '3500.00', '800.00'],
  ] as const)('%s %j 政策范围内 %s → 生育医疗费 %s，产前检查费 %s', (scheme, visit, inScope, paid, prenatal) => {
    const r = m(scheme, visit, inScope);
    expect(r.payments.basic).toBe(paid);
    expect(r.allowances?.[0]?.amount ?? null).toBe(prenatal);
  });
  test('终止妊娠须填写孕周', () => {
    expect(() => m('resident', { event: 'termination' }, '100')).toThrow('终止妊娠请填写怀孕周数');
  });
});
