import { cite, Source } from '../source';
import { ApplicationType } from './kinds';

const SHANXI = '003_721ce283759161d0.txt';
const YANGCHENG = '000_22e2e209a52c8b7a.txt';

/**
 * The three commitment forms of 003 (附件1–3), full text, as data. The scan flattened the forms' tables; the
 * paragraphs below are the printed words in reading order, with the form's blanks as {placeholders}. Form-only
 * boxes (姓名、性别…、经办机构) are the application's own fields and are not repeated here.
 */
export type CommitmentFormId =
  | 'filingPersonalCommitment'
  | 'reimbursementPersonalCommitment'
  | 'reimbursementAgentCommitment'
  | 'veteranSubsidyDeclaration';

export interface CommitmentForm {
  id: CommitmentFormId;
  /** GLOSSARY: personalCommitment / agentCommitment. */
  kind: 'personalCommitment' | 'agentCommitment';
  title: string;
  paragraphs: string[];
  /** Who signs, as the form labels the signature line. */
  signerLabel: string;
  source: Source;
}

const NOTICE_2024_14 =
  '《山西省医疗保障局、山西省财政厅、国家税务总局山西省税务局、山西省卫生健康委员会关于推进住院费用省内异地线上手工报销结算服务工作的通知》(晋医保发[2024]14号)';

export const COMMITMENT_FORMS: Record<CommitmentFormId, CommitmentForm> = {
  filingPersonalCommitment: {
    id: 'filingPersonalCommitment',
    kind: 'personalCommitment',
    title: '异地就医登记备案个人承诺书',
    signerLabel: '承诺人',
    source: cite(SHANXI, '附件1'),
    paragraphs: [
      '温馨提示',
      '1、跨省异地就医直接结算执行就医地规定的支付范围及有关规定、参保地规定的基本医疗保险基金起付标准、支付比例、最高支付限额、门诊慢特病病种范围等有关政策。',
      '2、办理备案时直接备案到就医地市或省份(直辖市),自主选择就医地开通的跨省定点医疗机构住院就医直接结算。',
      '3、异地就医转诊人员:能够提供转出地医疗机构出具的转诊证明,只需备案到转诊医疗机构所在地市、直辖市、省级统筹的省份。',
      '4、非急诊且未转诊就医人员:各地均优化为视同已备案。按非急诊且未转诊就医人员待遇报销。',
      '5、异地急诊抢救人员视同已备案。需就医地医疗机构上传"急诊标识"。',
      '6、异地长期居住人员备案成功后,备案地和参保地双向享受医保待遇。(1)异地安置退休人员:能够提供就医地户口本(首页和本人页)。(2)异地长期居住人员:能够提供就医地居住证(暂住证)或街道办事处出具的居住证明或村委会证明。(3)常驻异地工作人员:能够提供参保单位开具的有效证明(加盖公章)件。',
      '7、参保人员线下容缺后补备案时按照参保地规定提供材料进行办理。参保人员线上备案时应满足相对应的证明材料要求,并妥善保存,已备核查时使用。提供虚假信息备案实现住院异地就医直接结算的将按《医疗保障基金监管条例》严肃处理。',
      '个人承诺',
      '本人已知晓上述内容,承诺所填信息真实有效,符合所选备案类型条件。若因材料缺失或信息不实导致医疗保障基金损失的,愿承担全部责任。',
    ],
  },
  reimbursementPersonalCommitment: {
    id: 'reimbursementPersonalCommitment',
    kind: 'personalCommitment',
    title: '住院省内异地线上手工报销申请个人承诺书',
    signerLabel: '申请人',
    source: cite(SHANXI, '附件2'),
    paragraphs: [
      `依据${NOTICE_2024_14}服务流程要求,本人属于住院省内异地自费结算人员,现申请办理住院省内异地线上手工报销结算服务。`,
      '本人郑重承诺所提供信息真实、准确、完整、有效,由此产生的一切法律责任均由本人承担。',
    ],
  },
  reimbursementAgentCommitment: {
    id: 'reimbursementAgentCommitment',
    kind: 'agentCommitment',
    title: '住院省内异地线上手工报销申请委托代理人承诺书',
    signerLabel: '受委托代理人',
    source: cite(SHANXI, '附件3'),
    paragraphs: [
      `依据${NOTICE_2024_14}服务流程要求,委托人属于住院省内异地自费结算人员,委托人申请办理住院省内异地线上手工报销结算服务。`,
      '受委托代理人(姓名):{agentName},与委托人关系:{relation},为委托人(患者姓名):{principalName}申请办理住院省内异地线上手工报销结算服务,医疗机构(名称){hospital},住院时间:{admissionDate}(起){dischargeDate}(止),医疗费用金额:{amount}元(小写){amountUppercase}元(大写)。',
      '本人郑重承诺与委托人关系属实,所述信息真实、准确、完整、有效,由此产生的一切法律责任均由本人承担。',
      '委托人证件号码:{principalIdNumber}',
      '受委托代理人证件号码:{agentIdNumber}',
      '受委托代理人联系电话:{agentPhone}',
    ],
  },
  // 000 prints no commitment form. What the signer accepts is the 细则's own two articles on truthful proof and on
  // what is not covered, quoted as printed; no promise is made up.
  veteranSubsidyDeclaration: {
    id: 'veteranSubsidyDeclaration',
    kind: 'personalCommitment',
    title: '阳城县优抚对象医疗保障实施细则 第十条、第十一条',
    signerLabel: '申请人（优抚对象本人或代办的近亲属）',
    source: cite(YANGCHENG, '第十条、第十一条'),
    paragraphs: [
      '第十条 优抚对象要如实提供相关证明材料，对弄虚作假骗取医疗补助资金的，视情节轻重，依法依规予以追究。',
      '第十一条 下列情形发生的医疗费用不在医疗补助范围内：',
      '(一)弄虚作假、不如实反映就医情况的；',
      '(二)因自杀、自残、酗酒、打架斗殴、吸毒等违法犯罪和违反政策规定行为所发生的医疗费用；',
      '(三)因交通事故、医疗事故以及其他赔付责任人应予以支付的医疗费用；',
      '(四)因整容、镶牙、矫形、配镜以及保健、康复等所支付的费用；',
      '(五)未经基本医疗保险报销的医疗费用。',
    ],
  },
};

/**
 * Which form the signer accepts. 手工报销: 附件3 when an agent files, 附件2 otherwise (003 六（四）). 备案: 003 has one
 * form only (附件1, "他人代办需补充：代办人及备案人身份证或户口薄原件等相关资料", 六（二）), so an agent signs that
 * same form as 承诺人 — the documents give no agent's 备案 form, and none is made up here.
 */
export function commitmentFormFor(type: ApplicationType, hasAgent: boolean): CommitmentForm {
  if (type === 'remoteFiling') return COMMITMENT_FORMS.filingPersonalCommitment;
  if (type === 'veteranSubsidy') return COMMITMENT_FORMS.veteranSubsidyDeclaration;
  return hasAgent ? COMMITMENT_FORMS.reimbursementAgentCommitment : COMMITMENT_FORMS.reimbursementPersonalCommitment;
}

/** The form with its blanks filled; a blank without a value stays a visible "____". */
export function renderCommitment(form: CommitmentForm, values: Record<string, string>): string[] {
  return form.paragraphs.map((p) => p.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '____'));
}
