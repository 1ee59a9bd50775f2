import Decimal from 'decimal.js';
import { yearOf } from '../../../dates';
import { notCovered } from '../../../errors';
import { fen, figure, minOf, yuan, ZERO } from '../../../money';
import { sourceAt, valueAt } from '../../../params/param';
import { seriousIllnessCap, seriousIllnessPreference } from '../params/serious-illness';
import { seriousIllnessBreakPenalty, seriousIllnessIncentives } from '../params/waiting/serious-illness-incentives';
import { CATEGORY_NAMES } from '../../vocabulary';
import type { Category } from '../manifest';
import { parseWaiting, SeriousIllnessCapCase, seriousIllnessCapSchema } from '../../../schemas/waiting';
import { cn, WaitingTrace } from '../../../waiting/trace';
import type { SeriousIllnessCapResult } from '../../../waiting/program';

// This region's rules (004), not generic ones: shared/waiting reaches them through its waiting table.


/** 特困人员、孤儿、低保对象: "不设赔付限额" (第三章 二十六问) — the one override of the base cap. */
const NO_CAP: Category[] = ['extreme-poverty', 'orphan', 'dibao'];

/**
 * 九问: "对连续参加居民医保满4年的参保人员，之后每连续参保1年，提高大病保险最高支付限额4000元" (例一: 2025—2028 连续
 * 4 年，2029 年 30.4 万元，2030 年 30.8 万元). `continuousYears` counts the coverage year itself.
 */
export function continuityIncrease(continuousYears: number, afterYears: number, perYear: Decimal): Decimal {
  return perYear.times(Math.max(0, continuousYears - afterYears));
}

/**
 * 九问: "对参加居民医保当年基金零报销人员，次年提高大病保险最高支付限额4000元……享受大病保险奖励政策后，前期积累的零报销
 * 激励额度清零" (例二: 零报销年数不累计) — the reward is for the year after a zero-claim year only.
 */
export function zeroClaimIncrease(coverageYear: number, zeroClaimYears: readonly number[], countFrom: number, bonus: Decimal): Decimal {
  const prior = coverageYear - 1;
  return prior >= countFrom && zeroClaimYears.includes(prior) ? bonus : ZERO;
}

/**
 * 十问（一）: "每断保1年，降低大病保险最高支付限额4000元，累计降低额度不超过大病保险原封顶线的20%" — "不参保年限累计
 * 计算": every uncovered year since 2025 counts, consecutive or not.
 */
export function breakDecrease(uncoveredYears: number, perYear: Decimal): Decimal {
  return perYear.times(uncoveredYears);
}

/** The resident 大病保险 annual cap for a coverage year, from unchecked input (CLI, cloud function). */
export function seriousIllnessCapFor(input: unknown): SeriousIllnessCapResult {
  return annualSeriousIllnessCap(parseWaiting(seriousIllnessCapSchema, input));
}

/** The same for an already-validated case: what the estimate engine calls for the 大病 cap. */
export function annualSeriousIllnessCap(c: SeriousIllnessCapCase): SeriousIllnessCapResult {
  const trace = new WaitingTrace();
  const Y = c.coverageYear;
  const jan1 = `${Y}-01-01`;
  let baseValue;
  try {
    baseValue = valueAt(seriousIllnessCap, jan1);
  } catch {
    throw notCovered(`${Y} 年度的大病保险限额手册未给出（自 2025 年起收录），暂未收录`, 'coverageYear');
  }
  const base = figure(trace.use(baseValue));
  const incentives = trace.use(valueAt(seriousIllnessIncentives, jan1));
  const penalty = trace.use(valueAt(seriousIllnessBreakPenalty, jan1));
  const preference = trace.use(valueAt(seriousIllnessPreference, jan1));

  // The schema took the ids of the regions with waiting rules: this region's.
  const preferredAs = (c.categories as Category[]).find((cat) => NO_CAP.includes(cat));
  if (preferredAs && preference.noCap) {
    trace.step('特困人员、孤儿、低保对象', `${CATEGORY_NAMES[preferredAs]}不设大病保险赔付限额`, sourceAt(seriousIllnessCap, jan1));
    return { coverageYear: Y, cap: null, base: fen(base), adjustment: '0.00', increase: '0.00', decrease: '0.00', continuousYears: 0, uncoveredYears: 0, steps: trace.steps, notes: trace.notes };
  }
  trace.step('大病保险原封顶线', `自 2025 年起大病保险年最高赔付限额 ${yuan(base)}`, sourceAt(seriousIllnessCap, jan1));

  const birthYear = c.birthDate ? yearOf(c.birthDate) : undefined;
  const from = Math.max(incentives.countFrom, birthYear ?? incentives.countFrom);
  let continuous = 1;
  for (let y = Y - 1; y >= from && c.insuredYears.includes(y); y--) continuous++;
  const penaltyFrom = Math.max(penalty.countFrom, birthYear ?? penalty.countFrom);
  const uncovered: number[] = [];
  for (let y = penaltyFrom; y < Y; y++) if (!c.insuredYears.includes(y)) uncovered.push(y);

  const perYear = figure(incentives.continuityPerYear);
  const byContinuity = continuityIncrease(continuous, incentives.continuityAfterYears, perYear);
  const firstYear = Y - continuous + 1;
  trace.step(
    '连续参保激励',
    byContinuity.isZero()
      ? `${firstYear === Y ? `${Y} 年` : `${firstYear}—${Y} 年`}连续参保 ${continuous} 年，未超过 ${incentives.continuityAfterYears} 年，不提高`
      : `${firstYear}—${Y} 年连续参保 ${continuous} 年，满 ${incentives.continuityAfterYears} 年之后每年提高 ${yuan(perYear)}：(${continuous} − ${incentives.continuityAfterYears}) × ${yuan(perYear)} = ${yuan(byContinuity)}`,
    sourceAt(seriousIllnessIncentives, jan1),
  );
  const byZeroClaim = zeroClaimIncrease(Y, c.zeroClaimYears, incentives.countFrom, figure(incentives.zeroClaimBonus));
  if (!byZeroClaim.isZero()) {
    trace.step('基金零报销激励', `${Y - 1} 年度基金零报销，${Y} 年提高 ${yuan(byZeroClaim)}（享受后零报销激励清零，不累计）`, sourceAt(seriousIllnessIncentives, jan1));
  }
  const maxIncrease = base.times(incentives.maxIncreaseShare);
  const rawIncrease = byContinuity.plus(byZeroClaim);
  const increase = minOf(rawIncrease, maxIncrease);
  if (rawIncrease.greaterThan(maxIncrease)) {
    trace.step('激励上限', `累计提高 ${yuan(rawIncrease)} 超过原封顶线的 ${figure(incentives.maxIncreaseShare).times(100)}%（${yuan(maxIncrease)}），按 ${yuan(maxIncrease)} 计`, sourceAt(seriousIllnessIncentives, jan1));
  }

  const rawDecrease = breakDecrease(uncovered.length, figure(penalty.perYear));
  const maxDecrease = base.times(penalty.maxDecreaseShare);
  const decrease = minOf(rawDecrease, maxDecrease);
  if (uncovered.length > 0) {
    trace.step(
      '断保降低限额',
      `${uncovered.join('、')} 年度未参保，共 ${uncovered.length} 年（累计计算），每年降低 ${yuan(penalty.perYear)}：${yuan(rawDecrease)}` +
        (rawDecrease.greaterThan(maxDecrease) ? `，累计降低不超过原封顶线的 ${figure(penalty.maxDecreaseShare).times(100)}%，按 ${yuan(maxDecrease)} 计` : ''),
      sourceAt(seriousIllnessBreakPenalty, jan1),
    );
  }
  const cap = base.plus(increase).minus(decrease);
  trace.step('本年度大病保险最高赔付限额', `${yuan(base)} + ${yuan(increase)} − ${yuan(decrease)} = ${yuan(cap)}`, sourceAt(seriousIllnessIncentives, jan1));
  if (birthYear !== undefined && birthYear > penalty.countFrom) {
    trace.note(`出生（${cn(c.birthDate as string)}）前的年度不计断保`);
  }
  return {
    coverageYear: Y,
    cap: fen(cap),
    base: fen(base),
    adjustment: fen(increase.minus(decrease)),
    increase: fen(increase),
    decrease: fen(decrease),
    continuousYears: continuous,
    uncoveredYears: uncovered.length,
    steps: trace.steps,
    notes: trace.notes,
  };
}
