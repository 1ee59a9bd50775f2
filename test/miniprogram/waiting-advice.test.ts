import { keepCoveredAdvice, needsKeepCovered, repairAdvice } from '../../miniprogram/packages/waiting/model/advice';
import { capView } from '../../miniprogram/packages/waiting/model/cap';
import { seriousIllnessCapFor, waiting } from '../../shared/waiting';

const resident = (paymentDate: string, coverageYear: number, insuredYears: number[], extra: Record<string, unknown> = {}) =>
  waiting({ region: 'bazhong', scheme: 'resident', paymentDate, coverageYear, insuredYears, ...extra });
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('怎样少等几个月 (004 第三章 十问（二）)', () => {
  test('例五: pay 1 year at 400 元, 4 → 3 months, from 2027年4月1日', () => {
    const advice = repairAdvice(resident('2026-11-15', 2027, []));
    expect(advice).toMatchObject({
      state: 'offer',
      years: 1,
      cost: '补缴 1 年，按 2027 年度个人缴费标准每年 400.00 元，共 400.00 元',
      gain: '等待期 4 个月 → 3 个月，2027年4月1日起就能报销',
      source: { doc: '004_6dc5632ce2988a73.txt', section: '第三章 十问（二）' },
    });
    expect(advice?.lines).toContain('补缴只缩短等待期，断保那几年的医药费用不能报销（不追溯）。');
    expect(advice?.lines.some((l) => l.includes('2027 年标准未公布'))).toBe(true);
  });

  test('例五 after paying: the same figures, marked as counted', () => {
    const advice = repairAdvice(resident('2026-11-15', 2027, [], { repairYears: 1 }));
    expect(advice).toMatchObject({ state: 'applied', years: 1, gain: '等待期 4 个月 → 3 个月，2027年4月1日起就能报销' });
  });

  test('例六: the 6-month floor is said', () => {
    const advice = repairAdvice(resident('2029-12-01', 2030, []));
    expect(advice?.gain).toBe('等待期 7 个月 → 6 个月，2030年7月1日起就能报销');
    expect(advice?.lines[0]).toContain('不少于 6 个月');
  });

  test('nothing to repair: no offer; a resident with a wait is told how not to wait next year (三问（一）)', () => {
    const r = resident('2026-01-02', 2026, []);
    expect(repairAdvice(r)).toBeNull();
    expect(needsKeepCovered(r)).toBe(true);
    expect(keepCoveredAdvice(2026)?.text).toBe(
      '以后每年都要接着参保：2027 年度的保费在集中缴费期（2026年10月20日至2027年2月28日）内缴，就没有等待期；2026年12月31日前缴的，2027年1月1日起就能报销。',
    );
    expect(needsKeepCovered(resident('2025-12-20', 2026, [2025]))).toBe(false);
  });
});

describe('the 大病保险 card (004 第三章 九问、十问（一）)', () => {
  test('十问（一）李某: 2025 and 2026 missed → 292,000, 8,000 less than the base', () => {
    const view = capView(seriousIllnessCapFor({ coverageYear: 2027, insuredYears: [] }));
    expect(view).toEqual({
      title: '2027 年度大病保险最高赔付限额',
      figure: '292,000.00 元',
      kind: 'penalty',
      summary: '比原封顶线 300,000.00 元少 8,000.00 元',
      lines: [{ sign: '−', amount: '8,000.00 元', label: '断保 2 年降低' }],
    });
  });

  test('九问 例一 李某 2029 (5 continuous years) and 例二 张某 2026 (zero-claim 2025): 304,000', () => {
    const continuous = capView(seriousIllnessCapFor({ coverageYear: 2029, insuredYears: years(2025, 2028) }));
    expect([continuous.figure, continuous.kind, continuous.lines]).toEqual([
      '304,000.00 元',
      'reward',
      [{ sign: '+', amount: '4,000.00 元', label: '连续参保 5 年提高' }],
    ]);
    const zero = capView(seriousIllnessCapFor({ coverageYear: 2026, insuredYears: [2025], zeroClaimYears: [2025] }));
    expect([zero.figure, zero.summary, zero.lines[0].label]).toEqual(['304,000.00 元', '比原封顶线 300,000.00 元多 4,000.00 元', '2025 年度基金零报销提高']);
  });

  test('the base cap, and no cap for 低保对象', () => {
    expect(capView(seriousIllnessCapFor({ coverageYear: 2026, insuredYears: [2025] }))).toMatchObject({ kind: 'base', summary: '与原封顶线 300,000.00 元相同', lines: [] });
    expect(capView(seriousIllnessCapFor({ coverageYear: 2026, insuredYears: [], categories: ['dibao'] }))).toMatchObject({ kind: 'no-cap', figure: '不设赔付限额' });
  });
});
