import { citationText } from '../../../source';
import type { ClaimQuestion } from '../../../veteran/vocabulary';
import { DOC } from '../documents';

/**
 * 第十一条 "下列情形发生的医疗费用不在医疗补助范围内". The quotes are the 细则's items (../params/exclusions.ts holds the same words
 * for the rules, and test/veteran/claim-terms.test.ts keeps the two equal); the questions and the advice are the app's
 * plain reading of them.
 */
export const CLAIM_QUESTIONS: ClaimQuestion[] = [
  {
    id: 'falseInformation',
    question: '这次申请填的就医情况、交的票据，有没有不真实的地方？',
    quote: '弄虚作假、不如实反映就医情况的',
    source: citationText({ doc: DOC, section: '第十一条（一）' }),
    refusal: '不如实反映就医情况的医疗费用不予补助；弄虚作假骗取医疗补助资金的，还要依法依规追究（第十条）。请按医保结算单如实填写。',
  },
  {
    id: 'misconduct',
    question: '这次住院，是不是因为自杀、自残、酗酒、打架斗殴、吸毒等违法或违反政策规定的行为？',
    quote: '因自杀、自残、酗酒、打架斗殴、吸毒等违法犯罪和违反政策规定行为所发生的医疗费用',
    source: citationText({ doc: DOC, section: '第十一条（二）' }),
    refusal: '这些原因发生的医疗费用不在医疗补助范围内，这次住院不能申请优抚医疗补助。',
  },
  {
    id: 'liableThirdParty',
    question: '这次住院，是不是因为交通事故、医疗事故，或者有别人（肇事方、保险公司等）应该赔这笔医疗费？',
    quote: '因交通事故、医疗事故以及其他赔付责任人应予以支付的医疗费用',
    source: citationText({ doc: DOC, section: '第十一条（三）' }),
    refusal: '有赔付责任人的医疗费用应由责任人支付，不在医疗补助范围内。请向肇事方、医疗机构或保险公司要求赔付。',
  },
  {
    id: 'cosmeticOrRehabilitation',
    question: '这笔费用是不是整容、镶牙、矫形、配镜，或者保健、康复花的钱？',
    quote: '因整容、镶牙、矫形、配镜以及保健、康复等所支付的费用',
    source: citationText({ doc: DOC, section: '第十一条（四）' }),
    refusal: '整容、镶牙、矫形、配镜以及保健、康复的费用不在医疗补助范围内，不能申请优抚医疗补助。',
  },
  {
    id: 'notSettledByInsurance',
    question: '这次住院的费用，是不是没有经过基本医疗保险报销（比如出院时没用医保结算，全部自费）？',
    quote: '未经基本医疗保险报销的医疗费用',
    source: citationText({ doc: DOC, section: '第十一条（五）' }),
    refusal: '医疗补助补的是医保报销后剩下的部分。请先用基本医疗保险报销（出院结算，或回参保地办理手工报销），拿到医保结算单后再来申请。',
  },
];

