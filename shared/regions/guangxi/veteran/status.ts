import { percent } from '../../../money';
import { cite } from '../../../source';
import type { VeteranStatusTexts } from '../../../veteran/program';
import { DOC } from '../documents';

/** The ledger page in the 办法's words (001 第十二条、第十三条、第二十五条). */
export const status: VeteranStatusTexts = {
  outpatientAllowance: {
    /** 第十二条: the 定额门诊补助's standard is left to 各地. */
    source: cite(DOC, '第十二条'),
    paidNote: '',
    notCollected: '残疾退役军人享受定额门诊补助，具体标准和办法由各地规定（第十二条），暂未收录；名单中没有本年度的发放记录。',
  },
  inpatient: {
    notCounted: '不属于实施办法所称残疾退役军人（第二条）',
    noCap: (ratio) => `补助比例 ${percent(ratio)}（第十三条的最低比例，当地规定更高的按当地规定），办法未设年度限额`,
    capNote: '',
  },
  notes: ['广西的实施办法要求各地推进优抚医疗补助“一站式”结算（第二十五条），未规定非一站式的办理月份：请询问户籍所在地退役军人事务部门。'],
};
