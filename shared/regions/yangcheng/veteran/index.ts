import { Trace } from '../../../explain';
import type { VeteranProgram } from '../../../veteran/program';
import { APPROVAL_FORM } from '../claim/approval-form';
import { NON_ONE_STOP_MATERIALS, ONE_STOP_MATERIALS, PAYMENT_ROUTE_LABELS } from './procedure';
import { PARAMS, claim, year } from './rules';
import { rosterProblem } from './roster';
import { status } from './status';

/** 阳城县优抚对象医疗保障实施细则 (000) as the app's 优抚医疗补助 program. */
export const veteran: VeteranProgram = {
  documentTitle: '实施细则',
  params: PARAMS,
  claim,
  year: (p, paid, trace = new Trace()) => year(p, paid, trace),
  rosterProblem,
  status,
  payments: {
    notCounted: '该人员不属于细则所称优抚对象（第二条）',
    noAllowance: '一至六级残疾军人没有定额门诊补助：门诊个人自付部分全额补助（000 第三条（二）1）',
    allowanceRule: '000 第四条（二）：在乡复员军人每人每年 800 元，其他优抚对象每人每年 600 元',
    capRule: '000 第四条（三）1',
  },
  procedure: {
    oneStop: ONE_STOP_MATERIALS,
    nonOneStop: NON_ONE_STOP_MATERIALS,
    approvalForm: APPROVAL_FORM,
    routeLabels: PAYMENT_ROUTE_LABELS,
  },
};
