import { subsidy } from '../../shared/veteran';
import { money } from '../../shared/money';
import { claim, disabled, errorOf, yangcheng } from './helpers';

const DOC = '000_22e2e209a52c8b7a.txt';

describe('000 第四条（二）定额门诊补助：在乡复员军人每人每年 800 元，其他优抚对象每人每年 600 元', () => {
  test.each([
    ['demobilized-rural', '在乡复员军人', '800.00'],
    ['martyr-family', '“三属”人员', '600.00'],
    ['ill-returned', '带病回乡退役军人', '600.00'],
    ['war-participant', '参战参试退役人员', '600.00'],
  ])('000 第四条（二） %s（%s）定额门诊补助 %s 元', (category, _name, expected) => {
    expect(yangcheng({ category }, '1000').outpatientAllowance).toBe(expected);
  });
  test('000 第二条、第四条（二） 因战七级残疾军人属于其他优抚对象：600 元', () => {
    expect(yangcheng(disabled(7, 'war'), '1000').outpatientAllowance).toBe('600.00');
  });
  test('000 第二条、第四条（二） 因公十级残疾军人属于其他优抚对象：600 元', () => {
    expect(yangcheng(disabled(10, 'duty'), '1000').outpatientAllowance).toBe('600.00');
  });
  test('000 第三条 一至六级残疾军人不是其他优抚对象，没有定额门诊补助："0.00"', () => {
    expect(yangcheng(disabled(6), '1000').outpatientAllowance).toBe('0.00');
  });
  test('000 第四条（二）“每年第一季度……发放”、第十四条 2026-07-01 施行：2026 年的定额门诊补助按原办法发放，暂未收录（null）', () => {
    const r = claim('yangcheng', '2026-09-01', { category: 'demobilized-rural' }, '1000');
    expect(r.outpatientAllowance).toBeNull();
    expect(r.notes.join('')).toContain('2027 年第一季度起发放');
  });
  test('000 第四条（二） 说明发放时间：第一季度，社会化打卡', () => {
    expect(yangcheng({ category: 'demobilized-rural' }, '1000').notes.join('')).toContain('2027 年第一季度由县退役军人事务局通过社会化打卡发放');
  });
  test('000 第四条（二）“享受门诊医疗费用定额补助后……不再进行门诊医疗补助”：其他优抚对象门诊补助 0 元', () => {
    const r = yangcheng({ category: 'martyr-family' }, '500', { care: 'outpatient' });
    expect(r.subsidy).toBe('0.00');
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第四条（二）' });
    expect(r.outpatientAllowance).toBe('600.00');
  });
});

describe('000 第四条（三）1 其他优抚对象住院医疗补助：合规部分 × 95%，年最高限额 3 万元', () => {
  test('000 第四条（三）1 在乡复员军人 县内住院 合规部分 10,000 → 9,500，一站式，剩余限额 20,500', () => {
    const r = yangcheng({ category: 'demobilized-rural' }, '10000');
    expect(r.subsidy).toBe('9500.00');
    expect(r.ratio).toBe('0.95');
    expect(r.annualCap).toBe('30000.00');
    expect(r.remainingCap).toBe('20500.00');
    expect(r.oneStop).toBe(true);
    expect(r.nextApplicationMonth).toBeNull();
    expect(r.steps[0]).toMatchObject({ payer: 'veteranSubsidy', payerName: '优抚医疗补助', amount: '9500.00' });
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第四条（三）1' });
    expect(r.steps[0].formula).toContain('10,000.00 元 × 95% = 9,500.00 元');
  });
  test('000 第四条（三）1 县外住院 非一站式：同为 95%，下一次办理 12 月', () => {
    const r = subsidy({
      region: 'yangcheng',
      date: '2027-08-15',
      veteran: { category: 'ill-returned' },
      hospital: { inCounty: false },
      settlement: { inScopeSelfPay: '4000' },
    });
    expect(r.subsidy).toBe('3800.00');
    expect(r.oneStop).toBe(false);
    expect(r.nextApplicationMonth).toBe('2027-12');
  });
  test('000 第四条（三）1 每项补助只在付出时四舍五入到分：1,234.57 × 95% = 1,172.8415 → 1,172.84', () => {
    expect(yangcheng({ category: 'war-participant' }, '1234.57').subsidy).toBe('1172.84');
  });
  test('000 第四条（三）1 四舍五入：1.01 × 95% = 0.9595 → 0.96', () => {
    expect(yangcheng({ category: 'war-participant' }, '1.01').subsidy).toBe('0.96');
  });
  test('000 第四条（三）1 本年已补助 25,000：合规部分 12,000 × 95% = 11,400 超过剩余 5,000，只补 5,000', () => {
    const r = yangcheng({ category: 'demobilized-rural' }, '12000', { yearToDate: { subsidyPaid: '25000' } });
    expect(r.subsidy).toBe('5000.00');
    expect(r.remainingCap).toBe('0.00');
    expect(r.steps[0].formula).toContain('仅余 5,000.00 元');
  });
  test('000 第四条（三）1 限额已用完：本年已补助 30,000 → 0 元', () => {
    const r = yangcheng({ category: 'demobilized-rural' }, '800', { yearToDate: { subsidyPaid: '30000' } });
    expect(r.subsidy).toBe('0.00');
    expect(r.remainingCap).toBe('0.00');
  });
  test('000 第四条（三）1 一年四次住院（县内一站式与县外非一站式共用 3 万元限额）：11,400 + 14,250 + 4,350 + 0', () => {
    const claims: [string, boolean][] = [
      ['12000', true],
      ['15000', false],
      ['10000', true],
      ['5000', false],
    ];
    let paid = '0';
    const got: string[] = [];
    const left: (string | null)[] = [];
    for (const [inScopeSelfPay, inCounty] of claims) {
      const r = subsidy({
        region: 'yangcheng',
        date: '2027-05-10',
        veteran: { category: 'martyr-family' },
        hospital: { inCounty },
        settlement: { inScopeSelfPay },
        yearToDate: { subsidyPaid: paid },
      });
      got.push(r.subsidy);
      left.push(r.remainingCap);
      paid = money(paid).plus(r.subsidy).toFixed(2);
    }
    expect(got).toEqual(['11400.00', '14250.00', '4350.00', '0.00']);
    expect(left).toEqual(['18600.00', '4350.00', '0.00', '0.00']);
  });
  test('000 第四条（三）1 未填本年度已获补助：按 0 计算，并在说明里提示', () => {
    const r = yangcheng({ category: 'martyr-family' }, '100');
    expect(r.remainingCap).toBe('29905.00');
    expect(r.notes.join('')).toContain('未填写本年度已获住院医疗补助');
  });
  test('000 第四条（一） 资助参保写进说明', () => {
    expect(yangcheng({ category: 'martyr-family' }, '100').notes.join('')).toContain('通过医疗救助基金等按当年度城乡居民医保缴费标准资助参保缴费');
  });
  test('000 第十一条（五） 目录外费用不补，只在说明中提示', () => {
    const r = yangcheng({ category: 'martyr-family' }, '1000', {}, { outOfScope: '350' });
    expect(r.subsidy).toBe('950.00');
    expect(r.notes.join('')).toContain('目录外费用 350.00 元');
  });
});

describe('000 第三条（二） 一至六级残疾军人：医保报销后的个人自付全额补助', () => {
  test('000 第三条（二）2 六级 住院 个人自付 8,000 → 全额 8,000，不设年度限额', () => {
    const r = yangcheng(disabled(6, 'illness'), '8000');
    expect(r.subsidy).toBe('8000.00');
    expect(r.ratio).toBe('1.00');
    expect(r.annualCap).toBeNull();
    expect(r.remainingCap).toBeNull();
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第三条（二）' });
  });
  test('000 第三条（二）2 一级 住院 本年已补助 50,000 也不受 3 万元限额影响：40,000 → 40,000', () => {
    expect(yangcheng(disabled(1), '40000', { yearToDate: { subsidyPaid: '50000' } }).subsidy).toBe('40000.00');
  });
  test('000 第三条（二）2 个人医保账户支付的费用不纳入：8,000 − 500 = 7,500', () => {
    const r = yangcheng(disabled(3, 'duty'), '8000', {}, { personalAccountPaid: '500' });
    expect(r.subsidy).toBe('7500.00');
    expect(r.steps[0].formula).toContain('个人医保账户支付 500.00 元 = 7,500.00 元');
  });
  test('000 第三条（二）1 一至六级 门诊个人自付 300 → 300；门诊不是一站式也没有办理月份', () => {
    const r = yangcheng(disabled(2), '300', { care: 'outpatient' });
    expect(r.subsidy).toBe('300.00');
    expect(r.oneStop).toBe(false);
    expect(r.nextApplicationMonth).toBeNull();
  });
  test('000 第三条（一） 一至六级的职工医保缴费补助写进说明', () => {
    expect(yangcheng(disabled(5), '1').notes.join('')).toContain('以阳城县上一年度在岗职工平均工资为缴费基数');
  });
  test('000 第三条（二）2 住院不纳入的项目写进说明（空调费、取暖费、陪床费……）', () => {
    expect(yangcheng(disabled(5), '1').notes.join('')).toContain('空调费、取暖费、陪床费、超标准床位费');
  });
  test('000 第六条 一至六级县外住院同样按 7 月、12 月办理', () => {
    const r = claim('yangcheng', '2027-02-01', disabled(4), '100', { hospital: { inCounty: false } });
    expect(r.nextApplicationMonth).toBe('2027-07');
    expect(r.oneStop).toBe(false);
  });
});

describe('000 第二条 残疾等级与致残原因的边界', () => {
  test('000 第二条、第三条 六级 → 全额；七级 → 95%（同一合规部分 1,000）', () => {
    expect(yangcheng(disabled(6), '1000').subsidy).toBe('1000.00');
    expect(yangcheng(disabled(7), '1000').subsidy).toBe('950.00');
  });
  test('000 第二条 因病六级仍是优抚对象：全额', () => {
    expect(yangcheng(disabled(6, 'illness'), '1000').subsidy).toBe('1000.00');
  });
  test('000 第二条 因病七级不是本细则所称优抚对象：不符合条件，补助 0', () => {
    const r = yangcheng(disabled(7, 'illness'), '1000');
    expect(r.eligible).toBe(false);
    expect(r.subsidy).toBe('0.00');
    expect(r.outpatientAllowance).toBe('0.00');
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第二条' });
    expect(r.steps[0].formula).toContain('因病7级');
  });
  test('000 第二条 七级须填写致残原因：缺了就说清楚', () => {
    const e = errorOf(() => yangcheng({ category: 'disabled', disabilityGrade: 7 }, '1000'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('veteran.cause');
    expect(e.message).toContain('致残原因');
  });
  test('000 第二条 一至六级不要求致残原因', () => {
    expect(yangcheng({ category: 'disabled', disabilityGrade: 2 }, '10').subsidy).toBe('10.00');
  });
});

describe('000 第四条（三）2 七至十级残疾军人旧伤复发', () => {
  const recurrence = (workInjuryInsurancePays: boolean, employerPays?: boolean) => ({
    injuryRecurrence: true,
    workInjuryInsurancePays,
    ...(employerPays === undefined ? {} : { employerPays }),
  });
  test('000 第四条（三）2 无用人单位或单位无力支付：按 80% 补助，5,000 → 4,000，不占 3 万元限额', () => {
    const r = yangcheng(disabled(8, 'duty'), '5000', { yearToDate: { subsidyPaid: '30000' } }, recurrence(false, false));
    expect(r.subsidy).toBe('4000.00');
    expect(r.ratio).toBe('0.80');
    expect(r.annualCap).toBeNull();
    expect(r.steps[0].source).toEqual({ doc: DOC, section: '第四条（三）2' });
  });
  test('000 第四条（三）2 已参加工伤保险：由工伤保险基金支付，优抚补助 0', () => {
    const r = yangcheng(disabled(9, 'war'), '5000', {}, recurrence(true));
    expect(r.subsidy).toBe('0.00');
    expect(r.steps[0].formula).toContain('工伤保险基金支付');
  });
  test('000 第四条（三）2 未参加工伤保险：由用人单位按工伤保险标准解决，优抚补助 0', () => {
    const r = yangcheng(disabled(10, 'war'), '5000', {}, recurrence(false, true));
    expect(r.subsidy).toBe('0.00');
    expect(r.steps[0].formula).toContain('用人单位');
  });
  test('000 第四条（三）2 旧伤复发须回答由谁支付，不替用户假设', () => {
    const e = errorOf(() => yangcheng(disabled(8), '5000', {}, { injuryRecurrence: true }));
    expect(e.field).toBe('settlement.workInjuryInsurancePays');
    const e2 = errorOf(() => yangcheng(disabled(8), '5000', {}, { injuryRecurrence: true, workInjuryInsurancePays: false }));
    expect(e2.field).toBe('settlement.employerPays');
  });
  test('000 第四条（三）2 只适用于残疾军人：在乡复员军人填旧伤复发 → 输入错误', () => {
    const e = errorOf(() => yangcheng({ category: 'demobilized-rural' }, '5000', {}, recurrence(false, false)));
    expect(e.field).toBe('settlement.injuryRecurrence');
  });
  test('000 第三条 一至六级旧伤复发仍按全额补助', () => {
    expect(yangcheng(disabled(5), '5000', {}, recurrence(false, false)).subsidy).toBe('5000.00');
  });
});

describe('000 第十一条 不在医疗补助范围内的情形：每项都问，属于就补助 0 并说明', () => {
  test('000 第十一条 列出五项情形，每项引用到（一）至（五）', () => {
    const r = yangcheng({ category: 'martyr-family' }, '100');
    expect(r.exclusions.map((e) => e.id)).toEqual([
      'falseInformation',
      'misconduct',
      'liableThirdParty',
      'cosmeticOrRehabilitation',
      'notSettledByInsurance',
    ]);
    expect(r.exclusions.map((e) => e.source.section)).toEqual([
      '第十一条（一）',
      '第十一条（二）',
      '第十一条（三）',
      '第十一条（四）',
      '第十一条（五）',
    ]);
    expect(r.exclusions[2].text).toBe('因交通事故、医疗事故以及其他赔付责任人应予以支付的医疗费用');
  });
  test.each([
    ['falseInformation', '第十一条（一）'],
    ['misconduct', '第十一条（二）'],
    ['liableThirdParty', '第十一条（三）'],
    ['cosmeticOrRehabilitation', '第十一条（四）'],
    ['notSettledByInsurance', '第十一条（五）'],
  ])('000 %s（%s）→ 补助 0，限额不动', (id, section) => {
    const r = yangcheng({ category: 'demobilized-rural' }, '10000', { exclusions: { [id]: true }, yearToDate: { subsidyPaid: '1000' } });
    expect(r.subsidy).toBe('0.00');
    expect(r.ratio).toBe('0.00');
    expect(r.remainingCap).toBe('29000.00');
    expect(r.steps[0].source.section).toBe(section);
    expect(r.notes.join('')).toContain('本次不予补助');
  });
  test('000 第十一条 一至六级同样适用：交通事故 → 0', () => {
    expect(yangcheng(disabled(2), '10000', { exclusions: { liableThirdParty: true } }).subsidy).toBe('0.00');
  });
  test('000 第十一条 七至十级旧伤复发同样适用：打架斗殴 → 0', () => {
    const r = yangcheng(disabled(8), '10000', { exclusions: { misconduct: true } }, { injuryRecurrence: true, workInjuryInsurancePays: false, employerPays: false });
    expect(r.subsidy).toBe('0.00');
  });
  test('000 第十一条 回答“否”不影响补助', () => {
    expect(yangcheng({ category: 'demobilized-rural' }, '100', { exclusions: { misconduct: false, liableThirdParty: false } }).subsidy).toBe('95.00');
  });
  test('广西的情形（定点医疗机构）不是阳城的问题：填了就报错', () => {
    const e = errorOf(() => yangcheng({ category: 'demobilized-rural' }, '100', { exclusions: { notDesignatedHospital: true } }));
    expect(e.field).toBe('exclusions.notDesignatedHospital');
  });
});

describe('000 第十四条 自 2026 年 7 月 1 日起施行', () => {
  test('000 第十四条 2026-06-30 → 暂未收录，说明此前适用 2016 年的试行办法', () => {
    const e = errorOf(() => claim('yangcheng', '2026-06-30', { category: 'demobilized-rural' }, '1000'));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('date');
    expect(e.message).toContain('暂未收录');
    expect(e.message).toContain('阳民字[2016]11 号');
  });
  test('000 第十四条 2026-07-01 当天起适用：1,000 × 95% = 950', () => {
    expect(claim('yangcheng', '2026-07-01', { category: 'demobilized-rural' }, '1000').subsidy).toBe('950.00');
  });
  test('阳城的比例由细则规定：填当地比例 → 输入错误', () => {
    const e = errorOf(() => yangcheng({ category: 'demobilized-rural' }, '1000', { localRatio: '0.99' }));
    expect(e.field).toBe('localRatio');
  });
});
