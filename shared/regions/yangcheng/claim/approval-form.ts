import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * The 《医疗补助审批表》 of 第六条. The 细则 names the form and who fills it in, and prints none of its boxes: the app
 * does not make any up. What the claim carries is what the article names (the 结算单 and its figures).
 */
export const APPROVAL_FORM = {
  title: '《医疗补助审批表》',
  procedure: '由所在乡(镇)退役军人服务站审核后统一收缴登记,填写《医疗补助审批表》,报县退役军人事务局审批拨付',
  note: '细则没有列出《医疗补助审批表》的栏目；申请只填写细则写明的内容（医保结算单及其金额、县外住院的医院和日期），审批表由乡（镇）退役军人服务站填写。',
  source: cite(DOC, '第六条'),
};
