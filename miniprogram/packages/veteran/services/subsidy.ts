import type { ClaimEstimateView, SubsidyStatusView } from '../../../../shared/contract/veteran';
import { callFunction } from '../../../services/api';

/**
 * The 优抚补助 task's verbs over the `subsidy` function. Filing goes through the `applications` function (the filing
 * task's verbs, services/applications); pages never see how a call travels.
 */
const subsidy = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('subsidy', { action, ...payload });

/** This year's (or `year`'s) 定额门诊补助, 住院补助 against the cap, next window, materials and claims. */
export const fetchStatus = (payload: { familyMemberId?: string; year?: number }) => subsidy<SubsidyStatusView>('status', payload);

/** What a 县外 住院's 结算单 would bring, against the ledger, before filing. */
export const fetchClaimEstimate = (payload: Record<string, unknown>) => subsidy<ClaimEstimateView>('estimateClaim', payload);
