import { estimate } from '../../shared/estimate';
import { RuleError } from '../../shared/errors';
import { yearMeters, type Meter } from '../../shared/year/meters';
import { runYear } from '../../shared/year/chain';
import type { YearEntry } from '../../shared/year/types';

const BZ = '004_6dc5632ce2988a73.txt';
const SZ = '002_711c23464f3dfc1b.txt';

/** The estimate of `input` and its meters, by id. */
function metersOf(input: Record<string, unknown>): Record<string, Meter> {
  const result = estimate(input);
  return Object.fromEntries(yearMeters(result, input).map((m) => [m.id, m]));
}

/** used / limit / remaining of a meter, as the tests compare them. */
const fig = (m: Meter | undefined) => m && { used: m.used, limit: m.limit, remaining: m.remaining };

function refusal(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

/** The issue-14 stays of a 68-year-old 巴中 resident: 三级 55,000 / 50,000 on 2026-03-01, then 二级 20,000 / 18,000. */
const firstStay = (person: Record<string, unknown> = { age: 68 }) => ({
  region: 'bazhong',
  date: '2026-03-01',
  scheme: 'resident',
  person,
  visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '55000', inScopeCost: '50000' },
});

describe('巴中 resident, the issue-14 stay (三级 55,000 / 50,000 on 2026-03-01)', () => {
  // yearToDateAfter: basicPaid 29580.00, seriousIllnessSelfPay 20420.00, seriousIllnessPaid 3583.20 (as `yibao estimate` gives).
  const m = metersOf(firstStay());

  test('three meters, in the order the payers pay: 统筹基金, 大病起付线, 大病限额', () => {
    expect(Object.keys(m)).toEqual(['basic-cap', 'serious-illness-deductible', 'serious-illness-cap']);
  });

  test('统筹基金年度限额 "年最高支付限额为 11 万元" (004 第三章 十六问): 29,580.00 used, 80,420.00 left', () => {
    expect(fig(m['basic-cap'])).toEqual({ used: '29580.00', limit: '110000.00', remaining: '80420.00' });
    expect(m['basic-cap']).toMatchObject({ label: '统筹基金年度限额', kind: 'cap', source: { doc: BZ, section: '第三章 十六问' } });
  });

  test('大病保险起付线 "2025 年度为 14448 元" (004 第三章 二十二问): 20,420.00 accumulated, passed, nothing left', () => {
    expect(fig(m['serious-illness-deductible'])).toEqual({ used: '20420.00', limit: '14448.00', remaining: '0.00' });
    expect(m['serious-illness-deductible']).toMatchObject({ label: '大病保险起付线', kind: 'deductible', source: { doc: BZ, section: '第三章 二十二问' } });
    // A 2026 bill reads the 2025 figure: the meter says so, as the estimate's note does.
    expect(m['serious-illness-deductible'].note).toContain('按 2025 年度标准计算，2026 年标准未公布');
  });

  test('大病保险年最高赔付限额 "30万元" (004 第三章 二十六问) without history: 3,583.20 used, 296,416.80 left, and a note', () => {
    expect(fig(m['serious-illness-cap'])).toEqual({ used: '3583.20', limit: '300000.00', remaining: '296416.80' });
    expect(m['serious-illness-cap'].source).toEqual({ doc: BZ, section: '第三章 二十六问' });
    expect(m['serious-illness-cap'].note).toContain('按原封顶线 300,000.00 元 计：未填写此前已参保年度');
  });

  test('with a zero-claim 2025 ("当年基金零报销人员，次年提高……4000元", 第三章 九问) the cap is 304,000.00, as the estimate uses', () => {
    const h = metersOf(firstStay({ age: 68, insuredYears: [2025], zeroClaimYears: [2025] }));
    expect(fig(h['serious-illness-cap'])).toEqual({ used: '3583.20', limit: '304000.00', remaining: '300416.80' });
    expect(h['serious-illness-cap'].source).toEqual({ doc: BZ, section: '第三章 二十六问、第三章 九问' });
    expect(h['serious-illness-cap'].note).toContain('原封顶线 300,000.00 元 + 提高 4,000.00 元 − 降低 0.00 元');
  });

  test('after the second stay (二级 20,000 / 18,000, chained by the year record) she pays 4,272.00 and the meters move on', () => {
    const entry = (id: string, date: string, visit: Record<string, unknown>): YearEntry => ({
      id,
      case: { region: 'bazhong', date, scheme: 'resident', person: { age: 68 }, visit: visit as never },
      createdAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:00:00.000Z',
    });
    const [, second] = runYear([
      entry('a', '2026-03-01', firstStay().visit),
      entry('b', '2026-07-01', { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '20000', inScopeCost: '18000' }),
    ]);
    expect(second.result?.personalPay).toBe('4272.00');
    const after = Object.fromEntries(yearMeters(second.result!, second.input).map((x) => [x.id, fig(x)]));
    expect(after).toEqual({
      'basic-cap': { used: '41900.00', limit: '110000.00', remaining: '68100.00' },
      'serious-illness-deductible': { used: '26100.00', limit: '14448.00', remaining: '0.00' },
      'serious-illness-cap': { used: '6991.20', limit: '300000.00', remaining: '293008.80' },
    });
  });
});

describe('巴中 低保对象 (004 第三章 二十四问、二十六问, 第六章 五问)', () => {
  const m = metersOf({
    region: 'bazhong',
    date: '2025-09-01',
    scheme: 'resident',
    person: { categories: ['dibao'] },
    visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '30000', inScopeCost: '28000' },
  });

  test('大病起付线 "降低 50%" = 7,224.00 (二十四问) and no 大病 cap ("低保不设赔付限额", 二十六问)', () => {
    expect(fig(m['serious-illness-deductible'])).toEqual({ used: '8680.00', limit: '7224.00', remaining: '0.00' });
    expect(m['serious-illness-deductible'].source).toEqual({ doc: BZ, section: '第三章 二十四问、二十六问' });
    expect(m['serious-illness-cap']).toBeUndefined();
  });

  test('医疗救助 低保对象 "年度限额 20000" (第六章 五问（一）): 5,413.52 paid, 14,586.48 left; no deductible (起付标准 0)', () => {
    expect(fig(m['assistance-cap-dibao'])).toEqual({ used: '5413.52', limit: '20000.00', remaining: '14586.48' });
    expect(m['assistance-cap-dibao']).toMatchObject({ label: '医疗救助年度救助限额（低保对象）', source: { doc: BZ, section: '第六章 五问（一）常规救助' } });
    expect(m['assistance-deductible-dibao']).toBeUndefined();
  });

  test('倾斜救助 "防止返贫监测线（2025年标准为 8500 元）", 年度限额 10000 (第六章 五问（二）)', () => {
    expect(fig(m['tilted-threshold'])).toEqual({ used: '2320.08', limit: '8500.00', remaining: '6179.92' });
    expect(fig(m['tilted-cap'])).toEqual({ used: '0.00', limit: '10000.00', remaining: '10000.00' });
    expect(m['tilted-cap'].source).toEqual({ doc: BZ, section: '第六章 五问（二）倾斜救助' });
  });

  test('a person without 救助身份 has no assistance meters', () => {
    expect(Object.keys(metersOf(firstStay())).some((id) => id.startsWith('assistance') || id.startsWith('tilted'))).toBe(false);
  });

  test('two identities: each one\'s deductible ("上年度城乡居民人均可支配收入的 10%" / "25%") and limit, 门诊慢性病 "冠心病 800" (第四章 三问)', () => {
    const two = metersOf({
      region: 'bazhong',
      date: '2025-09-01',
      scheme: 'resident',
      person: { categories: ['dibao-edge', 'illness-impoverished'] },
      visit: { type: 'chronic', diseaseCode: 'M04600', totalCost: '3000', inScopeCost: '2500' },
    });
    expect(fig(two['chronic-cap'])).toEqual({ used: '800.00', limit: '800.00', remaining: '0.00' });
    expect(fig(two['assistance-deductible-dibao-edge'])).toEqual({ used: '1700.00', limit: '2889.60', remaining: '1189.60' });
    expect(fig(two['assistance-deductible-illness-impoverished'])).toEqual({ used: '1700.00', limit: '7224.00', remaining: '5524.00' });
    expect(fig(two['assistance-cap-illness-impoverished'])).toEqual({ used: '0.00', limit: '10000.00', remaining: '10000.00' });
    expect(two['assistance-cap-dibao-edge'].note).toContain('待遇就高');
  });
});

describe('巴中 employee (004 第二章 三十六问、三十七问)', () => {
  const input = (person: Record<string, unknown>) => ({
    region: 'bazhong',
    date: '2025-09-01',
    scheme: 'employee',
    person,
    visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '200000', inScopeCost: '180000' },
  });

  test('"职工基本医疗保险14万元，公务员医疗补助2万元，职工大额医疗费用补助50万元"; 大额 普通人员 起付线 400', () => {
    const m = metersOf(input({ age: 50, civilServant: true }));
    expect(Object.keys(m)).toEqual(['basic-cap', 'civil-servant-cap', 'large-expense-deductible', 'large-expense-cap']);
    expect(fig(m['basic-cap'])).toEqual({ used: '140000.00', limit: '140000.00', remaining: '0.00' });
    expect(fig(m['civil-servant-cap'])).toEqual({ used: '20000.00', limit: '20000.00', remaining: '0.00' });
    expect(fig(m['large-expense-deductible'])).toEqual({ used: '20000.00', limit: '400.00', remaining: '0.00' });
    expect(fig(m['large-expense-cap'])).toEqual({ used: '16660.00', limit: '500000.00', remaining: '483340.00' });
    expect(m['basic-cap'].source).toEqual({ doc: BZ, section: '第二章 三十七问' });
    expect(m['large-expense-deductible'].source).toEqual({ doc: BZ, section: '第二章 三十六问' });
  });

  test('no 大额 deductible for 退休人员 ("无") and no 公务员补助 meter for others', () => {
    const m = metersOf(input({ age: 62, retired: true }));
    expect(Object.keys(m)).toEqual(['basic-cap', 'large-expense-cap']);
  });

  test('a 特病 visit for 恶性肿瘤 (M00500) waives the 大额 deductible as the estimate does; "只扣减一次" 特病起付线 400 (第四章 五问)', () => {
    const m = metersOf({ ...input({ age: 50 }), visit: { type: 'special', diseaseCode: 'M00500', totalCost: '30000', inScopeCost: '30000' } });
    expect(Object.keys(m)).toEqual(['basic-cap', 'special-deductible', 'large-expense-cap']);
    expect(fig(m['special-deductible'])).toEqual({ used: '30000.00', limit: '400.00', remaining: '0.00' });
    expect(fig(m['large-expense-cap'])).toEqual({ used: '7888.00', limit: '500000.00', remaining: '492112.00' });
  });

  test('门诊统筹 退休人员 "起付标准 150、支付限额 1000", 大额 600 (第二章 三十九问)', () => {
    const m = metersOf({ ...input({ age: 62, retired: true }), visit: { type: 'outpatient', facilityLevel: 'level2', totalCost: '900', inScopeCost: '800' } });
    expect(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, fig(v)]))).toEqual({
      'outpatient-deductible': { used: '800.00', limit: '150.00', remaining: '0.00' },
      'outpatient-cap': { used: '455.00', limit: '1000.00', remaining: '545.00' },
      'outpatient-large-expense-cap': { used: '241.50', limit: '600.00', remaining: '358.50' },
    });
    expect(m['outpatient-cap'].source).toEqual({ doc: BZ, section: '第二章 三十九问' });
  });
});

describe('随县 resident (002)', () => {
  const sz = (person: Record<string, unknown>, visit: Record<string, unknown>, yearToDate?: Record<string, string>) =>
    metersOf({ region: 'suizhou', date: '2025-09-01', scheme: 'resident', person, visit, ...(yearToDate ? { yearToDate } : {}) });
  const stay = { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '40000', inScopeCost: '36000' };

  test('"基本医疗保险基金年度最高支付限额为15万元（含住院和门诊费用）", 大病 "起付标准" 1.2 万、"年度最高支付限额为35万元"', () => {
    const m = sz({}, stay);
    expect(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, fig(v)]))).toEqual({
      'basic-cap': { used: '28400.00', limit: '150000.00', remaining: '121600.00' },
      'serious-illness-deductible': { used: '7600.00', limit: '12000.00', remaining: '4400.00' },
      'serious-illness-cap': { used: '0.00', limit: '350000.00', remaining: '350000.00' },
    });
    expect(m['basic-cap'].source).toEqual({ doc: SZ, section: '四、住院待遇 城乡居民基本医疗保险政策表 备注 2' });
    expect(m['serious-illness-cap'].source).toEqual({ doc: SZ, section: '四、住院待遇 城乡居民大病保险政策（文字和表）' });
  });

  test('低保边缘家庭成员 (三类): 基本救助 "三类 1800 元……年救助限额 4万元", 倾斜救助 三类 5000 元 / 8 万元 (a reading of the table)', () => {
    const m = sz({ categories: ['dibao-edge'] }, stay);
    expect(fig(m['assistance-deductible-class3'])).toEqual({ used: '7600.00', limit: '1800.00', remaining: '0.00' });
    expect(fig(m['assistance-cap'])).toEqual({ used: '3480.00', limit: '40000.00', remaining: '36520.00' });
    expect(fig(m['tilted-threshold-class3'])).toEqual({ used: '4120.00', limit: '5000.00', remaining: '880.00' });
    expect(fig(m['tilted-cap-class3'])).toEqual({ used: '0.00', limit: '80000.00', remaining: '80000.00' });
    expect(m['assistance-cap'].source).toEqual({ doc: SZ, section: '四、住院待遇 医疗救助政策 基本救助（文字和表）' });
    expect(m['tilted-cap-class3'].note).toContain('列对齐不确定');
  });

  test('低保对象: 大病 "起付线降低50%……不设封顶线" — 6,000.00 and no cap; 二类 no 基本救助 deductible, 倾斜 7000 and no limit', () => {
    const m = sz({ categories: ['dibao'] }, stay);
    expect(fig(m['serious-illness-deductible'])).toMatchObject({ limit: '6000.00' });
    expect(m['serious-illness-cap']).toBeUndefined();
    expect(m['assistance-deductible-class2']).toBeUndefined();
    expect(fig(m['tilted-threshold-class2'])).toMatchObject({ limit: '7000.00' });
    expect(m['tilted-cap-class2']).toBeUndefined();
  });

  test('重度残疾人 is "非医疗救助对象": no assistance meters', () => {
    expect(Object.keys(sz({ categories: ['severe-disability'] }, stay))).toEqual(['basic-cap', 'serious-illness-deductible', 'serious-illness-cap']);
  });

  test('“两病” 高血压 "每年最高支付限额450元", "包含门诊统筹年度支付限额": 门诊统筹 100 + “两病” 200 = 300 used', () => {
    const m = sz({}, { type: 'two-diseases', diseases: ['hypertension'], totalCost: '400', inScopeCost: '400' }, { basicPaid: '100', outpatientPaid: '100' });
    expect(fig(m['two-diseases-cap'])).toEqual({ used: '300.00', limit: '450.00', remaining: '150.00' });
    expect(fig(m['basic-cap'])).toEqual({ used: '300.00', limit: '150000.00', remaining: '149700.00' });
    expect(m['two-diseases-cap'].source).toEqual({ doc: SZ, section: '三、门诊待遇 高血压和糖尿病门诊（“两病”门诊）' });
  });

  test('门诊统筹 "年封顶350元" (002 三、门诊待遇)', () => {
    const m = sz({}, { type: 'outpatient', facilityLevel: 'township', totalCost: '80', inScopeCost: '80' }, { basicPaid: '330', outpatientPaid: '330' });
    // 80 × 50% = 40, 日限额 50, but only 20 left of 350.
    expect(fig(m['outpatient-cap'])).toEqual({ used: '350.00', limit: '350.00', remaining: '0.00' });
  });
});

describe('refusals', () => {
  test('a result and a case that do not match are refused, naming what', () => {
    const result = estimate(firstStay());
    const e = refusal(() => yearMeters(result, { ...firstStay(), date: '2026-04-01' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('估算结果与就医信息不一致');
  });

  test('a region without year rules is refused NOT_COVERED, naming those covered', () => {
    const input = { ...firstStay(), region: 'yangcheng' };
    const result = { ...estimate(firstStay()), region: 'yangcheng' };
    const e = refusal(() => yearMeters(result, input));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.message).toBe('参保地“yangcheng”暂未收录本年额度，目前支持：四川省巴中市（bazhong）、湖北省随州市随县（suizhou）');
  });

  test('invalid input is refused in Chinese, as the estimate refuses it', () => {
    const result = estimate(firstStay());
    const e = refusal(() => yearMeters(result, { ...firstStay(), scheme: 'x' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('scheme');
  });
});
