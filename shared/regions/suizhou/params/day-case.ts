import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * "日间手术病种参照住院待遇管理，其发生的属于政策范围内的医疗费用，不设起付标准，由基本医疗保险基金按照医疗机构级别所对应的
 * 住院支付比例支付，纳入基本医疗保险最高支付限额计算范围。" (002 三、门诊待遇, the slide on 急诊抢救 and 日间手术).
 */
export const dayCaseDeductible = param<string>('日间手术起付标准', 'CNY', {
  '2025-01-01': {
    source: cite(DOC, '三、门诊待遇 日间手术'),
    note:
      '“参照住院待遇管理”读作：除起付标准外按住院计算——住院表中所在地、所在级别的甲类比例，转外先行自付、乙类先行自付，' +
      '15 万元年度最高支付限额，以及其后的大病保险和医疗救助。',
    value: '0',
  },
});
