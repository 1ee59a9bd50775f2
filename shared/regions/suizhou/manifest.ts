import type { RegionManifest, YtdKey } from '../manifest';
import { DOC } from './documents';

const ASSISTANCE: YtdKey[] = ['assistanceSelfPay', 'assistancePaid', 'tiltedSelfPay', 'tiltedAssistancePaid'];

/** 湖北省随州市随县 (002): the words and ids of the region; its rules are in ./index.ts. */
export const manifest = {
  id: 'suizhou',
  name: '湖北省随州市随县',
  documents: [DOC],
  verifiedAt: '2026-11',
  firstDate: '2025-01-01',
  schemes: ['resident'],
  visitTypes: ['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'single-pay-drug'],
  /**
   * 002 二、参保缴费 and the 大病保险、医疗救助 tables. Labels are the app's (the same as other regions' for the same
   * group); where 002 words a group its own way the chain says so (estimate/categories.ts). 002's “纳入监测范围的农村
   * 易返贫致贫人口”——脱贫不稳定、边缘易致贫、突发严重困难人口——is the group other regions call 防止返贫监测对象.
   */
  categories: [
    { id: 'extreme-poverty', name: '特困人员' },
    { id: 'orphan', name: '孤儿' },
    { id: 'dibao', name: '低保对象' },
    { id: 'fallen-into-poverty', name: '返贫致贫人口' },
    { id: 'dibao-edge', name: '低保边缘家庭成员' },
    { id: 'relapse-monitored', name: '防止返贫监测对象' },
    { id: 'illness-impoverished', name: '因病致贫重病患者' },
    { id: 'other-hardship', name: '县级以上地方人民政府规定的其他特殊困难人员' },
    { id: 'severe-disability', name: '丧失劳动能力的重度（二级及以上）残疾人' },
    { id: 'severe-mental-illness', name: '严重精神障碍患者' },
    { id: 'family-planning-hardship', name: '计划生育特殊困难家庭成员' },
    { id: 'out-of-poverty', name: '脱贫人口' },
    { id: 'veteran', name: '优抚人员' },
  ],
  notCovered: [
    '职工医保：002 只讲城乡居民医保，随县职工医保暂未收录',
    '生育住院“参照居民医保住院相关政策执行”（002 四、住院待遇 各种医疗类别的区别）：请按“住院”估算；不单列“生育”就医类型',
    '高值药品：002 未提及，暂未收录',
    '门诊慢特病的病种目录、起付线和各病种年度支付限额：002 未载明，估算只按报销比例计算，未按病种限额封顶',
    '门诊统筹：定点零售药店、村卫生室和卫生院以外的一级医疗机构的日限额 002 未载明，暂未收录；市外急诊抢救的普通门诊费用“可按规定报销”，标准未载明',
    '同一治疗过程中转院的起付线：002 未规定，填写转院前医院等级的估算不予受理',
    '住院表未单列乡镇卫生院：请按医院的定点等级（一级、二级、三级）估算',
    '依申请救助（002 依申请救助政策）为事后追溯救助：只在结果中说明，不在估算中结算',
    '农村低收入人口政策范围外费用超比例部分由医疗机构承担（002 着力提升农村医疗服务质量）：只作说明，不从个人负担中扣减',
    '外伤住院须由人保公司调查并报备（0722-3563216）：估算不判断外伤责任',
    '参保缴费（资助参保）只收录 2025 年度，由 premium() 单独计算，不在费用估算中',
  ],
  /**
   * One annual fund cap over 住院 and every 门诊 (basicPaid); 门诊统筹 and “两病” share one limit; 住院、门诊慢特病 and
   * 单独支付药品 go on to 大病保险 and 医疗救助. 002 adds the 乙类 share of a stay (四、住院待遇), 村卫生室 and 产前检查
   * outpatient care, and the higher ratio of 器官移植抗排异、透析 (三、门诊待遇).
   */
  form: {
    categoriesFor: ['inpatient', 'chronic', 'special', 'single-pay-drug'],
    diseaseCatalogue: false,
    pharmacy: false,
    classBCost: true,
    outpatientSetting: true,
    specialTreatment: true,
    insuredHistoryFor: [],
    ytdKeys({ visitType, assisted }) {
      if (visitType === 'outpatient') return ['basicPaid', 'outpatientPaid'];
      if (visitType === 'two-diseases') return ['basicPaid', 'outpatientPaid', 'twoDiseasesPaid'];
      return ['basicPaid', 'seriousIllnessSelfPay', 'seriousIllnessPaid', ...(assisted ? ASSISTANCE : [])];
    },
  },
  programs: ['estimate', 'premium'],
} as const satisfies RegionManifest;

export type SuizhouCategory = (typeof manifest.categories)[number]['id'];
