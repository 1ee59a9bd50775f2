import { z } from 'zod';
import { ownValue } from '../own';
import { amount, isoDate } from './common';
import { parseDescribed, type FieldLabels } from './describe';
import { Money } from '../money';
import { MANIFESTS, manifestsWith } from '../regions/vocabulary';

/** 优抚对象类别 (GLOSSARY): 残疾军人, “三属”, 在乡复员军人, 带病回乡退役军人, 参战参试退役人员. */
export const VETERAN_CATEGORIES = ['disabled', 'martyr-family', 'demobilized-rural', 'ill-returned', 'war-participant'] as const;
export type VeteranCategory = (typeof VETERAN_CATEGORIES)[number];

export const CATEGORY_NAMES: Record<VeteranCategory, string> = {
  disabled: '残疾军人',
  'martyr-family': '“三属”人员',
  'demobilized-rural': '在乡复员军人',
  'ill-returned': '带病回乡退役军人',
  'war-participant': '参战参试退役人员',
};

export const CAUSES = ['war', 'duty', 'illness'] as const;
export type Cause = (typeof CAUSES)[number];
export const CAUSE_NAMES: Record<Cause, string> = { war: '因战', duty: '因公', illness: '因病' };

/** The regions with a 优抚医疗补助 program, from the region vocabulary (registry order). */
export type VeteranRegion = Extract<(typeof MANIFESTS)[number], { veteran: object }>['id'];
export const VETERAN_REGIONS = manifestsWith('veteran').map((m) => m.id) as [VeteranRegion, ...VeteranRegion[]];

/** Every exclusion question of every region; a region reads only its own (the others must stay unset). */
export const EXCLUSION_IDS = [
  // 000 第十一条
  'falseInformation',
  'misconduct',
  'liableThirdParty',
  'cosmeticOrRehabilitation',
  'notSettledByInsurance',
  // 001 第十四条、第十六条
  'notDesignatedHospital',
  'missingProof',
] as const;
export type ExclusionId = (typeof EXCLUSION_IDS)[number];

/** Plain-Chinese names of the fields, so a message says which box on the form is wrong. */
const FIELD_LABELS: Record<string, string> = {
  region: '补助地区',
  date: '出院结算日期',
  care: '就医类型',
  veteran: '优抚对象信息',
  'veteran.category': '优抚对象类别',
  'veteran.disabilityGrade': '残疾等级',
  'veteran.cause': '致残原因',
  hospital: '就医医院',
  'hospital.inCounty': '是否在县内住院',
  'hospital.kind': '医院类型',
  settlement: '医保结算单',
  'settlement.inScopeSelfPay': '医保、大病保险、医疗救助报销后的合规个人自付',
  'settlement.outOfScope': '目录外费用（个人自费）',
  'settlement.personalAccountPaid': '个人医保账户支付',
  'settlement.injuryRecurrence': '是否旧伤复发',
  'settlement.workInjuryInsurancePays': '是否由工伤保险基金支付',
  'settlement.employerPays': '是否由用人单位按工伤保险标准解决',
  yearToDate: '本年度累计',
  'yearToDate.subsidyPaid': '本年度已获住院医疗补助',
  localRatio: '当地规定的补助比例',
  exclusions: '不予补助情形',
  visit: '就诊类型',
  bill: '收费项目',
  'bill.surgery': '手术费',
  'bill.consultation': '诊查费',
  'bill.equipmentExam': '医疗器械设备检查费',
  'bill.bed': '住院床位费',
};

function label(path: (string | number)[]): string {
  const key = path.join('.');
  const own = ownValue(FIELD_LABELS, key);
  if (own) return own;
  const parent = ownValue(FIELD_LABELS, path.slice(0, -1).join('.'));
  return parent ? `${parent}（${key}）` : key || '请求';
}

/** The veteran schemas' fields named in Chinese, for the describer (field = the dotted path). */
export const veteranLabels: FieldLabels = (path) => label([...path]);

export function parseVeteran<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  return parseDescribed(schema, input, veteranLabels);
}

const flag = (what: string) => z.boolean({ invalid_type_error: `${what}须填 true 或 false` });

/** Who the person is to the rules: category, and for a 残疾军人 the grade and cause. */
export const veteranPerson = z
  .object({
    category: z.enum(VETERAN_CATEGORIES, { required_error: '必须填写' }),
    disabilityGrade: z
      .number({ invalid_type_error: '残疾等级须为 1 到 10 的整数' })
      .int('残疾等级须为 1 到 10 的整数')
      .min(1, '残疾等级须为 1 到 10 的整数')
      .max(10, '残疾等级须为 1 到 10 的整数')
      .optional(),
    cause: z.enum(CAUSES).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.category === 'disabled' && v.disabilityGrade === undefined) {
      ctx.addIssue({ code: 'custom', path: ['disabilityGrade'], message: '残疾军人须填写残疾等级（1 到 10 级）' });
    }
    if (v.category !== 'disabled' && v.disabilityGrade !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['disabilityGrade'], message: '只有残疾军人填写残疾等级' });
    }
    if (v.category !== 'disabled' && v.cause !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['cause'], message: '只有残疾军人填写致残原因' });
    }
  });

/** Up to four decimals, between 0 and 1: "0.85". */
const RATIO_RE = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;

export const subsidySchema = z
  .object({
    region: z.enum(VETERAN_REGIONS, { required_error: '必须填写' }),
    date: isoDate,
    /** 住院 unless told: the 住院医疗补助 is what a 结算单 is brought for; 门诊 is answered too. */
    care: z.enum(['inpatient', 'outpatient']).default('inpatient'),
    veteran: veteranPerson,
    hospital: z.object({ inCounty: flag('是否在县内住院') }).strict(),
    settlement: z
      .object({
        inScopeSelfPay: amount,
        outOfScope: amount.optional(),
        personalAccountPaid: amount.optional(),
        injuryRecurrence: flag('是否旧伤复发').optional(),
        workInjuryInsurancePays: flag('是否由工伤保险基金支付').optional(),
        employerPays: flag('是否由用人单位解决').optional(),
      })
      .strict()
      .superRefine((s, ctx) => {
        if (s.personalAccountPaid !== undefined && new Money(s.personalAccountPaid).greaterThan(new Money(s.inScopeSelfPay))) {
          ctx.addIssue({ code: 'custom', path: ['personalAccountPaid'], message: '个人账户支付的部分不能多于合规个人自付' });
        }
        if (!s.injuryRecurrence && (s.workInjuryInsurancePays !== undefined || s.employerPays !== undefined)) {
          ctx.addIssue({ code: 'custom', path: ['injuryRecurrence'], message: '填写工伤保险或用人单位支付时，须同时填写旧伤复发为 true' });
        }
        // Who pays a recurrence decides the answer, so the app must ask rather than assume nobody does.
        if (s.injuryRecurrence && s.workInjuryInsurancePays === undefined) {
          ctx.addIssue({ code: 'custom', path: ['workInjuryInsurancePays'], message: '旧伤复发时须填写是否已参加工伤保险、由工伤保险基金支付' });
        } else if (s.injuryRecurrence && !s.workInjuryInsurancePays && s.employerPays === undefined) {
          ctx.addIssue({ code: 'custom', path: ['employerPays'], message: '未参加工伤保险的旧伤复发，须填写用人单位是否按工伤保险标准解决（无用人单位或单位无力支付填 false）' });
        }
      }),
    yearToDate: z.object({ subsidyPaid: amount }).strict().optional(),
    localRatio: z
      .string({ invalid_type_error: '比例须写成字符串，例如 "0.85"' })
      .regex(RATIO_RE, '比例须为 0 到 1 之间的小数，例如 "0.85"，最多四位小数')
      .optional(),
    exclusions: z
      .object(Object.fromEntries(EXCLUSION_IDS.map((id) => [id, flag('是否属于该情形').optional()])) as Record<
        ExclusionId,
        z.ZodOptional<z.ZodBoolean>
      >)
      .strict()
      .optional(),
  })
  .strict();

export type SubsidyCase = z.output<typeof subsidySchema>;
export type VeteranPerson = z.output<typeof veteranPerson>;

export const HOSPITAL_KINDS = ['public', 'military', 'specialCare', 'private'] as const;
export type HospitalKind = (typeof HOSPITAL_KINDS)[number];

/** 001 第二十条–第二十二条: the list prices of the items a discount applies to. */
export const feeDiscountSchema = z
  .object({
    region: z.enum(VETERAN_REGIONS, { required_error: '必须填写' }),
    date: isoDate,
    hospital: z.object({ kind: z.enum(HOSPITAL_KINDS, { required_error: '必须填写' }) }).strict(),
    visit: z.enum(['outpatient', 'emergency', 'inpatient']).optional(),
    bill: z
      .object({
        surgery: amount.optional(),
        consultation: amount.optional(),
        equipmentExam: amount.optional(),
        bed: amount.optional(),
      })
      .strict(),
  })
  .strict();

export type FeeDiscountCase = z.output<typeof feeDiscountSchema>;
