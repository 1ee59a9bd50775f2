import { cite } from '../../source';
import { GUIDE } from '../documents';
import type { CommitmentForm } from '../types';

/**
 * 003 附件2 (the insured themselves) and 附件3 (an agent), full text as data; blanks are {placeholders}. 附件3 prints
 * "金额: ____元(小写) ____元(大写)": the 小写 blank takes the figure with thousands separators (1,409.50), and the
 * 大写 amount carries its own 元 (壹仟肆佰零玖元伍角, 贰万叁仟捌佰元整), so the printed second 元 is the 大写's own and
 * is not written twice.
 */
const NOTICE_2024_14 =
  '《山西省医疗保障局、山西省财政厅、国家税务总局山西省税务局、山西省卫生健康委员会关于推进住院费用省内异地线上手工报销结算服务工作的通知》(晋医保发[2024]14号)';

export const REIMBURSEMENT_PERSONAL_COMMITMENT: CommitmentForm = {
  id: 'reimbursementPersonalCommitment',
  kind: 'personalCommitment',
  title: '住院省内异地线上手工报销申请个人承诺书',
  signerLabel: '申请人',
  source: cite(GUIDE, '附件2'),
  paragraphs: [
    `依据${NOTICE_2024_14}服务流程要求,本人属于住院省内异地自费结算人员,现申请办理住院省内异地线上手工报销结算服务。`,
    '本人郑重承诺所提供信息真实、准确、完整、有效,由此产生的一切法律责任均由本人承担。',
  ],
};

export const REIMBURSEMENT_AGENT_COMMITMENT: CommitmentForm = {
  id: 'reimbursementAgentCommitment',
  kind: 'agentCommitment',
  title: '住院省内异地线上手工报销申请委托代理人承诺书',
  signerLabel: '受委托代理人',
  source: cite(GUIDE, '附件3'),
  paragraphs: [
    `依据${NOTICE_2024_14}服务流程要求,委托人属于住院省内异地自费结算人员,委托人申请办理住院省内异地线上手工报销结算服务。`,
    '受委托代理人(姓名):{agentName},与委托人关系:{relation},为委托人(患者姓名):{principalName}申请办理住院省内异地线上手工报销结算服务,医疗机构(名称){hospital},住院时间:{admissionDate}(起){dischargeDate}(止),医疗费用金额:{amount}元(小写){amountUppercase}(大写)。',
    '本人郑重承诺与委托人关系属实,所述信息真实、准确、完整、有效,由此产生的一切法律责任均由本人承担。',
    '委托人证件号码:{principalIdNumber}',
    '受委托代理人证件号码:{agentIdNumber}',
    '受委托代理人联系电话:{agentPhone}',
  ],
};
