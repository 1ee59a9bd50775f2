import { RuleError } from '../../shared/errors';
import { applicationAssistance, offersApplicationAssistance } from '../../shared/year/on-application';
import { runYear, type YearVisit } from '../../shared/year/chain';
import type { Settlement, YearEntry } from '../../shared/year/types';

/**
 * 随县 依申请救助 (002 四、住院待遇 依申请救助政策（文字和表）): "对其身份确定前12个月发生的医疗费用经基本医疗保险，大病保险
 * 报销后的政策范围内个人自付部分……政策范围个人自付住院医疗费用累计在6000元以上部分按60%给予年度内一次性救助，救助限额为4万元。
 * 基本医疗保险门诊慢特病（限额内）及纳入国谈药“双通道”管理药品的自付费用纳入依申请救助范围" — over the year record's visits.
 */
const SECTION = { doc: '002_711c23464f3dfc1b.txt', section: '四、住院待遇 依申请救助政策（文字和表）' };

function entry(id: string, date: string, visit: Record<string, unknown>, more: { settled?: Settlement; person?: Record<string, unknown>; region?: string; label?: string } = {}): YearEntry {
  return {
    id,
    case: { region: more.region ?? 'suizhou', date, scheme: 'resident', person: more.person ?? {}, visit: visit as never },
    ...(more.settled ? { settled: more.settled } : {}),
    ...(more.label ? { label: more.label } : {}),
    createdAt: `${date}T08:00:00.000Z`,
    updatedAt: `${date}T08:00:00.000Z`,
  };
}

/** A 随县 stay in the city (市内: 二级 起付线 500 元、80%; 三级 900 元、70%, 002 四、住院待遇 城乡居民基本医疗保险政策表). */
const stay = (level: 'level2' | 'level3', inScope: string) => ({ type: 'inpatient', facilityLevel: level, place: 'local', totalCost: inScope, inScopeCost: inScope });

/** The visits as the year record runs them: each year its own chain (shared/year/chain.ts). */
const run = (...years: YearEntry[][]): YearVisit[] => years.flatMap((y) => runYear(y));

function refusal(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

describe('a 随县 resident recognised as 医疗救助对象 on 2026-06-15: "身份确定前12个月" = 2025-06-15 至 2026-06-14', () => {
  const visits = run(
    [
      entry('a', '2025-06-14', stay('level2', '8000')),
      // (28,000 − 500) × 80% = 22,000 基本医保: 6,000.00 left to her.
      entry('b', '2025-06-15', stay('level2', '28000'), { label: '县医院' }),
      // 门诊慢性病 60%: 2,500 − 1,500 = 1,000.00.
      entry('c', '2025-09-01', { type: 'chronic', diseaseCode: 'M04600', totalCost: '3000', inScopeCost: '2500' }),
      entry('d', '2025-10-01', { type: 'outpatient', facilityLevel: 'township', totalCost: '100', inScopeCost: '80' }),
    ],
    [
      // (18,000 − 900) × 70% = 11,970: 6,030.00.
      entry('f', '2026-02-01', stay('level3', '18000')),
      entry('g', '2026-06-15', stay('level3', '18000')),
    ],
  );
  const r = applicationAssistance(visits, '2026-06-15');

  test('the window: from the same day 12 months before to the day before recognition (dayjs), both inclusive', () => {
    expect(r.window).toEqual({ from: '2025-06-15', to: '2026-06-14' });
    expect(r.region).toBe('suizhou');
    expect(r.eligible).toBe(true);
  });

  test('counts 住院 and 门诊慢特病 in the window: 6,000.00 + 1,000.00 + 6,030.00 = 13,030.00 (002 依申请救助政策)', () => {
    expect(r.counted).toEqual([
      { entryId: 'b', date: '2025-06-15', visitType: 'inpatient', label: '县医院', selfPay: '6000.00' },
      { entryId: 'c', date: '2025-09-01', visitType: 'chronic', selfPay: '1000.00' },
      { entryId: 'f', date: '2026-02-01', visitType: 'inpatient', selfPay: '6030.00' },
    ]);
    expect(r.selfPayTotal).toBe('13030.00');
  });

  test('"累计在6000元以上部分按60%": (13,030.00 − 6,000.00) × 60% = 4,218.00', () => {
    expect(r.amount).toBe('4218.00');
    expect([r.threshold, r.ratio, r.limit]).toEqual(['6000.00', '0.60', '40000.00']);
    const last = r.steps[r.steps.length - 1];
    expect(last).toEqual({
      payer: 'assistance',
      payerName: '依申请救助',
      amount: '4218.00',
      formula: '（累计 13,030.00 元 − 6,000.00 元）× 60% = 4,218.00 元，未超过救助限额 40,000.00 元；年度内一次性救助',
      source: SECTION,
    });
    expect(r.steps.every((s) => s.source.section === SECTION.section)).toBe(true);
  });

  test('each counted visit is a step with its own subtraction', () => {
    expect(r.steps[0]).toMatchObject({
      payerName: '计入的政策范围内个人自付',
      amount: '6000.00',
      formula: '2025-06-15 住院（县医院）：政策范围内费用 28,000.00 元 − 基本医保统筹 22,000.00 元 − 城乡居民大病保险 0.00 元 = 6,000.00 元',
    });
    expect(r.steps[3]).toMatchObject({ payerName: '累计政策范围内个人自付', amount: '13030.00' });
  });

  test('the visits left out, each with its reason: before the window, 门诊统筹, on the day of recognition', () => {
    expect(r.excluded).toEqual([
      { entryId: 'a', date: '2025-06-14', reason: '结算日期早于认定前 12 个月的起点 2025-06-15' },
      { entryId: 'd', date: '2025-10-01', reason: '门诊统筹不在依申请救助范围（只计住院、门诊慢特病和国谈药“双通道”药品的个人自付）' },
      { entryId: 'g', date: '2026-06-15', reason: '结算日期在认定之后（2026-06-14 以后）：已是医疗救助对象，按基本救助在结算时支付' },
    ]);
  });

  test('the notes say it is 依申请, not paid at settlement, and how the window and the self-pay were read', () => {
    expect(r.notes[0]).toContain('不在出院结算时支付');
    expect(r.notes.join('')).toContain('“身份确定前12个月”读作认定日期之前的 12 个月');
    expect(r.notes.join('')).toContain('未填写认定的救助身份');
  });

  test('a month end: recognised 2026-03-31, the window starts 2025-03-31; 2028-02-29 → 2027-02-28 is dayjs’s clamp', () => {
    expect(applicationAssistance(visits, '2026-03-31').window).toEqual({ from: '2025-03-31', to: '2026-03-30' });
    expect(applicationAssistance(visits, '2028-02-29').window).toEqual({ from: '2027-02-28', to: '2028-02-28' });
  });
});

describe('the 6,000 threshold and the 4万 limit, to the fen', () => {
  test('exactly 6,000.00 of self-pay: nothing ("6000元以上部分")', () => {
    const r = applicationAssistance(run([entry('p', '2026-03-01', stay('level2', '28000'))]), '2026-06-01');
    expect([r.selfPayTotal, r.amount]).toEqual(['6000.00', '0.00']);
    expect(r.steps[r.steps.length - 1].formula).toBe('累计 6,000.00 元 未超过 6,000.00 元，不予救助（累计在 6,000.00 元 以上部分才救助）');
  });

  test('6,000.01: (0.01 × 60% = 0.006) → 0.01', () => {
    // (28,000.05 − 500) × 80% = 22,000.04: 6,000.01 left.
    const r = applicationAssistance(run([entry('p', '2026-03-01', stay('level2', '28000.05'))]), '2026-06-01');
    expect([r.selfPayTotal, r.amount]).toEqual(['6000.01', '0.01']);
  });

  /** A stay settled at the 结算单's amounts: the chain counts them (shared/year/chain.ts). */
  const settled = (basic: string, seriousIllness: string) =>
    run([entry('s', '2026-03-01', stay('level3', '100000'), { settled: { payments: { basic, seriousIllness } } })]);

  test('72,666.65 → 39,999.99; 72,666.66 → 40,000.00, exactly the "救助限额为4万元"', () => {
    const below = applicationAssistance(settled('20000.00', '7333.35'), '2026-06-01');
    expect([below.selfPayTotal, below.amount]).toEqual(['72666.65', '39999.99']);
    const at = applicationAssistance(settled('20000.00', '7333.34'), '2026-06-01');
    expect([at.selfPayTotal, at.amount]).toEqual(['72666.66', '40000.00']);
    expect(at.steps[at.steps.length - 1].formula).toBe('（累计 72,666.66 元 − 6,000.00 元）× 60% = 40,000.00 元，恰为救助限额 40,000.00 元；年度内一次性救助');
    expect(at.steps[0].formula).toBe('2026-03-01 住院，按结算单：政策范围内费用 100,000.00 元 − 基本医保统筹 20,000.00 元 − 城乡居民大病保险 7,333.34 元 = 72,666.66 元');
  });

  test('above the limit: (80,000.00 − 6,000.00) × 60% = 44,400.00 → 40,000.00', () => {
    const r = applicationAssistance(settled('10000.00', '10000.00'), '2026-06-01');
    expect([r.selfPayTotal, r.amount]).toEqual(['80000.00', '40000.00']);
    expect(r.steps[r.steps.length - 1].formula).toContain('= 44,400.00 元，超过救助限额 40,000.00 元，按限额救助 40,000.00 元');
  });
});

describe('who and what', () => {
  test('医疗救助 already paid on a visit is not her 自付: 28,000 − 22,000 − 医疗救助 2,520.00 = 3,480.00 (the param note’s reading)', () => {
    // 低保边缘家庭成员 (三类): (6,000 − 1,800) × 60% = 2,520.00 基本救助 at the time.
    const r = applicationAssistance(run([entry('q', '2026-03-01', stay('level2', '28000'), { person: { categories: ['dibao-edge'] } })]), '2026-06-01');
    expect(r.counted[0].selfPay).toBe('3480.00');
    expect(r.steps[0].formula).toContain('− 医疗救助 2,520.00 元 = 3,480.00 元');
  });

  test('"非医疗救助对象，不享受依申请救助待遇": 脱贫人口 gets 0.00, and the step says why', () => {
    const r = applicationAssistance(run([entry('b', '2026-03-01', stay('level3', '18000'))]), '2026-06-01', { category: 'out-of-poverty' });
    expect(r.eligible).toBe(false);
    expect(r.amount).toBe('0.00');
    expect(r.steps[r.steps.length - 1].formula).toBe('脱贫人口不是医疗救助对象：非医疗救助对象，不享受依申请救助待遇');
  });

  test('a 医疗救助对象 category given is counted as such, and no note of an assumed identity', () => {
    const r = applicationAssistance(run([entry('b', '2026-03-01', stay('level3', '18000'))]), '2026-06-01', { category: 'dibao' });
    expect(r.eligible).toBe(true);
    expect(r.notes.join('')).not.toContain('未填写认定的救助身份');
  });

  test('an identity the region does not know is refused on its field', () => {
    const e = refusal(() => applicationAssistance(run([entry('b', '2026-03-01', stay('level3', '18000'))]), '2026-06-01', { category: 'nobody' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.field).toBe('category');
  });

  test('a visit the rules refused is listed with the refusal, not counted', () => {
    const visits = run([entry('t', '2026-03-01', { ...stay('level2', '5000'), facilityLevel: 'township' })]);
    const r = applicationAssistance(visits, '2026-06-01');
    expect(r.counted).toEqual([]);
    expect(r.excluded[0].reason).toContain('这次就医未能估算：随县住院政策表只列一级、二级、三级定点医疗机构');
  });

  test('a visit of another region, or the same entry twice, is listed and not counted', () => {
    const here = run([entry('b', '2026-03-01', stay('level3', '18000'))]);
    const there = run([entry('x', '2026-03-01', stay('level3', '50000'), { region: 'bazhong' })]);
    const r = applicationAssistance([...here, ...there, ...here], '2026-06-01');
    expect(r.counted.map((v) => [v.entryId, v.selfPay])).toEqual([['b', '6030.00']]);
    expect(r.excluded).toEqual([
      { entryId: 'x', date: '2026-03-01', reason: '不是湖北省随州市随县参保的就医' },
      { entryId: 'b', reason: '同一条记录重复出现，只计一次' },
    ]);
    expect(r.amount).toBe('18.00');
  });

  test('no visits in the window: 0.00, saying so', () => {
    const r = applicationAssistance(run([entry('b', '2025-03-01', stay('level3', '18000'))]), '2026-06-01');
    expect([r.selfPayTotal, r.amount]).toEqual(['0.00', '0.00']);
    expect(r.steps[0].formula).toBe('认定前 12 个月（2025-06-01 至 2026-05-31 结算）没有计入的住院、门诊慢特病或“双通道”药品费用，合计 0.00 元');
  });
});

describe('refusals', () => {
  test('a region without 依申请救助 in the rules is refused NOT_COVERED in Chinese (巴中: 004 第六章 五问（三） not encoded)', () => {
    const visits = run([entry('x', '2026-03-01', stay('level3', '50000'), { region: 'bazhong' })]);
    const e = refusal(() => applicationAssistance(visits, '2026-06-01'));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.message).toBe(
      '巴中市的依申请救助（手册第六章 五问（三））“以认定时间为节点，按照认定类别和对应救助标准”追溯救助年度内的个人自付合规医疗费用，暂未收录；目前收录依申请救助的参保地：湖北省随州市随县（suizhou）',
    );
    expect(offersApplicationAssistance('bazhong')).toBe(false);
    expect(offersApplicationAssistance('suizhou')).toBe(true);
  });

  test('a region without year rules at all', () => {
    const e = refusal(() => applicationAssistance([], '2026-06-01', { region: 'yangcheng' }));
    expect(e.code).toBe('NOT_COVERED');
    expect(e.message).toMatch(/暂未收录依申请救助；目前收录依申请救助的参保地：湖北省随州市随县（suizhou）$/);
  });

  test('a bad date, and no visit to tell the region', () => {
    expect(refusal(() => applicationAssistance([], '2026-02-30', { region: 'suizhou' })).field).toBe('recognisedOn');
    expect(refusal(() => applicationAssistance([], '2026-06-01')).field).toBe('visits');
  });

  test('a recognition before the first 随县 figures (2025-01-01) is "暂未收录"', () => {
    expect(refusal(() => applicationAssistance([], '2024-12-31', { region: 'suizhou' })).code).toBe('NOT_COVERED');
  });
});
