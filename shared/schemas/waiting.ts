import { z } from 'zod';
import { ownValue } from '../own';
import { isoDate } from './common';
import { parseDescribed } from './describe';
import { categoriesWith, type CategoryId } from '../regions/vocabulary';

/** Plain-Chinese names of the waiting-period fields, so a message says which box on the form is wrong. */
const FIELD_LABELS: Record<string, string> = {
  region: '参保地',
  scheme: '参保险种',
  paymentDate: '缴费日期',
  coverageYear: '参保年度',
  insuredYears: '此前已参保年度',
  repairYears: '修复年数',
  birthDate: '出生日期',
  specialGroup: '特殊人员类别',
  employee: '职工参保情况',
  'employee.kind': '职工参保情形',
  'employee.continuousYears': '连续参保年数',
  'employee.gapMonths': '中断缴费月数',
  'employee.arrearsMonths': '连续欠费月数',
  zeroClaimYears: '基金零报销年度',
  categories: '救助身份',
  eventDate: '生育或终止妊娠日期',
  insuredHereAtEvent: '生育时是否在本市缴纳生育保险',
  maternityMonthsAtEvent: '生育时生育保险已连续缴费月数',
  basicMonthsAtEvent: '生育时职工医保已连续缴费月数',
  payingDuringLeave: '产假期间是否正常缴费',
};

function label(path: (string | number)[]): string {
  const key = path.join('.');
  const own = ownValue(FIELD_LABELS, key);
  if (own) return own;
  const parent = ownValue(FIELD_LABELS, path.filter((p) => typeof p === 'string').join('.'));
  return parent ? `${parent}（${key}）` : key || '请求';
}

/** Like common.ts's parseOrThrow, naming this module's fields in Chinese. */
export function parseWaiting<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  return parseDescribed(schema, input, (path) => label([...path]));
}

const year = (what: string) =>
  z
    .number({ required_error: '必须填写', invalid_type_error: `${what}须为数字，例如 2026` })
    .int(`${what}须为整数`)
    .min(2000, `${what}不早于 2000 年`)
    .max(2100, `${what}不晚于 2100 年`);

const count = (what: string, max: number) =>
  z
    .number({ required_error: '必须填写', invalid_type_error: `${what}须为数字` })
    .int(`${what}须为整数`)
    .min(0, `${what}不能为负数`)
    .max(max, `${what}不超过 ${max}`);

const years = z.array(year('年度')).max(100, '年度最多 100 个');

const regionField = z.string({ required_error: '必须填写', invalid_type_error: '类型不正确' }).min(1, '不能为空');

export const SPECIAL_GROUPS = ['student', 'discharge-year'] as const;
export type SpecialGroup = (typeof SPECIAL_GROUPS)[number];
export const SPECIAL_GROUP_NAMES: Record<SpecialGroup, string> = {
  student: '学生',
  'discharge-year': '参保当年退役军人、刑满释放等人员（未就业）',
};

const residentObject = z
  .object({
    region: regionField,
    scheme: z.literal('resident'),
    paymentDate: isoDate,
    coverageYear: year('参保年度'),
    insuredYears: years,
    repairYears: count('修复年数', 20).optional(),
    birthDate: isoDate.optional(),
    specialGroup: z.enum(SPECIAL_GROUPS).optional(),
  })
  .strict();

function residentChecks(c: z.output<typeof residentObject>, ctx: z.RefinementCtx): void {
  if (c.insuredYears.some((y) => y >= c.coverageYear)) {
    ctx.addIssue({ code: 'custom', path: ['insuredYears'], message: `只填 ${c.coverageYear} 年度之前已参保的年度` });
  }
  if (new Set(c.insuredYears).size !== c.insuredYears.length) {
    ctx.addIssue({ code: 'custom', path: ['insuredYears'], message: '年度不能重复' });
  }
  const newbornOfYear = c.birthDate !== undefined && c.birthDate.startsWith(`${c.coverageYear}-`);
  if (c.paymentDate > `${c.coverageYear}-12-31` && !newbornOfYear) {
    ctx.addIssue({ code: 'custom', path: ['paymentDate'], message: `${c.coverageYear} 年度的保费须在 ${c.coverageYear} 年 12 月 31 日前缴纳` });
  }
  if (c.birthDate !== undefined) {
    if (c.birthDate > `${c.coverageYear}-12-31`) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: `出生日期晚于 ${c.coverageYear} 年度，请核对` });
    } else if (c.paymentDate < c.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['paymentDate'], message: '缴费日期不能早于出生日期' });
    }
  }
}

export const residentWaitingSchema = residentObject.superRefine(residentChecks);

export const EMPLOYEE_KINDS = ['first', 'transfer', 'switch', 'arrears'] as const;
export type EmployeeKind = (typeof EMPLOYEE_KINDS)[number];

const NEEDS: Record<EmployeeKind, ('continuousYears' | 'gapMonths' | 'arrearsMonths')[]> = {
  first: [],
  transfer: ['gapMonths'],
  switch: ['continuousYears', 'gapMonths'],
  arrears: ['arrearsMonths'],
};

export const employeeSituationSchema = z
  .object({
    kind: z.enum(EMPLOYEE_KINDS),
    continuousYears: count('连续参保年数', 80).optional(),
    gapMonths: count('中断缴费月数', 1200).optional(),
    arrearsMonths: count('连续欠费月数', 1200).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    for (const field of NEEDS[e.kind]) {
      if (e[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: '必须填写' });
    }
  });

export const employeeWaitingSchema = z
  .object({
    region: regionField,
    scheme: z.literal('employee'),
    paymentDate: isoDate,
    employee: employeeSituationSchema,
  })
  .strict();

export const waitingSchema = z
  .discriminatedUnion('scheme', [residentObject, employeeWaitingSchema])
  .superRefine((c, ctx) => {
    if (c.scheme === 'resident') residentChecks(c, ctx);
  });

export type ResidentWaitingCase = z.output<typeof residentWaitingSchema>;
export type EmployeeWaitingCase = z.output<typeof employeeWaitingSchema>;
export type WaitingCase = z.output<typeof waitingSchema>;

/** 大病保险年度最高赔付限额 (004 第三章 九问、十问（一）、二十六问). */
export const seriousIllnessCapSchema = z
  .object({
    coverageYear: year('参保年度'),
    insuredYears: years,
    zeroClaimYears: years.default([]),
    categories: z.array(z.enum(categoriesWith('waiting') as [CategoryId, ...CategoryId[]])).max(6).default([]),
    birthDate: isoDate.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.insuredYears.some((y) => y >= c.coverageYear)) {
      ctx.addIssue({ code: 'custom', path: ['insuredYears'], message: `只填 ${c.coverageYear} 年度之前已参保的年度` });
    }
    for (const y of c.zeroClaimYears) {
      if (!c.insuredYears.includes(y)) {
        ctx.addIssue({ code: 'custom', path: ['zeroClaimYears'], message: `${y} 年度未参保，不能是基金零报销年度` });
        break;
      }
    }
  });
export type SeriousIllnessCapCase = z.output<typeof seriousIllnessCapSchema>;

/** “两类人员”生育津贴 (004 第二章 十五问、十六问). */
export const maternityAllowanceSchema = z
  .object({
    eventDate: isoDate,
    insuredHereAtEvent: z.boolean({ required_error: '必须填写', invalid_type_error: '请填写 true 或 false' }),
    maternityMonthsAtEvent: count('生育保险连续缴费月数', 1200),
    basicMonthsAtEvent: count('职工医保连续缴费月数', 1200).optional(),
    payingDuringLeave: z.boolean({ invalid_type_error: '请填写 true 或 false' }).optional(),
  })
  .strict();
export type MaternityAllowanceCase = z.output<typeof maternityAllowanceSchema>;
