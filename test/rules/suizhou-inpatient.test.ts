import { sz, stay, errorOf, stepOf } from './suizhou-helpers';

const DOC = '002_711c23464f3dfc1b.txt';
const TABLE = { doc: DOC, section: '四、住院待遇 城乡居民基本医疗保险政策表' };

/**
 * Every cell of 002's 城乡居民基本医疗保险政策表, restated from the slide (not read from the parameters), each on a
 * 10,000 元 in-scope 甲类 stay: 统筹支付 = (10,000 − 转外先行自付 − 起付线) × 甲类比例. 市外 prints 1500 and 10% / 20%
 * once per block (merged over the three levels).
 */
type Row = [place: string, level: string, deductible: string, referralPrepay: string, ratio: string, basic: string];
const CELLS: Row[] = [
  // 市内
  ['local', 'level1', '200', '0', '90%', '8820.00'],
  ['local', 'level2', '500', '0', '80%', '7600.00'],
  ['local', 'level3', '900', '0', '70%', '6370.00'],
  // 市内（含异地安置退休人员、异地长期居住人员、常驻异地工作人员在备案地就医）
  ['long-term-filed', 'level1', '200', '0', '90%', '8820.00'],
  ['long-term-filed', 'level2', '500', '0', '80%', '7600.00'],
  ['long-term-filed', 'level3', '900', '0', '70%', '6370.00'],
  // 市外 101 异地转诊人员和异地急诊抢救人员：起付线 1500，转外先行自付 10%
  ['temporary-filed', 'level1', '1500', '1000.00', '90%', '6750.00'],
  ['temporary-filed', 'level2', '1500', '1000.00', '80%', '6000.00'],
  ['temporary-filed', 'level3', '1500', '1000.00', '70%', '5250.00'],
  // 市外 903 非急诊且未转诊的其他临时外出就医人员：起付线 1500，转外先行自付 20%
  ['unfiled', 'level1', '1500', '2000.00', '90%', '5850.00'],
  ['unfiled', 'level2', '1500', '2000.00', '80%', '5200.00'],
  ['unfiled', 'level3', '1500', '2000.00', '70%', '4550.00'],
];

describe('002 四、住院待遇 城乡居民基本医疗保险政策表：每个单元格', () => {
  test.each(CELLS)('%s %s：起付线 %s、转外先行自付 %s、甲类 %s → 政策范围内 10,000 统筹 %s', (place, level, deductible, prepay, ratio, basic) => {
    const r = sz(stay(level as 'level1', '10000', { place }));
    expect(r.payments.basic).toBe(basic);
    const step = stepOf(r, 'basic')!;
    expect(step.formula).toContain(`起付线 ${Number(deductible).toLocaleString('en-US')}.00 元`);
    expect(step.formula).toContain(`× 甲类比例 ${ratio}`);
    expect(step.source).toEqual(TABLE);
    const prepayStep = r.steps.find((s) => s.payerName === '转外先行自付');
    if (prepay === '0') expect(prepayStep).toBeUndefined();
    else expect(prepayStep).toMatchObject({ payer: 'patient', amount: prepay });
    // the 先行自付 stays in the patient's in-scope self-pay
    expect(r.selfPayInScope).toBe((10000 - Number(basic)).toFixed(2));
  });
  test('市外 101 的国家字典码写进说明', () => {
    expect(stepOf(sz(stay('level3', '10000', { place: 'temporary-filed' })), 'basic')!.formula).toContain('国家字典码 101');
    expect(stepOf(sz(stay('level3', '10000', { place: 'unfiled' })), 'basic')!.formula).toContain('国家字典码 903');
  });
});

describe('002 四、住院待遇 政策表 乙类一栏：“个人先行自付10%，再按甲类比例支付”', () => {
  test('市内 三级 政策范围内 10,000 其中乙类 4,000：乙类先行自付 400，(10,000 − 400 − 900) × 70% = 6,090', () => {
    const r = sz(stay('level3', '10000', { classBCost: '4000' }));
    expect(r.payments.basic).toBe('6090.00');
    expect(r.steps.find((s) => s.payerName === '乙类先行自付')).toMatchObject({ payer: 'patient', amount: '400.00' });
    expect(r.notes.join('')).not.toContain('未填写乙类费用');
  });
  test('市外转诊 三级 10,000 其中乙类 4,000：转外 1,000 + 乙类 400，(10,000 − 1,000 − 400 − 1,500) × 70% = 4,970', () => {
    const r = sz(stay('level3', '10000', { place: 'temporary-filed', classBCost: '4000' }));
    expect(r.payments.basic).toBe('4970.00');
    expect(stepOf(r, 'basic')!.formula).toBe(
      '市外·异地转诊人员和异地急诊抢救人员（国家字典码 101）·三级定点医疗机构：（政策范围内费用 10,000.00 元 − 转外先行自付 1,000.00 元 − 乙类先行自付 400.00 元 − 起付线 1,500.00 元）× 甲类比例 70% = 4,970.00 元',
    );
  });
  test('乙类先行自付到分：乙类 3,333.35 × 10% = 333.335 → 333.34，(10,000 − 333.34 − 200) × 90% = 8,519.994 → 8,519.99', () => {
    const r = sz(stay('level1', '10000', { classBCost: '3333.35' }));
    expect(r.steps.find((s) => s.payerName === '乙类先行自付')!.amount).toBe('333.34');
    // 9,466.66 × 0.9 = 8,519.994 → 8,519.99
    expect(r.payments.basic).toBe('8519.99');
  });
  test('未填写乙类费用：按全部甲类估算，并提示', () => {
    const r = sz(stay('level3', '10000'));
    expect(r.payments.basic).toBe('6370.00');
    expect(r.notes.join('')).toContain('未填写乙类费用');
  });
  test('乙类费用大于政策范围内费用 → 输入错误', () => {
    const e = errorOf(() => sz(stay('level3', '10000', { classBCost: '10000.01' })));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('visit.classBCost');
    expect(e.message).toContain('乙类费用不能大于政策范围内费用');
  });
  test('扣除先行自付后未超过起付线：市外未转诊 一级 1,800 → 20% 先行自付 360，1,440 未超过 1,500，不予支付', () => {
    const r = sz(stay('level1', '1800', { place: 'unfiled' }));
    expect(r.payments.basic).toBe('0.00');
    expect(stepOf(r, 'basic')!.formula).toContain('1,440.00 元 未超过起付线 1,500.00 元，不予支付');
    expect(r.selfPayInScope).toBe('1800.00');
  });
});

describe('002 四、住院待遇 政策表 备注 1：过渡期内住院不设起付标准，2026 年起执行城乡居民住院起付标准', () => {
  const WAIVED = ['extreme-poverty', 'orphan', 'dibao', 'severe-disability', 'severe-mental-illness', 'family-planning-hardship'];
  test.each(WAIVED)('%s：2025 年 市内三级 10,000 → 10,000 × 70% = 7,000；2026 年 (10,000 − 900) × 70% = 6,370', (category) => {
    const in2025 = sz(stay('level3', '10000'), { date: '2025-12-31', categories: [category] });
    expect(in2025.payments.basic).toBe('7000.00');
    expect(stepOf(in2025, 'basic')!.formula).toContain('过渡期内住院不设起付标准');
    expect(stepOf(in2025, 'basic')!.source).toEqual({ doc: DOC, section: '四、住院待遇 城乡居民基本医疗保险政策表 备注 1' });
    const in2026 = sz(stay('level3', '10000'), { date: '2026-01-01', categories: [category] });
    expect(in2026.payments.basic).toBe('6370.00');
  });
  test.each(['fallen-into-poverty', 'relapse-monitored', 'dibao-edge', 'out-of-poverty', 'veteran'])('%s 不在名单中：2025 年照扣起付线 → 6,370', (category) => {
    expect(sz(stay('level3', '10000'), { categories: [category] }).payments.basic).toBe('6370.00');
  });
  test('市外也不设起付线：低保对象 转诊 三级 10,000 → (10,000 − 1,000) × 70% = 6,300', () => {
    expect(sz(stay('level3', '10000', { place: 'temporary-filed' }), { categories: ['dibao'] }).payments.basic).toBe('6300.00');
  });
});

describe('002 四、住院待遇 政策表 备注 2：基本医疗保险基金年度最高支付限额 15 万元（含住院和门诊）', () => {
  test('市内三级 政策范围内 300,000：(300,000 − 900) × 70% = 209,370 超限，统筹付 150,000', () => {
    const r = sz(stay('level3', '300000'));
    expect(r.payments.basic).toBe('150000.00');
    expect(stepOf(r, 'basic')!.formula).toContain('年度最高支付限额 150,000.00 元（含住院和门诊）仅余 150,000.00 元');
  });
  test('本年已支付 140,000（含门诊）：本次 (20,000 − 900) × 70% = 13,370 只付 10,000', () => {
    const r = sz(stay('level3', '20000'), { yearToDate: { basicPaid: '140000' } });
    expect(r.payments.basic).toBe('10000.00');
    expect(r.yearToDateAfter.basicPaid).toBe('150000.00');
  });
  test('一年内第二次住院：第一次的 yearToDateAfter 接着算', () => {
    const first = sz(stay('level3', '200000'));
    expect(first.payments.basic).toBe('139370.00');
    const second = sz(stay('level3', '20000'), { yearToDate: first.yearToDateAfter });
    expect(second.payments.basic).toBe('10630.00');
  });
});

describe('输出与巴中相同：各项合计、个人负担', () => {
  test('总费用 12,000、政策范围内 10,000 市内二级：统筹 7,600；个人负担 = 目录外 2,000 + 自付 2,400 = 4,400', () => {
    const r = sz({ ...stay('level2', '10000'), totalCost: '12000' });
    expect(r.region).toBe('suizhou');
    expect(r.payments.basic).toBe('7600.00');
    expect(r.outOfScope).toBe('2000.00');
    expect(r.selfPayInScope).toBe('2400.00');
    expect(r.personalPay).toBe('4400.00');
    expect(r.fundTotal).toBe('7600.00');
    expect(r.steps[r.steps.length - 1]).toMatchObject({ payer: 'patient', amount: '4400.00' });
  });
});

describe('002 未涵盖的，回答“暂未收录”', () => {
  test('职工医保', () => {
    const e = errorOf(() => sz(stay('level3', '10000'), { scheme: 'employee' }));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('scheme');
    expect(e.message).toBe('湖北省随州市随县暂未收录职工医保');
  });
  test('乡镇卫生院：政策表只列一级、二级、三级', () => {
    const e = errorOf(() => sz(stay('township', '10000')));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('visit.facilityLevel');
    expect(e.message).toContain('未单列乡镇卫生院');
  });
  test.each([
    ['maternity', { type: 'maternity', event: 'delivery', totalCost: '5000', inScopeCost: '5000' }],
    ['high-value-drug', { type: 'high-value-drug', facilityLevel: 'level3', place: 'local', totalCost: '5000', inScopeCost: '5000' }],
  ])('就医类型 %s', (_name, visit) => {
    const e = errorOf(() => sz(visit));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('visit.type');
  });
  test('2025 年以前', () => {
    const e = errorOf(() => sz(stay('level3', '10000'), { date: '2024-12-31' }));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('date');
  });
});
