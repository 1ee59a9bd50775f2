import { subsidy } from '../../shared/veteran';
import { errorOf } from './helpers';

const valid = () => ({
  region: 'yangcheng',
  date: '2027-03-01',
  veteran: { category: 'disabled', disabilityGrade: 7, cause: 'war' },
  hospital: { inCounty: true },
  settlement: { inScopeSelfPay: '1000.00' },
  yearToDate: { subsidyPaid: '0' },
});
type Case = ReturnType<typeof valid> & Record<string, unknown>;
const broken = (edit: (c: Case) => void) => {
  const c = valid() as Case;
  edit(c);
  return errorOf(() => subsidy(c));
};

describe('输入错误：中文提示，并指出是哪一栏', () => {
  test('有效输入可以计算（对照组）', () => {
    expect(subsidy(valid()).subsidy).toBe('950.00');
  });
  test('残疾军人缺残疾等级', () => {
    const e = broken((c) => delete (c.veteran as { disabilityGrade?: number }).disabilityGrade);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('veteran.disabilityGrade');
    expect(e.message).toBe('残疾等级：残疾军人须填写残疾等级（1 到 10 级）');
  });
  test.each([0, 11, 6.5])('残疾等级 %p 不在 1 到 10', (grade) => {
    const e = broken((c) => (c.veteran.disabilityGrade = grade));
    expect(e.field).toBe('veteran.disabilityGrade');
    expect(e.message).toBe('残疾等级：残疾等级须为 1 到 10 的整数');
  });
  test('非残疾军人填了残疾等级', () => {
    const e = broken((c) => (c.veteran = { category: 'martyr-family', disabilityGrade: 3 } as never));
    expect(e.field).toBe('veteran.disabilityGrade');
    expect(e.message).toContain('只有残疾军人');
  });
  test('优抚对象类别写错：列出可选值', () => {
    const e = broken((c) => (c.veteran.category = 'veteran'));
    expect(e.field).toBe('veteran.category');
    expect(e.message).toContain('优抚对象类别：取值不在允许范围内');
    expect(e.message).toContain('demobilized-rural');
  });
  test('金额写成数字', () => {
    const e = broken((c) => (c.settlement = { inScopeSelfPay: 1000 } as never));
    expect(e.field).toBe('settlement.inScopeSelfPay');
    expect(e.message).toBe('医保、大病保险、医疗救助报销后的合规个人自付：金额须写成字符串，例如 "4500.00"');
  });
  test('金额为负', () => {
    const e = broken((c) => (c.settlement.inScopeSelfPay = '-5'));
    expect(e.message).toContain('金额须为不小于 0 的数字');
  });
  test('缺合规个人自付', () => {
    const e = broken((c) => (c.settlement = {} as never));
    expect(e.field).toBe('settlement.inScopeSelfPay');
    expect(e.message).toContain('必须填写');
  });
  test('个人账户支付多于合规自付', () => {
    const e = broken((c) => (c.settlement = { inScopeSelfPay: '100', personalAccountPaid: '100.01' } as never));
    expect(e.field).toBe('settlement.personalAccountPaid');
  });
  test('日期不存在：2027-02-30', () => {
    const e = broken((c) => (c.date = '2027-02-30'));
    expect(e.field).toBe('date');
    expect(e.message).toMatch(/^出院结算日期：/);
  });
  test('不认识的字段（拼错的 yearToDate.subsidyPayed）', () => {
    const e = broken((c) => (c.yearToDate = { subsidyPaid: '0', subsidyPayed: '10' } as never));
    expect(e.field).toBe('yearToDate.subsidyPayed');
    expect(e.message).toContain('包含不认识的字段：subsidyPayed');
  });
  test('地区不在范围内', () => {
    const e = broken((c) => (c.region = 'bazhong'));
    expect(e.field).toBe('region');
    expect(e.message).toContain('补助地区');
  });
  test('缺是否在县内住院', () => {
    const e = broken((c) => (c.hospital = {} as never));
    expect(e.field).toBe('hospital.inCounty');
    expect(e.message).toBe('是否在县内住院：必须填写');
  });
  test('当地比例超过 1', () => {
    const e = broken((c) => (c.localRatio = '1.2'));
    expect(e.field).toBe('localRatio');
  });
  test('只填工伤保险而没说旧伤复发', () => {
    const e = broken((c) => (c.settlement = { inScopeSelfPay: '1', workInjuryInsurancePays: true } as never));
    expect(e.field).toBe('settlement.injuryRecurrence');
  });
  test('不予补助情形要填 true 或 false', () => {
    const e = broken((c) => (c.exclusions = { misconduct: 'yes' }));
    expect(e.field).toBe('exclusions.misconduct');
    expect(e.message).toContain('true 或 false');
  });
});
