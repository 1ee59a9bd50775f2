import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第四条（二）定额门诊补助: "补助标准为在乡复员军人每人每年 800 元，其他优抚对象每人每年 600 元。定额门诊补助每年
 * 第一季度由县退役军人事务局按照标准通过社会化打卡发放。享受门诊医疗费用定额补助后，县退役军人事务局不再进行门诊医疗补助。"
 */
export const outpatientAllowance = param<{ demobilizedRural: string; otherVeterans: string; paidInQuarter: number }>(
  '定额门诊补助',
  'table',
  {
    '2026-07-01': {
      source: cite(DOC, '第四条（二）'),
      value: { demobilizedRural: '800', otherVeterans: '600', paidInQuarter: 1 },
    },
  },
);
