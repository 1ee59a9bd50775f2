import type { EstimateResult } from '../../../../shared/result';

/** What the person reads off a result: every amount, and the allowances beside the bill. */
function figures(r: EstimateResult): string {
  return JSON.stringify([r.totalCost, r.inScopeCost, r.payments, r.fundTotal, r.outOfScope, r.selfPayInScope, r.personalPay, r.allowances ?? []]);
}

/** Whether the `estimate` function and the device agree on every amount (their explanations may be worded alike or not). */
export function sameAmounts(device: EstimateResult, server: EstimateResult): boolean {
  return figures(device) === figures(server);
}

/**
 * The result page's line about the check with the `estimate` function: the device's answer is shown at once and
 * works offline; the function's, when it arrives, confirms it or (its figures being newer) replaces it.
 */
export type ServerCheck = 'checking' | 'same' | 'replaced' | 'offline';

export const CHECK_TEXT: Record<ServerCheck, string> = {
  checking: '本机已算好，正在与服务端核对…',
  same: '已与服务端核对，结果一致。',
  replaced: '服务端的标准比本机新，以上已换成服务端的结果。',
  offline: '本机按同一套规则算出；暂时没能联网核对，不影响结果。',
};
