import type { ApplicationRecord } from '../store/types';
import { citationText } from '../../shared/source';
import { yuan } from '../../shared/money';
import { claimEstimate, type ClaimFigures } from './rules';

/**
 * The steps of the estimate stored with a claim at submission, for staff: worked again from what was stored (the
 * roster facts, the 结算单 figures, the ledger total then). Shown only when they give the stored amount under the
 * same rules version; otherwise staff are told the rules changed since, and the stored amount stands alone.
 */
export function storedEstimateSteps(record: ApplicationRecord): { label: string; amount: string; note?: string }[] {
  const state = record.subsidyClaim;
  const claim = record.content.veteranSubsidy as ClaimFigures | undefined;
  if (!state || !claim) return [];
  const again = claimEstimate(state.veteran, claim, state.estimate.paidBefore);
  if (again.ruleset.version !== state.estimate.ruleset.version || again.subsidy !== state.estimate.subsidy) {
    return [{ label: '测算步骤', amount: '—', note: '提交后补助规则已更新，这里不重算；以提交时的测算金额为准' }];
  }
  return again.steps.map((s) => ({ label: s.payerName, amount: yuan(s.amount), note: `${s.formula}（${citationText(s.source)}）` }));
}
