import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 新生儿: "新生儿出生90天内缴纳出生当年医疗保险费的，待遇享受期为出生之日起至出生当年12月31日；超过90天缴纳出生
 * 当年医疗保险费的，待遇享受期自缴费之日起至出生当年12月31日" (七问).
 */
export const newbornWindow = param<number>('新生儿出生后缴费享受出生之日起待遇的期限', 'days', {
  '2025-01-01': {
    source: cite(DOC, '第三章 七问'),
    value: 90,
  },
});
