/**
 * The 参保 history the home page asks once (巴中 城乡居民): stored in the profile, read back from old and new saved
 * profiles, and turned into exactly the `person.insuredYears` / `zeroClaimYears` the estimate takes for the 大病保险
 * cap (004 第三章 九问、十问（一）); never sent for 随县 or for employees.
 */
import { draftToCase, type EstimateDraft } from '../../miniprogram/packages/estimate/model/draft';
import {
  asksHistory,
  coverageYearToday,
  historyForCase,
  historyYears,
  parseProfile,
  withRegion,
  type InsuredHistory,
} from '../../miniprogram/models/profile';
import { estimate } from '../../shared/estimate';
import { estimateCaseSchema } from '../../shared/schemas/estimate';
import { zhangSanDraft } from './helpers';

const ZERO_CLAIM_2025: InsuredHistory = { insured: { 2025: true }, zeroClaim: { 2025: true } };

/** 第三章 九问 例二 / row bz-cap-zero-claim-2026: a 三级 stay of 400,000 with 250,000 already paid by 大病保险. */
function capDraft(patch: Partial<EstimateDraft> = {}): EstimateDraft {
  return zhangSanDraft({
    region: 'bazhong',
    facilityLevel: 'level3',
    totalCost: '400000',
    inScopeCost: '400000',
    yearToDate: { seriousIllnessPaid: '250000' },
    ...patch,
  });
}

describe('the 参保 history in the profile', () => {
  test('a profile saved before the history was asked reads back with none (not given)', () => {
    const old = parseProfile({ region: 'bazhong', scheme: 'resident', categories: ['dibao'] });
    expect(old).toEqual({ region: 'bazhong', scheme: 'resident', categories: ['dibao'] });
    expect('history' in old).toBe(false);
  });

  test('a saved history reads back exactly; damaged parts are dropped', () => {
    const saved = { region: 'bazhong', scheme: 'resident', categories: [], history: { insured: { 2025: true, 2026: false }, zeroClaim: { 2025: false } } };
    expect(parseProfile(JSON.parse(JSON.stringify(saved)))).toEqual({
      region: 'bazhong',
      scheme: 'resident',
      categories: [],
      history: { insured: { 2025: true, 2026: false }, zeroClaim: { 2025: false } },
    });
    // Years before 2025, non-boolean answers, and zero-claim answers for years not insured are dropped.
    expect(
      parseProfile({ region: 'bazhong', scheme: 'resident', categories: [], history: { insured: { 2024: true, 2025: 'yes', 2026: false }, zeroClaim: { 2026: true } } })
        .history,
    ).toEqual({ insured: { 2026: false }, zeroClaim: {} });
    expect(parseProfile({ region: 'bazhong', scheme: 'resident', categories: [], history: { insured: {}, zeroClaim: {} } }).history).toBeUndefined();
    expect(parseProfile({ region: 'bazhong', scheme: 'resident', categories: [], history: 'x' }).history).toBeUndefined();
  });

  test('the history is kept when the region changes, and asked only for 巴中 residents', () => {
    const p = { region: 'bazhong', scheme: 'resident' as const, categories: [], history: ZERO_CLAIM_2025 };
    expect(withRegion(p, 'suizhou').history).toEqual(ZERO_CLAIM_2025);
    expect(asksHistory({ region: 'bazhong', scheme: 'resident' })).toBe(true);
    expect(asksHistory({ region: 'bazhong', scheme: 'employee' })).toBe(false);
    expect(asksHistory({ region: 'suizhou', scheme: 'resident' })).toBe(false);
  });

  test('the years asked run from 2025 (九问、十问 "从2025年起") to the year before; the year is China\'s', () => {
    expect(historyYears(2025)).toEqual([]);
    expect(historyYears(2026)).toEqual([2025]);
    expect(historyYears(2028)).toEqual([2025, 2026, 2027]);
    expect(coverageYearToday(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(coverageYearToday(new Date('2026-12-31T15:30:00Z'))).toBe(2026);
  });

  test('the answers map onto insuredYears / zeroClaimYears exactly, and only when every year is answered', () => {
    expect(historyForCase(undefined, 2026)).toBeUndefined();
    expect(historyForCase(ZERO_CLAIM_2025, 2026)).toEqual({ insuredYears: [2025], zeroClaimYears: [2025] });
    expect(historyForCase({ insured: { 2025: true }, zeroClaim: { 2025: false } }, 2026)).toEqual({ insuredYears: [2025], zeroClaimYears: [] });
    // 2025 insured, zero-claim not answered ("记不清"): the rules assume a claim and say what a zero-claim year gives.
    expect(historyForCase({ insured: { 2025: true }, zeroClaim: {} }, 2026)).toEqual({ insuredYears: [2025] });
    // A break: 2025 not insured.
    expect(historyForCase({ insured: { 2025: false }, zeroClaim: {} }, 2026)).toEqual({ insuredYears: [], zeroClaimYears: [] });
    // A year left open would count as a break: nothing is sent.
    expect(historyForCase({ insured: { 2025: true }, zeroClaim: { 2025: true } }, 2027)).toBeUndefined();
    expect(historyForCase({ insured: { 2025: true, 2026: false, 2027: true }, zeroClaim: { 2025: true, 2027: true } }, 2028)).toEqual({
      insuredYears: [2025, 2027],
      zeroClaimYears: [2025, 2027],
    });
    // Years from the estimate's own year on are never sent (the rules take only the years before it).
    expect(historyForCase({ insured: { 2025: true, 2026: true }, zeroClaim: { 2026: true } }, 2026)).toEqual({ insuredYears: [2025] });
  });
});

describe('the case built for the estimate carries the profile\'s history', () => {
  test('a 巴中 resident case carries the years exactly, and the adjusted cap is used (九问 例二: 304,000 − 250,000 = 54,000)', () => {
    const input = draftToCase(capDraft(), '2026-06-15', ZERO_CLAIM_2025);
    expect(input.person).toEqual({ categories: [], insuredYears: [2025], zeroClaimYears: [2025] });
    expect(estimateCaseSchema.safeParse(input).success).toBe(true);
    const r = estimate(input);
    expect(r.payments.seriousIllness).toBe('54000.00');
    const step = r.steps.find((s) => s.payer === 'seriousIllness');
    expect(step?.formula).toContain('2026 年度最高赔付限额 304,000.00 元（原封顶线 300,000.00 元 + 提高 4,000.00 元 − 降低 0.00 元');
    expect(r.notes.some((n) => n.startsWith('2026 年度大病保险最高赔付限额 304,000.00 元，按所填参保年度计算'))).toBe(true);
  });

  test('a break in 2025 lowers the cap (十问（一）: 296,000 − 250,000 = 46,000)', () => {
    const input = draftToCase(capDraft(), '2026-06-15', { insured: { 2025: false }, zeroClaim: {} });
    expect(input.person).toEqual({ categories: [], insuredYears: [], zeroClaimYears: [] });
    expect(estimate(input).payments.seriousIllness).toBe('46000.00');
  });

  test('without a history nothing is sent, the base cap is used and a note says so', () => {
    const input = draftToCase(capDraft(), '2026-06-15');
    expect(input.person).toEqual({ categories: [] });
    const r = estimate(input);
    expect(r.payments.seriousIllness).toBe('50000.00');
    expect(r.notes.some((n) => n.startsWith('大病保险年度最高赔付限额按原封顶线 300,000.00 元 计'))).toBe(true);
    // An incomplete history (2026 not answered for a 2027 case) sends nothing either.
    expect(draftToCase(capDraft(), '2027-06-15', ZERO_CLAIM_2025).person).toEqual({ categories: [] });
  });

  test('no years are sent for 随县 or for employees', () => {
    expect(draftToCase(capDraft({ region: 'suizhou' }), '2026-06-15', ZERO_CLAIM_2025).person).not.toHaveProperty('insuredYears');
    const employee = draftToCase(capDraft({ scheme: 'employee' }), '2026-06-15', ZERO_CLAIM_2025).person as Record<string, unknown>;
    expect(employee).not.toHaveProperty('insuredYears');
    expect(employee).not.toHaveProperty('zeroClaimYears');
  });
});
