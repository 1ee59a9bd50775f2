import { cite } from '../../../source';
import type { CommitmentForm } from '../../../applications/types';
import { DOC } from '../documents';

// 000 prints no commitment form. What the signer accepts is the 细则's own two articles on truthful proof and on
// what is not covered, quoted as printed; no promise is made up.
export const DECLARATION: CommitmentForm = {
  id: 'veteranSubsidyDeclaration',
  kind: 'personalCommitment',
  title: '阳城县优抚对象医疗保障实施细则 第十条、第十一条',
  signerLabel: '申请人（优抚对象本人或代办的近亲属）',
  source: cite(DOC, '第十条、第十一条'),
  paragraphs: [
    '第十条 优抚对象要如实提供相关证明材料，对弄虚作假骗取医疗补助资金的，视情节轻重，依法依规予以追究。',
    '第十一条 下列情形发生的医疗费用不在医疗补助范围内：',
    '(一)弄虚作假、不如实反映就医情况的；',
    '(二)因自杀、自残、酗酒、打架斗殴、吸毒等违法犯罪和违反政策规定行为所发生的医疗费用；',
    '(三)因交通事故、医疗事故以及其他赔付责任人应予以支付的医疗费用；',
    '(四)因整容、镶牙、矫形、配镜以及保健、康复等所支付的费用；',
    '(五)未经基本医疗保险报销的医疗费用。',
  ],
};
