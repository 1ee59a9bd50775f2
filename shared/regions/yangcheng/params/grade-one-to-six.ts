import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第三条（二）医疗补助, 一至六级残疾军人: 门诊 "经基本医疗保险、大额医疗保险报销后的个人自付部分给予全额补助", 住院
 * "经基本医疗保险、大病保险报销后的部分给予全额补助". 全额 is stored as the ratio 1.00; no annual cap is set.
 */
export const gradeOneToSixSubsidy = param<{ ratio: string; outpatientExcluded: string; inpatientExcluded: string }>(
  '一至六级残疾军人医疗补助',
  'table',
  {
    '2026-07-01': {
      source: cite(DOC, '第三条（二）'),
      value: {
        ratio: '1.00',
        outpatientExcluded: '个人医保账户支付费用和未经基本医疗保险报销的票据',
        inpatientExcluded: '空调费、取暖费、陪床费、超标准床位费、其他特需服务、预防保健和个人医保账户支付费用',
      },
    },
  },
);
