import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 职工医保欠费: "从欠费第4个月起暂停其基本医疗保险待遇"; 连续欠费6个月以内(含)补缴当月享受并追溯；6至12个月(含)
 * 从缴清之日起享受；12个月以上待遇享受等待期为6个月 (第二章 二十三问).
 */
export const employeeArrears = param<{
  suspendFromMonth: number;
  retroactiveUpToMonths: number;
  fromRepaymentUpToMonths: number;
  waitMonths: number;
}>('职工医保欠费的待遇暂停与恢复', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 二十三问'),
    value: { suspendFromMonth: 4, retroactiveUpToMonths: 6, fromRepaymentUpToMonths: 12, waitMonths: 6 },
  },
});
