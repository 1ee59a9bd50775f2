import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 跨制度参保: "已连续2年（含2年）以上参加基本医疗保险的……中断缴费时间不超过3个月的，从缴费之日起即可享受……超过
 * 3个月的，自转入之日起，设置6个月的待遇享受等待期" (第一章 二十六).
 */
export const schemeSwitch = param<{ minContinuousYears: number; maxGapMonths: number; waitMonths: number }>(
  '职工医保与城乡居民医保切换参保的待遇衔接',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第一章 二十六'),
      value: { minContinuousYears: 2, maxGapMonths: 3, waitMonths: 6 },
    },
  },
);
