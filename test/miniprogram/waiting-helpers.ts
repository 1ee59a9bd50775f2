import { emptyDraft, splitDate, type WaitingDraft } from '../../miniprogram/packages/waiting/model/draft';

export const WAITING_TODAY = '2026-11-23';

/**
 * A resident as the page would have them: 004 第三章 十问（二）例五 — not insured in 2025 or 2026, pays the 2027
 * premium on 2026-11-15.
 */
export function residentDraft(patch: Partial<WaitingDraft> = {}): WaitingDraft {
  return {
    ...emptyDraft(WAITING_TODAY),
    scheme: 'resident',
    coverageYear: 2027,
    paid: splitDate('2026-11-15'),
    insuredYears: [],
    ...patch,
  };
}

export function employeeDraft(patch: Partial<WaitingDraft> = {}): WaitingDraft {
  return { ...emptyDraft(WAITING_TODAY), scheme: 'employee', employeeKind: 'first', paid: splitDate('2026-05-20'), ...patch };
}
