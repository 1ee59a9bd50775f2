import { cite } from '../../source';
import { GUIDE } from '../documents';
import type { CommitmentForm } from '../types';

/**
 * 003 附件1, full text as data (the scan flattened the form's table; the paragraphs are the printed words in reading
 * order). 003 has one form only ("他人代办需补充：代办人及备案人身份证或户口薄原件等相关资料", 六（二）), so an agent
 * signs that same form as 承诺人 — the documents give no agent's 备案 form, and none is made up here.
 */
export const FILING_PERSONAL_COMMITMENT: CommitmentForm = {
  id: 'filingPersonalCommitment',
  kind: 'personalCommitment',
  title: '异地就医登记备案个人承诺书',
  signerLabel: '承诺人',
  source: cite(GUIDE, '附件1'),
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
};
