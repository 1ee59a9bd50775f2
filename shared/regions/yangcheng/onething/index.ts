import { cite } from '../../../source';
import { CROSS_DISEASES } from '../../../onething/diseases';
import type { OneThingProgram } from '../../../onething/types';
import { DOC } from '../documents';
import { GUIDE } from './guide';

/**
 * 就医费用报销“一件事” for a 阳城县 参保人员: 003 is the 山西 province's guide and serves "山西省基本医疗保险参保人员"
 * (二、服务对象); 000 adds the 优抚 非一站式 round (第六条). 003 gives no claim deadline and leaves the 慢特病 认定 and
 * its materials to the 参保地 (六（三）), whose catalogue the app does not hold.
 */
export const onething: OneThingProgram = {
  name: '阳城县（山西省）',
  schemes: ['resident', 'employee'],
  entry: {
    value: '山西医保微信公众号、山西省政务服务网：登录后进入“高效办成一件事”服务专区→选择“就医费用报销一件事”→按指引填写信息并提交（线上办理须先激活医保电子凭证）',
    source: cite(GUIDE, '七、申请途径（一）；五、办理条件'),
  },
  family: {
    relatives: {
      value: ['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女'],
      source: cite(GUIDE, '六、提交资料（一）'),
    },
    pays: {
      value: ['参加医疗保险的近亲属在定点医药机构就医购药个人负担的医疗费用', '近亲属参加居民医保等的个人缴费'],
      source: cite(GUIDE, '五、办理条件（一）'),
    },
    authorise: {
      value: '须先绑定家庭成员关系（已绑定的无需重复操作）；通过线上签署省内和跨省职工医保个人账户家庭共济承诺书，以“授权”的方式将个人账户部分基金提供给被授权人使用，不需要提供资料。',
      source: cite(GUIDE, '五、办理条件（一）；六、提交资料（一）'),
    },
    channels: {
      value: ['山西医保微信公众号、山西省政务服务网 →“高效办成一件事”服务专区→“就医费用报销一件事”', '线下：各级医保服务窗口和政务服务大厅综合窗口'],
      source: cite(GUIDE, '七、申请途径'),
    },
  },
  filing: {
    online: {
      value: ['山西医保微信公众号、山西省政务服务网（按指引填写个人信息并签署“自助开通承诺书”）'],
      source: cite(GUIDE, '六、提交资料（二）；七、申请途径（一）'),
    },
    offline: {
      value: '各级医保服务窗口和政务服务大厅综合窗口：填写《异地就医登记备案个人承诺书》（附件1）并提交材料；他人代办另带代办人及备案人身份证或户口簿原件等。',
      source: cite(GUIDE, '六、提交资料（二）；七、申请途径（二）'),
    },
    longTermProof: {
      value: [
        '异地安置退休人员：就医地户口簿（首页和本人页）',
        '异地长期居住人员：就医地居住证（暂住证）或街道办事处（村委会）出具的居住证明',
        '常驻异地工作人员：参保单位开具的有效外派工作证明（加盖公章）',
      ],
      source: cite(GUIDE, '五、办理条件（二）'),
    },
  },
  crossProvince: {
    listed: cite(GUIDE, '五、办理条件（三）'),
    steps: {
      value: ['在参保地完成门诊慢特病资格认定', '完成异地就医备案', '跨省异地就医直接结算'],
      source: cite(GUIDE, '五、办理条件（三）'),
    },
    mapping: CROSS_DISEASES.map((d) => ({
      disease: d.id,
      entries: [],
      note: '认定资料和备案资料及方式途径按参保地规定执行（六（三））；阳城的门诊慢特病病种目录未收录。',
    })),
    mappingNote: '003 列了 10 个病种名称，认定按参保地规定执行；本地病种目录未收录，对应不到病种编码。',
  },
  settlement: {
    direct: {
      value: '跨省异地就医直接结算执行就医地规定的支付范围，参保地规定的起付标准、支付比例、最高支付限额、门诊慢特病病种范围等；备案到就医地市或省份后，自主选择开通跨省直接结算的定点医疗机构住院就医直接结算。',
      source: cite(GUIDE, '附件1 温馨提示 1、2'),
    },
    manualWhen: {
      value: ['住院省内异地自费结算的（没有在医院直接结算），可申请省内异地线上手工报销，包括生育保险住院费用'],
      source: cite(GUIDE, '五、办理条件（四）；附件2'),
    },
    manualChannels: {
      value: [
        '山西医保微信公众号、山西省政务服务网等渠道，可为本人或亲属申请，按指引填写个人信息',
        '本人申请签署《住院省内异地线上手工报销申请个人承诺书》（附件2）；代办签署《委托代理人承诺书》（附件3）',
      ],
      source: cite(GUIDE, '五、办理条件（四）；六、提交资料（四）'),
    },
  },
  deadlines: [
    {
      id: 'veteran-round',
      kind: 'veteran-round',
      title: '优抚对象县外住院医疗补助（“非一站式”）',
      words: '在县外就医住院优抚对象医疗补助办理时间为每年7月和12月',
      appliesTo: '阳城县优抚对象在县外住院、按“非一站式”申请医疗补助的；细则没有写错过后是否还能补办',
      schemes: ['resident', 'employee'],
      due: { type: 'window-months', months: [7, 12] },
      where: '所在乡（镇）退役军人服务站审核收缴，报县退役军人事务局审批拨付',
      bring: ['医疗机构医保结算单原件或复印件（加盖医疗机构印章）', '《医疗补助审批表》'],
      source: cite(DOC, '第六条'),
    },
  ],
  silent: [
    '003 没有写手工报销、大病保险、医疗救助的申请截止时间',
    '003 的门诊慢特病认定资料和途径“按参保地规定执行”，阳城的病种目录未收录',
  ],
};
