import { cite, Source } from '../../../source';
import { DOC } from '../documents';

/**
 * Where each figure sits in 002 (随州市/随县 slides, 2025). The slides have no numbered articles: a citation names
 * the chapter and the slide's title or table, as printed.
 */
export const SECTIONS = {
  premiumStandard: '二、参保缴费（2025 年城乡居民基本医疗保险费）',
  premiumRules: '二、参保缴费 参保缴费资助政策表',
  premiumTable: '二、参保缴费 2025 个人实缴金额和政府代缴金额表',
  familyMutualAid: '二、参保缴费 家庭共济',
  outpatient: '三、门诊待遇 门诊统筹',
  twoDiseases: '三、门诊待遇 高血压和糖尿病门诊（“两病”门诊）',
  chronicSpecial: '三、门诊待遇 门诊慢特病和单独支付药品使用',
  inpatientTable: '四、住院待遇 城乡居民基本医疗保险政策表',
  transitionalWaiver: '四、住院待遇 城乡居民基本医疗保险政策表 备注 1',
  fundCap: '四、住院待遇 城乡居民基本医疗保险政策表 备注 2',
  seriousIllness: '四、住院待遇 城乡居民大病保险政策（文字和表）',
  routineAssistance: '四、住院待遇 医疗救助政策 基本救助（文字和表）',
  tiltedAssistance: '四、住院待遇 医疗救助政策 倾斜救助表',
  onApplication: '四、住院待遇 依申请救助政策（文字和表）',
  ruralLowIncome: '四、住院待遇 着力提升农村医疗服务质量',
} as const;

export function at(section: keyof typeof SECTIONS): Source {
  return cite(DOC, SECTIONS[section]);
}
