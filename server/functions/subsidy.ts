import { feeDiscounts, subsidy } from '../../shared/veteran';
import { estimateClaim } from '../veteran/claim';
import { subsidyStatus } from '../veteran/status';
import { dispatch } from './actions';
import type { StoreFunction } from './types';

/**
 * 优抚对象医疗补助 (issue 6). `estimate` and `feeDiscounts` are the pure rules and read nothing stored; `status` is a
 * veteran's year from the ledger (their own, or a saved family member's); `estimateClaim` prices a 县外 住院's
 * 结算单 against that ledger before the 非一站式 claim is filed through the `applications` function (type
 * veteranSubsidy). Roster and payment lists are loaded by the office (`yibao staff import-roster|import-payments`).
 */
export const subsidyFunction: StoreFunction = {
  name: 'subsidy',
  kind: 'store',
  handle: dispatch(
    {
      estimate: async (_app, _who, p) => subsidy(p),
      feeDiscounts: async (_app, _who, p) => feeDiscounts(p),
      status: (app, who, p) => subsidyStatus(app, who, p),
      estimateClaim: (app, who, p) => estimateClaim(app, who, p),
    },
    '优抚医疗补助',
  ),
};
