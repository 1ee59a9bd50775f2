import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/** 固定待遇等待期: "未在居民医保集中缴费期内参保或未连续参保人员，设置参保后固定待遇等待期3个月" (十问（二）). */
export const residentFixedWait = param<number>('城乡居民医保固定待遇等待期', 'months', {
  '2025-01-01': {
    source: cite(DOC, '第三章 三问、十问（二）'),
    value: 3,
  },
});
