import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第四条（三）1 其他优抚对象住院医疗补助: "住院费用通过城乡居民基本医疗保险、大病保险、医疗救助等报销后合规部分，县内住院的
 * 按照“一站式”即时结算相关规定给予医疗补助；县外住院的按照“非一站式”结算相关规定给予医疗补助，补助比例为 95%，年最高限额
 * 3 万元。"
 */
export const inpatientSubsidy = param<{ ratio: string; annualCap: string }>('其他优抚对象住院医疗补助', 'table', {
  '2026-07-01': {
    source: cite(DOC, '第四条（三）1'),
    note: '比例和限额写在“县外住院”分句之后；按一项住院医疗补助读取，县内“一站式”与县外“非一站式”同用 95%，并共用一个年度 3 万元限额。',
    value: { ratio: '0.95', annualCap: '30000' },
  },
});
