import { param } from '../param';
import { cite } from '../../source';

const DOC = '000_22e2e209a52c8b7a.txt';

/** 第六条 非一站式: "在县外就医住院优抚对象医疗补助办理时间为每年7月和12月。" Months of the year, ascending. */
export const applicationMonths = param<number[]>('非一站式医疗补助办理月份', 'table', {
  '2026-07-01': {
    source: cite(DOC, '第六条'),
    value: [7, 12],
  },
});
