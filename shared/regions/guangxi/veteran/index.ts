import { Trace } from '../../../explain';
import type { VeteranProgram } from '../../../veteran/program';
import { PARAMS, claim, year } from './rules';
import { feeDiscounts } from './fee-discounts';
import { rosterProblem } from './roster';
import { status } from './status';

/** 广西壮族自治区残疾退役军人医疗保障实施办法 (001) as the app's 优抚医疗补助 program. */
export const veteran: VeteranProgram = {
  documentTitle: '实施办法',
  params: PARAMS,
  claim,
  year: (p, paid, trace = new Trace()) => year(p, paid, trace),
  feeDiscounts: { scope: '广西残疾退役军人的收费优惠（第二十条至第二十二条）', compute: feeDiscounts },
  rosterProblem,
  status,
  // The 办法 counts every 残疾退役军人 (the rules refuse other categories), sets no allowance standard (第十二条) and
  // no cap (第十三条), so none of these refusals arises today; they are worded for the 办法 all the same.
  payments: {
    notCounted: '该人员不属于实施办法所称残疾退役军人（第二条）',
    noAllowance: '定额门诊补助的标准由各地规定（001 第十二条）',
    allowanceRule: '001 第十二条',
    capRule: '001 第十三条',
  },
  procedure: {
    // The 办法 names no papers and no 非一站式 procedure (第二十五条 asks 各地 for 一站式): no claim type either.
    oneStop: [],
    nonOneStop: [],
    approvalForm: null,
    routeLabels: { oneStop: '一站式（出院时在定点医院结算）', nonOneStop: '非一站式（出院后向户籍所在地退役军人事务部门申请）' },
  },
};
