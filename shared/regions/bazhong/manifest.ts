import type { RegionManifest, YtdKey } from '../manifest';
import { DOC } from './documents';

const ASSISTANCE: YtdKey[] = ['assistanceSelfPay', 'assistancePaid', 'tiltedSelfPay', 'tiltedAssistancePaid'];

/** 四川省巴中市 (004): the words and ids of the region; its rules are in ./index.ts. */
export const manifest = {
  id: 'bazhong',
  name: '四川省巴中市',
  documents: [DOC],
  verifiedAt: '2025-11',
  firstDate: '2025-01-01',
  schemes: ['resident', 'employee'],
  visitTypes: ['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'single-pay-drug', 'high-value-drug', 'maternity'],
  /** 救助身份 (004 第六章 二问). */
  categories: [
    { id: 'extreme-poverty', name: '特困人员' },
    { id: 'orphan', name: '孤儿' },
    { id: 'dibao', name: '低保对象' },
    { id: 'relapse-monitored', name: '防止返贫监测对象' },
    { id: 'dibao-edge', name: '低保边缘家庭成员' },
    { id: 'illness-impoverished', name: '因病致贫重病患者' },
  ],
  notCovered: [
    '职工生育津贴：手册只给出计发基数，未给出日标准和计发天数，不作估算（第二章 二十八问（四））',
    '转院“只补计起付标准差额”（第三章 十二问）只收录城乡居民，且不含转往市外临时备案地或未备案的高级别医院（该类住院各级起付线都是 1000 元，手册未说明差额怎么算）；职工篇未规定转院起付标准',
    '城乡居民日间手术：手册未规定（职工日间手术按第二章 三十一问纳入住院报销，照住院估算）',
    '依申请救助（第六章 五问（三））为事后追溯救助，不在估算中结算',
  ],
  /** Separate running figures per kind of care; a stay's chain (大病 or 职工大额, 救助) after 住院、特病、高值药品. */
  form: {
    categoriesFor: ['inpatient', 'high-value-drug', 'special', 'chronic'],
    diseaseCatalogue: true,
    pharmacy: true,
    classBCost: false,
    outpatientSetting: false,
    specialTreatment: false,
    /** 大病保险's annual cap follows continuity and zero-claim years (第三章 九问、十问（一）): residents. */
    insuredHistoryFor: ['resident'],
    /** 九问、十问（一）"从2025年起": the countFrom of params/waiting/serious-illness-incentives.ts (test/regions checks they agree). */
    insuredHistoryFrom: 2025,
    ytdKeys({ visitType, employee, civilServant, assisted }) {
      const assistance = assisted ? ASSISTANCE : [];
      switch (visitType) {
        case 'outpatient':
          return employee
            ? ['outpatientSelfPay', 'outpatientPaid', ...(civilServant ? (['outpatientCivilServantPaid'] as YtdKey[]) : []), 'outpatientLargeExpensePaid']
            : ['outpatientPaid'];
        case 'chronic':
          return ['chronicPaid', ...(civilServant ? (['chronicCivilServantPaid'] as YtdKey[]) : []), ...assistance];
        case 'two-diseases':
          return ['twoDiseasesPaid'];
        case 'maternity':
          return ['basicPaid'];
        case 'single-pay-drug':
          return [];
        default: {
          // 住院, 高值药品 and 门诊特殊疾病 go down the payer chain of a stay.
          const keys: YtdKey[] = visitType === 'special' ? ['specialSelfPay', 'basicPaid'] : ['basicPaid'];
          if (employee) {
            if (civilServant) keys.push('civilServantPaid');
            keys.push('largeExpenseSelfPay', 'largeExpensePaid');
          } else {
            keys.push('seriousIllnessSelfPay', 'seriousIllnessPaid');
          }
          return [...keys, ...assistance];
        }
      }
    },
  },
  programs: ['estimate', 'waiting', 'catalogue', 'premium'],
} as const satisfies RegionManifest;

/** The region's identities: its chain's tables are exhaustive over them. */
export type Category = (typeof manifest.categories)[number]['id'];
