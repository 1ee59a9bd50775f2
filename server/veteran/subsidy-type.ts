import type { ServerTypeHooks } from '../applications/hooks';
import { ApplicationError } from '../applications/errors';
import { verifiedFor } from '../identity/bindings';
import { needsVerification } from '../identity/messages';
import { rmbUppercase } from '../../shared/rmb';
import { prepareSubsidyClaim, recordAcceptedClaim, SUBSIDY_TYPE } from './claim';
import { EarlierClaims } from './duplicates';
import { stayWarnings } from './duplicate-warnings';
import { storedEstimateSteps } from './estimate-steps';

/**
 * The 优抚 非一站式 住院医疗补助 claim's server hooks (its shared module: shared/applications/veteran-subsidy): the
 * lifecycle files and decides it like any application, and these add the roster, the ledger and the duplicate checks.
 */
export const subsidyType: ServerTypeHooks = {
  id: SUBSIDY_TYPE,
  open(store) {
    // The veteran's earlier claims and payments are read before the transaction (duplicates.ts).
    const earlier = new EarlierClaims(store);
    return {
      transaction: (fn) => earlier.transaction(fn),
      /**
       * A claim reads the veteran's roster entry and ledger and is paid into it: the filer must hold a verified
       * binding to the veteran (their own, or as the saved relative), like reading the ledger does.
       */
      async mayFile(tx, identity, content) {
        const hash = content.principal?.idNumber?.hash;
        if (hash && (await verifiedFor(tx, identity.openid, hash, ['self', 'agent']))) return;
        throw new ApplicationError('NEEDS_VERIFICATION', needsVerification('在线申请优抚对象住院医疗补助'), 'principal.idNumber');
      },
      // The veteran must be on the county's roster; the amount is estimated against the ledger.
      prepare: async (tx, content, at, self) => ({ subsidyClaim: await prepareSubsidyClaim(tx, content, at, earlier, self) }),
      // The subsidy enters the veteran's ledger with the acceptance, in the same transaction.
      async onAccepted(tx, record, { staff, at, amount, confirmDuplicate }) {
        const recorded = await recordAcceptedClaim(tx, record, staff, at, amount, { earlier, confirmation: confirmDuplicate });
        return { state: { subsidyClaim: recorded.state }, note: recorded.note };
      },
    };
  },
  acceptExtras: {
    amount: '补助金额：只有优抚对象住院医疗补助申请在受理时填写补助金额',
    confirmDuplicate: '确认重复补助：只有优抚对象住院医疗补助申请在受理时需要确认',
  },
  duplicateWarnings: stayWarnings,
  estimateSteps: storedEstimateSteps,
  decorateView(record, sectionView) {
    const estimate = record.subsidyClaim?.estimate;
    const month = estimate?.nextApplicationMonth ?? null;
    return {
      ...(sectionView as object),
      estimate: estimate
        ? {
            ...estimate,
            subsidyUppercase: rmbUppercase(estimate.subsidy),
            windowLabel: month ? `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月` : null,
          }
        : null,
      paid: record.subsidyClaim?.paid ? { amount: record.subsidyClaim.paid.amount, date: record.subsidyClaim.paid.date } : null,
    };
  },
};
