import { cite } from '../../../source';
import { ApplicationGuide } from '../../../catalogue/types';
import { DOC } from '../documents';

const at = (section: string) => cite(DOC, `第四章 ${section}`);

/** 门诊慢特病 from application to settlement (004 第四章 二问, 七问–十六问), in the handbook's words. */
export const application: ApplicationGuide = {
  sameForBothSchemes: {
    value: '职工医保和城乡居民医保的门诊慢特病病种相同，认定机构相同，认定标准相同。',
    source: at('二问'),
  },
  whereToApply: {
    value: '参保患者申请门诊慢特病认定需持相关资料到参保辖区医保局委托的符合条件的定点医疗机构办理。',
    source: at('七问'),
  },
  publishedList: {
    value:
      '认定门诊慢特病的定点医疗机构名单由市医保局统一在门户网站公布；未在市医保局网站公布的定点医疗机构不得开展门诊慢特病认定。',
    source: at('八问'),
  },
  materials: {
    value: [
      '社保卡或医保电子凭证',
      '有效身份证件',
      '《巴中市医疗保险门诊慢特病申请（复查）表》',
      '符合门诊慢特病相应病种认定标准的相关病历等资料',
    ],
    source: at('九问'),
  },
  process: {
    value: {
      steps: [
        '认定医疗机构组织主治医师及以上职称的相应病种专业医师，按门诊慢特病病种认定标准进行认定',
        '认定结论由相关专业医师签名，认定医疗机构审核并加盖单位公章',
        '认定医疗机构每月20日前将符合条件的参保患者信息及认定结论录入国家医疗保障信息平台',
        '认定资料经辖区医保经办机构确认后，即可享受门诊慢特病医疗待遇',
      ],
      monthlyDeadlineDay: 20,
    },
    source: at('十问'),
  },
  appeal: {
    value:
      '认定不符合门诊慢特病相关病种的，由认定医疗机构告知申请人原因；参保患者对认定结论有异议的，由委托的辖区内医保局组织复议并告知结果。',
    source: at('十一问'),
  },
  benefitStart: {
    value: { chronic: '自认定之日起享受', special: '自疾病确诊之日起享受' },
    source: at('十二问'),
  },
  // The handbook gives no general review cycle: 复审 is a column of the criteria tables, per disease.
  review: {
    value:
      '复审周期按病种规定（见各病种认定标准的“复审”栏）：多数病种为长期；结核病、丙型肝炎、包虫病每12个月，慢性骨髓炎、耐药结核病每24个月，复审依据同认定依据；前列腺增生在前列腺手术后停止。',
    source: at('四问、六问'),
  },
  settlement: {
    value: {
      local: '在市内定点医疗机构就医购药时，本人或代办人携带社会保障卡或医保电子凭证，发生的医药费用按规定直接结算。',
      elsewhere:
        '在市外定点医疗机构发生的门诊费用应实行即时结算；无法即时结算的，本人或代办人携带社会保障卡、原始发票、处方或费用清单到参保地医保经办机构申请报销。',
    },
    source: at('十三问'),
  },
  separatePrescription: {
    value:
      '定点医疗机构对普通疾病与门诊慢特病用药实行分类管理，门诊慢特病单独处方和结算；因定点医疗机构不执行分类处方管理导致费用无法结算及扣费的，责任和后果由定点医疗机构自行承担。',
    source: at('十四问'),
  },
  exclusions: {
    value: [
      '未通过认定机构认定的病种产生的门诊医疗费用',
      '未在待遇享受期内发生的门诊医疗费用',
      '未在定点的门诊慢特病医药机构发生的医疗费用',
      '超出认定疾病治疗范围和超出审核量或处方剂量的门诊医疗费用',
      '应由公共卫生负担的医药费用',
      '其他违反基本医疗保险政策和本办法规定的医药费用',
    ],
    source: at('十五问'),
  },
  recognisedElsewhere: {
    value: [
      '省外通过基本医保参保关系转移接续在我市参保的人员，符合我市门诊慢特病病种范围和达到认定标准的，提供原参保地纳入门诊慢特病管理相关资料，由转入地确认纳入。',
      '我市参保人员在省内异地就医时，就医地医保经办机构或委托的认定机构认定的门诊慢特病病种与我市病种一致的，执行省内认定结果互认规定。',
    ],
    source: at('十六问'),
  },
};
