import { sz, bill, errorOf, stepOf } from './suizhou-helpers';

const DOC = '002_711c23464f3dfc1b.txt';
const op = (facilityLevel: string, inScope: string, more: Record<string, unknown> = {}) => ({ type: 'outpatient', facilityLevel, ...bill(inScope), ...more });

describe('002 三、门诊待遇 门诊统筹：不设起付线，一级及以下 50%，年封顶 350 元；日限额 卫生室 30 元、卫生院 50 元', () => {
  test('卫生院（乡镇卫生院）政策范围内 80 → 40，未达到日限额按实际', () => {
    const r = sz(op('township', '80'));
    expect(r.payments.basic).toBe('40.00');
    expect(stepOf(r, 'basic')!.formula).toContain('未达到卫生院（社区卫生服务中心、附属医院）日限额 50.00 元，按实际结算');
    expect(stepOf(r, 'basic')!.source).toEqual({ doc: DOC, section: '三、门诊待遇 门诊统筹' });
  });
  test('卫生院 政策范围内 150 → 75，超过日限额付 50', () => {
    expect(sz(op('township', '150')).payments.basic).toBe('50.00');
  });
  test('村卫生室 政策范围内 50 → 25；80 → 40 超过日限额付 30', () => {
    expect(sz(op('level1', '50', { villageClinic: true })).payments.basic).toBe('25.00');
    expect(sz(op('level1', '80', { villageClinic: true })).payments.basic).toBe('30.00');
  });
  test('年封顶 350：本年已支付 330 → 卫生院 100 × 50% = 50 只付 20', () => {
    const r = sz(op('township', '100'), { yearToDate: { outpatientPaid: '330' } });
    expect(r.payments.basic).toBe('20.00');
    expect(r.yearToDateAfter.outpatientPaid).toBe('350.00');
    expect(r.yearToDateAfter.basicPaid).toBe('20.00');
  });
  test('二级、三级医疗机构的普通门诊：门诊统筹不予支付，并说明', () => {
    const r = sz(op('level2', '200'));
    expect(r.payments.basic).toBe('0.00');
    expect(stepOf(r, 'basic')!.formula).toContain('只在一级及以下定点医疗机构报销');
  });
  test('产前检查、先兆流产、流产、引产：三级医院 300 × 50% = 150，不受日限额和等级限制', () => {
    const r = sz(op('level3', '300', { pregnancyCare: true }));
    expect(r.payments.basic).toBe('150.00');
    expect(stepOf(r, 'basic')!.formula).toContain('不受日限额和医疗机构等级限制');
  });
  test('产前检查仍在年封顶 350 之内：已支付 300 → 本次只付 50', () => {
    expect(sz(op('township', '300', { pregnancyCare: true }), { yearToDate: { outpatientPaid: '300' } }).payments.basic).toBe('50.00');
  });
  test('15 万基金年度限额含门诊：本年基本医保已支付 149,980 → 卫生院 150 只付 20', () => {
    const r = sz(op('township', '150'), { yearToDate: { basicPaid: '149980' } });
    expect(r.payments.basic).toBe('20.00');
    expect(stepOf(r, 'basic')!.formula).toContain('（含住院和门诊）仅余 20.00 元');
  });
  test('门诊统筹的支付计入基金年度累计，再住院时少付', () => {
    const visit = sz(op('township', '100'), { yearToDate: { basicPaid: '149990' } });
    expect(visit.payments.basic).toBe('10.00');
    const stay = sz({ type: 'inpatient', facilityLevel: 'level1', place: 'local', ...bill('5000') }, { yearToDate: visit.yearToDateAfter });
    expect(stay.payments.basic).toBe('0.00');
  });
  test('日限额按一张单据一天计算，并提示', () => {
    expect(sz(op('township', '10')).notes.join('')).toContain('本估算把这张单据当作一天的费用');
  });
  test('定点零售药店 → 暂未收录', () => {
    const e = errorOf(() => sz(op('pharmacy', '100')));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('visit.facilityLevel');
  });
  test('村卫生室、卫生院以外的一级医疗机构：日限额未载明 → 暂未收录', () => {
    const e = errorOf(() => sz(op('level1', '100')));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.message).toContain('其他一级医疗机构的日限额文件未载明');
  });
  test('村卫生室填成二级 → 输入错误', () => {
    const e = errorOf(() => sz(op('level2', '100', { villageClinic: true })));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('visit.villageClinic');
  });
});

describe('002 三、门诊待遇 “两病”：50%，高血压 450、糖尿病 500、两病 550，含门诊统筹年度限额，不受日限额', () => {
  const two = (diseases: string[], inScope: string) => ({ type: 'two-diseases', diseases, ...bill(inScope) });
  test.each([
    [['hypertension'], '1000', '450.00'],
    [['diabetes'], '1000', '500.00'],
    [['hypertension', 'diabetes'], '1200', '550.00'],
    [['diabetes'], '300', '150.00'],
  ])('%j 政策范围内 %s → %s', (diseases, inScope, basic) => {
    const r = sz(two(diseases, inScope));
    expect(r.payments.basic).toBe(basic);
    expect(stepOf(r, 'basic')!.source).toEqual({ doc: DOC, section: '三、门诊待遇 高血压和糖尿病门诊（“两病”门诊）' });
  });
  test('限额包含门诊统筹：本年门诊统筹已支付 350 → 高血压只余 100', () => {
    const r = sz(two(['hypertension'], '1000'), { yearToDate: { outpatientPaid: '350' } });
    expect(r.payments.basic).toBe('100.00');
    expect(stepOf(r, 'basic')!.formula).toContain('本年门诊统筹已支付 350.00 元、“两病”已支付 0.00 元，仅余 100.00 元');
  });
  test('本年“两病”已支付 400 → 糖尿病只余 100；累计写入 twoDiseasesPaid', () => {
    const r = sz(two(['diabetes'], '1000'), { yearToDate: { twoDiseasesPaid: '400' } });
    expect(r.payments.basic).toBe('100.00');
    expect(r.yearToDateAfter.twoDiseasesPaid).toBe('500.00');
  });
  test('提示：纳入门诊慢特病保障的不再享受“两病”待遇', () => {
    expect(sz(two(['diabetes'], '100')).notes.join('')).toContain('纳入门诊慢特病保障的不再享受“两病”待遇');
  });
});

describe('002 三、门诊待遇 门诊慢特病和单独支付药品：慢性病 60%，特殊疾病 70%（器官移植抗排异、慢性肾衰透析 80%），单独支付药品 50%', () => {
  test('门诊慢性病 1,000 → 600；未载明病种限额，并提示', () => {
    const r = sz({ type: 'chronic', diseaseCode: 'M04600', ...bill('1000') });
    expect(r.payments.basic).toBe('600.00');
    expect(r.payments.seriousIllness).toBe('0.00');
    expect(r.notes.join('')).toContain('未载明随县门诊慢特病的起付线和各病种年度支付限额');
    expect(stepOf(r, 'basic')!.source).toEqual({ doc: DOC, section: '三、门诊待遇 门诊慢特病和单独支付药品使用' });
  });
  test.each([
    [undefined, '700.00'],
    ['transplant-antirejection', '800.00'],
    ['dialysis', '800.00'],
  ])('门诊特殊疾病 治疗 %s：1,000 → %s', (treatment, basic) => {
    const r = sz({ type: 'special', diseaseCode: 'M07800', ...bill('1000'), ...(treatment ? { treatment } : {}) });
    expect(r.payments.basic).toBe(basic);
  });
  test('单独支付药品 10,000 → 5,000', () => {
    expect(sz({ type: 'single-pay-drug', ...bill('10000') }).payments.basic).toBe('5000.00');
  });
  test('大病保险含门诊慢特病：特殊疾病 100,000 → 统筹 70,000，自付 30,000：(30,000 − 12,000) × 60% = 10,800', () => {
    const r = sz({ type: 'special', diseaseCode: 'M07800', ...bill('100000') });
    expect(r.payments.basic).toBe('70000.00');
    expect(r.payments.seriousIllness).toBe('10800.00');
  });
  test('大病保险含“单独支付”药品：100,000 → 统筹 50,000，自付 50,000：18,000 × 60% + 20,000 × 65% = 23,800', () => {
    expect(sz({ type: 'single-pay-drug', ...bill('100000') }).payments.seriousIllness).toBe('23800.00');
  });
  test('医疗救助含门诊慢特病：特困人员 慢性病 1,000 → 统筹 600，救助 400，政策范围内个人自付 0', () => {
    const r = sz({ type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { categories: ['extreme-poverty'] });
    expect(r.payments.basic).toBe('600.00');
    expect(r.payments.assistance).toBe('400.00');
    expect(r.selfPayInScope).toBe('0.00');
  });
  test('门诊慢特病也在 15 万基金限额内：已支付 149,500 → 慢性病 1,000 只付 500', () => {
    expect(sz({ type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { yearToDate: { basicPaid: '149500' } }).payments.basic).toBe('500.00');
  });
});
