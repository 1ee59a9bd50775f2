import { param } from '../../../params/param';
import { at } from './sections';

/** "一个自然年度内，基本医疗保险基金年度最高支付限额为15万元（含住院和门诊费用）" (002 四、住院待遇 表 备注 2). */
export const annualFundCap = param<string>('基本医疗保险基金年度最高支付限额（含住院和门诊）', 'CNY', {
  '2025-01-01': {
    source: at('fundCap'),
    value: '150000',
  },
});
