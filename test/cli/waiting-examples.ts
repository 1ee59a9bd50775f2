/**
 * 004 第三章 十问（二）例一 to 例七 as waiting-period cases, with the answers the handbook gives, then the same rules for
 * the 2025 coverage year (三问、十问（二）"从 2025 年起"). The CLI, the
 * `waiting` function and the browser tests all read these, so the three are held to the same figures.
 */
export interface WaitingExample {
  name: string;
  input: Record<string, unknown>;
  benefitStart: string;
  /** [waitingMonths, fixedMonths, variableMonths] */
  months: [number, number, number];
  /** The repair the answer offers (`shorten`), when the handbook mentions one. */
  shorten?: { years: number; cost: string; waitingMonthsAfter: number; benefitStartAfter: string; floorApplies: boolean };
}

const resident = (paymentDate: string, coverageYear: number, insuredYears: number[], extra: Record<string, unknown> = {}) => ({
  region: 'bazhong',
  scheme: 'resident',
  paymentDate,
  coverageYear,
  insuredYears,
  ...extra,
});

export const WAITING_EXAMPLES: WaitingExample[] = [
  {
    name: '例一 2025 年度已参保，2026 年 1 月 1 日前缴费 → 自 2026 年 1 月 1 日起享受待遇',
    input: resident('2025-12-20', 2026, [2025]),
    benefitStart: '2026-01-01',
    months: [0, 0, 0],
  },
  {
    name: '例一 2025 年度已参保，2026 年 1 月 1 日至 2 月 28 日缴费 → 自缴费之日起',
    input: resident('2026-02-10', 2026, [2025]),
    benefitStart: '2026-02-10',
    months: [0, 0, 0],
  },
  {
    name: '例一 2025 年度已参保，3 月 1 日起缴费 → 固定等待期 3 个月',
    input: resident('2026-03-01', 2026, [2025]),
    benefitStart: '2026-06-01',
    months: [3, 3, 0],
  },
  {
    name: '例二 2025 年度未参保，2026 年 1 月 1 日前缴费 → 4 月 1 日起享受待遇',
    input: resident('2025-12-20', 2026, [2024]),
    benefitStart: '2026-04-01',
    months: [3, 3, 0],
  },
  {
    name: '例二 2025 年度未参保，2026 年 2 月 28 日前缴费 → 自缴费之日起 3 个月后',
    input: resident('2026-02-28', 2026, [2024]),
    benefitStart: '2026-05-28',
    months: [3, 3, 0],
  },
  {
    name: '例三 2025 年度断保，2026 年 12 月缴 2026 年保费 → 2027 年 3 月享受待遇（须同时缴 2027 年）',
    input: resident('2026-12-10', 2026, [2024]),
    benefitStart: '2027-03-10',
    months: [3, 3, 0],
  },
  {
    name: '例四 2025 年度未参保，1 月 2 日参保 → 4 月 2 日后才能享受待遇',
    input: resident('2026-01-02', 2026, [2024]),
    benefitStart: '2026-04-02',
    months: [3, 3, 0],
  },
  {
    name: '例五 2025、2026 年度未参保，2027 年度集中缴费期参保 → 3 + 1 = 4 个月，2027 年 5 月 1 日；修复 1 个月 → 等 3 个月',
    input: resident('2026-11-15', 2027, [2024]),
    benefitStart: '2027-05-01',
    months: [4, 3, 1],
    shorten: { years: 1, cost: '400.00', waitingMonthsAfter: 3, benefitStartAfter: '2027-04-01', floorApplies: false },
  },
  {
    name: '例五 修复 1 年后 → 等 3 个月，2027 年 4 月 1 日',
    input: resident('2026-11-15', 2027, [2024], { repairYears: 1 }),
    benefitStart: '2027-04-01',
    months: [3, 3, 0],
    shorten: { years: 1, cost: '400.00', waitingMonthsAfter: 3, benefitStartAfter: '2027-04-01', floorApplies: false },
  },
  {
    name: '例六 2025—2029 年度连续 5 年未参保 → 3 + 4 = 7 个月，2030 年 8 月 1 日；修复 1 个月，不少于 6 个月',
    input: resident('2029-12-01', 2030, [2024]),
    benefitStart: '2030-08-01',
    months: [7, 3, 4],
    shorten: { years: 1, cost: '400.00', waitingMonthsAfter: 6, benefitStartAfter: '2030-07-01', floorApplies: true },
  },
  {
    name: '例七 新生儿出生后两年再参保 → 3 + 1 = 4 个月',
    input: resident('2026-12-01', 2027, [], { birthDate: '2025-03-10' }),
    benefitStart: '2027-05-01',
    months: [4, 3, 1],
    shorten: { years: 1, cost: '400.00', waitingMonthsAfter: 3, benefitStartAfter: '2027-04-01', floorApplies: false },
  },
  {
    name: '例七 父母缴费修复后 → 等待期减少到 3 个月',
    input: resident('2026-12-01', 2027, [], { birthDate: '2025-03-10', repairYears: 1 }),
    benefitStart: '2027-04-01',
    months: [3, 3, 0],
    shorten: { years: 1, cost: '400.00', waitingMonthsAfter: 3, benefitStartAfter: '2027-04-01', floorApplies: false },
  },
  // 2025 年度: 三问 "集中缴费期……上一年的10月至当年的2月底" and 十问（二）"从 2025 年起……未在居民医保集中缴费期内参保
  // 或未连续参保人员，设置参保后固定待遇等待期 3 个月"; breaks count from 2025, so a 2024 gap is none (例一's rule).
  {
    name: '2025 年度（三问、十问（二））2024 年度已参保，2024 年 12 月缴费 → 自 2025 年 1 月 1 日起享受待遇',
    input: resident('2024-12-20', 2025, [2024]),
    benefitStart: '2025-01-01',
    months: [0, 0, 0],
  },
  {
    name: '2025 年度（三问、十问（二））2024 年度已参保，集中缴费期后 2025 年 3 月 1 日缴费 → 固定等待期 3 个月',
    input: resident('2025-03-01', 2025, [2024]),
    benefitStart: '2025-06-01',
    months: [3, 3, 0],
  },
  {
    name: '2025 年度（十问“从 2025 年起”计断保）2024 年度未参保不计断保，2024 年 12 月缴费 → 自 2025 年 1 月 1 日起享受待遇',
    input: resident('2024-12-20', 2025, []),
    benefitStart: '2025-01-01',
    months: [0, 0, 0],
  },
  {
    name: '2025 年度（十问（二）“未在居民医保集中缴费期内参保”）2024 年度未参保，2025 年 3 月 10 日缴费 → 固定等待期 3 个月',
    input: resident('2025-03-10', 2025, []),
    benefitStart: '2025-06-10',
    months: [3, 3, 0],
  },
];

/** 第二章 六问: an employee's first enrolment waits 6 months. */
export const EMPLOYEE_FIRST = { region: 'bazhong', scheme: 'employee', paymentDate: '2026-05-20', employee: { kind: 'first' } };

/** A case every entry refuses: 2026-02-30 does not exist. */
export const BAD_DATE = { ...WAITING_EXAMPLES[0].input, paymentDate: '2026-02-30' };
export const BAD_DATE_ERROR = {
  ok: false,
  code: 'INVALID_INPUT',
  message: '缴费日期：日期须为真实存在的日期，格式 YYYY-MM-DD',
  field: 'paymentDate',
  reason: '日期须为真实存在的日期，格式 YYYY-MM-DD',
  path: ['paymentDate'],
};

/** The first example whose name starts with `prefix` ("例五"). */
export function example(prefix: string): WaitingExample {
  const found = WAITING_EXAMPLES.find((e) => e.name.startsWith(prefix));
  if (!found) throw new Error(`no example ${prefix}`);
  return found;
}
