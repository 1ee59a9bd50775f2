import { z } from 'zod';
import { isIsoDate } from '../dates';
import { RuleError } from '../errors';

const AMOUNT_RE = /^\d+(\.\d{1,2})?$/;

/** True for a well-formed amount string (other refinements may still be running on a bad one). */
export function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT_RE.test(value);
}

/**
 * An amount of money: a decimal string, non-negative, at most two decimals, below 10 亿元 (anything larger is a
 * typo, not a hospital bill). It stays a string; decimal.js reads it later. Plain regexes, no transform: amounts
 * are the hottest field of every request.
 */
export const amount = z
  .string({ required_error: '必须填写', invalid_type_error: '金额须写成字符串，例如 "4500.00"' })
  .regex(AMOUNT_RE, '金额须为不小于 0 的数字，最多两位小数')
  .regex(/^\d{1,9}(\.|$)/, '金额过大，请核对（不超过 10 亿元）');

export const isoDate = z
  .string({ required_error: '请填写日期', invalid_type_error: '日期须为 YYYY-MM-DD 格式' })
  .refine(isIsoDate, { message: '日期须为真实存在的日期，格式 YYYY-MM-DD' });

/** Chinese names of fields, so a message can say which box on the form is wrong. */
const FIELD_LABELS: Record<string, string> = {
  region: '参保地',
  date: '结算日期',
  scheme: '参保险种',
  person: '参保人信息',
  'person.categories': '救助身份',
  'person.retired': '是否退休',
  'person.age': '年龄',
  'person.civilServant': '是否享受公务员医疗补助',
  'person.conditions': '所患重大疾病',
  visit: '就医信息',
  'visit.type': '就医类型',
  'visit.facilityLevel': '医院等级',
  'visit.place': '就医地',
  'visit.totalCost': '医疗总费用',
  'visit.inScopeCost': '政策范围内费用',
  'visit.referral': '是否规范转诊',
  'visit.inProvince': '是否在省内就医',
  'visit.classBCost': '乙类药品和诊疗项目费用',
  'visit.villageClinic': '是否在村卫生室就诊',
  'visit.pregnancyCare': '是否为孕产期检查',
  'visit.treatment': '特殊治疗方式',
  'visit.diseaseCode': '病种编码',
  'visit.otherDiseaseCodes': '其他慢病病种编码',
  'visit.diseases': '“两病”病种',
  'visit.event': '生育情形',
  'visit.difficult': '是否难产',
  'visit.babies': '婴儿数',
  'visit.gestationWeeks': '怀孕周数',
  'visit.caesarean': '是否剖宫产',
  'visit.liveBirth': '是否活产',
  yearToDate: '本年度已发生情况',
};

export function fieldLabel(path: string): string {
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  const parent = path.replace(/\.[^.]+$/, '');
  if (path.startsWith('yearToDate.')) return `本年度累计（${path.slice(11)}）`;
  return FIELD_LABELS[parent] ? `${FIELD_LABELS[parent]}（${path}）` : path;
}

/** One plain-Chinese reason per kind of zod issue: every schema module names its fields, this says what is wrong. */
export function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '必须填写' : /[\u4e00-\u9fa5]/.test(issue.message) && issue.message !== 'Required' ? issue.message : '类型不正确';
    case 'unrecognized_keys':
      return `包含不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_enum_value':
      return `取值不在允许范围内（可选：${issue.options.join('、')}）`;
    case 'invalid_literal':
      return /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : `取值须为 ${JSON.stringify(issue.expected)}`;
    case 'invalid_union_discriminator':
      return `取值不在允许范围内（可选：${issue.options.join('、')}）`;
    case 'too_big':
      if (/[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
      if (issue.type === 'string') return `太长了（最多 ${issue.maximum} 个字）`;
      if (issue.type === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'too_small':
      if (/[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
      if (issue.type === 'string') return '不能为空';
      if (issue.type === 'array') return `至少 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    default:
      return /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '格式不正确';
  }
}

/** Turns zod's first issue into a RuleError with a plain-Chinese message naming the field. */
export function toRuleError(error: z.ZodError): RuleError {
  const issue = error.issues[0];
  let path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
    path = [...issue.path, issue.keys[0]].join('.');
  }
  const label = path ? fieldLabel(issue.code === 'unrecognized_keys' ? issue.path.join('.') : path) : '请求';
  return new RuleError('INVALID_INPUT', `${label || '请求'}：${describeIssue(issue)}`, path || undefined);
}

/** Parses or throws a RuleError: the way every entry point validates its input. */
export function parseOrThrow<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw toRuleError(r.error);
  return r.data;
}
