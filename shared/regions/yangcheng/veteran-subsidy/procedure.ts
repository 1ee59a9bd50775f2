import { cite, Source } from '../../../source';
import type { ExclusionId } from '../../../schemas/veteran';
import { DOC } from '../documents';

/**
 * How an 优抚对象 of the county claims the 住院医疗补助, in the 细则's words (000 第五条、第六条). Quoted as printed (the seed
 * mixes ASCII and full-width punctuation), so a test can find each one in the document.
 */
export interface ProcedureItem {
  name: string;
  /** Who issues it or where it goes, as the article says. */
  where: string;
  source: Source;
}

/**
 * 第五条（一）一站式: "提供乡(镇)退役军人服务站出具的《医疗救助通知单》、《医疗救助记录卡》等资料" — brought to the
 * designated hospital's settlement window when leaving hospital in the county.
 */
export const ONE_STOP_MATERIALS: ProcedureItem[] = [
  { name: '《医疗救助通知单》', where: '乡(镇)退役军人服务站出具', source: cite(DOC, '第五条（一）') },
  { name: '《医疗救助记录卡》', where: '乡(镇)退役军人服务站出具', source: cite(DOC, '第五条（一）') },
];

/**
 * 第六条 非一站式: "优抚对象凭医疗机构医保结算单原件或复印件加盖医疗机构印章,由所在乡(镇)退役军人服务站审核后统一
 * 收缴登记,填写《医疗补助审批表》,报县退役军人事务局审批拨付。"
 */
export const NON_ONE_STOP_MATERIALS: ProcedureItem[] = [
  { name: '医疗机构医保结算单原件或复印件加盖医疗机构印章', where: '所在乡(镇)退役军人服务站', source: cite(DOC, '第六条') },
];

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

/** Which form of the 结算单 the person brings: "原件或复印件加盖医疗机构印章" (第六条). */
export const SETTLEMENT_SHEET_FORMS = ['original', 'sealedCopy'] as const;
export type SettlementSheetForm = (typeof SETTLEMENT_SHEET_FORMS)[number];
export const SETTLEMENT_SHEET_LABELS: Record<SettlementSheetForm, string> = {
  original: '医保结算单原件',
  sealedCopy: '医保结算单复印件（加盖医疗机构印章）',
};

/** 第十一条's five questions (../params/exclusions.ts holds their words). */
export const CLAIM_EXCLUSION_IDS = [
  'falseInformation',
  'misconduct',
  'liableThirdParty',
  'cosmeticOrRehabilitation',
  'notSettledByInsurance',
] as const satisfies readonly ExclusionId[];

export const PAYMENT_ROUTE_LABELS = { oneStop: '一站式（出院时在定点医院结算）', nonOneStop: '非一站式（县外住院，经乡镇退役军人服务站申请）' } as const;
