import { z } from 'zod';
import { amount, isAmount, isoDate } from './common';
import { money } from '../money';
import { checkInsuredHistory, historyYears } from './insured-history';
import { allCategoryIds, categoriesOf, manifestById, type CategoryId } from '../regions/vocabulary';

/**
 * 救助身份: each region lists its own, with their labels, in its manifest (shared/regions/<id>/manifest.ts); the
 * vocabulary registry gathers them. A case may carry only its region's (checked in estimateCaseSchema).
 */
export { CATEGORY_NAMES, type CategoryId } from '../regions/vocabulary';

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

/**
 * One identity. Which ids are allowed depends on the region, so the enum check is in estimateCaseSchema (same
 * message as a plain enum); that check guarantees a case carries only its region's, which its chain reads with its
 * own type (shared/regions/<id>/estimate/categories.ts).
 */
const categoryId = z.custom<CategoryId>((v) => typeof v === 'string', { message: '救助身份须为文字' });

export const personSchema = z
  .object({
    categories: z.array(categoryId).max(6).default([]),
    retired: z.boolean().default(false),
    age: z.number().int('年龄须为整数').min(0, '年龄不能为负数').max(130, '年龄不超过 130 岁').optional(),
    civilServant: z.boolean().default(false),
    conditions: z.array(z.enum(LARGE_EXPENSE_CONDITIONS)).max(5).default([]),
    /** 此前已参保年度 and 基金零报销年度, as `yibao waiting` takes them: they move the 大病 cap (004 第三章 九问、十问（一）). */
    insuredYears: historyYears.optional(),
    zeroClaimYears: historyYears.optional(),
    /** With the history: the years before birth are not breaks (004 第三章 十问（一）, as `yibao waiting` reads it). */
    birthDate: isoDate.optional(),
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
    /** 乙类 part of the in-scope cost: 随县 charges 10% of it to the patient first (002 四、住院待遇). */
    classBCost: amount.optional(),
    /**
     * 转院: the level of the previous hospital in the same course of treatment. 巴中 residents "只补计起付标准差额"
     * going up, "不再另计起付标准" going to the same or a lower level (004 第三章 十二问); a region whose documents
     * say nothing of it refuses it.
     */
    transferredFrom: z.enum(FACILITY_LEVELS).optional(),
    /** 日间手术: 随县 "不设起付标准", paid at the level's inpatient ratio (002 三、门诊待遇). */
    dayCase: z.boolean().optional(),
  })
  .strict();

const money2 = { totalCost: amount, inScopeCost: amount };

/** 普通门诊统筹: 职工 ratios depend on the facility, or a 定点零售药店 (004 第二章 三十九问). */
export const outpatientVisitSchema = z
  .object({
    type: z.literal('outpatient'),
    facilityLevel: z.enum([...FACILITY_LEVELS, 'pharmacy']),
    ...money2,
    /** 村卫生室（所、站）: 随县's lower 门诊统筹 daily limit (002 三、门诊待遇). */
    villageClinic: z.boolean().optional(),
    /** 产前检查、先兆流产、流产、引产门诊费用: 随县 pays them without daily limit or level restriction (002 三). */
    pregnancyCare: z.boolean().optional(),
  })
  .strict();

const diseaseCode = z.string().regex(/^M\d{5}$/, '病种编码格式为 M 加 5 位数字，例如 M04600');

/** 门诊慢性病: the disease settled, plus any other recognised chronic diseases (the highest limit applies). */
export const chronicVisitSchema = z
  .object({
    type: z.literal('chronic'),
    diseaseCode,
    otherDiseaseCodes: z.array(diseaseCode).max(33).default([]),
    ...money2,
  })
  .strict();

/** `treatment`: 器官移植抗排异治疗、慢性肾功能衰竭透析, which 随县 pays at a higher ratio (002 三、门诊待遇). */
export const SPECIAL_TREATMENTS = ['transplant-antirejection', 'dialysis'] as const;
export const specialVisitSchema = z
  .object({ type: z.literal('special'), diseaseCode, ...money2, treatment: z.enum(SPECIAL_TREATMENTS).optional() })
  .strict();

export const twoDiseasesVisitSchema = z
  .object({
    type: z.literal('two-diseases'),
    diseases: z
      .array(z.enum(['hypertension', 'diabetes']))
      .min(1, '请选择高血压或糖尿病')
      .max(2)
      .refine((d) => new Set(d).size === d.length, '病种不能重复'),
    ...money2,
  })
  .strict();

export const singlePayDrugVisitSchema = z.object({ type: z.literal('single-pay-drug'), ...money2 }).strict();

/** 高值药品 are reimbursed like the stay they are used in, after the 10% 先行自付. */
export const highValueDrugVisitSchema = z
  .object({ type: z.literal('high-value-drug'), facilityLevel: z.enum(FACILITY_LEVELS), place: z.enum(PLACES), ...money2 })
  .strict();

export const maternityVisitSchema = z
  .object({
    type: z.literal('maternity'),
    event: z.enum(['delivery', 'termination']),
    /** 难产（含剖宫产） for a delivery. */
    difficult: z.boolean().default(false),
    babies: z.number().int('婴儿数须为整数').min(1, '至少 1 个婴儿').max(8).default(1),
    /** Completed weeks of pregnancy, for a termination ("满 4 个月（孕 16 周）"). */
    gestationWeeks: z.number().int('孕周须为整数').min(0).max(45).optional(),
    /** 施行剖宫术的终止妊娠. */
    caesarean: z.boolean().default(false),
    /** 终止妊娠有存活婴儿: settled as a delivery. */
    liveBirth: z.boolean().default(false),
    /** 参加城乡居民医保的产妇，配偶参加职工基本医保: 巴中 生育医疗费用补差和产前检查费补差 (004 第二章 九问). */
    spouseOfEmployee: z.boolean().optional(),
    ...money2,
  })
  .strict();

/**
 * What happened earlier in the same calendar year, so caps and deductibles work across several stays.
 * `…SelfPay` is the running amount that counts toward that payer's deductible and bands;
 * `…Paid` what that payer has already paid.
 */
export const YEAR_TO_DATE_KEYS = [
  'basicPaid',
  'civilServantPaid',
  'largeExpenseSelfPay',
  'largeExpensePaid',
  'seriousIllnessSelfPay',
  'seriousIllnessPaid',
  'assistanceSelfPay',
  'assistancePaid',
  'tiltedSelfPay',
  'tiltedAssistancePaid',
  'outpatientSelfPay',
  'outpatientPaid',
  'outpatientCivilServantPaid',
  'outpatientLargeExpensePaid',
  'chronicPaid',
  'chronicCivilServantPaid',
  'specialSelfPay',
  'twoDiseasesPaid',
] as const;

/**
 * A record over the known keys rather than an object of 18 optional fields: most cases give none or a few, and a
 * record reads only the keys present (a third of the time of validating a whole case went to absent fields).
 */
export const yearToDateSchema = z.record(
  z.enum(YEAR_TO_DATE_KEYS, { errorMap: () => ({ message: '不认识的本年度累计项' }) }),
  amount,
);
export type YearToDateInput = Partial<Record<(typeof YEAR_TO_DATE_KEYS)[number], string>>;

export const estimateCaseSchema = z
  .object({
    region: z.string({ required_error: '请选择参保地' }).min(1).max(40),
    date: isoDate,
    scheme: z.enum(['resident', 'employee']),
    person: personSchema.default({}),
    visit: z.discriminatedUnion('type', [
      inpatientVisitSchema,
      outpatientVisitSchema,
      chronicVisitSchema,
      specialVisitSchema,
      twoDiseasesVisitSchema,
      singlePayDrugVisitSchema,
      highValueDrugVisitSchema,
      maternityVisitSchema,
    ]),
    yearToDate: yearToDateSchema.default({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.visit.type === 'maternity' && c.visit.event === 'termination' && c.visit.gestationWeeks === undefined) {
      ctx.addIssue({ code: 'custom', path: ['visit', 'gestationWeeks'], message: '终止妊娠请填写怀孕周数' });
    }
    const { inScopeCost, totalCost } = c.visit;
    // Zod runs this even when a field above failed: compare only well-formed amounts.
    if (isAmount(inScopeCost) && isAmount(totalCost) && money(inScopeCost).greaterThan(totalCost)) {
      ctx.addIssue({
        code: 'custom',
        path: ['visit', 'inScopeCost'],
        message: '政策范围内费用不能大于医疗总费用',
      });
    }
    if (c.visit.type === 'inpatient') {
      const { classBCost } = c.visit;
      if (isAmount(classBCost) && isAmount(inScopeCost) && money(classBCost).greaterThan(inScopeCost)) {
        ctx.addIssue({ code: 'custom', path: ['visit', 'classBCost'], message: '乙类费用不能大于政策范围内费用' });
      }
    }
    checkInsuredHistory(c.person, c.date, ctx);
    // The region's identities: a region without an estimate is refused later, so only a covered region's are checked.
    const allowed = manifestById(c.region)?.programs.includes('estimate') ? categoriesOf(c.region) : allCategoryIds();
    (c.person?.categories ?? []).forEach((category, i) => {
      if (!(allowed as readonly unknown[]).includes(category)) {
        ctx.addIssue({ code: 'custom', path: ['person', 'categories', i], message: `取值不在允许范围内（可选：${allowed.join('、')}）` });
      }
    });
  });

export type EstimateCase = z.output<typeof estimateCaseSchema>;
export type InpatientVisit = z.output<typeof inpatientVisitSchema>;
export type OutpatientVisit = z.output<typeof outpatientVisitSchema>;
export type ChronicVisit = z.output<typeof chronicVisitSchema>;
export type SpecialVisit = z.output<typeof specialVisitSchema>;
export type TwoDiseasesVisit = z.output<typeof twoDiseasesVisitSchema>;
export type HighValueDrugVisit = z.output<typeof highValueDrugVisitSchema>;
export type MaternityVisit = z.output<typeof maternityVisitSchema>;
export type Visit = EstimateCase['visit'];
export type Person = z.output<typeof personSchema>;
