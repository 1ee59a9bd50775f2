import { feeDiscounts } from '../../shared/veteran';
import { errorOf } from './helpers';

const bill = { surgery: '1000', consultation: '20', equipmentExam: '300', bed: '50' };
const at = (kind: string, extra: Record<string, unknown> = {}, items: Record<string, string> = bill) =>
  feeDiscounts({ region: 'guangxi', date: '2024-05-01', hospital: { kind }, bill: items, ...extra });
const charged = (r: ReturnType<typeof feeDiscounts>) => Object.fromEntries(r.lines.map((l) => [l.item, l.charged]));

describe('001 第二十条 自治区内公立医疗机构：手术费按 70%、诊查费按 50% 收取，检查费、床位费减免不低于 10%', () => {
  test('001 第二十条（一） 手术费 1,000 按 70% 收取 → 700', () => {
    expect(charged(at('public')).surgery).toBe('700.00');
  });
  test('001 第二十条（一） 诊查费 20 按 50% 收取 → 10', () => {
    expect(charged(at('public')).consultation).toBe('10.00');
  });
  test('001 第二十条（二） 医疗器械设备检查费 300 减免不低于 10% → 最多付 270，标明“至少”', () => {
    const line = at('public').lines.find((l) => l.item === 'equipmentExam');
    expect(line?.charged).toBe('270.00');
    expect(line?.atLeast).toBe(true);
    expect(line?.formula).toContain('原则上不低于 10%');
  });
  test('001 第二十条（三） 住院床位费 50 减免不低于 10% → 最多付 45', () => {
    const line = at('public').lines.find((l) => l.item === 'bed');
    expect(line?.charged).toBe('45.00');
    expect(line?.atLeast).toBe(true);
  });
  test('001 第二十条 合计：原价 1,370 → 估算应付 1,025，减免 345；说明这是估算', () => {
    const r = at('public');
    expect([r.listedTotal, r.chargedTotal, r.reductionTotal]).toEqual(['1370.00', '1025.00', '345.00']);
    expect(r.notes[0]).toContain('估算');
    expect(r.lines.every((l) => l.source?.section === '第二十条')).toBe(true);
  });
  test('001 第二十条 每项四舍五入到分：手术费 33.33 × 70% = 23.331 → 23.33；床位 0.05 × 90% = 0.045 → 0.05', () => {
    expect(charged(at('public', {}, { surgery: '33.33', bed: '0.05' }))).toEqual({ surgery: '23.33', bed: '0.05' });
  });
  test('001 第二十条 只算账单上填了的项目', () => {
    expect(at('public', {}, { bed: '100' }).lines.map((l) => l.item)).toEqual(['bed']);
  });
});

describe('001 第二十一条、第二十二条 军队医疗机构与优抚医院免除诊查费', () => {
  test('001 第二十一条 军队医疗机构 门诊诊查费免除 → 0，其他项目未规定减免按原价', () => {
    const r = at('military', { visit: 'outpatient' });
    expect(charged(r)).toEqual({ surgery: '1000.00', consultation: '0.00', equipmentExam: '300.00', bed: '50.00' });
    expect(r.lines.find((l) => l.item === 'consultation')?.source?.section).toBe('第二十一条');
  });
  test('001 第二十一条 军队医疗机构 急诊诊查费同样免除', () => {
    expect(charged(at('military', { visit: 'emergency' }, { consultation: '30' })).consultation).toBe('0.00');
  });
  test('001 第二十一条 军队医疗机构 住院诊查费不在“门急诊”之列 → 原价', () => {
    expect(charged(at('military', { visit: 'inpatient' }, { consultation: '30' })).consultation).toBe('30.00');
  });
  test('001 第二十二条 优抚医院 普通门诊诊查费免除；其余按公立医疗机构第二十条', () => {
    const r = at('specialCare', { visit: 'outpatient' });
    expect(charged(r)).toEqual({ surgery: '700.00', consultation: '0.00', equipmentExam: '270.00', bed: '45.00' });
  });
  test('001 第二十二条 优抚医院 住院诊查费不免除，按第二十条 50%', () => {
    expect(charged(at('specialCare', { visit: 'inpatient' }, { consultation: '30' })).consultation).toBe('15.00');
  });
  test('军队医疗机构的诊查费要知道就诊类型', () => {
    expect(errorOf(() => at('military', {}, { consultation: '30' })).field).toBe('visit');
  });
  test('001 第二十条 民营医疗机构只是“鼓励”参照：按原价估算', () => {
    const r = at('private');
    expect(r.chargedTotal).toBe('1370.00');
    expect(r.notes.join('')).toContain('民营医疗机构');
  });
});

describe('收费优惠的收录范围', () => {
  test('000 没有收费优惠：阳城 → 暂未收录', () => {
    const e = errorOf(() => feeDiscounts({ region: 'yangcheng', date: '2027-01-01', hospital: { kind: 'public' }, bill }));
    expect(e.code).toBe('NOT_COVERED');
  });
  test('001 第三十五条 印发前 → 暂未收录', () => {
    const e = errorOf(() => feeDiscounts({ region: 'guangxi', date: '2023-01-01', hospital: { kind: 'public' }, bill }));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.field).toBe('date');
  });
  test('金额写错 → 中文提示并指出字段', () => {
    const e = errorOf(() => feeDiscounts({ region: 'guangxi', date: '2024-01-01', hospital: { kind: 'public' }, bill: { bed: 50 } }));
    expect(e.field).toBe('bill.bed');
    expect(e.message).toMatch(/^住院床位费：/);
  });
});
