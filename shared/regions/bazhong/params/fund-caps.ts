import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';


/** 城乡居民 统筹基金 annual cap, shared by 住院、二类门诊特殊疾病 and 生育. */
export const residentFundCap = param<string>('城乡居民医保年度最高支付限额', 'CNY', {
  '2025-01-01': {
    source: cite(DOC, '第三章 十六问'),
    value: '110000',
  },
});

/** 职工 annual caps: 基本 14 万, 公务员补助 2 万, 大额 50 万 (66 万 in all). */
export const employeeFundCaps = param<{ basic: string; civilServant: string; largeExpense: string }>(
  '职工医保年度最高支付限额',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第二章 三十七问'),
      value: { basic: '140000', civilServant: '20000', largeExpense: '500000' },
    },
  },
);
