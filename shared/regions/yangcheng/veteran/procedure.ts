import { cite } from '../../../source';
import type { ProcedureItem } from '../../../veteran/program';
import { DOC } from '../documents';

/**
 * How an 优抚对象 of the county claims the 住院医疗补助, in the 细则's words (000 第五条、第六条), as the ledger page lists
 * the papers. Quoted as printed (the seed mixes ASCII and full-width punctuation), so a test can find each one in the
 * document. The 非一站式 claim filed in the app is ../claim.
 */

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

export const PAYMENT_ROUTE_LABELS = { oneStop: '一站式（出院时在定点医院结算）', nonOneStop: '非一站式（县外住院，经乡镇退役军人服务站申请）' } as const;
