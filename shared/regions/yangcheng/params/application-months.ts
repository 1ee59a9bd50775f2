import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/** 第六条 非一站式: "在县外就医住院优抚对象医疗补助办理时间为每年7月和12月。" Months of the year, ascending. */
export const applicationMonths = param<number[]>('非一站式医疗补助办理月份', 'table', {
  '2026-07-01': {
    source: cite(DOC, '第六条'),
    value: [7, 12],
  },
});
