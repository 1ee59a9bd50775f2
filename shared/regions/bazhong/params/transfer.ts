import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * "参保城乡居民在一个治疗过程中因病情需要双向转诊的，由低级别定点医疗机构转往高级别定点医疗机构，只补计起付标准差额；由高级别
 * 定点医疗机构转往同级别或低级别定点医疗机构，不再另计起付标准。" (004 第三章 十二问). A rule without a figure of its own:
 * the 起付标准 are those of the inpatient table (第三章 十一问); the value names, by direction, what is charged.
 */
export const residentTransferDeductible = param<{ upward: 'difference'; sameOrLower: 'none' }>('同一治疗过程中转院的起付标准', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第三章 十二问 参保城乡居民转诊转院'),
    note:
      '只适用于参保城乡居民（第三章）；职工篇（第二章）未规定转院的起付标准。差额按本次就医地一栏读取两级的起付线' +
      '（市内与长期备案地两栏相同）；转往市外临时备案地或未备案的高级别医院时，该栏各级起付线都是 1000 元，' +
      '手册未说明从市内医院转出时差额如何计算，不作估算。',
    value: { upward: 'difference', sameOrLower: 'none' },
  },
});
