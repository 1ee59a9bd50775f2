import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第十四条 "未按有关规定就医，所发生的费用不享受优抚对象医疗补助" and 第十六条 "申请医疗补助但无法提供证明材料或证明材料
 * 不齐全、不真实的，不予受理发放补助". (第十六条's other case, costs outside the 医疗保障基金支付范围, never enters the
 * subsidy: only the in-scope self-pay of 第十三条 is subsidised.)
 */
export const exclusions = param<{ id: string; section: string; text: string }[]>('不予医疗补助的情形', 'table', {
  '2023-12-29': {
    source: cite(DOC, '第十四条、第十六条'),
    value: [
      { id: 'notDesignatedHospital', section: '第十四条', text: '未按规定在基本医疗保险定点医疗机构就医' },
      { id: 'missingProof', section: '第十六条', text: '申请医疗补助但无法提供证明材料，或证明材料不齐全、不真实' },
    ],
  },
});
