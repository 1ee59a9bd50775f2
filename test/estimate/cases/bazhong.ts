/**
 * 巴中 (004_6dc5632ce2988a73.txt, 《巴中市医保政策宣传手册（2025-11）》): every estimate case the handbook's
 * figures settle, with the handbook's arithmetic in the title. Unless a row says otherwise a case is settled on
 * 2025-06-15, 城乡居民, 市内, and 总费用 equals 政策范围内费用.
 */
import { Citation, EstimateRow, Surface } from '../row';

const HANDBOOK = '004_6dc5632ce2988a73.txt';
const cite = (...sections: string[]): Citation[] => sections.map((section) => ({ doc: HANDBOOK, section }));
/** The step source the inpatient table prints. */
const INPATIENT_TABLE = { doc: HANDBOOK, section: '第三章 十一问（一）市内住院、（二）市外住院' };
/** A representative row: also run through the CLI and the cloud function. */
const SERVED: Surface[] = ['cli', 'function'];

type Level = 'township' | 'level1' | 'level2' | 'level3';
type Place = 'local' | 'long-term-filed' | 'temporary-filed' | 'unfiled';

/** An inpatient stay: 政策范围内 `inScope`, 总费用 `total` (default the same). */
function stay(o: {
  scheme?: 'resident' | 'employee';
  date?: string;
  level: Level;
  place?: Place;
  total?: string;
  inScope: string;
  person?: Record<string, unknown>;
  visit?: Record<string, unknown>;
  yearToDate?: Record<string, string>;
}): Record<string, unknown> {
  return {
    region: 'bazhong',
    date: o.date ?? '2025-06-15',
    scheme: o.scheme ?? 'resident',
    person: o.person ?? {},
    visit: { type: 'inpatient', facilityLevel: o.level, place: o.place ?? 'local', totalCost: o.total ?? o.inScope, inScopeCost: o.inScope, ...o.visit },
    ...(o.yearToDate ? { yearToDate: o.yearToDate } : {}),
  };
}

/** Any other visit; `extra` carries person and yearToDate. */
function visit(scheme: 'resident' | 'employee', v: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { region: 'bazhong', date: '2025-06-15', scheme, visit: v, ...extra };
}

const bill = (inScope: string, total = inScope) => ({ totalCost: total, inScopeCost: inScope });

const INPATIENT: EstimateRow[] = [
  {
    id: 'bz-zhang-san',
    title: '张三：城乡居民 市内乡镇卫生院 总费用 4,500、政策范围内 4,200 → 统筹 (4,200 − 100) × 90% = 3,690，个人自付 510，个人自费 300，个人负担 810',
    source: cite('第一章 四十三 张三的例子', '第三章 十一问（一）市内住院'),
    input: stay({ level: 'township', total: '4500', inScope: '4200' }),
    expect: {
      payments: { basic: '3690.00', civilServant: '0.00', largeExpense: '0.00', seriousIllness: '0.00', assistance: '0.00', tiltedAssistance: '0.00', veteranSubsidy: '0.00' },
      fundTotal: '3690.00',
      selfPayInScope: '510.00',
      outOfScope: '300.00',
      personalPay: '810.00',
      steps: [
        { at: 0, payer: 'basic', amount: '3690.00', says: ['（政策范围内费用 4,200.00 元 − 起付线 100.00 元）× 90% = 3,690.00 元'], source: INPATIENT_TABLE },
        { at: 'last', payer: 'patient', amount: '810.00' },
      ],
    },
    surfaces: ['cli', 'function', 'browser'],
  },
  {
    id: 'bz-resident-level3-50000',
    title: '城乡居民 三级 市内 政策范围内 50,000 → 统筹 (50,000 − 700) × 60% = 29,580',
    source: cite('第三章 十一问（一）市内住院'),
    input: stay({ level: 'level3', inScope: '50000', person: { categories: [] } }),
    expect: { payments: { basic: '29580.00' } },
    surfaces: ['browser'],
  },
  {
    id: 'bz-employee-level2-10000',
    title: '职工 二级 市内 政策范围内 10,000 → 统筹 (10,000 − 400) × 82% = 7,872',
    source: cite('第二章 二十七问（一）'),
    input: stay({ scheme: 'employee', level: 'level2', inScope: '10000', person: { categories: [] } }),
    expect: { payments: { basic: '7872.00' } },
    surfaces: ['browser'],
  },
  {
    id: 'bz-resident-annual-cap',
    title: '城乡居民年度统筹限额 11 万：三级 政策范围内 400,000，(400,000 − 700) × 60% = 239,580 超限，统筹只付 110,000',
    source: cite('第三章 十六问'),
    input: stay({ level: 'level3', inScope: '400000' }),
    expect: { payments: { basic: '110000.00' } },
  },
  {
    id: 'bz-resident-annual-cap-left',
    title: '本年统筹已支付 100,000：本次 (50,000 − 700) × 60% = 29,580 只付余额 10,000',
    source: cite('第三章 十六问'),
    input: stay({ level: 'level3', inScope: '50000', yearToDate: { basicPaid: '100000' } }),
    expect: { payments: { basic: '10000.00' }, steps: [{ at: 0, says: ['仅余 10,000.00 元'] }] },
  },
];

/** 第三章 二十二至二十六问 城乡居民大病保险: 起付线 14,448（2025 年度）. */
const SERIOUS_ILLNESS: EstimateRow[] = [
  {
    id: 'bz-serious-100000',
    title: '三级 政策范围内 100,000 → 统筹 59,580；大病 (40,420 − 14,448) × 60% = 15,583.20',
    source: cite('第三章 二十二问', '第三章 二十三问'),
    input: stay({ level: 'level3', inScope: '100000' }),
    expect: { payments: { basic: '59580.00', seriousIllness: '15583.20' }, steps: [{ at: 1, says: ['14,448.00 元'] }] },
    surfaces: SERVED,
  },
  {
    id: 'bz-serious-bands',
    title: '分段跨 10 万、20 万：政策范围内 400,000 → 统筹 110,000，大病 100,000×60% + 100,000×70% + 75,552×85% = 194,219.20',
    source: cite('第三章 二十三问'),
    input: stay({ level: 'level3', inScope: '400000' }),
    expect: { payments: { seriousIllness: '194219.20' }, personalPay: '95780.80' },
  },
  {
    id: 'bz-serious-annual-cap',
    title: '年最高赔付 30 万：本年已赔付 250,000 → 本次只赔 50,000',
    source: cite('第三章 二十六问'),
    input: stay({ level: 'level3', inScope: '400000', yearToDate: { seriousIllnessPaid: '250000' } }),
    expect: { payments: { seriousIllness: '50000.00' } },
  },
  {
    id: 'bz-serious-dibao',
    title: '低保对象：起付线降 50% 为 7,224，比例提高 5%：(40,420 − 7,224) × 65% = 21,577.40',
    source: cite('第三章 二十四问'),
    input: stay({ level: 'level3', inScope: '100000', person: { categories: ['dibao'] } }),
    expect: { payments: { seriousIllness: '21577.40' } },
  },
  {
    id: 'bz-serious-extreme-poverty-no-cap',
    title: '特困人员不设赔付限额：本年已赔付 300,000 仍按比例赔付 21,577.40',
    source: cite('第三章 二十六问'),
    input: stay({ level: 'level3', inScope: '100000', person: { categories: ['extreme-poverty'] }, yearToDate: { seriousIllnessPaid: '300000' } }),
    expect: { payments: { seriousIllness: '21577.40' } },
  },
  {
    id: 'bz-serious-first-stay',
    title: '起付线一年只扣一次（第一次住院）：三级 30,000，统筹 (30,000 − 700) × 60% = 17,580，自付 12,420 未到 14,448，大病 0',
    source: cite('第三章 二十二问'),
    input: stay({ level: 'level3', inScope: '30000' }),
    expect: { payments: { seriousIllness: '0.00' } },
  },
  {
    id: 'bz-serious-second-stay',
    title: '起付线一年只扣一次（同年第二次住院）：累计自付 24,840 − 14,448 = 10,392 × 60% = 6,235.20',
    source: cite('第三章 二十二问', '第三章 二十三问'),
    after: 'bz-serious-first-stay',
    input: stay({ level: 'level3', inScope: '30000' }),
    expect: { payments: { seriousIllness: '6235.20' }, yearToDateAfter: { seriousIllnessSelfPay: '24840.00' } },
  },
  {
    id: 'bz-serious-2026',
    title: '2026 年结算沿用 2025 年度起付线 14,448 → 15,583.20，并提示“2026 年标准未公布”',
    source: cite('第三章 二十二问'),
    input: stay({ date: '2026-03-01', level: 'level3', inScope: '100000' }),
    expect: { payments: { seriousIllness: '15583.20' }, notesInclude: ['上一年度城乡居民人均可支配收入按 2025 年度标准计算，2026 年标准未公布'] },
  },
];

/** 第二章 三十三问 公务员医疗补助、三十六问 职工大额、三十七问 限额: 职工 三级 政策范围内 200,000. */
const employee200k = (person: Record<string, unknown>, yearToDate?: Record<string, string>) =>
  stay({ scheme: 'employee', level: 'level3', inScope: '200000', person, yearToDate });

const EMPLOYEE_INPATIENT: EstimateRow[] = [
  {
    id: 'bz-employee-civil-servant',
    title: '在职公务员 三级 政策范围内 200,000：统筹 14 万封顶；公务员补助 60,000 × 60% = 36,000 限 2 万；大额 (40,000 − 400) × 85% = 33,660；自付 6,340',
    source: cite('第二章 三十三问', '第二章 三十六问', '第二章 三十七问'),
    input: employee200k({ civilServant: true, age: 50 }),
    expect: { payments: { basic: '140000.00', civilServant: '20000.00', largeExpense: '33660.00' }, selfPayInScope: '6340.00' },
    surfaces: SERVED,
  },
  {
    id: 'bz-employee-retired-large-expense',
    title: '退休人员大额不设起付线：40,000 × 85% = 34,000',
    source: cite('第二章 三十六问'),
    input: employee200k({ civilServant: true, retired: true, age: 65 }),
    expect: { payments: { largeExpense: '34000.00' } },
  },
  {
    id: 'bz-employee-cancer-large-expense',
    title: '恶性肿瘤患者大额不设起付线：40,000 × 85% = 34,000',
    source: cite('第二章 三十六问'),
    input: employee200k({ civilServant: true, age: 50, conditions: ['cancer'] }),
    expect: { payments: { largeExpense: '34000.00' } },
  },
  {
    id: 'bz-employee-80-large-expense',
    title: '80 周岁以上：大额 40,000 × 90% = 36,000',
    source: cite('第二章 三十六问'),
    input: employee200k({ civilServant: true, retired: true, age: 80 }),
    expect: { payments: { largeExpense: '36000.00' } },
  },
  {
    id: 'bz-employee-not-civil-servant',
    title: '非公务员：统筹后余额 60,000 全部进入大额：(60,000 − 400) × 85% = 50,660',
    source: cite('第二章 三十六问'),
    input: employee200k({ age: 50 }),
    expect: { payments: { civilServant: '0.00', largeExpense: '50660.00' } },
  },
  {
    id: 'bz-employee-large-expense-bands',
    title: '大额累计分段跨 10 万：统筹、公务员补助已用完，此前累计 90,000，整笔 200,000 进入大额 → (100,000×85% + 189,600×90%) − 89,600×85% = 179,480',
    source: cite('第二章 三十六问', '第二章 三十七问'),
    input: stay({
      scheme: 'employee',
      level: 'level3',
      inScope: '200000',
      person: { civilServant: true, age: 50 },
      yearToDate: { basicPaid: '140000', civilServantPaid: '20000', largeExpenseSelfPay: '90000' },
    }),
    expect: { payments: { basic: '0.00', civilServant: '0.00', largeExpense: '179480.00' } },
  },
  {
    id: 'bz-employee-large-expense-cap',
    title: '大额年度限额 50 万：本年已付 490,000 → 本次只付 10,000',
    source: cite('第二章 三十七问'),
    input: employee200k({ age: 50 }, { largeExpensePaid: '490000' }),
    expect: { payments: { largeExpense: '10000.00' } },
  },
];

/** 第六章 五问（一）常规救助: 城乡居民 二级 市内 政策范围内 30,000 → 统筹 20,720，大病后自付 9,280. */
const assisted = (categories: string[], over: { total?: string; place?: Place; yearToDate?: Record<string, string> } = {}) =>
  stay({ level: 'level2', inScope: '30000', person: { categories }, ...over });

const ASSISTANCE: EstimateRow[] = [
  {
    id: 'bz-assistance-relapse-monitored',
    title: '防止返贫监测对象：起付线 28,896 × 5% = 1,444.80，(9,280 − 1,444.80) × 65% = 5,092.88',
    source: cite('第六章 五问（一）常规救助'),
    input: assisted(['relapse-monitored']),
    expect: { payments: { basic: '20720.00', seriousIllness: '0.00', assistance: '5092.88' } },
  },
  {
    id: 'bz-assistance-dibao-edge',
    title: '低保边缘家庭成员：起付线 10% = 2,889.60，(9,280 − 2,889.60) × 50% = 3,195.20',
    source: cite('第六章 五问（一）常规救助'),
    input: assisted(['dibao-edge']),
    expect: { payments: { assistance: '3195.20' } },
  },
  {
    id: 'bz-assistance-illness-impoverished',
    title: '因病致贫重病患者：起付线 25% = 7,224，(9,280 − 7,224) × 50% = 1,028.00',
    source: cite('第六章 五问（一）常规救助'),
    input: assisted(['illness-impoverished']),
    expect: { payments: { assistance: '1028.00' } },
  },
  {
    id: 'bz-assistance-dibao',
    title: '低保对象：无起付线 70%：大病先付 (9,280 − 7,224) × 65% = 1,336.40，救助 7,943.60 × 70% = 5,560.52',
    source: cite('第六章 五问（一）常规救助', '第三章 二十四问'),
    input: assisted(['dibao']),
    expect: { payments: { seriousIllness: '1336.40', assistance: '5560.52' } },
    surfaces: SERVED,
  },
  {
    id: 'bz-assistance-extreme-poverty',
    title: '特困人员：100% 救助余下的政策范围内自付 7,943.60，个人只付目录外 2,000（总费用 32,000）',
    source: cite('第六章 五问（一）常规救助'),
    input: assisted(['extreme-poverty'], { total: '32000' }),
    expect: { payments: { assistance: '7943.60' }, selfPayInScope: '0.00', personalPay: '2000.00' },
  },
  {
    id: 'bz-assistance-highest-identity',
    title: '多重身份按待遇就高：低保边缘 + 防止返贫监测 → 按监测对象 5,092.88',
    source: cite('第六章 五问（一）常规救助'),
    input: assisted(['dibao-edge', 'relapse-monitored']),
    expect: { payments: { assistance: '5092.88' }, steps: [{ payer: 'assistance', says: ['待遇就高'] }] },
  },
  {
    id: 'bz-assistance-annual-cap',
    title: '年度限额：防止返贫监测对象 20,000，本年已救助 18,000 → 本次 2,000',
    source: cite('第六章 五问（一）常规救助'),
    input: assisted(['relapse-monitored'], { yearToDate: { assistancePaid: '18000' } }),
    expect: { payments: { assistance: '2000.00' } },
  },
  {
    id: 'bz-assistance-unreferred',
    title: '未按规定转诊的救助对象不纳入医疗救助：非急诊且未转诊 → 0，并说明',
    source: cite('第六章 五问（一）常规救助'),
    input: assisted(['dibao'], { place: 'unfiled' }),
    expect: { payments: { assistance: '0.00' }, notesSay: ['医疗救助原则上不予支付'] },
  },
  {
    id: 'bz-assistance-employee-dibao',
    title: '职工也享受医疗救助：职工 低保对象 二级 30,000 → 统筹 (30,000 − 400) × 82% = 24,272；大额 (5,728 − 400) × 85% = 4,528.80；救助 (5,728 − 4,528.80) × 70% = 839.44',
    source: cite('第六章 一问', '第六章 三问', '第六章 五问（一）常规救助'),
    input: stay({ scheme: 'employee', level: 'level2', inScope: '30000', person: { categories: ['dibao'], age: 40 } }),
    expect: { payments: { basic: '24272.00', largeExpense: '4528.80', assistance: '839.44' } },
  },
];

/** 第六章 五问（二）倾斜救助: 监测线 2025 年 8,500 元，限额 10,000. */
const TILTED: EstimateRow[] = [
  {
    id: 'bz-tilted-extreme-poverty',
    title: '特困人员 三级 市内 政策范围内 300,000：统筹 110,000，大病 127,082，救助限 30,000，倾斜 (32,918 − 8,500) × 100% 限 10,000，自付 22,918',
    source: cite('第六章 五问（二）倾斜救助'),
    input: stay({ level: 'level3', inScope: '300000', person: { categories: ['extreme-poverty'] } }),
    expect: {
      payments: { basic: '110000.00', seriousIllness: '127082.00', assistance: '30000.00', tiltedAssistance: '10000.00' },
      selfPayInScope: '22918.00',
    },
    surfaces: SERVED,
  },
  {
    id: 'bz-tilted-dibao-first-stay',
    title: '低保对象 三级 150,000：统筹 89,580；大病 (60,420 − 7,224) × 65% = 34,577.40；救助 25,842.60 × 70% = 18,089.82；自付 7,752.78 未到 8,500，倾斜 0',
    source: cite('第六章 五问（二）倾斜救助', '第六章 五问（一）常规救助'),
    input: stay({ level: 'level3', inScope: '150000', person: { categories: ['dibao'] } }),
    expect: { payments: { basic: '89580.00', seriousIllness: '34577.40', assistance: '18089.82', tiltedAssistance: '0.00' } },
  },
  {
    id: 'bz-tilted-dibao-second-stay',
    title: '同年第二次住院 三级 20,000：救助限额 20,000 只余 1,910.18；倾斜 累计 7,752.78 + 1,036.82 = 8,789.60 − 8,500 = 289.60 × 50% = 144.80',
    source: cite('第六章 五问（二）倾斜救助'),
    after: 'bz-tilted-dibao-first-stay',
    input: stay({ level: 'level3', inScope: '20000', person: { categories: ['dibao'] } }),
    expect: { payments: { assistance: '1910.18', tiltedAssistance: '144.80' } },
  },
  {
    id: 'bz-tilted-long-term-filed',
    title: '异地长期备案人员除外：倾斜 0，并说明',
    source: cite('第六章 五问（二）倾斜救助'),
    input: stay({ level: 'level3', place: 'long-term-filed', inScope: '300000', person: { categories: ['extreme-poverty'] } }),
    expect: { payments: { tiltedAssistance: '0.00' }, steps: [{ payer: 'tiltedAssistance', says: ['异地长期备案人员'] }] },
  },
  {
    id: 'bz-tilted-temporary-referred',
    title: '临时备案：规范转诊且省内 → 享受倾斜 10,000',
    source: cite('第六章 五问（二）倾斜救助'),
    input: stay({
      level: 'level3',
      place: 'temporary-filed',
      inScope: '300000',
      person: { categories: ['extreme-poverty'] },
      visit: { referral: true, inProvince: true },
    }),
    expect: { payments: { tiltedAssistance: '10000.00' } },
  },
  {
    id: 'bz-tilted-temporary-emergency',
    title: '临时备案：急诊（未注明转诊）→ 不享受倾斜',
    source: cite('第六章 五问（二）倾斜救助'),
    input: stay({ level: 'level3', place: 'temporary-filed', inScope: '300000', person: { categories: ['extreme-poverty'] } }),
    expect: { payments: { tiltedAssistance: '0.00' } },
  },
  {
    id: 'bz-tilted-2026',
    title: '2026 年沿用 2025 年监测线 8,500 → 倾斜 10,000，并提示',
    source: cite('第六章 五问（二）倾斜救助'),
    input: stay({ date: '2026-05-01', level: 'level3', inScope: '300000', person: { categories: ['extreme-poverty'] } }),
    expect: { payments: { tiltedAssistance: '10000.00' }, notesInclude: ['医疗救助倾斜救助标准按 2025 年度标准计算，2026 年标准未公布'] },
  },
];

const OUTPATIENT: EstimateRow[] = [
  {
    id: 'bz-outpatient-resident-150',
    title: '城乡居民普通门诊统筹 50%，不设起付线：政策范围内 150 → 75',
    source: cite('第三章 十八问'),
    input: visit('resident', { type: 'outpatient', facilityLevel: 'township', ...bill('150') }),
    expect: { payments: { basic: '75.00' } },
  },
  {
    id: 'bz-outpatient-resident-cap',
    title: '城乡居民普通门诊年度限额 100 元：政策范围内 300 → 150 超限，付 100',
    source: cite('第三章 十八问'),
    input: visit('resident', { type: 'outpatient', facilityLevel: 'level2', ...bill('300') }),
    expect: { payments: { basic: '100.00' } },
  },
  {
    id: 'bz-outpatient-resident-cap-left',
    title: '本年已报销 80 → 本次 100 × 50% = 50 只付余额 20',
    source: cite('第三章 十八问'),
    input: visit('resident', { type: 'outpatient', facilityLevel: 'level1', ...bill('100') }, { yearToDate: { outpatientPaid: '80' } }),
    expect: { payments: { basic: '20.00' } },
  },
  {
    id: 'bz-outpatient-employee-level3',
    title: '职工门诊统筹 在职 三级：年起付 200，(300 − 200) × 50% = 50；大额 (300 − 50) × 70% = 175',
    source: cite('第二章 三十九问'),
    input: visit('employee', { type: 'outpatient', facilityLevel: 'level3', ...bill('300') }, { person: { age: 40 } }),
    expect: { payments: { basic: '50.00', largeExpense: '175.00' } },
    surfaces: SERVED,
  },
  {
    id: 'bz-outpatient-employee-civil-servant',
    title: '在职公务员 三级：公务员补助 250 × 60% = 150，大额 (250 − 150) × 70% = 70',
    source: cite('第二章 三十九问'),
    input: visit('employee', { type: 'outpatient', facilityLevel: 'level3', ...bill('300') }, { person: { civilServant: true } }),
    expect: { payments: { civilServant: '150.00', largeExpense: '70.00' } },
  },
  {
    id: 'bz-outpatient-employee-retired',
    title: '退休 二级：年起付 150，比例 60% + 10% = 70%：(300 − 150) × 70% = 105',
    source: cite('第二章 三十九问'),
    input: visit('employee', { type: 'outpatient', facilityLevel: 'level2', ...bill('300') }, { person: { retired: true } }),
    expect: { payments: { basic: '105.00' } },
  },
  {
    id: 'bz-outpatient-employee-pharmacy',
    title: '在职 定点零售药店 60%；起付线一年只扣一次（此前已累计 250）：100 × 60% = 60',
    source: cite('第二章 三十九问'),
    input: visit('employee', { type: 'outpatient', facilityLevel: 'pharmacy', ...bill('100') }, { yearToDate: { outpatientSelfPay: '250' } }),
    expect: { payments: { basic: '60.00' } },
  },
  {
    id: 'bz-outpatient-employee-caps',
    title: '在职年度限额 800：本年已支付 780 → 本次只付 20；大额年度限额 600 已用 590 → 10',
    source: cite('第二章 三十九问'),
    input: visit(
      'employee',
      { type: 'outpatient', facilityLevel: 'level2', ...bill('1000') },
      { yearToDate: { outpatientSelfPay: '5000', outpatientPaid: '780', outpatientLargeExpensePaid: '590' } },
    ),
    expect: { payments: { basic: '20.00', largeExpense: '10.00' } },
  },
];

/** 第四章 三问 门诊慢性病：90%，按病种年度限额. */
const CHRONIC: EstimateRow[] = [
  {
    id: 'bz-chronic-resident-M04600',
    title: '城乡居民 冠心病 M04600 限额 800：1,000 × 90% = 900 → 800',
    source: cite('第四章 三问'),
    input: visit('resident', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }),
    expect: { payments: { basic: '800.00' } },
    surfaces: SERVED,
  },
  {
    id: 'bz-chronic-employee-M04600',
    title: '职工 冠心病 M04600 限额 1,500：1,000 × 90% = 900',
    source: cite('第四章 三问'),
    input: visit('employee', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }),
    expect: { payments: { basic: '900.00' } },
  },
  {
    id: 'bz-chronic-two-diseases-highest',
    title: '患两种以上慢病按限额最高的一种：居民 甲减 M01701（600）+ 抑郁症 M02202（1,500）→ 2,000 × 90% = 1,800 → 1,500',
    source: cite('第四章 三问'),
    input: visit('resident', { type: 'chronic', diseaseCode: 'M01701', otherDiseaseCodes: ['M02202'], ...bill('2000') }),
    expect: { payments: { basic: '1500.00' }, steps: [{ at: 0, says: ['限额最高'] }] },
  },
  {
    id: 'bz-chronic-civil-servant',
    title: '一类门特：公务员补助付统筹后剩余部分（年度限额 1,500）：统筹 900，补助 100',
    source: cite('第二章 三十三问', '第四章 三问'),
    input: visit('employee', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { person: { civilServant: true } }),
    expect: { payments: { basic: '900.00', civilServant: '100.00' } },
  },
  {
    id: 'bz-chronic-dibao-assistance',
    title: '慢特病也纳入常规救助：低保对象 70%：(1,000 − 800) × 70% = 140',
    source: cite('第六章 五问（一）常规救助'),
    input: visit('resident', { type: 'chronic', diseaseCode: 'M04600', ...bill('1000') }, { person: { categories: ['dibao'] } }),
    expect: { payments: { assistance: '140.00' } },
  },
  {
    id: 'bz-chronic-employee-M02220-not-listed',
    title: '儿童注意力缺陷症 M02220 职工医保未列限额 → 暂未收录',
    source: cite('第四章 三问'),
    input: visit('employee', { type: 'chronic', diseaseCode: 'M02220', ...bill('100') }),
    expect: { error: {} },
  },
  {
    id: 'bz-chronic-M02200-needs-subtype',
    title: '亚类限额不同的病种须填亚类编码：其他精神类疾病 M02200 → 请填写亚类',
    source: cite('第四章 三问'),
    input: visit('resident', { type: 'chronic', diseaseCode: 'M02200', ...bill('100') }),
    expect: { error: { says: '请填写认定的亚类病种编码' } },
  },
  {
    id: 'bz-chronic-employee-M01700-same-subtypes',
    title: '亚类限额相同的病种按其限额：职工 甲状腺功能异常 M01700（两亚类均 1,000）：2,000 × 90% = 1,800 → 1,000',
    source: cite('第四章 三问'),
    input: visit('employee', { type: 'chronic', diseaseCode: 'M01700', ...bill('2000') }),
    expect: { payments: { basic: '1000.00' } },
  },
  {
    id: 'bz-chronic-M03802-is-M04500',
    title: '四问所印编码 M03802 即三问 心脏瓣膜病 M04500：居民限额 800',
    source: cite('第四章 三问', '第四章 四问'),
    input: visit('resident', { type: 'chronic', diseaseCode: 'M03802', ...bill('1000') }),
    expect: { payments: { basic: '800.00' } },
  },
  {
    id: 'bz-chronic-special-code-refused',
    title: '特病编码（恶性肿瘤门诊治疗 M00500）不能按慢病结算',
    source: cite('第四章 三问'),
    input: visit('resident', { type: 'chronic', diseaseCode: 'M00500', ...bill('100') }),
    expect: { error: { says: '不在巴中门诊慢性病目录中' } },
  },
  {
    id: 'bz-chronic-unknown-code',
    title: '不在目录中的编码 M99999 → 暂未收录',
    source: cite('第四章 三问'),
    input: visit('resident', { type: 'chronic', diseaseCode: 'M99999', ...bill('100') }),
    expect: { error: { says: '不在巴中门诊慢性病目录中' } },
    surfaces: SERVED,
  },
];

/** 第四章 五问 门诊特殊疾病：一年只扣一次二级起付线（400），居民 60%，职工 70%. */
const SPECIAL: EstimateRow[] = [
  {
    id: 'bz-special-resident-M00500',
    title: '城乡居民 恶性肿瘤门诊治疗 M00500：(10,000 − 400) × 60% = 5,760',
    source: cite('第四章 五问'),
    input: visit('resident', { type: 'special', diseaseCode: 'M00500', ...bill('10000') }),
    expect: { payments: { basic: '5760.00' } },
  },
  {
    id: 'bz-special-deductible-once',
    title: '本年已扣过起付线：10,000 × 60% = 6,000',
    source: cite('第四章 五问'),
    input: visit('resident', { type: 'special', diseaseCode: 'M00500', ...bill('10000') }, { yearToDate: { specialSelfPay: '10000' } }),
    expect: { payments: { basic: '6000.00' } },
  },
  {
    id: 'bz-special-employee-M07101',
    title: '职工：(10,000 − 400) × 70% = 6,720；二类门特纳入大额，普通人员扣二级起付线：(3,280 − 400) × 85% = 2,448',
    source: cite('第四章 五问', '第二章 三十六问'),
    input: visit('employee', { type: 'special', diseaseCode: 'M07101', ...bill('10000') }, { person: { age: 50 } }),
    expect: { payments: { basic: '6720.00', largeExpense: '2448.00' } },
    surfaces: SERVED,
  },
  {
    id: 'bz-special-employee-cancer',
    title: '患恶性肿瘤人员大额不设起付线：恶性肿瘤门诊治疗 M00500 即是，3,280 × 85% = 2,788',
    source: cite('第四章 五问', '第二章 三十六问'),
    input: visit('employee', { type: 'special', diseaseCode: 'M00500', ...bill('10000') }, { person: { age: 50 } }),
    expect: { payments: { basic: '6720.00', largeExpense: '2788.00' } },
  },
  {
    id: 'bz-special-subtype-M08301',
    title: '特病亚类编码也可结算：器官移植抗排异治疗 肾移植 M08301，居民 (10,000 − 400) × 60% = 5,760',
    source: cite('第四章 五问'),
    input: visit('resident', { type: 'special', diseaseCode: 'M08301', ...bill('10000') }),
    expect: { payments: { basic: '5760.00' } },
  },
];

/** 第四章 十九问 “两病”：50%，高血压 200、糖尿病 300、两病 500. */
const TWO_DISEASES: EstimateRow[] = [
  {
    id: 'bz-two-diseases-hypertension',
    title: '高血压 500 × 50% = 250 → 限额 200',
    source: cite('第四章 十九问'),
    input: visit('resident', { type: 'two-diseases', diseases: ['hypertension'], ...bill('500') }),
    expect: { payments: { basic: '200.00' } },
    surfaces: SERVED,
  },
  {
    id: 'bz-two-diseases-both',
    title: '职工 两病 600 × 50% = 300',
    source: cite('第四章 十九问'),
    input: visit('employee', { type: 'two-diseases', diseases: ['hypertension', 'diabetes'], ...bill('600') }),
    expect: { payments: { basic: '300.00' } },
  },
  {
    id: 'bz-two-diseases-diabetes-cap-left',
    title: '糖尿病 本年已报 250 → 本次 100 × 50% = 50 只付余额 50',
    source: cite('第四章 十九问'),
    input: visit('resident', { type: 'two-diseases', diseases: ['diabetes'], ...bill('100') }, { yearToDate: { twoDiseasesPaid: '250' } }),
    expect: { payments: { basic: '50.00' } },
  },
];

/** 第五章 二问 单行支付药品和高值药品. */
const DRUGS: EstimateRow[] = [
  {
    id: 'bz-single-pay-drug-resident',
    title: '单行支付药品 居民 60%，不计起付线，个人负担不进入大病：10,000 → 6,000，个人负担 4,000',
    source: cite('第五章 二问'),
    input: visit('resident', { type: 'single-pay-drug', ...bill('10000') }),
    expect: { payments: { basic: '6000.00', seriousIllness: '0.00' }, personalPay: '4000.00' },
    surfaces: SERVED,
  },
  {
    id: 'bz-single-pay-drug-employee',
    title: '单行支付药品 职工 70%：10,000 → 7,000',
    source: cite('第五章 二问'),
    input: visit('employee', { type: 'single-pay-drug', ...bill('10000') }, { person: { age: 50 } }),
    expect: { payments: { basic: '7000.00' } },
  },
  {
    id: 'bz-high-value-drug',
    title: '高值药品：个人先行自付 10% = 1,000，余下按住院表报销：居民 三级 市内 (9,000 − 700) × 60% = 4,980，个人负担 5,020',
    source: cite('第五章 二问', '第三章 十一问（一）市内住院'),
    input: visit('resident', { type: 'high-value-drug', facilityLevel: 'level3', place: 'local', ...bill('10000') }),
    expect: {
      payments: { basic: '4980.00' },
      personalPay: '5020.00',
      steps: [{ at: 0, payer: 'patient', payerName: '个人先行自付', amount: '1000.00' }],
    },
    surfaces: SERVED,
  },
];

/** 生育：居民 第三章 十四问，职工 第二章 二十八问（限额支付，不足限额据实支付）. */
const birth = (
  id: string,
  title: string,
  scheme: 'resident' | 'employee',
  event: Record<string, unknown>,
  inScope: string,
  paid: string,
  prenatal: string | null,
  surfaces?: Surface[],
): EstimateRow => ({
  id,
  title,
  source: cite(scheme === 'resident' ? '第三章 十四问' : '第二章 二十八问'),
  input: visit(scheme, { type: 'maternity', ...event, ...bill(inScope) }),
  expect: { payments: { basic: paid }, allowance: prenatal },
  ...(surfaces ? { surfaces } : {}),
});

const MATERNITY: EstimateRow[] = [
  birth('bz-birth-resident-1800', '居民 顺产 政策范围内 1,800 不足限额 → 据实 1,800；产前检查费 500', 'resident', { event: 'delivery' }, '1800', '1800.00', '500.00'),
  birth('bz-birth-resident-2500', '居民 顺产 政策范围内 2,500 → 限额 2,000；产前检查费 500', 'resident', { event: 'delivery' }, '2500', '2000.00', '500.00'),
  birth('bz-birth-resident-difficult-twins', '居民 难产 双胞胎 政策范围内 5,000 → 4,300；产前检查费 500', 'resident', { event: 'delivery', difficult: true, babies: 2 }, '5000', '4300.00', '500.00'),
  birth('bz-termination-resident-20w-caesarean', '居民 孕 20 周 施行剖宫术终止妊娠 政策范围内 2,000 → 1,000 + 剖宫术 500 = 1,500；不满 7 个月无产前检查费', 'resident', { event: 'termination', gestationWeeks: 20, caesarean: true }, '2000', '1500.00', null),
  birth('bz-termination-resident-30w', '居民 孕 30 周终止妊娠 政策范围内 2,000 → 1,000；产前检查费 500', 'resident', { event: 'termination', gestationWeeks: 30 }, '2000', '1000.00', '500.00'),
  birth('bz-termination-resident-10w', '居民 孕 10 周（不满 16 周）终止妊娠 政策范围内 800 → 200；无产前检查费', 'resident', { event: 'termination', gestationWeeks: 10 }, '800', '200.00', null),
  birth('bz-birth-employee-4000', '职工 顺产 政策范围内 4,000 → 3,500；产前检查费 800', 'employee', { event: 'delivery' }, '4000', '3500.00', '800.00', SERVED),
  birth('bz-birth-employee-difficult', '职工 难产 政策范围内 6,000 → 5,500；产前检查费 800', 'employee', { event: 'delivery', difficult: true }, '6000', '5500.00', '800.00'),
  birth('bz-birth-employee-triplets', '职工 三胞胎 政策范围内 6,000 → 5,100；产前检查费 800', 'employee', { event: 'delivery', babies: 3 }, '6000', '5100.00', '800.00'),
  birth('bz-termination-employee-20w-caesarean', '职工 孕 20 周 施行剖宫术终止妊娠 政策范围内 3,000 → 2,700；产前检查费 500', 'employee', { event: 'termination', gestationWeeks: 20, caesarean: true }, '3000', '2700.00', '500.00'),
  birth('bz-termination-employee-12w', '职工 孕 12 周终止妊娠 政策范围内 800 → 500；产前检查费 200', 'employee', { event: 'termination', gestationWeeks: 12 }, '800', '500.00', '200.00'),
  birth('bz-termination-employee-20w-live-birth', '职工 孕 20 周终止妊娠 有存活婴儿（按分娩结算）政策范围内 4,000 → 3,500；产前检查费 800', 'employee', { event: 'termination', gestationWeeks: 20, liveBirth: true }, '4000', '3500.00', '800.00'),
  {
    id: 'bz-termination-needs-weeks',
    title: '终止妊娠须填写孕周',
    source: cite('第三章 十四问'),
    input: visit('resident', { type: 'maternity', event: 'termination', ...bill('100') }),
    expect: { error: { says: '终止妊娠请填写怀孕周数' } },
  },
  {
    id: 'bz-birth-resident-form',
    title: '居民 顺产（非难产，单胎）总费用 2,800、政策范围内 2,500 → 限额 2,000，个人负担 800；产前检查费 500（费用估算表单所填）',
    source: cite('第三章 十四问'),
    input: {
      region: 'bazhong',
      date: '2025-06-15',
      scheme: 'resident',
      person: { categories: [] },
      visit: { type: 'maternity', event: 'delivery', difficult: false, babies: 1, ...bill('2500', '2800') },
    },
    expect: { payments: { basic: '2000.00' }, personalPay: '800.00', allowance: '500.00' },
    surfaces: ['browser'],
  },
];

export const BAZHONG_ROWS: EstimateRow[] = [
  ...INPATIENT,
  ...SERIOUS_ILLNESS,
  ...EMPLOYEE_INPATIENT,
  ...ASSISTANCE,
  ...TILTED,
  ...OUTPATIENT,
  ...CHRONIC,
  ...SPECIAL,
  ...TWO_DISEASES,
  ...DRUGS,
  ...MATERNITY,
];
