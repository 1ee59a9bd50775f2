import { yuan } from '../../../../shared/money';
import type { WaitingResult } from '../../../../shared/waiting';
import { collectionPeriodOf } from '../../../../shared/waiting';
import { cn, WaitingTrace } from '../../../../shared/waiting/trace';
import type { Source } from '../../../../shared/source';

/** What the shorten card says: what repairing costs and gains, or that the chosen repair is already counted. */
export type RepairAdvice =
  | {
      state: 'offer' | 'applied';
      years: number;
      /** "补缴 1 年，按 2027 年度个人缴费标准每年 400.00 元，共 400.00 元" */
      cost: string;
      /** "等待期 4 个月 → 3 个月，2027年4月1日起就能报销" */
      gain: string;
      lines: string[];
      source: Source;
    }
  | null;

/**
 * From `shorten` (十问（二）: "每多缴纳1年可减少1个月变动待遇等待期……断保期间的医保待遇不追溯。补缴费用参照当年参保地
 * 个人缴费标准执行"). `applied` when the answer already counts the repair the person chose.
 */
export function repairAdvice(result: WaitingResult): RepairAdvice {
  const s = result.shorten;
  if (!s) return null;
  const applied = result.repairedMonths > 0;
  const before = result.waitingMonths + result.repairedMonths;
  const lines: string[] = [];
  if (s.floorApplies) lines.push('连续断保 4 年及以上的，修复后固定和变动等待期加起来不少于 6 个月，所以最多只能修复这么多。');
  lines.push('补缴只缩短等待期，断保那几年的医药费用不能报销（不追溯）。');
  if (s.staleNote) lines.push(`${s.staleNote}，实际以缴费时的标准为准。`);
  return {
    state: applied ? 'applied' : 'offer',
    years: s.years,
    cost: `补缴 ${s.years} 年，按 ${s.premiumYear} 年度个人缴费标准每年 ${yuan(s.premiumPerYear)}，共 ${yuan(s.cost)}`,
    gain: `等待期 ${before} 个月 → ${s.waitingMonthsAfter} 个月，${cn(s.benefitStartAfter)}起就能报销`,
    lines,
    source: s.source,
  };
}

/**
 * The way not to wait next time (三问（一）): someone insured last year who pays within the collection period has no
 * wait. Given for a resident's coverage year, naming next year's period; null when the documents give none.
 */
export function keepCoveredAdvice(coverageYear: number): { text: string; source: Source } | null {
  try {
    const period = collectionPeriodOf(coverageYear + 1, new WaitingTrace());
    return {
      text: `以后每年都要接着参保：${coverageYear + 1} 年度的保费在集中缴费期（${cn(period.opens)}至${cn(period.closes)}）内缴，就没有等待期；${cn(`${coverageYear}-12-31`)}前缴的，${cn(`${coverageYear + 1}-01-01`)}起就能报销。`,
      source: { doc: '004_6dc5632ce2988a73.txt', section: '第三章 三问（一）' },
    };
  } catch {
    return null;
  }
}

/** Whether the answer is worth a "how not to wait next time" line: a resident who has some wait. */
export function needsKeepCovered(result: WaitingResult): boolean {
  return result.scheme === 'resident' && result.waitingMonths > 0;
}
