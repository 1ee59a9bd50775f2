import { cite } from '../../../source';
import { CROSS_DISEASES } from '../../../onething/diseases';
import type { OneThingProgram } from '../../../onething/types';
import { DOC } from '../documents';

const OUTPATIENT = '三、门诊待遇';

/**
 * 就医费用报销“一件事” as far as 002 (随州/随县 城乡居民医保 slides) speaks of it: 家庭共济 for the premium (二、参保缴费),
 * the ten diseases and 门诊慢特病资格 (三、门诊待遇). 002 prints no 门诊慢特病 catalogue, no 备案 channel and no claim
 * deadline; those are `silent`, not filled from another region's document.
 */
export const onething: OneThingProgram = {
  name: '随州市（随县）',
  // 002 is about 城乡居民医保; its 家庭共济 is the 职工's ("随州市域内的职工医保参保人"), so an employee is asked too.
  schemes: ['resident', 'employee'],
  entry: null,
  family: {
    relatives: {
      value: ['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女'],
      source: cite(DOC, '二、参保缴费（家庭共济能参保）'),
    },
    pays: {
      value: ['为“亲情账户”的家庭成员缴纳本地城乡居民基本医疗保险费（使用职工本人个人账户余额）'],
      source: cite(DOC, '二、参保缴费（家庭共济能参保）'),
    },
    authorise: null,
    channels: {
      value: [
        '微信小程序“湖北医疗保障”—“个人账户共济”模块—“个人账户支付城乡居民医保缴费申请”，选择缴费年度与居民参保人，完善银行信息后提交',
      ],
      source: cite(DOC, '二、参保缴费（家庭共济能参保）第一步至第三步'),
    },
  },
  filing: { online: null, offline: null, longTermProof: null },
  crossProvince: {
    listed: cite(DOC, `${OUTPATIENT}（异地就医门诊问答 3）`),
    steps: {
      value: ['向医保局申请门诊慢特病资格', '跨省异地就医直接结算'],
      source: cite(DOC, `${OUTPATIENT}（异地就医门诊问答 3）`),
    },
    mapping: CROSS_DISEASES.map((d) => ({
      disease: d.id,
      entries: [],
      note: '002 没有印出随州的门诊慢特病病种目录，这里对应不到本地病种编码。',
    })),
    mappingNote: '002 只列了可跨省直接结算的 10 个病种名称，没有本地病种目录；是否符合认定，以随州医保局的认定为准。',
    twoDiseases: {
      value: '“两病”认定按我市相关规定执行。纳入门诊慢特病保障的不再享受“两病”待遇。',
      source: cite(DOC, `${OUTPATIENT}（两病门诊）`),
    },
  },
  settlement: {
    direct: {
      value: '参保居民向医保局申请了门诊慢特病资格，还可以实现跨省异地直接结算；办理了单独支付药品使用资格表的，可在市外省内开通了特药门诊的医保定点医药机构直接结算。',
      source: cite(DOC, `${OUTPATIENT}（异地就医门诊问答 3、4）`),
    },
    manualWhen: {
      value: ['对未通过“一站式”直接结算的医疗救助对象，实行“一站式”服务、“一窗口”办理'],
      source: cite(DOC, '四、住院待遇（医疗救助“一站式”结算）'),
    },
    manualChannels: null,
  },
  deadlines: [],
  silent: [
    '002 讲的是城乡居民医保；职工医保只写了用个人账户为家庭成员缴纳城乡居民医保费',
    '002 没有写手工报销、大病保险、医疗救助的申请截止时间',
    '002 没有写异地就医备案的办理渠道和材料，也没有写门诊慢特病跨省直接结算前是否要先备案',
    '002 没有写家庭共济能否支付近亲属就医购药的自付费用，只写了为家庭成员缴纳城乡居民医保费',
    '002 没有印出随州的门诊慢特病病种目录',
  ],
};
