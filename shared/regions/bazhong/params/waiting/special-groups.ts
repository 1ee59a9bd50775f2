import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 特殊人员 (十问（二）"除新生儿等特殊人员外") whose benefit timing the handbook states:
 * - 参保当年退役军人、刑满释放等人员，未就业的: "在户籍地参加城乡居民医保，按当年缴费标准缴费，自参保缴费之日起享受
 *   医保待遇" (第一章 十九);
 * - 学生: "学生群体可提前缴纳" (第三章 三问); 大中专学生 "入学时可按学制一次性趸缴" (第一章 十八) — enrolment rules with
 *   no timing of their own: the years so paid are insured years.
 */
export const specialGroups = param<Record<'discharge-year' | 'student', { fromPayment: boolean; mayPayEarly: boolean }>>(
  '城乡居民医保特殊人员待遇享受时间',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第一章 十八、十九；第三章 三问'),
      value: {
        'discharge-year': { fromPayment: true, mayPayEarly: false },
        student: { fromPayment: false, mayPayEarly: true },
      },
    },
  },
);
