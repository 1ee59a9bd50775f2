import { yuan } from '../../../../shared/money';
import { citationText } from '../../../../shared/source';
import type { EstimateResult } from '../../../../shared/result';
import { SCHEME_NAMES } from '../../../models/profile';
import { barSegments } from './bar';
import type { VisitDescription } from './visit';

export interface SummaryContext {
  regionName: string;
  visit: VisitDescription;
}

/**
 * The result as plain text to paste into a chat with family: who pays what, what is left to pay, then how each
 * figure was computed and where the rule is written. Every amount is the rules' own string, only formatted.
 */
export function summaryText(result: EstimateResult, context: SummaryContext): string {
  const lines: string[] = [];
  lines.push(`【医保明白纸】${context.visit.title}费用估算`);
  lines.push(`参保：${context.regionName}，${SCHEME_NAMES[result.scheme]}；结算日期 ${result.date}`);
  lines.push(`就医：${[context.visit.title, ...context.visit.details].join('，')}`);
  lines.push(`医疗总费用 ${yuan(result.totalCost)}，其中政策范围内 ${yuan(result.inScopeCost)}`);
  lines.push('');
  lines.push('谁付多少：');
  for (const segment of barSegments(result)) {
    if (segment.payer !== 'patient') lines.push(`· ${segment.name} ${yuan(segment.amount)}`);
  }
  lines.push(`· 报销合计 ${yuan(result.fundTotal)}`);
  lines.push(`个人负担 ${yuan(result.personalPay)}（目录外自费 ${yuan(result.outOfScope)} + 政策范围内自付 ${yuan(result.selfPayInScope)}）`);
  for (const allowance of result.allowances ?? []) {
    lines.push(`另可领取${allowance.name} ${yuan(allowance.amount)}（不在这张账单里）`);
  }
  lines.push('');
  lines.push('怎么算的：');
  result.steps.forEach((step, index) => {
    lines.push(`${index + 1}. ${step.payerName} ${yuan(step.amount)}：${step.formula}（${citationText(step.source)}）`);
  });
  for (const allowance of result.allowances ?? []) {
    lines.push(`· ${allowance.name} ${yuan(allowance.amount)}：${allowance.formula}（${citationText(allowance.source)}）`);
  }
  if (result.notes.length > 0) {
    lines.push('');
    lines.push('提示：');
    for (const note of result.notes) lines.push(`· ${note}`);
  }
  lines.push('');
  lines.push('以上为估算，实际以医院和医保经办机构结算为准。');
  return lines.join('\n');
}
