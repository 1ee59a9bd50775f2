import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 变动待遇等待期: "对未连续参保人员，每多断1年，在固定待遇等待期基础上增加变动等待期1个月" (十问（二）); breaks are
 * counted from `countFrom` ("从2025年起").
 */
export const residentVariableWait = param<{ monthsPerExtraYear: number; countFrom: number }>(
  '城乡居民医保变动待遇等待期',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第三章 十问（二）'),
      value: { monthsPerExtraYear: 1, countFrom: 2025 },
    },
  },
);
