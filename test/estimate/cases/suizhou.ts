/**
 * 随县 (002_711c23464f3dfc1b.txt, 《随州市/随县城乡居民医保政策宣讲（2025）》): every estimate case the slides'
 * figures settle. Unless a row says otherwise a case is 城乡居民, settled on 2025-06-15 (before the transitional
 * 起付线 waiver ends), with no 救助身份, 市内, and 总费用 equal to 政策范围内费用. The figures are restated from the
 * slides, never read from the parameter files.
 */
import { Citation, EstimateRow, Surface } from '../row';

const SLIDES = '002_711c23464f3dfc1b.txt';
const at = (section: string): Citation => ({ doc: SLIDES, section });
/** A representative row: also run through the CLI and the cloud function. */
const SERVED: Surface[] = ['cli', 'function'];

const OUTPATIENT_POOL = at('三、门诊待遇 门诊统筹');
const TWO_DISEASES = at('三、门诊待遇 高血压和糖尿病门诊（“两病”门诊）');
const CHRONIC_SPECIAL = at('三、门诊待遇 门诊慢特病和单独支付药品使用');
const INPATIENT_TABLE = at('四、住院待遇 城乡居民基本医疗保险政策表');
const WAIVER = at('四、住院待遇 城乡居民基本医疗保险政策表 备注 1');
const FUND_CAP = at('四、住院待遇 城乡居民基本医疗保险政策表 备注 2');
const SERIOUS = at('四、住院待遇 城乡居民大病保险政策（文字和表）');
/** The preference is the last paragraph of the same slide (“…不设封顶线的倾斜政策”). */
const SERIOUS_PREFERENCE = SERIOUS;
const BASIC_ASSISTANCE = at('四、住院待遇 医疗救助政策 基本救助（文字和表）');
const TILTED = at('四、住院待遇 医疗救助政策 倾斜救助表');
const ON_APPLICATION = at('四、住院待遇 依申请救助政策（文字和表）');
const OUT_OF_SCOPE_CONTROL = at('四、住院待遇 着力提升农村医疗服务质量');

type Level = 'township' | 'level1' | 'level2' | 'level3';

/** A 随县 case: `visit` as the API takes it, the person's 救助身份 and the year so far. */
function sz(
  visit: Record<string, unknown>,
  over: { date?: string; scheme?: string; categories?: string[]; yearToDate?: Record<string, string> } = {},
): Record<string, unknown> {
  return {
    region: 'suizhou',
    date: over.date ?? '2025-06-15',
    scheme: over.scheme ?? 'resident',
    person: { categories: over.categories ?? [] },
    visit,
    ...(over.yearToDate ? { yearToDate: over.yearToDate } : {}),
  };
}

/** An inpatient stay, in-scope cost only unless `more` says otherwise (place, totalCost, classBCost…). */
const stay = (level: Level, inScope: string, more: Record<string, unknown> = {}) => ({
  type: 'inpatient',
  facilityLevel: level,
  place: 'local',
  totalCost: inScope,
  inScopeCost: inScope,
  ...more,
});
const bill = (inScope: string, total = inScope) => ({ totalCost: total, inScopeCost: inScope });
const op = (facilityLevel: string, inScope: string, more: Record<string, unknown> = {}) => ({ type: 'outpatient', facilityLevel, ...bill(inScope), ...more });
const two = (diseases: string[], inScope: string) => ({ type: 'two-diseases', diseases, ...bill(inScope) });

/** 三、门诊待遇 门诊统筹：不设起付线，一级及以下 50%，年封顶 350 元；日限额 卫生室 30 元、卫生院 50 元. */
const OUTPATIENT: EstimateRow[] = [
  {
    id: 'sz-outpatient-township-80',
    title: '卫生院（乡镇卫生院）政策范围内 80 → 40，未达到日限额按实际',
    source: [OUTPATIENT_POOL],
    input: sz(op('township', '80')),
    expect: {
      payments: { basic: '40.00' },
      steps: [{ payer: 'basic', says: ['未达到卫生院（社区卫生服务中心、附属医院）日限额 50.00 元，按实际结算'], source: OUTPATIENT_POOL }],
    },
    surfaces: SERVED,
  },
  {
    id: 'sz-outpatient-township-daily-cap',
    title: '卫生院 政策范围内 150 → 75，超过日限额付 50',
    source: [OUTPATIENT_POOL],
    input: sz(op('township', '150')),
    expect: { payments: { basic: '50.00' } },
  },
  {
    id: 'sz-outpatient-village-50',
    title: '村卫生室 政策范围内 50 → 25',
    source: [OUTPATIENT_POOL],
    input: sz(op('level1', '50', { villageClinic: true })),
    expect: { payments: { basic: '25.00' } },
  },
  {
    id: 'sz-outpatient-village-daily-cap',
    title: '村卫生室 政策范围内 80 → 40 超过日限额，付 30',
    source: [OUTPATIENT_POOL],
    input: sz(op('level1', '80', { villageClinic: true })),
    expect: { payments: { basic: '30.00' } },
  },
  {
    id: 'sz-outpatient-annual-cap',
    title: '年封顶 350：本年已支付 330 → 卫生院 100 × 50% = 50 只付 20；累计门诊 350、基金 20',
    source: [OUTPATIENT_POOL],
    input: sz(op('township', '100'), { yearToDate: { outpatientPaid: '330' } }),
    expect: { payments: { basic: '20.00' }, yearToDateAfter: { outpatientPaid: '350.00', basicPaid: '20.00' } },
  },
  {
    id: 'sz-outpatient-level2-not-paid',
    title: '二级、三级医疗机构的普通门诊：门诊统筹不予支付，并说明',
    source: [OUTPATIENT_POOL],
    input: sz(op('level2', '200')),
    expect: { payments: { basic: '0.00' }, steps: [{ payer: 'basic', says: ['只在一级及以下定点医疗机构报销'] }] },
  },
  {
    id: 'sz-outpatient-pregnancy-care',
    title: '产前检查、先兆流产、流产、引产：三级医院 300 × 50% = 150，不受日限额和等级限制',
    source: [OUTPATIENT_POOL],
    input: sz(op('level3', '300', { pregnancyCare: true })),
    expect: { payments: { basic: '150.00' }, steps: [{ payer: 'basic', says: ['不受日限额和医疗机构等级限制'] }] },
  },
  {
    id: 'sz-outpatient-pregnancy-care-cap',
    title: '产前检查仍在年封顶 350 之内：已支付 300 → 本次只付 50',
    source: [OUTPATIENT_POOL],
    input: sz(op('township', '300', { pregnancyCare: true }), { yearToDate: { outpatientPaid: '300' } }),
    expect: { payments: { basic: '50.00' } },
  },
  {
    id: 'sz-outpatient-fund-cap',
    title: '15 万基金年度限额含门诊：本年基本医保已支付 149,980 → 卫生院 150 只付 20',
    source: [OUTPATIENT_POOL, FUND_CAP],
    input: sz(op('township', '150'), { yearToDate: { basicPaid: '149980' } }),
    expect: { payments: { basic: '20.00' }, steps: [{ payer: 'basic', says: ['（含住院和门诊）仅余 20.00 元'] }] },
  },
  {
    id: 'sz-outpatient-then-stay-1',
    title: '门诊统筹的支付计入基金年度累计（门诊）：本年已支付 149,990 → 卫生院 100 只付 10',
    source: [OUTPATIENT_POOL, FUND_CAP],
    input: sz(op('township', '100'), { yearToDate: { basicPaid: '149990' } }),
    expect: { payments: { basic: '10.00' } },
  },
  {
    id: 'sz-outpatient-then-stay-2',
    title: '门诊统筹的支付计入基金年度累计（接着住院）：一级 5,000 → 统筹 0',
    source: [FUND_CAP],
    after: 'sz-outpatient-then-stay-1',
    input: sz({ type: 'inpatient', facilityLevel: 'level1', place: 'local', ...bill('5000') }),
    expect: { payments: { basic: '0.00' } },
  },
  {
    id: 'sz-outpatient-one-bill-one-day',
    title: '日限额按一张单据一天计算，并提示',
    source: [OUTPATIENT_POOL],
    input: sz(op('township', '10')),
    expect: { notesSay: ['本估算把这张单据当作一天的费用'] },
  },
  {
    id: 'sz-outpatient-pharmacy',
    title: '定点零售药店 → 暂未收录',
    source: [OUTPATIENT_POOL],
    input: sz(op('pharmacy', '100')),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.facilityLevel' } },
  },
  {
    id: 'sz-outpatient-other-level1',
    title: '村卫生室、卫生院以外的一级医疗机构：日限额未载明 → 暂未收录',
    source: [OUTPATIENT_POOL],
    input: sz(op('level1', '100')),
    expect: { error: { code: 'NOT_COVERED', says: '其他一级医疗机构的日限额文件未载明' } },
  },
  {
    id: 'sz-outpatient-village-level2',
    title: '村卫生室填成二级 → 输入错误',
    source: [OUTPATIENT_POOL],
    input: sz(op('level2', '100', { villageClinic: true })),
    expect: { error: { code: 'INVALID_INPUT', field: 'visit.villageClinic' } },
  },
];

/** 三、门诊待遇 “两病”：50%，高血压 450、糖尿病 500、两病 550，含门诊统筹年度限额，不受日限额. */
const TWO_DISEASE_ROWS: EstimateRow[] = [
  {
    id: 'sz-two-diseases-hypertension',
    title: '高血压 政策范围内 1,000 → 限额 450',
    source: [TWO_DISEASES],
    input: sz(two(['hypertension'], '1000')),
    expect: { payments: { basic: '450.00' }, steps: [{ payer: 'basic', source: TWO_DISEASES }] },
    surfaces: SERVED,
  },
  {
    id: 'sz-two-diseases-diabetes',
    title: '糖尿病 政策范围内 1,000 → 限额 500',
    source: [TWO_DISEASES],
    input: sz(two(['diabetes'], '1000')),
    expect: { payments: { basic: '500.00' }, steps: [{ payer: 'basic', source: TWO_DISEASES }] },
  },
  {
    id: 'sz-two-diseases-both',
    title: '两病 政策范围内 1,200 → 限额 550',
    source: [TWO_DISEASES],
    input: sz(two(['hypertension', 'diabetes'], '1200')),
    expect: { payments: { basic: '550.00' }, steps: [{ payer: 'basic', source: TWO_DISEASES }] },
  },
  {
    id: 'sz-two-diseases-diabetes-300',
    title: '糖尿病 政策范围内 300 × 50% = 150',
    source: [TWO_DISEASES],
    input: sz(two(['diabetes'], '300')),
    expect: { payments: { basic: '150.00' }, steps: [{ payer: 'basic', source: TWO_DISEASES }] },
  },
  {
    id: 'sz-two-diseases-includes-outpatient-pool',
    title: '限额包含门诊统筹：本年门诊统筹已支付 350 → 高血压只余 100',
    source: [TWO_DISEASES],
    input: sz(two(['hypertension'], '1000'), { yearToDate: { outpatientPaid: '350' } }),
    expect: {
      payments: { basic: '100.00' },
      steps: [{ payer: 'basic', says: ['本年门诊统筹已支付 350.00 元、“两病”已支付 0.00 元，仅余 100.00 元'] }],
    },
  },
  {
    id: 'sz-two-diseases-cap-left',
    title: '本年“两病”已支付 400 → 糖尿病只余 100；“两病”累计 500',
    source: [TWO_DISEASES],
    input: sz(two(['diabetes'], '1000'), { yearToDate: { twoDiseasesPaid: '400' } }),
    expect: { payments: { basic: '100.00' }, yearToDateAfter: { twoDiseasesPaid: '500.00' } },
  },
  {
    id: 'sz-two-diseases-not-with-chronic',
    title: '提示：纳入门诊慢特病保障的不再享受“两病”待遇',
    source: [TWO_DISEASES],
    input: sz(two(['diabetes'], '100')),
    expect: { notesSay: ['纳入门诊慢特病保障的不再享受“两病”待遇'] },
  },
];

/** 三、门诊待遇 门诊慢特病和单独支付药品：慢性病 60%，特殊疾病 70%（器官移植抗排异、慢性肾衰透析 80%），单独支付药品 50%. */
const CHRONIC_SPECIAL_ROWS: EstimateRow[] = [
  {
    id: 'sz-chronic-1000',
    title: '门诊慢性病 1,000 × 60% = 600；未载明病种限额，并提示',
    source: [CHRONIC_SPECIAL],
    input: sz({ type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }),
    expect: {
      payments: { basic: '600.00', seriousIllness: '0.00' },
      notesSay: ['未载明随县门诊慢特病的起付线和各病种年度支付限额'],
      steps: [{ payer: 'basic', source: CHRONIC_SPECIAL }],
    },
    surfaces: SERVED,
  },
  {
    id: 'sz-special-1000',
    title: '门诊特殊疾病 1,000 × 70% = 700',
    source: [CHRONIC_SPECIAL],
    input: sz({ type: 'special', diseaseCode: 'M07800', ...bill('1000') }),
    expect: { payments: { basic: '700.00' } },
  },
  {
    id: 'sz-special-transplant',
    title: '门诊特殊疾病 器官移植抗排异治疗 1,000 × 80% = 800',
    source: [CHRONIC_SPECIAL],
    input: sz({ type: 'special', diseaseCode: 'M07800', ...bill('1000'), treatment: 'transplant-antirejection' }),
    expect: { payments: { basic: '800.00' } },
  },
  {
    id: 'sz-special-dialysis',
    title: '门诊特殊疾病 慢性肾衰透析 1,000 × 80% = 800',
    source: [CHRONIC_SPECIAL],
    input: sz({ type: 'special', diseaseCode: 'M07800', ...bill('1000'), treatment: 'dialysis' }),
    expect: { payments: { basic: '800.00' } },
  },
  {
    id: 'sz-single-pay-drug',
    title: '单独支付药品 10,000 × 50% = 5,000',
    source: [CHRONIC_SPECIAL],
    input: sz({ type: 'single-pay-drug', ...bill('10000') }),
    expect: { payments: { basic: '5000.00' } },
  },
  {
    id: 'sz-special-serious-illness',
    title: '大病保险含门诊慢特病：特殊疾病 100,000 → 统筹 70,000，自付 30,000：(30,000 − 12,000) × 60% = 10,800',
    source: [CHRONIC_SPECIAL, SERIOUS],
    input: sz({ type: 'special', diseaseCode: 'M07800', ...bill('100000') }),
    expect: { payments: { basic: '70000.00', seriousIllness: '10800.00' } },
  },
  {
    id: 'sz-single-pay-drug-serious-illness',
    title: '大病保险含“单独支付”药品：100,000 → 统筹 50,000，自付 50,000：18,000 × 60% + 20,000 × 65% = 23,800',
    source: [CHRONIC_SPECIAL, SERIOUS],
    input: sz({ type: 'single-pay-drug', ...bill('100000') }),
    expect: { payments: { seriousIllness: '23800.00' } },
  },
  {
    id: 'sz-chronic-assistance',
    title: '医疗救助含门诊慢特病：特困人员 慢性病 1,000 → 统筹 600，救助 400，政策范围内个人自付 0',
    source: [CHRONIC_SPECIAL, BASIC_ASSISTANCE],
    input: sz({ type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { categories: ['extreme-poverty'] }),
    expect: { payments: { basic: '600.00', assistance: '400.00' }, selfPayInScope: '0.00' },
  },
  {
    id: 'sz-chronic-fund-cap',
    title: '门诊慢特病也在 15 万基金限额内：已支付 149,500 → 慢性病 1,000 只付 500',
    source: [CHRONIC_SPECIAL, FUND_CAP],
    input: sz({ type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { yearToDate: { basicPaid: '149500' } }),
    expect: { payments: { basic: '500.00' } },
  },
];

/**
 * Every cell of 002's 城乡居民基本医疗保险政策表, each on a 10,000 元 in-scope 甲类 stay:
 * 统筹支付 = (10,000 − 转外先行自付 − 起付线) × 甲类比例. 市外 prints 1500 and 10% / 20% once per block (merged over
 * the three levels). The patient keeps the 先行自付 in his in-scope self-pay.
 */
const cell = (
  place: string,
  placeName: string,
  level: Level,
  levelName: string,
  deductible: string,
  prepay: string | null,
  ratio: string,
  basic: string,
  says: string[] = [],
): EstimateRow => ({
  id: `sz-table-${place}-${level}`,
  title: `${placeName} ${levelName}：起付线 ${deductible}、转外先行自付 ${prepay ?? '无'}、甲类 ${ratio} → 政策范围内 10,000 统筹 ${basic}`,
  source: [INPATIENT_TABLE],
  input: sz(stay(level, '10000', { place })),
  expect: {
    payments: { basic },
    selfPayInScope: (10000 - Number(basic)).toFixed(2),
    steps: [
      { payer: 'basic', says: [`起付线 ${deductible} 元`, `× 甲类比例 ${ratio}`, ...says], source: INPATIENT_TABLE },
      prepay ? { payerName: '转外先行自付', payer: 'patient', amount: prepay } : { payerName: '转外先行自付', absent: true },
    ],
  },
});

const INPATIENT: EstimateRow[] = [
  cell('local', '市内', 'level1', '一级', '200.00', null, '90%', '8820.00'),
  cell('local', '市内', 'level2', '二级', '500.00', null, '80%', '7600.00'),
  cell('local', '市内', 'level3', '三级', '900.00', null, '70%', '6370.00'),
  // 市内（含异地安置退休人员、异地长期居住人员、常驻异地工作人员在备案地就医）
  cell('long-term-filed', '异地长期备案', 'level1', '一级', '200.00', null, '90%', '8820.00'),
  cell('long-term-filed', '异地长期备案', 'level2', '二级', '500.00', null, '80%', '7600.00'),
  cell('long-term-filed', '异地长期备案', 'level3', '三级', '900.00', null, '70%', '6370.00'),
  // 市外 101 异地转诊人员和异地急诊抢救人员：起付线 1500，转外先行自付 10%
  cell('temporary-filed', '市外转诊、急诊', 'level1', '一级', '1,500.00', '1000.00', '90%', '6750.00'),
  cell('temporary-filed', '市外转诊、急诊', 'level2', '二级', '1,500.00', '1000.00', '80%', '6000.00'),
  cell('temporary-filed', '市外转诊、急诊', 'level3', '三级', '1,500.00', '1000.00', '70%', '5250.00', ['国家字典码 101']),
  // 市外 903 非急诊且未转诊的其他临时外出就医人员：起付线 1500，转外先行自付 20%
  cell('unfiled', '市外非急诊且未转诊', 'level1', '一级', '1,500.00', '2000.00', '90%', '5850.00'),
  cell('unfiled', '市外非急诊且未转诊', 'level2', '二级', '1,500.00', '2000.00', '80%', '5200.00'),
  cell('unfiled', '市外非急诊且未转诊', 'level3', '三级', '1,500.00', '2000.00', '70%', '4550.00', ['国家字典码 903']),

  // 政策表 乙类一栏：“个人先行自付10%，再按甲类比例支付”
  {
    id: 'sz-class-b-local',
    title: '市内 三级 政策范围内 10,000 其中乙类 4,000：乙类先行自付 400，(10,000 − 400 − 900) × 70% = 6,090',
    source: [INPATIENT_TABLE],
    input: sz(stay('level3', '10000', { classBCost: '4000' })),
    expect: {
      payments: { basic: '6090.00' },
      steps: [{ payerName: '乙类先行自付', payer: 'patient', amount: '400.00' }],
      notesDoNotSay: ['未填写乙类费用'],
    },
    surfaces: SERVED,
  },
  {
    id: 'sz-class-b-referred',
    title: '市外转诊 三级 10,000 其中乙类 4,000：转外 1,000 + 乙类 400，(10,000 − 1,000 − 400 − 1,500) × 70% = 4,970',
    source: [INPATIENT_TABLE],
    input: sz(stay('level3', '10000', { place: 'temporary-filed', classBCost: '4000' })),
    expect: {
      payments: { basic: '4970.00' },
      steps: [
        {
          payer: 'basic',
          formula:
            '市外·异地转诊人员和异地急诊抢救人员（国家字典码 101）·三级定点医疗机构：（政策范围内费用 10,000.00 元 − 转外先行自付 1,000.00 元 − 乙类先行自付 400.00 元 − 起付线 1,500.00 元）× 甲类比例 70% = 4,970.00 元',
        },
      ],
    },
  },
  {
    id: 'sz-class-b-rounding',
    title: '乙类先行自付到分：乙类 3,333.35 × 10% = 333.335 → 333.34，(10,000 − 333.34 − 200) × 90% = 8,519.994 → 8,519.99',
    source: [INPATIENT_TABLE],
    input: sz(stay('level1', '10000', { classBCost: '3333.35' })),
    expect: { payments: { basic: '8519.99' }, steps: [{ payerName: '乙类先行自付', amount: '333.34' }] },
  },
  {
    id: 'sz-class-b-missing',
    title: '未填写乙类费用：按全部甲类估算 6,370，并提示',
    source: [INPATIENT_TABLE],
    input: sz(stay('level3', '10000')),
    expect: { payments: { basic: '6370.00' }, notesSay: ['未填写乙类费用'] },
  },
  {
    id: 'sz-class-b-too-large',
    title: '乙类费用大于政策范围内费用 → 输入错误',
    source: [INPATIENT_TABLE],
    input: sz(stay('level3', '10000', { classBCost: '10000.01' })),
    expect: { error: { code: 'INVALID_INPUT', field: 'visit.classBCost', says: '乙类费用不能大于政策范围内费用' } },
  },
  {
    id: 'sz-prepay-under-deductible',
    title: '扣除先行自付后未超过起付线：市外未转诊 一级 1,800 → 20% 先行自付 360，1,440 未超过 1,500，不予支付',
    source: [INPATIENT_TABLE],
    input: sz(stay('level1', '1800', { place: 'unfiled' })),
    expect: {
      payments: { basic: '0.00' },
      selfPayInScope: '1800.00',
      steps: [{ payer: 'basic', says: ['1,440.00 元 未超过起付线 1,500.00 元，不予支付'] }],
    },
  },
];

/** 政策表 备注 1：过渡期内住院不设起付标准，2026 年起执行城乡居民住院起付标准. */
const WAIVED: [category: string, name: string][] = [
  ['extreme-poverty', '特困人员'],
  ['orphan', '孤儿'],
  ['dibao', '低保对象'],
  ['severe-disability', '重度残疾人'],
  ['severe-mental-illness', '严重精神障碍患者'],
  ['family-planning-hardship', '计划生育特殊家庭成员'],
];
const NOT_WAIVED: [category: string, name: string][] = [
  ['fallen-into-poverty', '返贫致贫人口'],
  ['relapse-monitored', '防止返贫监测对象'],
  ['dibao-edge', '低保边缘家庭成员'],
  ['out-of-poverty', '脱贫人口'],
  ['veteran', '优抚对象'],
];

const TRANSITION: EstimateRow[] = [
  ...WAIVED.flatMap(([category, name]): EstimateRow[] => [
    {
      id: `sz-waiver-2025-${category}`,
      title: `${name}：2025 年 市内三级 10,000 → 过渡期不设起付线，10,000 × 70% = 7,000`,
      source: [WAIVER],
      input: sz(stay('level3', '10000'), { date: '2025-12-31', categories: [category] }),
      expect: { payments: { basic: '7000.00' }, steps: [{ payer: 'basic', says: ['过渡期内住院不设起付标准'], source: WAIVER }] },
    },
    {
      id: `sz-waiver-2026-${category}`,
      title: `${name}：2026 年起执行起付标准，市内三级 10,000 → (10,000 − 900) × 70% = 6,370`,
      source: [WAIVER],
      input: sz(stay('level3', '10000'), { date: '2026-01-01', categories: [category] }),
      expect: { payments: { basic: '6370.00' } },
    },
  ]),
  ...NOT_WAIVED.map(([category, name]): EstimateRow => ({
    id: `sz-waiver-not-${category}`,
    title: `${name}不在名单中：2025 年照扣起付线 → 6,370`,
    source: [WAIVER],
    input: sz(stay('level3', '10000'), { categories: [category] }),
    expect: { payments: { basic: '6370.00' } },
  })),
  {
    id: 'sz-waiver-outside-city',
    title: '市外也不设起付线：低保对象 转诊 三级 10,000 → (10,000 − 1,000) × 70% = 6,300',
    source: [WAIVER, INPATIENT_TABLE],
    input: sz(stay('level3', '10000', { place: 'temporary-filed' }), { categories: ['dibao'] }),
    expect: { payments: { basic: '6300.00' } },
  },
];

/** 政策表 备注 2：基本医疗保险基金年度最高支付限额 15 万元（含住院和门诊）. */
const FUND_CAP_ROWS: EstimateRow[] = [
  {
    id: 'sz-fund-cap-300000',
    title: '市内三级 政策范围内 300,000：(300,000 − 900) × 70% = 209,370 超限，统筹付 150,000',
    source: [FUND_CAP],
    input: sz(stay('level3', '300000')),
    expect: {
      payments: { basic: '150000.00' },
      steps: [{ payer: 'basic', says: ['年度最高支付限额 150,000.00 元（含住院和门诊）仅余 150,000.00 元'] }],
    },
  },
  {
    id: 'sz-fund-cap-left',
    title: '本年已支付 140,000（含门诊）：本次 (20,000 − 900) × 70% = 13,370 只付 10,000；累计 150,000',
    source: [FUND_CAP],
    input: sz(stay('level3', '20000'), { yearToDate: { basicPaid: '140000' } }),
    expect: { payments: { basic: '10000.00' }, yearToDateAfter: { basicPaid: '150000.00' } },
  },
  {
    id: 'sz-fund-cap-first-stay',
    title: '一年内第一次住院：市内三级 200,000 → (200,000 − 900) × 70% = 139,370',
    source: [FUND_CAP],
    input: sz(stay('level3', '200000')),
    expect: { payments: { basic: '139370.00' } },
  },
  {
    id: 'sz-fund-cap-second-stay',
    title: '一年内第二次住院：接着第一次的累计，限额只余 10,630',
    source: [FUND_CAP],
    after: 'sz-fund-cap-first-stay',
    input: sz(stay('level3', '20000')),
    expect: { payments: { basic: '10630.00' } },
  },
  {
    id: 'sz-totals',
    title: '各项合计：总费用 12,000、政策范围内 10,000 市内二级：统筹 7,600；个人负担 = 目录外 2,000 + 自付 2,400 = 4,400',
    source: [INPATIENT_TABLE],
    input: sz({ ...stay('level2', '10000'), totalCost: '12000' }),
    expect: {
      region: 'suizhou',
      payments: { basic: '7600.00' },
      outOfScope: '2000.00',
      selfPayInScope: '2400.00',
      personalPay: '4400.00',
      fundTotal: '7600.00',
      steps: [{ at: 'last', payer: 'patient', amount: '4400.00' }],
    },
    surfaces: SERVED,
  },
];

/** What 002 does not cover is answered “暂未收录”. */
const NOT_COVERED: EstimateRow[] = [
  {
    id: 'sz-not-covered-employee',
    title: '职工医保 → 暂未收录',
    source: [INPATIENT_TABLE],
    input: sz(stay('level3', '10000'), { scheme: 'employee' }),
    expect: { error: { code: 'NOT_COVERED', field: 'scheme', message: '湖北省随州市随县暂未收录职工医保' } },
    surfaces: SERVED,
  },
  {
    id: 'sz-not-covered-township',
    title: '乡镇卫生院住院：政策表只列一级、二级、三级 → 暂未收录',
    source: [INPATIENT_TABLE],
    input: sz(stay('township', '10000')),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.facilityLevel', says: '未单列乡镇卫生院' } },
  },
  {
    id: 'sz-not-covered-maternity',
    title: '就医类型 生育 → 暂未收录',
    source: [INPATIENT_TABLE],
    input: sz({ type: 'maternity', event: 'delivery', totalCost: '5000', inScopeCost: '5000' }),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.type' } },
  },
  {
    id: 'sz-not-covered-high-value-drug',
    title: '就医类型 高值药品 → 暂未收录',
    source: [INPATIENT_TABLE],
    input: sz({ type: 'high-value-drug', facilityLevel: 'level3', place: 'local', totalCost: '5000', inScopeCost: '5000' }),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.type' } },
  },
  {
    id: 'sz-not-covered-2024',
    title: '2025 年以前的结算 → 暂未收录',
    source: [INPATIENT_TABLE],
    input: sz(stay('level3', '10000'), { date: '2024-12-31' }),
    expect: { error: { code: 'NOT_COVERED', field: 'date' } },
  },
];

/** 四、住院待遇 城乡居民大病保险：累计金额 1.2 万至 3 万 60%，3 万至 10 万 65%，10 万以上 75%，年限额 35 万. */
const SERIOUS_ILLNESS: EstimateRow[] = [
  {
    id: 'sz-serious-40000',
    title: '市内三级 政策范围内 40,000：统筹 (40,000 − 900) × 70% = 27,370；累计自付 12,630：(12,630 − 12,000) × 60% = 378',
    source: [SERIOUS],
    input: sz(stay('level3', '40000')),
    expect: { payments: { basic: '27370.00', seriousIllness: '378.00' }, steps: [{ payer: 'seriousIllness', source: SERIOUS }] },
    surfaces: SERVED,
  },
  {
    id: 'sz-serious-30000',
    title: '累计未超过 1.2 万：市内三级 30,000 → 自付 9,630，不予赔付',
    source: [SERIOUS],
    input: sz(stay('level3', '30000')),
    expect: { payments: { seriousIllness: '0.00' }, steps: [{ payer: 'seriousIllness', says: ['累计未超过起付线'] }] },
  },
  {
    id: 'sz-serious-second-30000',
    title: '起付线一年只扣一次：同年第二次 30,000 的住院，累计 19,260 → (19,260 − 12,000) × 60% = 4,356',
    source: [SERIOUS],
    after: 'sz-serious-30000',
    input: sz(stay('level3', '30000')),
    expect: { payments: { seriousIllness: '4356.00' }, yearToDateAfter: { seriousIllnessSelfPay: '19260.00' } },
  },
  {
    id: 'sz-serious-100000',
    title: '跨 3 万：政策范围内 100,000 → 统筹 69,370，自付 30,630：18,000 × 60% + 630 × 65% = 11,209.50',
    source: [SERIOUS],
    input: sz(stay('level3', '100000')),
    expect: {
      payments: { basic: '69370.00', seriousIllness: '11209.50' },
      steps: [{ payer: 'seriousIllness', says: ['1.2 万元至 3 万元部分 18,000.00 元 × 60% = 10,800.00 元；3 万元至 10 万元部分 630.00 元 × 65% = 409.50 元'] }],
    },
  },
  {
    id: 'sz-serious-400000',
    title: '分段是累计金额本身（不是起付线以上的部分）：政策范围内 400,000，统筹封顶 150,000，自付 250,000 → 18,000 × 60% + 70,000 × 65% + 150,000 × 75% = 168,800',
    source: [SERIOUS, FUND_CAP],
    input: sz(stay('level3', '400000')),
    expect: {
      payments: { basic: '150000.00', seriousIllness: '168800.00' },
      selfPayInScope: '81200.00',
      steps: [
        {
          payer: 'seriousIllness',
          says: ['起付线 12,000.00 元：1.2 万元至 3 万元部分 18,000.00 元 × 60% = 10,800.00 元；3 万元至 10 万元部分 70,000.00 元 × 65% = 45,500.00 元；10 万元以上部分 150,000.00 元 × 75% = 112,500.00 元'],
        },
      ],
    },
  },
  {
    id: 'sz-serious-annual-cap',
    title: '年度最高支付限额 35 万：本年已赔付 300,000 → 本次只赔 50,000',
    source: [SERIOUS],
    input: sz(stay('level3', '400000'), { yearToDate: { seriousIllnessPaid: '300000' } }),
    expect: { payments: { seriousIllness: '50000.00' }, steps: [{ payer: 'seriousIllness', says: ['年度最高支付限额 350,000.00 元', '仅余 50,000.00 元'] }] },
  },
  {
    id: 'sz-serious-prepay-counts',
    title: '先行自付计入个人负担的政策范围内费用：市外转诊 三级 40,000（乙类 10,000）→ 统筹 (40,000 − 4,000 − 1,000 − 1,500) × 70% = 23,450，自付 16,550：(16,550 − 12,000) × 60% = 2,730',
    source: [SERIOUS, INPATIENT_TABLE],
    input: sz(stay('level3', '40000', { place: 'temporary-filed', classBCost: '10000' })),
    expect: { payments: { basic: '23450.00', seriousIllness: '2730.00' } },
  },
];

/**
 * 大病保险倾斜政策：特困人员、孤儿、低保对象、返贫致贫人口 起付线降低 50%（12,000 × 50% = 6,000），各段比例提高 5%
 * （65% / 70% / 80%，分段点同样是 3 万、10 万），不设封顶线.
 */
const PREFERENCE_SAYS = '起付线降低 50% 为 6,000.00 元，各段比例提高 5%，不设封顶线';
const SERIOUS_PREFERENCE_ROWS: EstimateRow[] = [
  // 2025: 特困、孤儿、低保 also pay no 住院起付线 (备注 1): 统筹 70,000, 自付 30,000: (30,000 − 6,000) × 65% = 15,600
  ...(
    [
      ['extreme-poverty', '特困人员'],
      ['orphan', '孤儿'],
      ['dibao', '低保对象'],
    ] as const
  ).map(
    ([category, name]): EstimateRow => ({
      id: `sz-serious-preference-${category}`,
      title: `${name}：市内三级 100,000（2025 年不设住院起付线）→ 统筹 70,000，自付 30,000：(30,000 − 6,000) × 65% = 15,600`,
      source: [SERIOUS_PREFERENCE, WAIVER],
      input: sz(stay('level3', '100000'), { categories: [category] }),
      expect: { payments: { basic: '70000.00', seriousIllness: '15600.00' }, steps: [{ payer: 'seriousIllness', says: [PREFERENCE_SAYS] }] },
    }),
  ),
  {
    id: 'sz-serious-preference-fallen-into-poverty',
    title: '返贫致贫人口（照扣住院起付线）：市内三级 100,000 → 统筹 69,370，自付 30,630：24,000 × 65% + 630 × 70% = 16,041',
    source: [SERIOUS_PREFERENCE],
    input: sz(stay('level3', '100000'), { categories: ['fallen-into-poverty'] }),
    expect: { payments: { basic: '69370.00', seriousIllness: '16041.00' }, steps: [{ payer: 'seriousIllness', says: [PREFERENCE_SAYS] }] },
  },
  {
    id: 'sz-serious-preference-no-cap',
    title: '不设封顶线：低保对象本年已赔付 400,000，仍按比例赔付 15,600',
    source: [SERIOUS_PREFERENCE],
    input: sz(stay('level3', '100000'), { categories: ['dibao'], yearToDate: { seriousIllnessPaid: '400000' } }),
    expect: { payments: { seriousIllness: '15600.00' } },
  },
  {
    id: 'sz-serious-preference-over-100000',
    title:
      '10 万以上 80%：特困人员 政策范围内 600,000 → 统筹 150,000，自付 450,000：24,000 × 65% + 70,000 × 70% + 350,000 × 80% = 344,600（倾斜一栏 = 文字规则：起付线 1.2 万 × 50%，同样的分段点，各段 +5%）',
    source: [SERIOUS_PREFERENCE],
    input: sz(stay('level3', '600000'), { categories: ['extreme-poverty'] }),
    expect: {
      payments: { seriousIllness: '344600.00' },
      steps: [
        {
          payer: 'seriousIllness',
          says: [
            '起付线降低 50% 为 6,000.00 元，各段比例提高 5%，不设封顶线：6,000.00 元至 3 万元部分 24,000.00 元 × 65% = 15,600.00 元；3 万元至 10 万元部分 70,000.00 元 × 70% = 49,000.00 元；10 万元以上部分 350,000.00 元 × 80% = 280,000.00 元',
          ],
        },
      ],
    },
  },
  ...(
    [
      ['dibao-edge', '低保边缘家庭成员'],
      ['relapse-monitored', '防止返贫监测对象'],
      ['illness-impoverished', '因病致贫重病患者'],
      ['other-hardship', '其他困难人员'],
      ['severe-disability', '重度残疾人'],
      ['severe-mental-illness', '严重精神障碍患者'],
      ['family-planning-hardship', '计划生育特殊家庭成员'],
      ['out-of-poverty', '脱贫人口'],
      ['veteran', '优抚对象'],
    ] as const
  ).map(
    ([category, name]): EstimateRow => ({
      id: `sz-serious-no-preference-${category}`,
      title: `${name}不在倾斜名单：2026 年 市内三级 100,000 按普通居民起付线 1.2 万 → 11,209.50`,
      source: [SERIOUS],
      input: sz(stay('level3', '100000'), { date: '2026-03-01', categories: [category] }),
      expect: { payments: { seriousIllness: '11209.50' } },
    }),
  ),
];

/**
 * 医疗救助 基本救助表: 一类 起付线 0、100%；二类 0、70%；三类 1800、60%；四类 5000、50%；年救助限额 4 万. One stay for
 * every identity: 市内二级 政策范围内 30,000（总费用 32,000）, 2025.
 *   普通：统筹 (30,000 − 500) × 80% = 23,600，自付 6,400，大病未过 1.2 万.
 *   特困、孤儿、低保（备注 1 不设起付线）：统筹 24,000，自付 6,000，大病倾斜起付线 6,000 未超过.
 *   返贫致贫（有起付线、大病倾斜）：统筹 23,600，大病 (6,400 − 6,000) × 65% = 260，余 6,140.
 */
const assistanceClass = (
  category: string,
  name: string,
  cls: string,
  arithmetic: string,
  figures: { basic: string; seriousIllness: string; assistance: string; selfPayInScope: string; personalPay?: string },
): EstimateRow => ({
  id: `sz-assistance-${category}`,
  title: `${name}（${cls}）：市内二级 政策范围内 30,000（总费用 32,000）→ ${arithmetic}`,
  source: [BASIC_ASSISTANCE],
  input: sz({ ...stay('level2', '30000'), totalCost: '32000' }, { categories: [category] }),
  expect: {
    payments: { basic: figures.basic, seriousIllness: figures.seriousIllness, assistance: figures.assistance },
    selfPayInScope: figures.selfPayInScope,
    ...(figures.personalPay ? { personalPay: figures.personalPay } : {}),
    steps: [{ payer: 'assistance', says: [`${cls}医疗救助对象`], source: BASIC_ASSISTANCE }],
  },
});

const ASSISTANCE: EstimateRow[] = [
  assistanceClass('extreme-poverty', '特困人员', '一类', '统筹 24,000，救助 6,000 × 100% = 6,000，自付 0，个人只付目录外 2,000', {
    basic: '24000.00',
    seriousIllness: '0.00',
    assistance: '6000.00',
    selfPayInScope: '0.00',
    personalPay: '2000.00',
  }),
  assistanceClass('orphan', '孤儿', '一类', '统筹 24,000，救助 6,000，自付 0', { basic: '24000.00', seriousIllness: '0.00', assistance: '6000.00', selfPayInScope: '0.00' }),
  assistanceClass('dibao', '低保对象', '二类', '统筹 24,000，救助 6,000 × 70% = 4,200，自付 1,800', { basic: '24000.00', seriousIllness: '0.00', assistance: '4200.00', selfPayInScope: '1800.00' }),
  assistanceClass('fallen-into-poverty', '返贫致贫人口', '二类', '统筹 23,600，大病 260，救助 6,140 × 70% = 4,298，自付 1,842', {
    basic: '23600.00',
    seriousIllness: '260.00',
    assistance: '4298.00',
    selfPayInScope: '1842.00',
  }),
  assistanceClass('dibao-edge', '低保边缘家庭成员', '三类', '统筹 23,600，救助 (6,400 − 1,800) × 60% = 2,760，自付 3,640', {
    basic: '23600.00',
    seriousIllness: '0.00',
    assistance: '2760.00',
    selfPayInScope: '3640.00',
  }),
  assistanceClass('relapse-monitored', '防止返贫监测对象', '三类', '统筹 23,600，救助 (6,400 − 1,800) × 60% = 2,760，自付 3,640', {
    basic: '23600.00',
    seriousIllness: '0.00',
    assistance: '2760.00',
    selfPayInScope: '3640.00',
  }),
  assistanceClass('illness-impoverished', '因病致贫重病患者', '四类', '统筹 23,600，救助 (6,400 − 5,000) × 50% = 700，自付 5,700', {
    basic: '23600.00',
    seriousIllness: '0.00',
    assistance: '700.00',
    selfPayInScope: '5700.00',
  }),
  assistanceClass('other-hardship', '其他困难人员', '四类', '统筹 23,600，救助 (6,400 − 5,000) × 50% = 700，自付 5,700', {
    basic: '23600.00',
    seriousIllness: '0.00',
    assistance: '700.00',
    selfPayInScope: '5700.00',
  }),
  ...(
    [
      ['severe-disability', '重度残疾人'],
      ['severe-mental-illness', '严重精神障碍患者'],
      ['family-planning-hardship', '计划生育特殊家庭成员'],
      ['out-of-poverty', '脱贫人口'],
      ['veteran', '优抚对象'],
    ] as const
  ).map(
    ([category, name]): EstimateRow => ({
      id: `sz-assistance-not-${category}`,
      title: `${name}：非医疗救助对象，不救助，并说明（2026 年 市内二级 30,000）`,
      source: [BASIC_ASSISTANCE],
      input: sz(stay('level2', '30000'), { date: '2026-02-01', categories: [category] }),
      expect: { payments: { assistance: '0.00' }, steps: [{ payer: 'assistance', absent: true }], notesSay: ['不属于医疗救助对象'] },
    }),
  ),
  {
    id: 'sz-assistance-deductible-once',
    title: '起付线一年只扣一次：三类 此前累计自付 1,000 → (7,400 − 1,800) × 60% = 3,360；累计自付 7,400',
    source: [BASIC_ASSISTANCE],
    input: sz(stay('level2', '30000'), { categories: ['dibao-edge'], yearToDate: { assistanceSelfPay: '1000' } }),
    expect: { payments: { assistance: '3360.00' }, yearToDateAfter: { assistanceSelfPay: '7400.00' } },
  },
  {
    id: 'sz-assistance-annual-cap',
    title: '年救助限额 4 万：本年已救助 39,000 → 本次只救助 1,000',
    source: [BASIC_ASSISTANCE],
    input: sz(stay('level2', '30000'), { categories: ['relapse-monitored'], yearToDate: { assistancePaid: '39000' } }),
    expect: { payments: { assistance: '1000.00' }, steps: [{ payer: 'assistance', says: ['年救助限额 40,000.00 元'] }] },
  },
  {
    id: 'sz-assistance-highest-class',
    title: '多重身份按待遇最高的一类，不重复救助：低保边缘（三类）+ 因病致贫（四类）→ 2,760',
    source: [BASIC_ASSISTANCE],
    input: sz(stay('level2', '30000'), { categories: ['illness-impoverished', 'dibao-edge'] }),
    expect: { payments: { assistance: '2760.00' }, steps: [{ payer: 'assistance', says: ['多重身份按待遇最高的一类计算'] }] },
  },
  {
    id: 'sz-assistance-unreferred',
    title: '“规范就医”：非急诊且未转诊的市外就医不计医疗救助，并说明',
    source: [BASIC_ASSISTANCE],
    input: sz(stay('level2', '30000', { place: 'unfiled' }), { categories: ['dibao'] }),
    expect: { payments: { assistance: '0.00' }, notesSay: ['只说“规范就医”'] },
  },
];

/**
 * 倾斜救助表: 起付线（按基本救助表的四类列位）一类 5,000、二类 7,000、三类 5,000、四类 7,000；市域内 80%、市域外省内 70%；
 * 年限额 一、二类 无，三、四类 8 万. Each class on 市内三级 政策范围内 100,000 with the 4 万 基本救助 already used:
 *   特困、低保（不设起付线）：统筹 70,000，大病 (30,000 − 6,000) × 65% = 15,600，余 14,400.
 *   监测对象、因病致贫：统筹 69,370，大病 11,209.50，余 19,420.50.
 */
const USED = { assistancePaid: '40000' };
const tiltedClass = (category: string, name: string, threshold: string, arithmetic: string, tilted: string): EstimateRow => ({
  id: `sz-tilted-${category}`,
  title: `${name}：基本救助限额已用完，市内三级 100,000 → 倾斜起付线 ${threshold}，${arithmetic}`,
  source: [TILTED],
  input: sz(stay('level3', '100000'), { categories: [category], yearToDate: USED }),
  expect: {
    payments: { assistance: '0.00', tiltedAssistance: tilted },
    steps: [{ payer: 'tiltedAssistance', says: [`起付线 ${threshold} 元`], source: TILTED }],
    notesSay: ['错位的表格'],
  },
});

const TILTED_ROWS: EstimateRow[] = [
  tiltedClass('extreme-poverty', '特困人员', '5,000.00', '(14,400 − 5,000) × 80% = 7,520', '7520.00'),
  tiltedClass('dibao', '低保对象', '7,000.00', '(14,400 − 7,000) × 80% = 5,920', '5920.00'),
  tiltedClass('relapse-monitored', '防止返贫监测对象', '5,000.00', '(19,420.50 − 5,000) × 80% = 11,536.40', '11536.40'),
  tiltedClass('illness-impoverished', '因病致贫重病患者', '7,000.00', '(19,420.50 − 7,000) × 80% = 9,936.40', '9936.40'),
  {
    id: 'sz-tilted-whole-chain',
    title: '完整链条：监测对象 市内三级 200,000 → 统筹 139,370，大病 30,709.50，救助 16,872.30，倾斜 (13,048.20 − 5,000) × 80% = 6,438.56，自付 6,609.64',
    source: [TILTED, BASIC_ASSISTANCE, SERIOUS, INPATIENT_TABLE],
    input: sz(stay('level3', '200000'), { categories: ['relapse-monitored'] }),
    expect: {
      payments: { basic: '139370.00', seriousIllness: '30709.50', assistance: '16872.30', tiltedAssistance: '6438.56' },
      selfPayInScope: '6609.64',
    },
    surfaces: SERVED,
  },
  {
    id: 'sz-tilted-in-province',
    title: '市域外省内 70%：监测对象 规范转诊到省内三级 200,000 → 统筹 124,950，大病 40,082.50，救助 19,900.50，倾斜 (15,067 − 5,000) × 70% = 7,046.90',
    source: [TILTED, BASIC_ASSISTANCE, SERIOUS, INPATIENT_TABLE],
    input: sz(stay('level3', '200000', { place: 'temporary-filed', referral: true, inProvince: true }), { categories: ['relapse-monitored'] }),
    expect: { payments: { basic: '124950.00', seriousIllness: '40082.50', assistance: '19900.50', tiltedAssistance: '7046.90' } },
  },
  ...(
    [
      ['emergency', '急诊（未注明转诊）', { place: 'temporary-filed', inProvince: true }, '规范转诊'],
      ['out-of-province', '转诊到省外', { place: 'temporary-filed', referral: true, inProvince: false }, '省外'],
      ['long-term-filed', '异地长期备案', { place: 'long-term-filed' }, '异地长期备案'],
      ['unreferred', '非急诊且未转诊', { place: 'unfiled' }, '不属于规范转诊'],
    ] as const
  ).map(
    ([key, name, more, why]): EstimateRow => ({
      id: `sz-tilted-not-${key}`,
      title: `${name} → 不适用倾斜救助，并说明（${why}）`,
      source: [TILTED],
      input: sz(stay('level3', '200000', more), { categories: ['relapse-monitored'] }),
      expect: { payments: { tiltedAssistance: '0.00' }, steps: [{ payer: 'tiltedAssistance', says: [why] }] },
    }),
  ),
  {
    id: 'sz-tilted-class3-cap',
    title: '三类年限额 8 万：本年已倾斜救助 78,000 → 本次只付 2,000',
    source: [TILTED],
    input: sz(stay('level3', '100000'), { categories: ['relapse-monitored'], yearToDate: { ...USED, tiltedAssistancePaid: '78000' } }),
    expect: { payments: { tiltedAssistance: '2000.00' } },
  },
  {
    id: 'sz-tilted-class1-no-cap',
    title: '一类不设限额：本年已倾斜救助 500,000 仍付 7,520',
    source: [TILTED],
    input: sz(stay('level3', '100000'), { categories: ['extreme-poverty'], yearToDate: { ...USED, tiltedAssistancePaid: '500000' } }),
    expect: { payments: { tiltedAssistance: '7520.00' }, steps: [{ payer: 'tiltedAssistance', says: ['不设年度限额'] }] },
  },
  {
    id: 'sz-tilted-deductible-accumulates',
    title: '起付线按年度累计：市内二级 18,000（统筹 14,000，自付 4,000，基本救助限额已用完），此前累计 3,000 → (7,000 − 5,000) × 80% = 1,600；累计 7,000',
    source: [TILTED],
    input: sz(stay('level2', '18000'), { categories: ['relapse-monitored'], yearToDate: { ...USED, tiltedSelfPay: '3000' } }),
    expect: { payments: { tiltedAssistance: '1600.00' }, yearToDateAfter: { tiltedSelfPay: '7000.00' } },
  },
];

/** 依申请救助政策：身份确定前 12 个月，自付累计 6,000 元以上部分 60%，限额 4 万（事后申请，只作说明）. */
const ON_APPLICATION_ROWS: EstimateRow[] = [
  {
    id: 'sz-on-application-explained',
    title: '普通居民 市内三级 100,000：大病后自付 19,420.50 → 说明 (19,420.50 − 6,000) × 60% = 8,052.30，不计入支付（基金合计 80,579.50）',
    source: [ON_APPLICATION],
    input: sz(stay('level3', '100000')),
    expect: {
      fundTotal: '80579.50',
      note: { startsWith: '依申请救助', says: ['身份确定前 12 个月', '（19,420.50 元 − 6,000.00 元）× 60% = 8,052.30 元'] },
      noStepSays: ['依申请'],
    },
  },
  {
    id: 'sz-on-application-under-threshold',
    title: '自付未超过 6,000：只说明规则，不算金额',
    source: [ON_APPLICATION],
    input: sz(stay('level1', '10000')),
    expect: { note: { startsWith: '依申请救助', saysNot: ['仅按本次'] } },
  },
  {
    id: 'sz-on-application-already-assisted',
    title: '已是医疗救助对象：不再说明依申请救助',
    source: [ON_APPLICATION],
    input: sz(stay('level3', '100000'), { categories: ['dibao-edge'] }),
    expect: { note: { startsWith: '依申请救助', absent: true } },
  },
  {
    id: 'sz-on-application-not-outpatient',
    title: '普通门诊统筹不在依申请救助范围',
    source: [ON_APPLICATION],
    input: sz({ type: 'outpatient', facilityLevel: 'township', totalCost: '100', inScopeCost: '100' }),
    expect: { note: { startsWith: '依申请救助', absent: true } },
  },
  {
    id: 'sz-out-of-scope-share',
    title: '政策范围外费用比例控制（只作说明）：救助对象住院，目录外 2,000 占 6.25% 写进说明，不扣减个人负担',
    source: [OUT_OF_SCOPE_CONTROL],
    input: sz({ ...stay('level2', '30000'), totalCost: '32000' }, { categories: ['dibao-edge'] }),
    expect: { outOfScope: '2000.00', notesSay: ['本次政策范围外费用 2,000.00 元，占 6.25%，本估算未作扣减'] },
  },
];

export const SUIZHOU_ROWS: EstimateRow[] = [
  ...OUTPATIENT,
  ...TWO_DISEASE_ROWS,
  ...CHRONIC_SPECIAL_ROWS,
  ...INPATIENT,
  ...TRANSITION,
  ...FUND_CAP_ROWS,
  ...NOT_COVERED,
  ...SERIOUS_ILLNESS,
  ...SERIOUS_PREFERENCE_ROWS,
  ...ASSISTANCE,
  ...TILTED_ROWS,
  ...ON_APPLICATION_ROWS,
];

/*
 * ─── Issue 14, helper I14-B: 日间手术 and 转院 ─────────────────────────────────────────────────────────────────
 * "日间手术病种参照住院待遇管理，其发生的属于政策范围内的医疗费用，不设起付标准，由基本医疗保险基金按照医疗机构级别所对应的
 * 住院支付比例支付，纳入基本医疗保险最高支付限额计算范围" (三、门诊待遇): an inpatient visit with `dayCase: true`, the
 * table's 甲类 ratio of its place and level, no 起付线. 002 says nothing of 转院 within a course: refused.
 */
const DAY_CASE = at('三、门诊待遇 日间手术');

const DAY_CASE_AND_TRANSFER: EstimateRow[] = [
  {
    id: 'sz-day-case-level2-10000',
    title: '日间手术 二级 政策范围内 10,000 → 不设起付标准，10,000 × 80% = 8,000（按住院扣起付线 500 则 7,600）',
    source: [DAY_CASE, INPATIENT_TABLE],
    input: sz(stay('level2', '10000', { dayCase: true })),
    expect: {
      payments: { basic: '8000.00' },
      personalPay: '2000.00',
      steps: [
        {
          at: 0,
          payer: 'basic',
          amount: '8000.00',
          says: ['日间手术参照住院待遇管理，不设起付标准（本级住院起付线 500.00 元 不扣减）', '（政策范围内费用 10,000.00 元）× 甲类比例 80% = 8,000.00 元'],
          source: DAY_CASE,
        },
      ],
      notesSay: ['日间手术按住院估算，只是不设起付标准'],
    },
    surfaces: SERVED,
  },
  {
    id: 'sz-day-case-level3-5000',
    title: '日间手术 三级 政策范围内 5,000 → 5,000 × 70% = 3,500',
    source: [DAY_CASE, INPATIENT_TABLE],
    input: sz(stay('level3', '5000', { dayCase: true })),
    expect: { payments: { basic: '3500.00' }, noStepSays: ['起付线 900.00 元）'] },
  },
  {
    id: 'sz-day-case-level1-class-b',
    title: '日间手术 一级 政策范围内 2,000 含乙类 1,000 → 乙类先行自付 100，(2,000 − 100) × 90% = 1,710',
    source: [DAY_CASE, INPATIENT_TABLE],
    input: sz(stay('level1', '2000', { dayCase: true, classBCost: '1000' })),
    expect: { payments: { basic: '1710.00' }, steps: [{ payerName: '乙类先行自付', amount: '100.00' }] },
  },
  {
    id: 'sz-day-case-referred-out',
    title: '日间手术 市外异地转诊 三级 政策范围内 10,000 → 转外先行自付 1,000，不设起付线 1,500，(10,000 − 1,000) × 70% = 6,300',
    source: [DAY_CASE, INPATIENT_TABLE],
    input: sz(stay('level3', '10000', { dayCase: true, place: 'temporary-filed' })),
    expect: { payments: { basic: '6300.00' }, steps: [{ payerName: '转外先行自付', amount: '1000.00' }] },
  },
  {
    id: 'sz-day-case-fund-cap',
    title: '日间手术纳入基本医保最高支付限额：本年已支付 148,000，二级 政策范围内 10,000 应付 8,000 → 只付余额 2,000',
    source: [DAY_CASE, FUND_CAP],
    input: sz(stay('level2', '10000', { dayCase: true }), { yearToDate: { basicPaid: '148000' } }),
    expect: { payments: { basic: '2000.00' }, yearToDateAfter: { basicPaid: '150000.00' } },
  },
  {
    id: 'sz-day-case-serious-illness',
    title: '日间手术参照住院待遇管理，大病保险照常：三级 政策范围内 60,000 → 统筹 42,000；个人自付 18,000，大病 (18,000 − 12,000) × 60% = 3,600',
    source: [DAY_CASE, SERIOUS],
    input: sz(stay('level3', '60000', { dayCase: true })),
    expect: { payments: { basic: '42000.00', seriousIllness: '3600.00' }, personalPay: '14400.00' },
  },
  {
    id: 'sz-day-case-2026',
    title: '2026 年低保对象过渡期免起付线已结束，日间手术仍不设起付标准：二级 政策范围内 10,000 → 8,000',
    source: [DAY_CASE, WAIVER],
    input: sz(stay('level2', '10000', { dayCase: true }), { date: '2026-03-01', categories: ['dibao'] }),
    expect: { payments: { basic: '8000.00' }, steps: [{ at: 0, says: ['日间手术参照住院待遇管理'], source: DAY_CASE }] },
  },
  {
    id: 'sz-day-case-false',
    title: 'dayCase: false 即普通住院：二级 政策范围内 10,000 → (10,000 − 500) × 80% = 7,600',
    source: [INPATIENT_TABLE],
    input: sz(stay('level2', '10000', { dayCase: false })),
    expect: { payments: { basic: '7600.00' }, noStepSays: ['日间手术'] },
  },
  {
    id: 'sz-day-case-not-boolean',
    title: '日间手术须为是或否',
    source: [DAY_CASE],
    input: sz(stay('level2', '10000', { dayCase: 'yes' })),
    expect: { error: { code: 'INVALID_INPUT', field: 'visit.dayCase' } },
  },
  {
    id: 'sz-transfer-refused',
    title: '同一治疗过程转院：002 未规定转院的起付线 → 暂未收录',
    source: [INPATIENT_TABLE],
    input: sz(stay('level3', '20000', { transferredFrom: 'level2' })),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.transferredFrom', says: '随县政策（002）未规定同一治疗过程中转院' } },
    surfaces: SERVED,
  },
];

SUIZHOU_ROWS.push(...DAY_CASE_AND_TRANSFER);
