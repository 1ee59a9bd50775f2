import { FACILITY_NAMES, type Place, type VisitType } from '../../../../shared/schemas/estimate';
import type { Payer } from '../../../../shared/explain';
import type { OutpatientFacility, TwoDisease, YtdKey } from './draft';

/** The short payer names of the picture (the steps keep the rules' full names, PAYER_NAMES). */
export const BAR_NAMES: Record<Payer, string> = {
  basic: '医保统筹',
  civilServant: '公务员补助',
  largeExpense: '大额补助',
  seriousIllness: '大病保险',
  assistance: '医疗救助',
  tiltedAssistance: '倾斜救助',
  veteranSubsidy: '优抚补助',
  patient: '个人负担',
};

/** Every kind of care the rules estimate, in a few words and one plain line (004 第二、三、四、五章). */
export const VISIT_TYPE_CHOICES: Record<VisitType, { title: string; explain: string }> = {
  inpatient: { title: '住院', explain: '办了住院手续，出院时结算的费用。' },
  outpatient: { title: '普通门诊', explain: '平常看门诊、拿药（没有慢特病认定）。' },
  chronic: { title: '门诊慢性病', explain: '已认定的慢性病（如高血压 2 级以上、冠心病）在门诊看病拿药。' },
  special: { title: '门诊特殊疾病', explain: '已认定的特殊疾病（如恶性肿瘤、尿毒症透析）在门诊治疗。' },
  'two-diseases': { title: '“两病”门诊用药', explain: '在吃降压药、降糖药，但病情没到慢病认定标准的高血压、糖尿病。' },
  'single-pay-drug': { title: '单行支付药品', explain: '经认定、办了使用资格的国家谈判“单行（单独）支付”药品的药费。' },
  'high-value-drug': { title: '高值药品', explain: '经认定使用的高值药品：自己先付 10%，其余按住院标准报销。' },
  maternity: { title: '生育', explain: '生孩子或终止妊娠的医疗费用，另有产前检查费补助。' },
};

/** Where an outpatient visit happens: 职工 ratios differ by facility and 定点零售药店 (004 第二章 三十九问). */
export const OUTPATIENT_FACILITY_NAMES: Record<OutpatientFacility, string> = { ...FACILITY_NAMES, pharmacy: '定点零售药店' };

/** The four 备案 situations in a few words and one plain line each (004 第一章 二十八至三十问). */
export const PLACE_CHOICES: Record<Place, { title: string; explain: string }> = {
  local: { title: '市内', explain: '在参保的市内定点医院住院。' },
  'long-term-filed': {
    title: '长期备案地',
    explain: '办了异地长期居住、常驻异地工作或异地安置退休备案，在备案的地方住院。',
  },
  'temporary-filed': {
    title: '临时备案（转诊、急诊）',
    explain: '医院开了转诊到市外住院，或在外地因急诊抢救住院（急诊抢救视同已备案）。',
  },
  unfiled: { title: '非急诊且未转诊', explain: '不是急诊、也没办转诊，自己到市外医院住院。' },
};

/** “两病” (004 第四章 十七问): already on medicine, below the 慢病 recognition standard. */
export const TWO_DISEASE_CHOICES: Record<TwoDisease, { title: string; explain: string }> = {
  hypertension: { title: '高血压', explain: '在吃降血压药，病情没到门诊慢病认定标准。' },
  diabetes: { title: '糖尿病', explain: '在吃降血糖药，病情没到门诊慢病认定标准。' },
};

export const YTD_LABELS: Record<YtdKey, { label: string; help: string }> = {
  basicPaid: {
    label: '本年度统筹基金已支付',
    help: '今年此前住院、门诊特殊疾病、生育由基本医保统筹基金支付的合计',
  },
  civilServantPaid: { label: '本年度公务员医疗补助已支付', help: '今年此前住院时公务员医疗补助已支付的合计' },
  largeExpenseSelfPay: {
    label: '本年度计入大额补助的自付累计',
    help: '今年此前住院经基本医保、公务员补助报销后剩下的政策范围内费用合计',
  },
  largeExpensePaid: { label: '本年度职工大额补助已支付', help: '今年此前职工大额医疗费用补助已支付的合计' },
  seriousIllnessSelfPay: {
    label: '本年度计入大病保险的自付累计',
    help: '今年此前住院经基本医保报销后，政策范围内个人自付的合计',
  },
  seriousIllnessPaid: { label: '本年度大病保险已赔付', help: '今年此前城乡居民大病保险已赔付的合计' },
  assistanceSelfPay: {
    label: '本年度计入医疗救助的自付累计',
    help: '今年此前医保报销后政策范围内个人自付的合计（医疗救助按年累计）',
  },
  assistancePaid: { label: '本年度医疗救助已支付', help: '今年此前医疗救助已支付的合计' },
  tiltedSelfPay: { label: '本年度计入倾斜救助的自付累计', help: '今年此前各项报销后个人自付合规费用的合计' },
  tiltedAssistancePaid: { label: '本年度倾斜救助已支付', help: '今年此前倾斜救助已支付的合计' },
  outpatientSelfPay: {
    label: '本年度普通门诊政策范围内费用累计',
    help: '今年此前普通门诊的政策范围内费用合计，用来算一年一次的起付标准是否已经够了',
  },
  outpatientPaid: { label: '本年度门诊统筹已报销', help: '今年此前普通门诊由统筹基金报销的合计' },
  outpatientCivilServantPaid: { label: '本年度门诊公务员医疗补助已支付', help: '今年此前普通门诊公务员医疗补助已支付的合计' },
  outpatientLargeExpensePaid: { label: '本年度门诊职工大额补助已支付', help: '今年此前普通门诊职工大额补助已支付的合计' },
  chronicPaid: { label: '本年度门诊慢性病已报销', help: '今年此前门诊慢性病由统筹基金报销的合计（年度限额按这个扣）' },
  chronicCivilServantPaid: { label: '本年度慢性病公务员医疗补助已支付', help: '今年此前门诊慢性病公务员医疗补助已支付的合计' },
  specialSelfPay: {
    label: '本年度门诊特殊疾病政策范围内费用累计',
    help: '今年此前门诊特殊疾病的政策范围内费用合计，用来算一年只扣一次的起付线是否已经扣过',
  },
  twoDiseasesPaid: { label: '本年度“两病”已报销', help: '今年此前降压、降糖药由医保报销的合计' },
};

/** The two amounts of the bill, named as the kind of care's own receipt names them. */
export function billLabels(visitType: VisitType): { total: string; inScope: string } {
  const drugs = visitType === 'two-diseases' || visitType === 'single-pay-drug' || visitType === 'high-value-drug';
  return drugs ? { total: '药品总费用', inScope: '其中政策范围内的药品费用' } : { total: '医疗总费用', inScope: '政策范围内费用' };
}

/** Where to find the two amounts, one heading and a few plain lines per kind of receipt. */
export function billHelp(visitType: VisitType): { title: string; lines: string[] } {
  switch (visitType) {
    case 'inpatient':
    case 'maternity':
      return {
        title: '在哪里找这两个数？',
        lines: [
          '出院时医院给的《住院费用结算单》（结算清单）上：',
          '· 医疗总费用：“医疗费用总额”或“总费用”那一栏；',
          '· 政策范围内费用：“符合医保政策范围内费用”“合规费用”或“医保范围内费用”，不含“目录外自费”。',
          '还没出院的，可以先按医院预估的费用填写。',
        ],
      };
    case 'outpatient':
    case 'chronic':
    case 'special':
      return {
        title: '在哪里找这两个数？',
        lines: [
          '门诊收费票据或门诊结算单上：',
          '· 医疗总费用：“合计”或“医疗费用总额”；',
          '· 政策范围内费用：“医保范围内费用”或“合规费用”，不含“自费”部分。',
          visitType === 'outpatient' ? '一年看了几次的，可以只填这一次，把以前的填在下一步。' : '慢特病要单独开处方、单独结算，只填这个病的费用。',
        ],
      };
    case 'two-diseases':
      return {
        title: '填哪些费用？',
        lines: ['只填在定点医院门诊开的降血压、降血糖药的药品费用（看收费票据上的药品金额）。', '其他检查、治疗费用不属于“两病”报销范围。'],
      };
    case 'single-pay-drug':
      return {
        title: '填哪些费用？',
        lines: ['只填单行支付药品的药品费用（在认定的治疗机构开方、指定的药店或医院购药的票据上）。'],
      };
    case 'high-value-drug':
      return {
        title: '填哪些费用？',
        lines: ['只填高值药品的药品费用（看结算单或票据上这个药的金额）；医院等级和就医地按用药的那家医院选。'],
      };
  }
}
