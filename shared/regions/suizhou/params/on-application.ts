import { param } from '../../../params/param';
import type { VisitType } from '../../../schemas/estimate';
import { at } from './sections';

/**
 * What 依申请救助 counts, beside the figures of onApplicationAssistance (./assistance.ts): "对其身份确定前12个月发生的医疗
 * 费用经基本医疗保险，大病保险报销后的政策范围内个人自付部分……政策范围个人自付住院医疗费用累计在6000元以上部分……基本医疗
 * 保险门诊慢特病（限额内）及纳入国谈药“双通道”管理药品的自付费用纳入依申请救助范围" (002 四、住院待遇 依申请救助政策);
 * and who: the table's 8 医疗救助对象 columns, "非医疗救助对象，不享受依申请救助待遇" over the others.
 *
 * `visitTypes`: 住院 (日间手术 "参照住院待遇管理" is one), 门诊慢性病 and 门诊特殊疾病 (门诊慢特病), 单独支付药品 (the
 * estimate's reading of 国谈药“双通道”); not 门诊统筹 or “两病”. `deductAssistancePaid`: see the note.
 */
export const onApplicationScope = param<{ visitTypes: VisitType[]; deductAssistancePaid: boolean }>('依申请救助计入的费用和期间', 'table', {
  '2025-01-01': {
    source: at('onApplication'),
    note:
      '“身份确定前12个月”读作认定日期之前的 12 个月：自认定日期往前推 12 个月的同一日起，至认定日期前一日止，按每次就医的结算日期计' +
      '（如 2026-06-15 认定，计 2025-06-15 至 2026-06-14 结算的费用；月末按 dayjs 取该月最后一日）；认定当日及以后的就医已是医疗救助对象，按基本救助在结算时支付。' +
      '“经基本医疗保险，大病保险报销后的政策范围内个人自付部分”：文件未提已获医疗救助的部分；个人自付是本人实际负担的部分，' +
      '某次就医已由医疗救助、倾斜救助支付的（当时已有其他救助身份），不再是个人自付，予以扣除，不重复救助。' +
      '门诊慢特病“（限额内）”：002 未载明病种限额，按全部政策范围内个人自付计。',
    value: { visitTypes: ['inpatient', 'chronic', 'special', 'single-pay-drug'], deductAssistancePaid: true },
  },
});
