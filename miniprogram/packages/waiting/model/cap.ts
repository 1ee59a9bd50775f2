import Decimal from 'decimal.js';
import { yuan } from '../../../../shared/money';
import { continuityAfterYears, type SeriousIllnessCapResult } from '../../../../shared/waiting';

/** The 大病保险 card: the year's cap as a figure, and the reward or penalty on the base in plain words. */
export interface CapView {
  title: string;
  /** "292,000.00 元" or "不设赔付限额". */
  figure: string;
  kind: 'reward' | 'penalty' | 'base' | 'no-cap';
  /** "比原封顶线 300,000.00 元少 8,000.00 元" */
  summary: string;
  /** Each adjustment on its own line: "+4,000.00 元 连续参保奖励" … */
  lines: { sign: '+' | '−'; amount: string; label: string }[];
}

export function capView(r: SeriousIllnessCapResult): CapView {
  const title = `${r.coverageYear} 年度大病保险最高赔付限额`;
  if (r.cap === null) {
    return { title, figure: '不设赔付限额', kind: 'no-cap', summary: '特困人员、孤儿、低保对象的大病保险不设赔付限额。', lines: [] };
  }
  const adjustment = new Decimal(r.adjustment);
  const kind = adjustment.isPositive() && !adjustment.isZero() ? 'reward' : adjustment.isNegative() ? 'penalty' : 'base';
  const summary =
    kind === 'reward'
      ? `比原封顶线 ${yuan(r.base)}多 ${yuan(adjustment)}`
      : kind === 'penalty'
        ? `比原封顶线 ${yuan(r.base)}少 ${yuan(adjustment.abs())}`
        : `与原封顶线 ${yuan(r.base)}相同`;
  const lines: CapView['lines'] = [];
  if (!new Decimal(r.increase).isZero()) lines.push({ sign: '+', amount: yuan(r.increase), label: rewardLabel(r) });
  if (!new Decimal(r.decrease).isZero()) lines.push({ sign: '−', amount: yuan(r.decrease), label: `断保 ${r.uncoveredYears} 年降低` });
  return { title, figure: yuan(r.cap), kind, summary, lines };
}

/** Which of 九问's two rewards the increase is made of: 连续参保 beyond four years, and a zero-claim year before. */
function rewardLabel(r: SeriousIllnessCapResult): string {
  const after = continuityAfterYears(r.coverageYear);
  const parts: string[] = [];
  if (r.continuousYears > after) parts.push(`连续参保 ${r.continuousYears} 年`);
  if (r.steps.some((s) => s.rule === '基金零报销激励')) parts.push(`${r.coverageYear - 1} 年度基金零报销`);
  return `${parts.join('、') || '激励'}提高`;
}
