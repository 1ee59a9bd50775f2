import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/** 公务员医疗补助: 60% of what the fund leaves of in-scope inpatient cost (含二类门特), capped per year. */
export const civilServantInpatient = param<{ ratio: string }>('公务员医疗补助住院报销比例', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 三十三问'),
    value: { ratio: '0.60' },
  },
});

/**
 * 一类门特 (read as 门诊慢性病): "由职工基本医疗保险基金支付后，剩余部分纳入公务员医疗补助基金报销，一个自然年度内最高
 * 支付限额 1500 元". No ratio is printed for the remainder: it is paid in full up to the limit.
 */
export const civilServantChronic = param<{ annualLimit: string }>('公务员医疗补助一类门特年度限额', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 三十三问'),
    value: { annualLimit: '1500' },
  },
});
