import type { AppContext, Identity } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import { RuleError, notCovered } from '../../shared/errors';
import { todayInChina, yearOf } from '../../shared/dates';
import { fen, money, yuan } from '../../shared/money';
import { parseApplicationRequest } from '../../shared/schemas/application';
import { estimateClaimRequest } from '../../shared/schemas/subsidy-ledger';
import type { SubsidyResult } from '../../shared/veteran';
import type { StoreTx } from '../store/store';
import type { ApplicationRecord, StoredContent, SubsidyClaimState, VeteranRosterRecord } from '../store/types';
import { NOT_ON_ROSTER_MESSAGE, veteranFor } from './access';
import { offersClaim } from '../../shared/applications/veteran-subsidy/terms';
import { addPayment, claimPaymentId, ledgerId } from './ledger';
import { ClaimFigures, RulesVeteran, categoryLabel, claimEstimate, rulesVeteranOf } from './rules';
import { EarlierClaims, describeDuplicate, findDuplicate, refuseDuplicateAcceptance, refuseDuplicateSubmission, stayOf } from './duplicates';
import type { ClaimEstimateView } from '../../shared/contract/veteran';

/**
 * The 非一站式 住院医疗补助 claim (000 第六条) around the applications flow: estimated before filing, estimated
 * again (authoritatively) when submitted, and recorded in the ledger when staff accept it.
 */

/** The application type of the claim (its module: shared/applications/veteran-subsidy). */
export const SUBSIDY_TYPE = 'veteranSubsidy';

export type { ClaimEstimateView } from '../../shared/contract/veteran';

/**
 * The claim is offered where the region's manifest gives its words (阳城's 第六条); 广西's 办法 names no 非一站式
 * procedure (its 第二十五条 asks for 一站式 everywhere).
 */
function checkRegion(roster: Pick<VeteranRosterRecord, 'region'>): void {
  if (!offersClaim(roster.region)) {
    throw notCovered(
      '非一站式住院医疗补助申请按《阳城县优抚对象医疗保障实施细则》第六条办理；广西的实施办法没有规定非一站式的申请程序，暂未收录，请向户籍所在地退役军人事务部门申请',
      'region',
    );
  }
}

/** "How much would this 结算单 bring?" — for the caller or a saved family member, against this year's ledger. */
export async function estimateClaim(ctx: AppContext, identity: Identity, input: unknown): Promise<ClaimEstimateView> {
  const req = parseApplicationRequest(estimateClaimRequest, input);
  const { roster } = await veteranFor(ctx, identity, req.familyMemberId);
  checkRegion(roster);
  const year = yearOf(req.veteranSubsidy.dischargeDate);
  const ledger = await ctx.store.getVeteranLedger(ledgerId(roster.idHash, year));
  const paidBefore = ledger?.inpatientPaid ?? '0.00';
  return {
    year,
    veteran: { name: roster.name, idNumberMasked: roster.idNumber.masked, categoryLabel: categoryLabel(roster) },
    paidBefore,
    estimate: claimEstimate(rulesVeteranOf(roster), req.veteranSubsidy, paidBefore),
  };
}

/** Why a claim with nothing to pay is not filed: the exclusion that applies, or the exhausted cap. */
function refuseEmpty(result: SubsidyResult, claim: ClaimFigures): void {
  const answered: Partial<Record<string, boolean>> = claim.exclusions ?? {};
  const flagged = result.exclusions.filter((e) => answered[e.id] === true);
  if (flagged.length > 0) {
    const e = flagged[0];
    throw new RuleError(
      'INVALID_INPUT',
      `不予补助情形：本次住院属于“${e.text}”的情形，这部分医疗费用不在医疗补助范围内（${e.source.section}），不能申请补助`,
      `veteranSubsidy.exclusions.${e.id}`,
    );
  }
  if (!money(result.subsidy).isZero()) return;
  if (money(claim.inScopeSelfPay).isZero()) {
    throw new RuleError('INVALID_INPUT', '医保结算单：报销后的合规部分为 0 元，没有可以申请的补助', 'veteranSubsidy.inScopeSelfPay');
  }
  if (result.annualCap !== null) {
    throw new ApplicationError(
      'INVALID_STATE',
      `本年度住院医疗补助已达年最高限额 ${yuan(result.annualCap)}（第四条（三）1），本次不能再补助`,
      'veteranSubsidy',
    );
  }
}

/**
 * At submission, inside its transaction (keyed reads only, `earlier` holds the lists read before it): the principal
 * must be on the roster under that name, the stay must not be claimed (by anyone) or paid already, and the amount is
 * estimated against the ledger of the discharge year. `self`: the draft or returned claim being submitted, if any.
 * Returns what the record keeps.
 */
export async function prepareSubsidyClaim(
  tx: StoreTx,
  content: StoredContent,
  at: string,
  earlier: EarlierClaims,
  self?: string,
): Promise<SubsidyClaimState> {
  const principal = content.principal!;
  const claim = content.veteranSubsidy as ClaimFigures;
  const roster = await tx.getVeteranRoster(principal.idNumber!.hash);
  // Names typed into a form are NFC (schemas/common.ts); the roster's are compared in the same form.
  if (!roster || roster.name.normalize('NFC') !== principal.name) throw new RuleError('INVALID_INPUT', NOT_ON_ROSTER_MESSAGE, 'principal.idNumber');
  checkRegion(roster);
  const veteran = rulesVeteranOf(roster);
  const year = yearOf(claim.dischargeDate);
  const stay = stayOf(content);
  const duplicate = await findDuplicate(tx, earlier, { idHash: roster.idHash, year, self }, stay, 'standing');
  if (duplicate) refuseDuplicateSubmission(duplicate, stay);
  const paidBefore = (await tx.getVeteranLedger(ledgerId(roster.idHash, year)))?.inpatientPaid ?? '0.00';
  const result = claimEstimate(veteran, claim, paidBefore);
  refuseEmpty(result, claim);
  return {
    veteran: { ...veteran, rosterYear: roster.rosterYear },
    year,
    estimate: {
      subsidy: result.subsidy,
      ratio: result.ratio,
      annualCap: result.annualCap,
      paidBefore,
      remainingCap: result.remainingCap,
      nextApplicationMonth: result.nextApplicationMonth,
      ruleset: result.ruleset,
      at,
    },
    paid: null,
  };
}

/** What staff say about a possible duplicate when accepting: the lists read before the transaction, and their reason. */
export interface DuplicateCheck {
  earlier: EarlierClaims;
  /** Set: staff checked the 结算单 and accept although the stay matches a payment or an accepted claim. */
  confirmation?: string;
}

/**
 * At acceptance, inside the staff decision's transaction: a stay already paid (a payment on the list, or another
 * accepted claim) is refused unless staff confirm it, with their reason in the audit note. The subsidy is computed
 * again against the ledger as it is now (another payment may have been recorded since submission), or taken from
 * `approved` when the county approved a different amount — never more than the 结算单's compliant remainder nor
 * what is left of the cap. The payment and the ledger's new total are written with the status change, so an accepted
 * claim always shows in the status.
 */
export async function recordAcceptedClaim(
  tx: StoreTx,
  record: ApplicationRecord,
  staff: string,
  at: string,
  approved: string | undefined,
  duplicates: DuplicateCheck,
): Promise<{ state: SubsidyClaimState; note: string }> {
  const state = record.subsidyClaim;
  const claim = record.content.veteranSubsidy as ClaimFigures | undefined;
  const hash = record.principalIdHash;
  if (!state || !claim || !hash) throw new ApplicationError('INVALID_STATE', '该申请缺少补助测算信息，请退回申请人重新提交', 'id');
  const stay = stayOf(record.content);
  const duplicate = await findDuplicate(tx, duplicates.earlier, { idHash: hash, year: state.year, self: record.id }, stay, 'accepted');
  if (duplicate && duplicates.confirmation === undefined) refuseDuplicateAcceptance(duplicate, stay);
  const veteran: RulesVeteran = state.veteran;
  const paidBefore = (await tx.getVeteranLedger(ledgerId(hash, state.year)))?.inpatientPaid ?? '0.00';
  const result = claimEstimate(veteran, claim, paidBefore);
  const amount = approved === undefined ? money(result.subsidy) : money(approved);
  if (approved !== undefined) {
    const left = result.annualCap === null ? null : money(result.annualCap).minus(paidBefore);
    if (amount.isZero()) throw new RuleError('INVALID_INPUT', '补助金额：须大于 0；不予补助的申请请用 reject 并写明原因', 'amount');
    if (amount.greaterThan(claim.inScopeSelfPay)) {
      throw new RuleError('INVALID_INPUT', `补助金额：不能多于医保结算单上报销后的合规部分 ${yuan(claim.inScopeSelfPay)}`, 'amount');
    }
    if (left !== null && amount.greaterThan(left)) {
      throw new RuleError('INVALID_INPUT', `补助金额：本年度已登记住院医疗补助 ${yuan(paidBefore)}，年最高限额只余 ${yuan(left.isNegative() ? 0 : left)}`, 'amount');
    }
  } else if (amount.isZero()) {
    throw new ApplicationError(
      'INVALID_STATE',
      `按现在的台账测算补助为 0 元（本年度已登记 ${yuan(paidBefore)}${result.annualCap ? `，年最高限额 ${yuan(result.annualCap)}` : ''}）；请退回或不予受理，或用 --amount 填写核定金额`,
      'id',
    );
  }
  const date = todayInChina(new Date(at));
  const payment = {
    id: claimPaymentId(record.id),
    idHash: hash,
    year: state.year,
    kind: 'inpatientSubsidy' as const,
    route: 'nonOneStop' as const,
    date,
    amount: fen(amount),
    hospital: record.content.veteranSubsidy?.hospital ?? null,
    reference: null,
    applicationId: record.id,
    importId: null,
    recordedBy: staff,
    recordedAt: at,
  };
  await addPayment(tx, payment, at);
  const how = approved === undefined ? '按台账测算' : '按核定金额';
  const confirmed = duplicate ? `；与${describeDuplicate(duplicate)}为同一医院和住院日期，经办人确认受理：${duplicates.confirmation}` : '';
  return {
    state: { ...state, paid: { paymentId: payment.id, amount: payment.amount, date, staff } },
    note: `受理；${how}登记${state.year} 年非一站式住院医疗补助 ${yuan(payment.amount)}${confirmed}`,
  };
}
