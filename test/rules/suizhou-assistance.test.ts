import { sz, stay, stepOf } from './suizhou-helpers';

const DOC = '002_711c23464f3dfc1b.txt';

/**
 * 002 四、住院待遇 医疗救助政策 基本救助表: 一类 起付线 0、100%；二类 0、70%；三类 1800、60%；四类 5000、50%；年救助限额
 * 4 万. One stay for every identity: 市内二级 政策范围内 30,000（总费用 32,000）, 2025.
 *   普通：统筹 (30,000 − 500) × 80% = 23,600，自付 6,400，大病未过 1.2 万.
 *   特困、孤儿、低保（备注 1 不设起付线）：统筹 24,000，自付 6,000，大病倾斜起付线 6,000 未超过.
 *   返贫致贫（有起付线、大病倾斜）：统筹 23,600，大病 (6,400 − 6,000) × 65% = 260，余 6,140.
 */
const CLASSES: [category: string, cls: string, basic: string, serious: string, assistance: string, selfPay: string][] = [
  ['extreme-poverty', '一类', '24000.00', '0.00', '6000.00', '0.00'],
  ['orphan', '一类', '24000.00', '0.00', '6000.00', '0.00'],
  ['dibao', '二类', '24000.00', '0.00', '4200.00', '1800.00'],
  ['fallen-into-poverty', '二类', '23600.00', '260.00', '4298.00', '1842.00'],
  // 三类 (6,400 − 1,800) × 60% = 2,760
  ['dibao-edge', '三类', '23600.00', '0.00', '2760.00', '3640.00'],
  ['relapse-monitored', '三类', '23600.00', '0.00', '2760.00', '3640.00'],
  // 四类 (6,400 − 5,000) × 50% = 700
  ['illness-impoverished', '四类', '23600.00', '0.00', '700.00', '5700.00'],
  ['other-hardship', '四类', '23600.00', '0.00', '700.00', '5700.00'],
];

describe('002 医疗救助 基本救助：四类医疗救助对象', () => {
  test.each(CLASSES)('%s（%s）：统筹 %s，大病 %s，救助 %s，政策范围内自付 %s', (category, cls, basic, serious, assistance, selfPay) => {
    const r = sz({ ...stay('level2', '30000'), totalCost: '32000' }, { categories: [category] });
    expect(r.payments.basic).toBe(basic);
    expect(r.payments.seriousIllness).toBe(serious);
    expect(r.payments.assistance).toBe(assistance);
    expect(r.selfPayInScope).toBe(selfPay);
    const step = stepOf(r, 'assistance')!;
    expect(step.formula).toContain(`${cls}医疗救助对象`);
    expect(step.source).toEqual({ doc: DOC, section: '四、住院待遇 医疗救助政策 基本救助（文字和表）' });
  });
  test('特困人员：个人只付目录外 2,000', () => {
    expect(sz({ ...stay('level2', '30000'), totalCost: '32000' }, { categories: ['extreme-poverty'] }).personalPay).toBe('2000.00');
  });
  test.each(['severe-disability', 'severe-mental-illness', 'family-planning-hardship', 'out-of-poverty', 'veteran'])(
    '%s：非医疗救助对象，不救助，并说明',
    (category) => {
      const r = sz(stay('level2', '30000'), { date: '2026-02-01', categories: [category] });
      expect(r.payments.assistance).toBe('0.00');
      expect(stepOf(r, 'assistance')).toBeUndefined();
      expect(r.notes.join('')).toContain('不属于医疗救助对象');
    },
  );
  test('起付线一年只扣一次：三类 此前累计自付 1,000 → (7,400 − 1,800) × 60% = 3,360', () => {
    const r = sz(stay('level2', '30000'), { categories: ['dibao-edge'], yearToDate: { assistanceSelfPay: '1000' } });
    expect(r.payments.assistance).toBe('3360.00');
    expect(r.yearToDateAfter.assistanceSelfPay).toBe('7400.00');
  });
  test('年救助限额 4 万：本年已救助 39,000 → 本次只救助 1,000', () => {
    const r = sz(stay('level2', '30000'), { categories: ['relapse-monitored'], yearToDate: { assistancePaid: '39000' } });
    expect(r.payments.assistance).toBe('1000.00');
    expect(stepOf(r, 'assistance')!.formula).toContain('年救助限额 40,000.00 元');
  });
  test('多重身份按待遇最高的一类，不重复救助：低保边缘（三类）+ 因病致贫（四类）→ 2,760', () => {
    const r = sz(stay('level2', '30000'), { categories: ['illness-impoverished', 'dibao-edge'] });
    expect(r.payments.assistance).toBe('2760.00');
    expect(stepOf(r, 'assistance')!.formula).toContain('多重身份按待遇最高的一类计算');
  });
  test('“规范就医”：非急诊且未转诊的市外就医不计医疗救助，并说明', () => {
    const r = sz(stay('level2', '30000', { place: 'unfiled' }), { categories: ['dibao'] });
    expect(r.payments.assistance).toBe('0.00');
    expect(r.notes.join('')).toContain('只说“规范就医”');
  });
});

/**
 * 002 倾斜救助表: 起付线（按基本救助表的四类列位）一类 5,000、二类 7,000、三类 5,000、四类 7,000；市域内 80%、市域外省内 70%；
 * 年限额 一、二类 无，三、四类 8 万. Each class on 市内三级 政策范围内 100,000 with the 4 万 基本救助 already used:
 *   特困、低保（不设起付线）：统筹 70,000，大病 (30,000 − 6,000) × 65% = 15,600，余 14,400.
 *   监测对象、因病致贫：统筹 69,370，大病 11,209.50，余 19,420.50.
 */
describe('002 医疗救助 倾斜救助：三重制度保障后的年度个人自付超过起付线的部分', () => {
  const used = { assistancePaid: '40000' };
  test.each([
    ['extreme-poverty', '5,000.00', '7520.00'], // (14,400 − 5,000) × 80%
    ['dibao', '7,000.00', '5920.00'], // (14,400 − 7,000) × 80%
    ['relapse-monitored', '5,000.00', '11536.40'], // (19,420.50 − 5,000) × 80%
    ['illness-impoverished', '7,000.00', '9936.40'], // (19,420.50 − 7,000) × 80%
  ])('%s：起付线 %s → 倾斜 %s', (category, threshold, tilted) => {
    const r = sz(stay('level3', '100000'), { categories: [category], yearToDate: used });
    expect(r.payments.assistance).toBe('0.00');
    expect(r.payments.tiltedAssistance).toBe(tilted);
    const step = stepOf(r, 'tiltedAssistance')!;
    expect(step.formula).toContain(`起付线 ${threshold} 元`);
    expect(step.source).toEqual({ doc: DOC, section: '四、住院待遇 医疗救助政策 倾斜救助表' });
    expect(r.notes.join('')).toContain('错位的表格');
  });
  test('完整链条：监测对象 市内三级 200,000 → 统筹 139,370，大病 30,709.50，救助 16,872.30，倾斜 (13,048.20 − 5,000) × 80% = 6,438.56', () => {
    const r = sz(stay('level3', '200000'), { categories: ['relapse-monitored'] });
    expect(r.payments.basic).toBe('139370.00');
    expect(r.payments.seriousIllness).toBe('30709.50');
    expect(r.payments.assistance).toBe('16872.30');
    expect(r.payments.tiltedAssistance).toBe('6438.56');
    expect(r.selfPayInScope).toBe('6609.64');
  });
  test('市域外省内 70%：监测对象 规范转诊到省内三级 200,000 → 统筹 124,950，大病 40,082.50，救助 19,900.50，倾斜 (15,067 − 5,000) × 70% = 7,046.90', () => {
    const r = sz(stay('level3', '200000', { place: 'temporary-filed', referral: true, inProvince: true }), { categories: ['relapse-monitored'] });
    expect(r.payments.basic).toBe('124950.00');
    expect(r.payments.seriousIllness).toBe('40082.50');
    expect(r.payments.assistance).toBe('19900.50');
    expect(r.payments.tiltedAssistance).toBe('7046.90');
  });
  test.each([
    ['急诊（未注明转诊）', { place: 'temporary-filed', inProvince: true }, '规范转诊'],
    ['转诊到省外', { place: 'temporary-filed', referral: true, inProvince: false }, '省外'],
    ['异地长期备案', { place: 'long-term-filed' }, '异地长期备案'],
    ['非急诊且未转诊', { place: 'unfiled' }, '不属于规范转诊'],
  ])('%s → 不适用倾斜救助', (_name, more, why) => {
    const r = sz(stay('level3', '200000', more), { categories: ['relapse-monitored'] });
    expect(r.payments.tiltedAssistance).toBe('0.00');
    expect(stepOf(r, 'tiltedAssistance')!.formula).toContain(why);
  });
  test('三类年限额 8 万：本年已倾斜救助 78,000 → 本次只付 2,000', () => {
    const r = sz(stay('level3', '100000'), { categories: ['relapse-monitored'], yearToDate: { ...used, tiltedAssistancePaid: '78000' } });
    expect(r.payments.tiltedAssistance).toBe('2000.00');
  });
  test('一类不设限额：本年已倾斜救助 500,000 仍付 7,520', () => {
    const r = sz(stay('level3', '100000'), { categories: ['extreme-poverty'], yearToDate: { ...used, tiltedAssistancePaid: '500000' } });
    expect(r.payments.tiltedAssistance).toBe('7520.00');
    expect(stepOf(r, 'tiltedAssistance')!.formula).toContain('不设年度限额');
  });
  test('起付线按年度累计：此前累计 3,000，本次 4,000 → (7,000 − 5,000) × 80% = 1,600', () => {
    // 市内二级 18,000：统筹 (18,000 − 500) × 80% = 14,000，自付 4,000，大病未过 1.2 万，基本救助限额已用完
    const r = sz(stay('level2', '18000'), { categories: ['relapse-monitored'], yearToDate: { ...used, tiltedSelfPay: '3000' } });
    expect(r.payments.tiltedAssistance).toBe('1600.00');
    expect(r.yearToDateAfter.tiltedSelfPay).toBe('7000.00');
  });
});

describe('002 依申请救助政策：身份确定前 12 个月，自付累计 6,000 元以上部分 60%，限额 4 万（事后申请，只作说明）', () => {
  test('普通居民 市内三级 100,000：大病后自付 19,420.50 → 说明 (19,420.50 − 6,000) × 60% = 8,052.30，不计入支付', () => {
    const r = sz(stay('level3', '100000'));
    const note = r.notes.find((n) => n.startsWith('依申请救助'))!;
    expect(note).toContain('身份确定前 12 个月');
    expect(note).toContain('（19,420.50 元 − 6,000.00 元）× 60% = 8,052.30 元');
    expect(r.fundTotal).toBe('80579.50');
    expect(r.steps.some((s) => s.formula.includes('依申请'))).toBe(false);
  });
  test('自付未超过 6,000：只说明规则，不算金额', () => {
    const note = sz(stay('level1', '10000')).notes.find((n) => n.startsWith('依申请救助'))!;
    expect(note).not.toContain('仅按本次');
  });
  test('已是医疗救助对象：不再说明依申请救助', () => {
    expect(sz(stay('level3', '100000'), { categories: ['dibao-edge'] }).notes.some((n) => n.startsWith('依申请救助'))).toBe(false);
  });
  test('普通门诊统筹不在依申请救助范围', () => {
    expect(sz({ type: 'outpatient', facilityLevel: 'township', totalCost: '100', inScopeCost: '100' }).notes.some((n) => n.startsWith('依申请救助'))).toBe(false);
  });
});

describe('002 着力提升农村医疗服务质量：政策范围外费用比例控制（只作说明）', () => {
  test('救助对象住院，政策范围外占比写进说明，不扣减个人负担', () => {
    const r = sz({ ...stay('level2', '30000'), totalCost: '32000' }, { categories: ['dibao-edge'] });
    expect(r.notes.join('')).toContain('本次政策范围外费用 2,000.00 元，占 6.25%，本估算未作扣减');
    expect(r.outOfScope).toBe('2000.00');
  });
});
