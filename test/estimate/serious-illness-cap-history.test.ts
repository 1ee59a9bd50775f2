/**
 * The estimate's 大病 cap is the waiting program's (004 第三章 九问、十问（一）): for every history below, the cap that
 * binds a Bazhong resident's stay is the one `yibao waiting` answers for the same `insuredYears` and `zeroClaimYears`.
 * The stay (三级 政策范围内 400,000, 大病 应赔付 194,219.20) comes after 200,000 already paid this year, so 大病 pays
 * exactly cap − 200,000 for every cap the rules allow (240,000 to 360,000).
 */
import Decimal from 'decimal.js';
import { estimate } from '../../shared/estimate';
import { seriousIllnessCapFor } from '../../shared/waiting';

const years = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

const HISTORIES: [number, number[], number[]][] = [
  [2025, [], []],
  [2026, [], []],
  [2026, [2025], []],
  [2026, [2025], [2025]],
  [2027, [2025, 2026], [2025, 2026]],
  [2028, [2026], []],
  [2029, years(2025, 2028), []],
  [2029, years(2025, 2028), [2028]],
  [2030, years(2026, 2029), [2029]],
  [2035, [2025, 2027, 2029, 2031, 2033], [2033]],
  [2041, [], []],
  [2045, years(2025, 2044), [2044]],
];

describe('the estimate uses the waiting program’s 大病 cap for the same history', () => {
  test.each(HISTORIES)('%i, insured %j, zero-claim %j', (coverageYear, insuredYears, zeroClaimYears) => {
    const { cap } = seriousIllnessCapFor({ coverageYear, insuredYears, zeroClaimYears });
    const r = estimate({
      region: 'bazhong',
      date: `${coverageYear}-06-15`,
      scheme: 'resident',
      person: { insuredYears, zeroClaimYears },
      visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '400000', inScopeCost: '400000' },
      yearToDate: { seriousIllnessPaid: '200000' },
    });
    expect(r.payments.seriousIllness).toBe(new Decimal(cap as string).minus(200000).toFixed(2));
    const step = r.steps.find((s) => s.payer === 'seriousIllness');
    expect(step?.formula).toContain(`${coverageYear} 年度最高赔付限额`);
  });

  test('the same stay without the history: the base 300,000, and a note saying so', () => {
    const r = estimate({
      region: 'bazhong',
      date: '2029-06-15',
      scheme: 'resident',
      visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '400000', inScopeCost: '400000' },
      yearToDate: { seriousIllnessPaid: '200000' },
    });
    expect(r.payments.seriousIllness).toBe('100000.00');
    expect(r.notes.some((n) => n.startsWith('大病保险年度最高赔付限额按原封顶线 300,000.00 元 计'))).toBe(true);
  });

  test('bad history changes nothing: the estimate is refused naming the field, as yibao waiting refuses it', () => {
    const base = {
      region: 'bazhong',
      date: '2026-06-15',
      scheme: 'resident',
      visit: { type: 'outpatient', facilityLevel: 'township', totalCost: '150', inScopeCost: '150' },
    };
    // Refused even where the 大病 step does not run: the input itself is wrong.
    expect(() => estimate({ ...base, person: { insuredYears: [2025, 2025] } })).toThrow('此前已参保年度：年度不能重复');
    expect(() => estimate({ ...base, person: { insuredYears: [2027] } })).toThrow('此前已参保年度：只填 2026 年度之前已参保的年度');
    expect(() => estimate({ ...base, person: { insuredYears: [1999] } })).toThrow('年度不早于 2000 年');
  });
});
