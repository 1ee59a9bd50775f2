import { cite } from '../../../source';
import type { DeadlineRule } from '../../../onething/types';
import { DOC } from '../documents';

const OFFICE = '参保地医保经办机构';

/**
 * Every time limit 004 gives for a claim the hospital did not settle, in its words (issue 18 "Deadlines, remembered").
 * "原则上" is the handbook's own qualifier and is kept in `words`.
 */
export const DEADLINES: readonly DeadlineRule[] = [
  {
    id: 'inpatient-manual-employee',
    kind: 'inpatient-manual',
    title: '住院费用手工报销（职工医保）',
    words: '不能实现异地就医即时结算的，由个人全额垫付，原则上于次年6月底前……到参保地医疗保障经办机构申请结算',
    appliesTo: '职工医保参保人员在异地定点医疗机构就医，没能即时结算的',
    schemes: ['employee'],
    due: { type: 'next-year-month-end', month: 6 },
    where: '参保地医疗保障经办机构',
    bring: ['结算票据', '费用清单', '出院证明等原始资料'],
    trigger: { visitTypes: ['inpatient'], schemes: ['employee'], awayOnly: true },
    source: cite(DOC, '第二章 三十八问'),
  },
  {
    id: 'inpatient-manual-resident',
    kind: 'inpatient-manual',
    title: '住院费用手工报销（城乡居民医保）',
    words: '住院医疗费用应当出院即报，无法报销的，原则上应在费用发生次年 6 月底前……到参保地医保经办机构申请结算',
    appliesTo: '城乡居民出院时没能直接报销的住院费用',
    schemes: ['resident'],
    due: { type: 'next-year-month-end', month: 6 },
    where: OFFICE,
    bring: ['发票', '费用清单', '出院证明等原始资料'],
    trigger: { visitTypes: ['inpatient'], schemes: ['resident'] },
    source: cite(DOC, '第三章 十七问'),
  },
  {
    id: 'serious-illness',
    kind: 'serious-illness',
    title: '大病保险报销',
    words: '无法即时报销的，原则上应在次年7月底前……到参保地医保经办机构大病保险窗口申请报销',
    appliesTo: '城乡居民出院时没能“一站式”即时报销的大病保险费用',
    schemes: ['resident'],
    due: { type: 'next-year-month-end', month: 7 },
    where: '参保地医保经办机构大病保险窗口',
    bring: ['发票', '费用清单', '报销凭据等相关资料'],
    trigger: { visitTypes: ['inpatient', 'special'], schemes: ['resident'] },
    source: cite(DOC, '第三章 二十五问'),
  },
  {
    id: 'drug-manual',
    kind: 'drug-manual',
    title: '单行支付药品、高值药品手工结算',
    words: '定点医药机构未直接结算的单行支付药品及高值药品费用，通过病种和用药认定后，原则上应于就医结束三个月内……到参保地办理手工结算',
    appliesTo: '在省外就医，定点医药机构没有直接结算的单行支付药品、高值药品费用（先要通过病种和用药认定）',
    schemes: ['resident', 'employee'],
    due: { type: 'months-after', months: 3 },
    where: '参保地',
    bring: ['购药发票', '处方等相关资料'],
    trigger: { visitTypes: ['single-pay-drug', 'high-value-drug'], schemes: ['resident', 'employee'], awayOnly: true },
    source: cite(DOC, '第五章 四问（二）'),
  },
  {
    id: 'assistance',
    kind: 'assistance',
    title: '医疗救助申请',
    words: '救助对象通过长期异地就医备案或转诊转院到定点医疗机构就医的（急诊急症除外），不能实现即时结算的，原则上应在费用发生次年6月底前持有关手续到参保地医保经办机构申请救助',
    appliesTo: '有救助身份、长期异地备案或转诊转院就医（急诊急症除外）、没能即时结算的',
    schemes: ['resident', 'employee'],
    due: { type: 'next-year-month-end', month: 6 },
    where: OFFICE,
    bring: [
      '医疗救助申请表',
      '医疗保险结算单',
      '住院发票复印件（报销联或发票联）',
      '出院证明或诊断证明复印件',
      '救助对象身份证或户口本和社会保障卡、困难身份证明材料等复印件（复印件须加盖公章，证件复印件除外）',
    ],
    trigger: { visitTypes: ['inpatient', 'chronic', 'special'], schemes: ['resident', 'employee'], awayOnly: true, assistedOnly: true },
    source: cite(DOC, '第六章 七问、八问'),
  },
  {
    id: 'maternity-allowance',
    kind: 'maternity-allowance',
    title: '生育津贴申领（“两类人员”）',
    words: '原则上应于我市规定的计发天数结束、生育或终止妊娠后的 12 个月内一次性申领',
    appliesTo: '参加生育保险的灵活就业人员和领取失业保险金人员（“两类人员”），从津贴计发天数结束算起',
    schemes: ['employee'],
    due: { type: 'months-after', months: 12 },
    where: '参保地医保经办窗口',
    bring: [
      '有效身份证件（身份证或社会保障卡）',
      '本人姓名的银行卡',
      '没在定点医疗机构联网结算生育医疗费的，另带医院收费票据、费用清单、诊断证明（门诊）/出院记录（住院）等',
    ],
    source: cite(DOC, '第二章 十七问'),
  },
];
