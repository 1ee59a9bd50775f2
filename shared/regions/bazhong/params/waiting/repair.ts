import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 缴费修复变动待遇等待期: "每多缴纳1年可减少1个月变动待遇等待期，连续断缴4年及以上的，修复后固定待遇等待期和变动
 * 待遇等待期之和不少于6个月" (十问（二）).
 */
export const repairRule = param<{ monthsPerYearPaid: number; floorFromBreakYears: number; floorMonths: number }>(
  '缴费修复变动待遇等待期',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第三章 十问（二）'),
      value: { monthsPerYearPaid: 1, floorFromBreakYears: 4, floorMonths: 6 },
    },
  },
);
