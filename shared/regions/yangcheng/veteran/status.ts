import { yuan } from '../../../money';
import { cite } from '../../../source';
import type { VeteranStatusTexts } from '../../../veteran/program';
import { NON_ONE_STOP_MATERIALS } from './procedure';
import { DOC } from '../documents';

/** The ledger page in the 细则's words (000 第二条、第三条（二）、第四条（二）（三）、第六条). */
export const status: VeteranStatusTexts = {
  outpatientAllowance: {
    /** 第四条（二）: "定额门诊补助每年第一季度由县退役军人事务局按照标准通过社会化打卡发放". */
    source: cite(DOC, '第四条（二）'),
    paidNote: '（社会化打卡）；享受定额门诊补助后，不再进行门诊医疗补助',
    none: (eligible) =>
      eligible
        ? {
            text: '一至六级残疾军人没有定额门诊补助：门诊费用经基本医疗保险、大额医疗保险报销后的个人自付部分全额补助（第三条（二）1）。',
            source: cite(DOC, '第三条（二）'),
          }
        : { text: '不属于细则所称优抚对象（第二条），没有定额门诊补助。', source: cite(DOC, '第二条') },
    schedule: {
      paidBy: '03-31',
      expected(year, standard) {
        const amount = standard ? `${yuan(standard)}，` : '';
        return `${unknownStandard(year, standard)}${year} 年定额门诊补助${amount}在第一季度由县退役军人事务局通过社会化打卡发放，尚未登记发放。`;
      },
      notRecorded(year, standard) {
        return `${unknownStandard(year, standard)}发放名单中没有 ${year} 年定额门诊补助${standard ? `（${yuan(standard)}）` : ''}的记录。定额门诊补助每年第一季度发放；如未收到，请联系所在乡（镇）退役军人服务站。`;
      },
    },
  },
  inpatient: {
    notCounted: '不属于细则所称优抚对象（第二条）',
    noCap: () => '一至六级残疾军人住院费用经基本医疗保险、大病保险报销后的部分全额补助，细则未设年度限额（第三条（二）2）',
    capNote: '一站式和非一站式共用这个限额（第四条（三）1）',
  },
  /** 第六条 "在县外就医住院优抚对象医疗补助办理时间为每年7月和12月". */
  window(label, openNow) {
    const materials = NON_ONE_STOP_MATERIALS.map((m) => m.name).join('、');
    return {
      text: `县外住院的医疗补助每年 7 月和 12 月办理${openNow ? '，本月正在办理' : `，下一次是 ${label}`}：带上${materials}，到所在乡（镇）退役军人服务站登记，由服务站填写《医疗补助审批表》报县退役军人事务局审批拨付。县内住院在出院结算时“一站式”办理，不用等。`,
      source: cite(DOC, '第六条'),
    };
  },
  notes: [],
};

/** 2026's allowance was paid under the 办法 the 细则 replaced: its standard is not collected. */
function unknownStandard(year: number, standard: string | null): string {
  return standard ? '' : `${year} 年的定额门诊补助按细则施行前的办法发放，标准暂未收录；`;
}
