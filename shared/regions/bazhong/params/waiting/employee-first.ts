import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/** 初次参加职工医保: "自在本市参保缴费之日起，6个月后享受基本医疗保险待遇" (第二章 六问; 生育医疗保险待遇同, 八问). */
export const employeeFirstWait = param<number>('初次参加职工基本医保待遇等待期', 'months', {
  '2025-01-01': {
    source: cite(DOC, '第二章 六问、八问'),
    value: 6,
  },
});
