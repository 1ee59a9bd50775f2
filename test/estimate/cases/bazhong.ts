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

/**
 * 第三章 九问、十问（一）: the 大病 annual cap moved by the person's history (`person.insuredYears`, `zeroClaimYears`, as
 * `yibao waiting` takes them), computed by the waiting program's own cap. The cap binds on a 三级 政策范围内 400,000
 * stay (大病 应赔付 194,219.20, as bz-serious-bands) after 250,000 already paid this year: what is left is cap − 250,000.
 */
const capStay = (date: string, person: Record<string, unknown>, seriousIllnessPaid = '250000') =>
  stay({ date, level: 'level3', inScope: '400000', person, yearToDate: { seriousIllnessPaid } });
const BASE_CAP_NOTE = '大病保险年度最高赔付限额按原封顶线 300,000.00 元 计（第三章 二十六问）';
const SERIOUS_ILLNESS_CAP: EstimateRow[] = [
  {
    id: 'bz-cap-zero-claim-2026',
    title: '九问 例二：2025 年度基金零报销，2026 年限额 30.4 万元；本年已赔付 250,000 → 本次赔付 304,000 − 250,000 = 54,000',
    source: cite('第三章 九问', '第三章 二十六问'),
    input: capStay('2026-06-15', { insuredYears: [2025], zeroClaimYears: [2025] }),
    expect: {
      payments: { seriousIllness: '54000.00' },
      steps: [
        {
          payer: 'seriousIllness',
          amount: '54000.00',
          says: ['2026 年度最高赔付限额 304,000.00 元（原封顶线 300,000.00 元 + 提高 4,000.00 元 − 降低 0.00 元', '第三章 九问', '仅余 54,000.00 元，按余额赔付'],
        },
      ],
      note: { startsWith: '2026 年度大病保险最高赔付限额 304,000.00 元，按所填参保年度计算', says: ['2025 年度基金零报销，2026 年提高 4,000.00 元', '（第三章 九问）'] },
      notesDoNotSay: [BASE_CAP_NOTE, '未填写基金零报销年度'],
    },
    surfaces: SERVED,
  },
  {
    id: 'bz-cap-break-2026',
    title: '十问（一） 例：2025 年度未参保，2026 年参保，限额 29.6 万元 → 本次赔付 296,000 − 250,000 = 46,000',
    source: cite('第三章 十问（一）', '第三章 二十六问'),
    input: capStay('2026-06-15', { insuredYears: [] }),
    expect: {
      payments: { seriousIllness: '46000.00' },
      steps: [{ payer: 'seriousIllness', says: ['2026 年度最高赔付限额 296,000.00 元（原封顶线 300,000.00 元 + 提高 0.00 元 − 降低 4,000.00 元', '第三章 十问（一）'] }],
      note: { startsWith: '2026 年度大病保险最高赔付限额 296,000.00 元', says: ['2025 年度未参保，共 1 年'] },
      notesDoNotSay: [BASE_CAP_NOTE],
    },
    surfaces: SERVED,
  },
  {
    id: 'bz-cap-born-2026',
    title: '十问（一）：2026 年 1 月出生的新生儿，2025 年度尚未出生不算断保，2026 年限额仍为 30 万元 → 本次赔付 300,000 − 250,000 = 50,000',
    source: cite('第三章 十问（一）', '第三章 二十六问'),
    input: capStay('2026-06-15', { insuredYears: [], birthDate: '2026-01-10' }),
    expect: {
      payments: { seriousIllness: '50000.00' },
      steps: [{ payer: 'seriousIllness', says: ['2026 年度最高赔付限额 300,000.00 元（原封顶线 300,000.00 元 + 提高 0.00 元 − 降低 0.00 元'] }],
      notesSay: ['前的年度不计断保'],
      notesDoNotSay: [BASE_CAP_NOTE, '2025 年度未参保'],
    },
  },
  {
    id: 'bz-cap-born-after-bill',
    title: '出生日期晚于就医日期：拒绝，并指出出生日期一栏',
    source: cite('第三章 十问（一）'),
    input: capStay('2026-06-15', { insuredYears: [], birthDate: '2026-07-01' }),
    expect: { error: { code: 'INVALID_INPUT', field: 'person.birthDate', message: '出生日期：出生日期晚于就医日期，请核对' } },
  },
  {
    id: 'bz-cap-continuity-2029',
    title: '九问 例一：2025—2028 连续参保 4 年，2029 年（第 5 年）限额 30.4 万元 → 本次赔付 54,000；2028 年度零报销未填，提示零报销可达 30.8 万元',
    source: cite('第三章 九问'),
    input: capStay('2029-06-15', { insuredYears: [2025, 2026, 2027, 2028] }),
    expect: {
      payments: { seriousIllness: '54000.00' },
      steps: [{ payer: 'seriousIllness', says: ['2029 年度最高赔付限额 304,000.00 元'] }],
      notesSay: ['2025—2029 年连续参保 5 年', '未填写基金零报销年度，按 2028 年度有基金报销计；如该年度基金零报销，2029 年度限额为 308,000.00 元（第三章 九问）'],
    },
  },
  {
    id: 'bz-cap-both-2029',
    title: '九问：2025—2028 连续参保且 2028 年度基金零报销，2029 年限额 300,000 + 4,000 + 4,000 = 30.8 万元 → 本次赔付 58,000',
    source: cite('第三章 九问'),
    input: capStay('2029-06-15', { insuredYears: [2025, 2026, 2027, 2028], zeroClaimYears: [2028] }),
    expect: { payments: { seriousIllness: '58000.00' }, steps: [{ payer: 'seriousIllness', says: ['提高 8,000.00 元'] }], notesDoNotSay: ['未填写基金零报销年度'] },
  },
  {
    id: 'bz-cap-increase-ceiling-2045',
    title: '九问 "累计提高总额不超过原封顶线的20%"：2025—2044 连续参保，2045 年限额最高 36 万元；本年已赔付 250,000 → 本次 110,000',
    source: cite('第三章 九问'),
    input: capStay('2045-06-15', { insuredYears: Array.from({ length: 20 }, (_, i) => 2025 + i) }),
    expect: {
      payments: { seriousIllness: '110000.00' },
      steps: [{ payer: 'seriousIllness', says: ['2045 年度最高赔付限额 360,000.00 元（原封顶线 300,000.00 元 + 提高 60,000.00 元'] }],
      notesSay: ['按 60,000.00 元 计'],
    },
  },
  {
    id: 'bz-cap-decrease-floor-2041',
    title: '十问（一） "累计降低额度不超过大病保险原封顶线的20%"：2025—2040 未参保 16 年，2041 年限额 24 万元；本年已赔付 200,000 → 本次 40,000',
    source: cite('第三章 十问（一）'),
    input: capStay('2041-06-15', { insuredYears: [] }, '200000'),
    expect: {
      payments: { seriousIllness: '40000.00' },
      steps: [{ payer: 'seriousIllness', says: ['2041 年度最高赔付限额 240,000.00 元（原封顶线 300,000.00 元 + 提高 0.00 元 − 降低 60,000.00 元'] }],
      notesSay: ['共 16 年', '按 60,000.00 元 计'],
    },
  },
  {
    id: 'bz-cap-below-cap-history',
    title: '参保年度只改限额：三级 政策范围内 100,000，2026 年限额 30.4 万元不受限 → 大病仍为 15,583.20，步骤写明限额',
    source: cite('第三章 九问', '第三章 二十三问'),
    input: stay({ date: '2026-06-15', level: 'level3', inScope: '100000', person: { insuredYears: [2025], zeroClaimYears: [2025] } }),
    expect: {
      payments: { seriousIllness: '15583.20' },
      steps: [{ payer: 'seriousIllness', says: ['本次 15,583.20 元；2026 年度最高赔付限额 304,000.00 元'] }],
      noStepSays: ['仅余'],
    },
  },
  {
    id: 'bz-cap-base-note',
    title: '未填参保年度：按原封顶线 30 万元 → 本次赔付 50,000，并说明连续参保、零报销、断保会如何改变限额',
    source: cite('第三章 二十六问', '第三章 九问', '第三章 十问（一）'),
    input: capStay('2026-06-15', {}),
    expect: {
      payments: { seriousIllness: '50000.00' },
      steps: [{ payer: 'seriousIllness', says: ['年度最高赔付限额 300,000.00 元 仅余 50,000.00 元，按余额赔付'] }],
      noStepSays: ['2026 年度最高赔付限额'],
      note: {
        startsWith: BASE_CAP_NOTE,
        says: ['未填写此前已参保年度', '提高 4,000.00 元', '（第三章 九问）', '每断保 1 年降低 4,000.00 元', '（第三章 十问（一））', '填写此前已参保年度和基金零报销年度'],
      },
    },
  },
  {
    id: 'bz-cap-dibao-unchanged',
    title: '低保对象不设赔付限额（二十六问）：填了断保年度也不设限额，本年已赔付 300,000 仍赔 21,577.40，无限额说明',
    source: cite('第三章 二十六问'),
    input: stay({ date: '2026-06-15', level: 'level3', inScope: '100000', person: { categories: ['dibao'], insuredYears: [] }, yearToDate: { seriousIllnessPaid: '300000' } }),
    expect: {
      payments: { seriousIllness: '21577.40' },
      steps: [{ payer: 'seriousIllness', says: ['低保对象不设赔付限额'] }],
      noStepSays: ['最高赔付限额'],
      notesDoNotSay: ['大病保险年度最高赔付限额', '大病保险最高赔付限额'],
    },
  },
  {
    id: 'bz-cap-employee-no-note',
    title: '职工医保没有城乡居民大病保险：填了参保年度也不影响（九问的激励只对“参加居民医保”的人员），没有限额说明',
    source: cite('第三章 九问'),
    input: stay({ scheme: 'employee', date: '2026-06-15', level: 'level3', inScope: '100000', person: { insuredYears: [2025] } }),
    expect: { payments: { seriousIllness: '0.00' }, notesDoNotSay: ['大病保险年度最高赔付限额', '大病保险最高赔付限额'] },
  },
  {
    id: 'bz-cap-outpatient-no-note',
    title: '普通门诊不经过大病保险：未填参保年度也没有限额说明',
    source: cite('第三章 十八问'),
    input: { ...visit('resident', { type: 'outpatient', facilityLevel: 'township', ...bill('150') }), date: '2026-06-15' },
    expect: { payments: { basic: '75.00' }, notesDoNotSay: ['大病保险年度最高赔付限额'] },
  },
  {
    id: 'bz-cap-invalid-current-year',
    title: '此前已参保年度只填本年度之前的年度（与 yibao waiting 相同）',
    source: cite('第三章 九问'),
    input: capStay('2026-06-15', { insuredYears: [2025, 2026] }),
    expect: { error: { code: 'INVALID_INPUT', field: 'person.insuredYears', message: '此前已参保年度：只填 2026 年度之前已参保的年度' } },
  },
  {
    id: 'bz-cap-invalid-zero-claim',
    title: '基金零报销年度须是已参保年度（与 yibao waiting 相同）',
    source: cite('第三章 九问'),
    input: capStay('2026-06-15', { insuredYears: [2024], zeroClaimYears: [2025] }),
    expect: { error: { code: 'INVALID_INPUT', field: 'person.zeroClaimYears', message: '基金零报销年度：2025 年度未参保，不能是基金零报销年度' } },
  },
  {
    id: 'bz-cap-invalid-zero-claim-alone',
    title: '只填基金零报销年度、不填此前已参保年度：请同时填写',
    source: cite('第三章 九问'),
    input: capStay('2026-06-15', { zeroClaimYears: [2025] }),
    expect: { error: { code: 'INVALID_INPUT', field: 'person.zeroClaimYears', says: '请同时填写此前已参保年度' } },
  },
  {
    id: 'bz-cap-invalid-year-type',
    title: '参保年度须为整数年份',
    source: cite('第三章 九问'),
    input: capStay('2026-06-15', { insuredYears: ['2025'] }),
    expect: { error: { code: 'INVALID_INPUT', field: 'person.insuredYears.0', message: '此前已参保年度（person.insuredYears.0）：年度须为数字，例如 2026' } },
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
  ...SERIOUS_ILLNESS_CAP,
];

/*
 * ─── Issue 14, helper I14-B: 转院 within one course of treatment and 日间手术 ──────────────────────────────────
 * Its own block, appended to the table above: "由低级别定点医疗机构转往高级别定点医疗机构，只补计起付标准差额；由高级别定点
 * 医疗机构转往同级别或低级别定点医疗机构，不再另计起付标准" (第三章 十二问, 城乡居民 only), with the 起付标准 of
 * 第三章 十一问; 日间手术 is written for 职工 only (第二章 三十一问: 纳入住院医疗费用报销).
 */
const TRANSFER_RULE = { doc: HANDBOOK, section: '第三章 十二问 参保城乡居民转诊转院' };
const transferStep = (amount: string, says: string) => ({ at: 0, payerName: '转院起付标准', amount, says: [says], source: TRANSFER_RULE });

const TRANSFER_AND_DAY_CASE: EstimateRow[] = [
  {
    id: 'bz-transfer-level2-to-level3',
    title: '城乡居民 同一治疗过程 二级转三级 政策范围内 20,000 → 只补计起付标准差额 700 − 400 = 300，统筹 (20,000 − 300) × 60% = 11,820（不计转院则 11,580）',
    source: cite('第三章 十二问', '第三章 十一问（一）市内住院'),
    input: stay({ level: 'level3', inScope: '20000', visit: { transferredFrom: 'level2' } }),
    expect: {
      payments: { basic: '11820.00', seriousIllness: '0.00' },
      personalPay: '8180.00',
      steps: [
        transferStep('300.00', '同一治疗过程中由二级医疗机构转往三级医疗机构（低级别转往高级别）：只补计起付标准差额 = 本次起付线 700.00 元 − 转院前起付线 400.00 元 = 300.00 元'),
        { at: 1, payer: 'basic', amount: '11820.00', says: ['（政策范围内费用 20,000.00 元 − 起付线 300.00 元）× 60% = 11,820.00 元'], source: INPATIENT_TABLE },
      ],
    },
    surfaces: SERVED,
  },
  {
    id: 'bz-transfer-level3-to-level2',
    title: '城乡居民 三级转二级（转往低级别）政策范围内 10,000 → 不再另计起付标准，统筹 10,000 × 70% = 7,000',
    source: cite('第三章 十二问', '第三章 十一问（一）市内住院'),
    input: stay({ level: 'level2', inScope: '10000', visit: { transferredFrom: 'level3' } }),
    expect: {
      payments: { basic: '7000.00' },
      steps: [
        transferStep('0.00', '同一治疗过程中由三级医疗机构转往二级医疗机构（转往同级别或低级别）：不再另计起付标准，本次起付线 400.00 元 不再扣减'),
        { at: 1, payer: 'basic', says: ['起付线 0.00 元）× 70% = 7,000.00 元'] },
      ],
    },
  },
  {
    id: 'bz-transfer-same-level',
    title: '城乡居民 二级转二级（同级别）政策范围内 10,000 → 不再另计起付标准，统筹 7,000',
    source: cite('第三章 十二问'),
    input: stay({ level: 'level2', inScope: '10000', visit: { transferredFrom: 'level2' } }),
    expect: { payments: { basic: '7000.00' }, steps: [{ at: 0, payerName: '转院起付标准', amount: '0.00', says: ['不再另计起付标准'] }] },
  },
  {
    id: 'bz-transfer-township-to-level1',
    title: '城乡居民 乡镇卫生院转一级 政策范围内 5,000 → 差额 300 − 100 = 200，统筹 (5,000 − 200) × 80% = 3,840',
    source: cite('第三章 十二问', '第三章 十一问（一）市内住院'),
    input: stay({ level: 'level1', inScope: '5000', visit: { transferredFrom: 'township' } }),
    expect: { payments: { basic: '3840.00' }, steps: [{ at: 0, amount: '200.00', says: ['本次起付线 300.00 元 − 转院前起付线 100.00 元 = 200.00 元'] }] },
  },
  {
    id: 'bz-transfer-long-term-filed',
    title: '城乡居民 长期备案地 一级转三级 政策范围内 30,000 → 差额 700 − 300 = 400，统筹 (30,000 − 400) × 60% = 17,760',
    source: cite('第三章 十二问', '第三章 十一问（二）市外住院'),
    input: stay({ level: 'level3', place: 'long-term-filed', inScope: '30000', visit: { transferredFrom: 'level1' } }),
    expect: { payments: { basic: '17760.00' } },
  },
  {
    id: 'bz-transfer-down-temporary-filed',
    title: '城乡居民 临时备案地 三级转二级（转往低级别）政策范围内 10,000 → 不再另计起付标准（本应 1,000），统筹 10,000 × 65% = 6,500',
    source: cite('第三章 十二问', '第三章 十一问（二）市外住院'),
    input: stay({ level: 'level2', place: 'temporary-filed', inScope: '10000', visit: { transferredFrom: 'level3' } }),
    expect: { payments: { basic: '6500.00' }, steps: [{ at: 0, says: ['本次起付线 1,000.00 元 不再扣减'] }] },
  },
  {
    id: 'bz-transfer-bill-below-difference',
    title: '城乡居民 二级转三级 政策范围内 200 不足起付标准差额 300 → 统筹不付，个人负担 200',
    source: cite('第三章 十二问', '第三章 十一问（一）市内住院'),
    input: stay({ level: 'level3', inScope: '200', visit: { transferredFrom: 'level2' } }),
    expect: { payments: { basic: '0.00' }, personalPay: '200.00', steps: [{ at: 0, amount: '200.00' }, { at: 1, says: ['未超过起付线 300.00 元，不予支付'] }] },
  },
  {
    id: 'bz-transfer-serious-illness',
    title: '城乡居民 二级转三级 政策范围内 100,000 → 统筹 (100,000 − 300) × 60% = 59,820；大病 (40,180 − 14,448) × 60% = 15,439.20',
    source: cite('第三章 十二问', '第三章 二十二问', '第三章 二十三问'),
    input: stay({ level: 'level3', inScope: '100000', visit: { transferredFrom: 'level2' } }),
    expect: { payments: { basic: '59820.00', seriousIllness: '15439.20' }, personalPay: '24740.80' },
  },
  {
    id: 'bz-transfer-course-first-stay',
    title: '一个治疗过程的第一次住院：城乡居民 二级 政策范围内 10,000 → 统筹 (10,000 − 400) × 70% = 6,720',
    source: cite('第三章 十一问（一）市内住院'),
    input: stay({ level: 'level2', inScope: '10000' }),
    expect: { payments: { basic: '6720.00' }, yearToDateAfter: { basicPaid: '6720.00' } },
  },
  {
    id: 'bz-transfer-course-second-stay',
    title: '同一治疗过程转往三级 政策范围内 20,000（接上一行）→ 差额 300，统筹 11,820；本年统筹累计 6,720 + 11,820 = 18,540',
    source: cite('第三章 十二问', '第三章 十一问（一）市内住院'),
    after: 'bz-transfer-course-first-stay',
    input: stay({ level: 'level3', inScope: '20000', visit: { transferredFrom: 'level2' } }),
    expect: { payments: { basic: '11820.00' }, yearToDateAfter: { basicPaid: '18540.00' } },
  },
  {
    id: 'bz-transfer-up-unfiled-refused',
    title: '转往未备案的市外三级医院：该栏各级起付线都是 1,000，差额如何计算手册未说明 → 暂未收录',
    source: cite('第三章 十二问', '第三章 十一问（二）市外住院'),
    input: stay({ level: 'level3', place: 'unfiled', inScope: '10000', visit: { transferredFrom: 'level2' } }),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.transferredFrom', says: '手册第三章 十二问未说明' } },
  },
  {
    id: 'bz-transfer-employee-refused',
    title: '职工转院：十二问只讲参保城乡居民，职工篇未规定 → 暂未收录',
    source: cite('第三章 十二问', '第二章 二十七问（一）'),
    input: stay({ scheme: 'employee', level: 'level3', inScope: '10000', visit: { transferredFrom: 'level2' } }),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.transferredFrom', says: '只适用于参保城乡居民' } },
    surfaces: SERVED,
  },
  {
    id: 'bz-transfer-bad-level',
    title: '转院前医院等级须为乡镇卫生院、一级、二级或三级',
    source: cite('第三章 十二问'),
    input: stay({ level: 'level3', inScope: '10000', visit: { transferredFrom: 'level4' } }),
    expect: { error: { code: 'INVALID_INPUT', field: 'visit.transferredFrom' } },
  },
  {
    id: 'bz-day-case-resident-refused',
    title: '城乡居民日间手术：手册城乡居民篇未规定 → 暂未收录',
    source: cite('第二章 三十一问'),
    input: stay({ level: 'level2', inScope: '10000', visit: { dayCase: true } }),
    expect: { error: { code: 'NOT_COVERED', field: 'visit.dayCase', says: '城乡居民篇（第三章）未规定日间手术' } },
  },
  {
    id: 'bz-day-case-employee',
    title: '职工日间手术 二级 政策范围内 10,000：纳入住院医疗费用报销 → 统筹 (10,000 − 400) × 82% = 7,872',
    source: cite('第二章 三十一问', '第二章 二十七问（一）'),
    input: stay({ scheme: 'employee', level: 'level2', inScope: '10000', visit: { dayCase: true } }),
    expect: { payments: { basic: '7872.00' }, notesSay: ['纳入住院医疗费用报销（第二章 三十一问）', '手册未规定日间手术免起付标准'] },
  },
  {
    id: 'bz-day-case-false',
    title: '城乡居民 dayCase: false 即普通住院：三级 政策范围内 50,000 → 统筹 29,580',
    source: cite('第三章 十一问（一）市内住院'),
    input: stay({ level: 'level3', inScope: '50000', visit: { dayCase: false } }),
    expect: { payments: { basic: '29580.00' }, steps: [{ payerName: '转院起付标准', absent: true }] },
  },
];

BAZHONG_ROWS.push(...TRANSFER_AND_DAY_CASE);

/*
 * ─── Issue 14, helper I14-D: 职工配偶的生育医疗费用补差和产前检查费补差 ──────────────────────────────────────────
 * Its own block, appended to the table above. 第二章 九问: "一是生育医疗费用补差。按职工生育医疗报销标准减去城乡居民基本
 * 医疗保险报销的生育费用。二是产前检查费补差。按职工产前检查费补助标准减去城乡居民产前检查费补助标准。" The mother is
 * 城乡居民 (`visit.spouseOfEmployee: true`); the 职工 standard is 第二章 二十八问's applied to the same bill, the resident's
 * 第三章 十四问's. The medical top-up is paid as `basic` under 职工生育保险's name; the 产前检查费补差 is an allowance.
 */
const SPOUSE_RULE = { doc: HANDBOOK, section: '第二章 九问' };
const SPOUSE_PAYER = '职工生育保险（配偶生育医疗费用补差）';
const spouseBirth = (event: Record<string, unknown>, inScope: string, extra: Record<string, unknown> = {}, scheme: 'resident' | 'employee' = 'resident') =>
  visit(scheme, { type: 'maternity', ...event, spouseOfEmployee: true, ...bill(inScope) }, extra);
const SPOUSE_NOTE = '未填写产妇的配偶是否参加职工基本医疗保险';

const EMPLOYEE_SPOUSE: EstimateRow[] = [
  {
    id: 'bz-spouse-delivery-4000',
    title: '职工配偶（城乡居民）顺产 政策范围内 4,000：居民限额 2,000；补差 = 职工标准 3,500 − 居民已报销 2,000 = 1,500；产前检查费 500，补差 800 − 500 = 300；个人负担 500',
    source: cite('第二章 九问', '第二章 二十八问', '第三章 十四问'),
    input: spouseBirth({ event: 'delivery' }, '4000'),
    expect: {
      payments: { basic: '3500.00' },
      fundTotal: '3500.00',
      personalPay: '500.00',
      allowance: '500.00',
      // The top-up is the employee fund's: the resident's 统筹 running figure moves by the resident's 2,000 only.
      yearToDateAfter: { basicPaid: '2000.00' },
      steps: [
        { at: 0, payerName: '城乡居民医保（生育医疗费）', amount: '2000.00' },
        {
          at: 1,
          payer: 'basic',
          payerName: SPOUSE_PAYER,
          amount: '1500.00',
          says: ['职工生育医疗报销标准（第二章 二十八问：顺产 3,500.00 元', '按限额 3,500.00 元', '城乡居民医保已报销 2,000.00 元 = 1,500.00 元'],
          source: SPOUSE_RULE,
        },
      ],
      notesSay: ['手册未写明补差如何申领'],
      note: { startsWith: SPOUSE_NOTE, absent: true },
    },
    surfaces: SERVED,
  },
  {
    id: 'bz-spouse-delivery-2500',
    title: '职工配偶 顺产 政策范围内 2,500：居民限额 2,000；职工标准不足限额 3,500 据实 2,500 → 补差 500，个人负担 0',
    source: cite('第二章 九问', '第二章 二十八问（三）', '第三章 十四问'),
    input: spouseBirth({ event: 'delivery' }, '2500'),
    expect: {
      payments: { basic: '2500.00' },
      personalPay: '0.00',
      steps: [{ payerName: SPOUSE_PAYER, amount: '500.00', says: ['政策范围内费用 2,500.00 元不足限额，据实 2,500.00 元'] }],
    },
  },
  {
    id: 'bz-spouse-delivery-1800',
    title: '职工配偶 顺产 政策范围内 1,800：居民据实 1,800，职工标准据实也是 1,800 → 补差 0',
    source: cite('第二章 九问', '第三章 十四问'),
    input: spouseBirth({ event: 'delivery' }, '1800'),
    expect: { payments: { basic: '1800.00' }, personalPay: '0.00', steps: [{ payerName: SPOUSE_PAYER, amount: '0.00', says: ['= 0.00 元，无需补差'] }] },
  },
  {
    id: 'bz-spouse-difficult-twins',
    title: '职工配偶 难产 双胞胎 政策范围内 7,000：居民 3,500 + 800 = 4,300；职工 5,500 + 800 = 6,300 → 补差 2,000，个人负担 700',
    source: cite('第二章 九问', '第二章 二十八问', '第三章 十四问'),
    input: spouseBirth({ event: 'delivery', difficult: true, babies: 2 }, '7000'),
    expect: { payments: { basic: '6300.00' }, personalPay: '700.00', steps: [{ payerName: SPOUSE_PAYER, amount: '2000.00' }] },
  },
  {
    id: 'bz-spouse-termination-20w-caesarean',
    title: '职工配偶 孕 20 周 施行剖宫术终止妊娠 政策范围内 3,000：居民 1,500；职工 1,800 + 900 = 2,700 → 补差 1,200；居民无产前检查费（不满 7 个月），补差 500 − 0 = 500',
    source: cite('第二章 九问', '第二章 二十八问', '第三章 十四问'),
    input: spouseBirth({ event: 'termination', gestationWeeks: 20, caesarean: true }, '3000'),
    expect: {
      payments: { basic: '2700.00' },
      personalPay: '300.00',
      // The resident scheme gives no 产前检查费 here, so the first allowance is the 补差.
      allowance: '500.00',
      steps: [{ payerName: SPOUSE_PAYER, amount: '1200.00' }],
    },
  },
  {
    id: 'bz-spouse-termination-12w',
    title: '职工配偶 孕 12 周终止妊娠 政策范围内 800：居民 200；职工 500 → 补差 300；产前检查费补差 200 − 0 = 200',
    source: cite('第二章 九问', '第二章 二十八问', '第三章 十四问'),
    input: spouseBirth({ event: 'termination', gestationWeeks: 12 }, '800'),
    expect: { payments: { basic: '500.00' }, personalPay: '300.00', allowance: '200.00', steps: [{ payerName: SPOUSE_PAYER, amount: '300.00' }] },
    surfaces: SERVED,
  },
  {
    id: 'bz-spouse-termination-30w',
    title: '职工配偶 孕 30 周终止妊娠 政策范围内 3,000：居民 1,000，职工 1,800 → 补差 800；产前检查费 职工 500 − 居民 500 = 0，无补差',
    source: cite('第二章 九问', '第二章 二十八问', '第三章 十四问'),
    input: spouseBirth({ event: 'termination', gestationWeeks: 30 }, '3000'),
    expect: {
      payments: { basic: '1800.00' },
      allowance: '500.00',
      steps: [{ payerName: SPOUSE_PAYER, amount: '800.00' }],
      note: { startsWith: '产前检查费补差 = 职工产前检查费补助标准 500.00 元', says: ['城乡居民产前检查费补助标准 500.00 元 = 0.00 元，无需补差'] },
    },
  },
  {
    id: 'bz-spouse-resident-cap-short',
    title: '职工配偶 顺产 政策范围内 4,000，本年居民统筹已付 109,000（年限额 11 万仅余 1,000）：居民 1,000；补差按“减去城乡居民基本医疗保险报销的生育费用” = 3,500 − 1,000 = 2,500',
    source: cite('第二章 九问', '第三章 十六问'),
    input: spouseBirth({ event: 'delivery' }, '4000', { yearToDate: { basicPaid: '109000' } }),
    expect: { payments: { basic: '3500.00' }, yearToDateAfter: { basicPaid: '110000.00' }, steps: [{ payerName: SPOUSE_PAYER, amount: '2500.00' }] },
  },
  {
    id: 'bz-spouse-unknown-note',
    title: '城乡居民 顺产 未填写配偶是否参加职工医保 → 按无补差估算，并提示九问补差',
    source: cite('第二章 九问', '第三章 十四问'),
    input: visit('resident', { type: 'maternity', event: 'delivery', ...bill('4000') }),
    expect: {
      payments: { basic: '2000.00' },
      steps: [{ payerName: SPOUSE_PAYER, absent: true }],
      note: { startsWith: SPOUSE_NOTE, says: ['按不享受职工配偶补差估算', '（第二章 九问）'] },
    },
  },
  {
    id: 'bz-spouse-false',
    title: '城乡居民 顺产 配偶未参加职工医保（spouseOfEmployee: false）→ 无补差、无提示',
    source: cite('第三章 十四问'),
    input: visit('resident', { type: 'maternity', event: 'delivery', spouseOfEmployee: false, ...bill('4000') }),
    expect: { payments: { basic: '2000.00' }, allowance: '500.00', steps: [{ payerName: SPOUSE_PAYER, absent: true }], note: { startsWith: SPOUSE_NOTE, absent: true } },
  },
  {
    id: 'bz-spouse-mother-employee',
    title: '产妇本人参加职工医保：按职工标准结算 3,500，九问补差不适用',
    source: cite('第二章 九问', '第二章 二十八问'),
    input: spouseBirth({ event: 'delivery' }, '4000', {}, 'employee'),
    expect: {
      payments: { basic: '3500.00' },
      allowance: '800.00',
      steps: [{ payerName: SPOUSE_PAYER, absent: true }],
      notesSay: ['本人参加职工医保，按职工生育保险待遇结算', '本次不适用'],
    },
  },
  {
    id: 'bz-spouse-bad-type',
    title: '“是否为职工参保人的配偶”须为是或否',
    source: cite('第二章 九问'),
    input: visit('resident', { type: 'maternity', event: 'delivery', spouseOfEmployee: 'yes', ...bill('4000') }),
    expect: { error: { code: 'INVALID_INPUT', field: 'visit.spouseOfEmployee', says: '是否为职工参保人的配偶' } },
  },
];

BAZHONG_ROWS.push(...EMPLOYEE_SPOUSE);
