import { z } from 'zod';
import { amount, isAmount, isoDate } from './common';
import { money } from '../money';

/** 救助身份 (004 第六章 二问). */
export const CATEGORY_IDS = [
  'extreme-poverty',
  'orphan',
  'dibao',
  'relapse-monitored',
  'dibao-edge',
  'illness-impoverished',
] as const;
export type Category = (typeof CATEGORY_IDS)[number];

export const CATEGORY_NAMES: Record<Category, string> = {
  'extreme-poverty': '特困人员',
  orphan: '孤儿',
  dibao: '低保对象',
  'relapse-monitored': '防止返贫监测对象',
  'dibao-edge': '低保边缘家庭成员',
  'illness-impoverished': '因病致贫重病患者',
};

/** Conditions that waive the 职工大额 deductible (004 第二章 三十六问). */
export const LARGE_EXPENSE_CONDITIONS = ['mental-illness', 'aids', 'cancer', 'renal-failure', 'transplant'] as const;
export const CONDITION_NAMES: Record<(typeof LARGE_EXPENSE_CONDITIONS)[number], string> = {
  'mental-illness': '精神病',
  aids: '艾滋病',
  cancer: '恶性肿瘤',
  'renal-failure': '肾功能衰竭',
  transplant: '器官或骨髓移植术后抗免疫排斥治疗',
};

export const FACILITY_LEVELS = ['township', 'level1', 'level2', 'level3'] as const;
export type FacilityLevel = (typeof FACILITY_LEVELS)[number];
export const FACILITY_NAMES: Record<FacilityLevel, string> = {
  township: '乡镇卫生院（社区卫生服务中心）',
  level1: '一级及未定级医疗机构',
  level2: '二级医疗机构',
  level3: '三级医疗机构',
};

export const PLACES = ['local', 'long-term-filed', 'temporary-filed', 'unfiled'] as const;
export type Place = (typeof PLACES)[number];
export const PLACE_NAMES: Record<Place, string> = {
  local: '市内',
  'long-term-filed': '长期备案地（异地长期居住、常驻异地工作、异地安置退休）',
  'temporary-filed': '临时备案地（异地转诊、急诊抢救）',
  unfiled: '非急诊且未转诊的其他临时外出',
};

export const VISIT_TYPES = [
  'inpatient',
  'outpatient',
  'chronic',
  'special',
  'two-diseases',
  'single-pay-drug',
  'high-value-drug',
  'maternity',
] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const personSchema = z
  .object({
    categories: z.array(z.enum(CATEGORY_IDS)).max(6).default([]),
    retired: z.boolean().default(false),
    age: z.number().int('年龄须为整数').min(0, '年龄不能为负数').max(130, '年龄不超过 130 岁').optional(),
    civilServant: z.boolean().default(false),
    conditions: z.array(z.enum(LARGE_EXPENSE_CONDITIONS)).max(5).default([]),
  })
  .strict();

export const inpatientVisitSchema = z
  .object({
    type: z.literal('inpatient'),
    facilityLevel: z.enum(FACILITY_LEVELS),
    place: z.enum(PLACES),
    totalCost: amount,
    inScopeCost: amount,
    /** 规范转诊 (a temporary filing by referral rather than an emergency); decides 倾斜救助. */
    referral: z.boolean().optional(),
    /** 省域内就医; the city itself is always in the province. */
    inProvince: z.boolean().optional(),
  })
  .strict();

/**
 * What happened earlier in the same calendar year, so caps and deductibles work across several stays.
 * `…SelfPay` is the running amount that counts toward that payer's deductible and bands;
 * `…Paid` what that payer has already paid.
 */
export const yearToDateSchema = z
  .object({
    basicPaid: amount.optional(),
    civilServantPaid: amount.optional(),
    largeExpenseSelfPay: amount.optional(),
    largeExpensePaid: amount.optional(),
    seriousIllnessSelfPay: amount.optional(),
    seriousIllnessPaid: amount.optional(),
    assistanceSelfPay: amount.optional(),
    assistancePaid: amount.optional(),
    tiltedSelfPay: amount.optional(),
    tiltedAssistancePaid: amount.optional(),
  })
  .strict();
export type YearToDateInput = z.output<typeof yearToDateSchema>;
export const YEAR_TO_DATE_KEYS = Object.keys(yearToDateSchema.shape) as (keyof YearToDateInput)[];

export const estimateCaseSchema = z
  .object({
    region: z.string({ required_error: '请选择参保地' }).min(1).max(40),
    date: isoDate,
    scheme: z.enum(['resident', 'employee']),
    person: personSchema.default({}),
    visit: z.discriminatedUnion('type', [inpatientVisitSchema]),
    yearToDate: yearToDateSchema.default({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    const { inScopeCost, totalCost } = c.visit;
    // Zod runs this even when a field above failed: compare only well-formed amounts.
    if (isAmount(inScopeCost) && isAmount(totalCost) && money(inScopeCost).greaterThan(totalCost)) {
      ctx.addIssue({
        code: 'custom',
        path: ['visit', 'inScopeCost'],
        message: '政策范围内费用不能大于医疗总费用',
      });
    }
  });

export type EstimateCase = z.output<typeof estimateCaseSchema>;
export type InpatientVisit = z.output<typeof inpatientVisitSchema>;
export type Person = z.output<typeof personSchema>;
