import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 跨统筹地区转入: "中断缴费3个月（含3个月）以内的，缴费当月即可享受待遇；中断缴费3个月以上的，待遇享受等待期为
 * 6个月" (第二章 二十一问).
 */
export const employeeTransfer = param<{ maxGapMonths: number; waitMonths: number }>('跨统筹地区转移接续待遇衔接', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 二十一问'),
    value: { maxGapMonths: 3, waitMonths: 6 },
  },
});
