import { claim, disabled, errorOf, guangxi } from './helpers';

const DOC = '001_67989e468fe6913d.txt';

describe('001 第十三条 住院：一至四级全额，五至六级不低于 80%，七至十级不低于 60%', () => {
  test.each([
    [1, '10000.00', '1.00'],
    [4, '10000.00', '1.00'],
    [5, '8000.00', '0.80'],
    [6, '8000.00', '0.80'],
    [7, '6000.00', '0.60'],
    [10, '6000.00', '0.60'],
  ])('001 第十三条 %i 级 个人负担中符合医保范围的费用 10,000 → %s（比例 %s）', (grade, expected, ratio) => {
    const r = guangxi(disabled(grade, 'illness'), '10000');
    expect(r.subsidy).toBe(expected);
    expect(r.ratio).toBe(ratio);
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第十三条' });
  });
  test('001 第十三条 不设年度限额：annualCap、remainingCap 为 null', () => {
    const r = guangxi(disabled(3), '200000', { yearToDate: { subsidyPaid: '500000' } });
    expect(r.subsidy).toBe('200000.00');
    expect(r.annualCap).toBeNull();
    expect(r.remainingCap).toBeNull();
  });
  test('001 第十三条 四舍五入到分：7 级 333.33 × 60% = 199.998 → 200.00', () => {
    expect(guangxi(disabled(7), '333.33').subsidy).toBe('200.00');
  });
  test('001 第十三条 当地规定更高的比例：5 级按 85%，10,000 → 8,500', () => {
    const r = guangxi(disabled(5), '10000', { localRatio: '0.85' });
    expect(r.subsidy).toBe('8500.00');
    expect(r.ratio).toBe('0.85');
  });
  test('001 第十三条 当地比例可写到千分位：7 级 62.5%，1,000 → 625', () => {
    const r = guangxi(disabled(7), '1000', { localRatio: '0.625' });
    expect(r.subsidy).toBe('625.00');
    expect(r.ratio).toBe('0.625');
  });
  test('001 第十三条 当地比例低于最低比例（5 级 75% < 80%）→ 输入错误，说明最低比例', () => {
    const e = errorOf(() => guangxi(disabled(5), '10000', { localRatio: '0.75' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('localRatio');
    expect(e.message).toContain('不低于 80%');
  });
  test('001 第十三条 一至四级全额，不能填低于 100% 的当地比例', () => {
    expect(errorOf(() => guangxi(disabled(2), '10000', { localRatio: '0.95' })).field).toBe('localRatio');
  });
  test('001 第十三条 按最低比例估算时在说明里提示', () => {
    expect(guangxi(disabled(8), '10').notes.join('')).toContain('“不低于 60%”');
  });
  test('001 第十二条 定额门诊补助标准由各地规定：未收录（null），一站式未规定（第二十五条）', () => {
    const r = guangxi(disabled(8), '10');
    expect(r.outpatientAllowance).toBeNull();
    expect(r.oneStop).toBe(false);
    expect(r.nextApplicationMonth).toBeNull();
  });
  test('001 第十五条、第十六条 目录外费用由个人承担，不补', () => {
    const r = guangxi(disabled(1), '1000', {}, { outOfScope: '400' });
    expect(r.subsidy).toBe('1000.00');
    expect(r.notes.join('')).toContain('400.00 元 由个人承担');
  });
});

describe('001 第二条、第十二条、第三十五条 不收录的情形', () => {
  test('001 第二条 只适用于残疾退役军人：在乡复员军人 → 暂未收录', () => {
    const e = errorOf(() => guangxi({ category: 'demobilized-rural' }, '1000'));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('veteran.category');
  });
  test('001 第十二条 门诊定额补助由各地规定 → 暂未收录', () => {
    const e = errorOf(() => guangxi(disabled(3), '100', { care: 'outpatient' }));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.message).toContain('第十二条');
  });
  test('001 第三十五条 2023-12-28（印发前一天）→ 暂未收录，说明此前适用桂民发〔2007〕59 号', () => {
    const e = errorOf(() => claim('guangxi', '2023-12-28', disabled(3), '100'));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('date');
    expect(e.message).toContain('桂民发〔2007〕59 号');
  });
  test('001 第三十五条 自印发之日 2023-12-29 起施行', () => {
    expect(claim('guangxi', '2023-12-29', disabled(3), '100').subsidy).toBe('100.00');
  });
});

describe('001 第十四条、第十六条 不予补助', () => {
  test('001 列出两项情形：第十四条 定点医疗机构、第十六条 证明材料', () => {
    const r = guangxi(disabled(3), '100');
    expect(r.exclusions.map((e) => [e.id, e.source.section])).toEqual([
      ['notDesignatedHospital', '第十四条'],
      ['missingProof', '第十六条'],
    ]);
  });
  test('001 第十四条 未在定点医疗机构就医 → 0', () => {
    const r = guangxi(disabled(3), '1000', { exclusions: { notDesignatedHospital: true } });
    expect(r.subsidy).toBe('0.00');
    expect(r.steps[0].source.section).toBe('第十四条');
  });
  test('001 第十六条 证明材料不齐全 → 0', () => {
    const r = guangxi(disabled(9), '1000', { exclusions: { missingProof: true } });
    expect(r.subsidy).toBe('0.00');
    expect(r.steps[0].source.section).toBe('第十六条');
  });
  test('阳城第十一条的情形不是广西的问题：填了就报错', () => {
    expect(errorOf(() => guangxi(disabled(9), '1000', { exclusions: { misconduct: false } })).field).toBe('exclusions.misconduct');
  });
});

describe('001 第二十三条、第二十四条 因战因公致残的旧伤复发：谁来付', () => {
  const recurrence = (workInjuryInsurancePays: boolean, employerPays?: boolean) => ({
    injuryRecurrence: true,
    workInjuryInsurancePays,
    ...(employerPays === undefined ? {} : { employerPays }),
  });
  test('001 第二十四条 参加工伤保险并认定工伤：按《工伤保险条例》解决，优抚补助 0', () => {
    const r = guangxi(disabled(8, 'war'), '5000', {}, recurrence(true));
    expect(r.subsidy).toBe('0.00');
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第二十四条' });
    expect(r.steps[0].formula).toContain('工伤保险');
  });
  test('001 第二十四条 未参加工伤保险、有工作单位：由工作单位解决，优抚补助 0', () => {
    const r = guangxi(disabled(2, 'duty'), '5000', {}, recurrence(false, true));
    expect(r.subsidy).toBe('0.00');
    expect(r.steps[0].formula).toContain('工作单位解决');
  });
  test('001 第二十四条 无工作单位：由退役军人事务部门从医疗补助资金中解决，未定比例 → 暂未收录并说明去哪里申请', () => {
    const e = errorOf(() => guangxi(disabled(6, 'war'), '5000', {}, recurrence(false, false)));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.message).toContain('户籍所在地退役军人事务部门从优抚对象医疗补助资金中解决');
  });
  test('001 第二十三条 鉴定程序写进说明', () => {
    expect(guangxi(disabled(8, 'war'), '5000', {}, recurrence(true)).notes.join('')).toContain('旧伤复发医学鉴定意见');
  });
  test('001 第二十三条 因病致残不适用旧伤复发 → 输入错误', () => {
    expect(errorOf(() => guangxi(disabled(8, 'illness'), '5000', {}, recurrence(true))).field).toBe('settlement.injuryRecurrence');
  });
  test('001 第二十三条 旧伤复发须填写致残原因', () => {
    const e = errorOf(() => guangxi({ category: 'disabled', disabilityGrade: 8 }, '5000', {}, recurrence(true)));
    expect(e.field).toBe('veteran.cause');
  });
});
